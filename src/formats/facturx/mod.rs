//! E-invoices: Factur-X (a PDF/A-3 carrying its CII XML), CII and UBL, to and from the
//! EN 16931 model of [`crate::domain::einvoice`].
//!
//! - [`write_cii`]: the Factur-X 1.09 EN 16931 XML of a document.
//! - [`pdf::write_pdf`]: the Factur-X PDF of an invoice page and that XML.
//! - [`read_invoice`]: a supplier's file — a Factur-X or ZUGFeRD PDF, a CII XML or a UBL
//!   2.1 invoice or credit note — as a document, read safely from untrusted bytes.

mod cii_read;
mod cii_write;
mod names;
pub mod pdf;
mod ubl_read;
mod xml;

use crate::domain::einvoice::Document;
use crate::error::Error;

pub use cii_read::read_cii;
pub use cii_write::write_cii;
pub use names::*;
pub use ubl_read::read_ubl;
pub use xml::MAX_XML_BYTES;

/// Reads an e-invoice XML, CII or UBL by its root; `source` names the file in errors.
pub fn read_xml(source: &str, bytes: &[u8]) -> Result<Document, Error> {
    let tree = xml::parse(source, bytes)?;
    match tree.root.name.as_str() {
        "CrossIndustryInvoice" => read_cii(source, &tree),
        "Invoice" | "CreditNote" => read_ubl(source, &tree),
        other => Err(Error::invalid(
            source,
            format!(
                "is not an e-invoice (root <{other}>{}); expected a CII or UBL invoice",
                tree.namespace
                    .as_deref()
                    .map(|ns| format!(" in namespace {ns}"))
                    .unwrap_or_default()
            ),
        )),
    }
}

/// Reads a supplier's e-invoice: the XML inside a Factur-X or ZUGFeRD PDF, or an XML file.
pub fn read_invoice(source: &str, bytes: &[u8]) -> Result<Document, Error> {
    if bytes.starts_with(b"%PDF-") {
        let attachment = pdf::extract_xml(source, bytes)?;
        let inner = format!("{source}: {}", attachment.name);
        return read_xml(&inner, &attachment.data);
    }
    read_xml(source, bytes)
}

#[cfg(test)]
mod tests;
