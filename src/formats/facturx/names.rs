//! The names Factur-X, CII and UBL files are known by: the attachment's file name, the
//! guideline of the EN 16931 profile and the XML namespaces.

/// The name of the XML inside a Factur-X PDF.
pub const FILE_NAME: &str = "factur-x.xml";

/// BT-24 of the EN 16931 profile.
pub const GUIDELINE_EN16931: &str = "urn:cen.eu:en16931:2017";

pub const NS_RSM: &str = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
pub const NS_RAM: &str =
    "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
pub const NS_UDT: &str = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
pub const NS_QDT: &str = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";
pub const NS_UBL_INVOICE: &str = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
pub const NS_UBL_CREDIT_NOTE: &str = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
