//! Writing a document as UN/CEFACT Cross Industry Invoice D16B, the XML of Factur-X 1.09
//! profile EN 16931 (guideline `urn:cen.eu:en16931:2017`).
//!
//! The XSD is order-sensitive: every element below is written in the order its schema
//! sequence lists, which is not always the order of the business terms (the charge total
//! comes before the allowance total; the invoice a credit note corrects comes after the
//! totals). Amounts have exactly two decimals, quantities and prices only the ones they
//! need (prices at least two), rates two (`20.00`, `5.50`); dates are `CCYYMMDD` with
//! `format="102"`; `currencyID` is written on the VAT total only, where the profile
//! requires it and nowhere else allows it.

use std::io;

use chrono::NaiveDate;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use rust_decimal::Decimal;

use crate::domain::einvoice::{
    Address, AllowanceCharge, Document, Identifier, Line, LineAllowanceCharge, Party, PaymentMeans,
    ServicePeriod, Vat, VatBreakdown, VatCategory, VatPoint,
};
use crate::error::Error;

use super::names::{GUIDELINE_EN16931, NS_QDT, NS_RAM, NS_RSM, NS_UDT};

type Xml = Writer<Vec<u8>>;

/// The document as a Factur-X EN 16931 XML file, UTF-8. Every value goes through the
/// writer's escaping.
pub fn write_cii(doc: &Document) -> Result<Vec<u8>, Error> {
    let mut w = Writer::new_with_indent(Vec::with_capacity(16 * 1024), b' ', 2);
    write_document(&mut w, doc).map_err(Error::Write)?;
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    Ok(bytes)
}

fn text(w: &mut Xml, name: &str, value: &str) -> io::Result<()> {
    w.create_element(name)
        .write_text_content(BytesText::new(value))?;
    Ok(())
}

fn optional(w: &mut Xml, name: &str, value: Option<&str>) -> io::Result<()> {
    match value {
        Some(value) => text(w, name, value),
        None => Ok(()),
    }
}

fn nest(w: &mut Xml, name: &str, inner: impl FnOnce(&mut Xml) -> io::Result<()>) -> io::Result<()> {
    w.create_element(name).write_inner_content(inner)?;
    Ok(())
}

fn with_attribute(w: &mut Xml, name: &str, attribute: (&str, &str), value: &str) -> io::Result<()> {
    w.create_element(name)
        .with_attribute(attribute)
        .write_text_content(BytesText::new(value))?;
    Ok(())
}

/// An identifier: with its scheme when it has one.
fn identifier(w: &mut Xml, name: &str, id: &Identifier) -> io::Result<()> {
    match &id.scheme {
        Some(scheme) => with_attribute(w, name, ("schemeID", scheme), &id.value),
        None => text(w, name, &id.value),
    }
}

fn amount(value: Decimal) -> String {
    let mut value = value;
    value.rescale(2);
    value.to_string()
}

/// A quantity or price: the decimals it has, at least `min_places`.
fn number(value: Decimal, min_places: u32) -> String {
    let mut value = value.normalize();
    if value.scale() < min_places {
        value.rescale(min_places);
    }
    value.to_string()
}

fn date_102(date: NaiveDate) -> String {
    date.format("%Y%m%d").to_string()
}

/// `<name><udt:DateTimeString format="102">…</…></name>`.
fn date_time(w: &mut Xml, name: &str, date: NaiveDate) -> io::Result<()> {
    nest(w, name, |w| {
        with_attribute(w, "udt:DateTimeString", ("format", "102"), &date_102(date))
    })
}

fn write_document(w: &mut Xml, doc: &Document) -> io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("rsm:CrossIndustryInvoice")
        .with_attributes([
            ("xmlns:rsm", NS_RSM),
            ("xmlns:qdt", NS_QDT),
            ("xmlns:ram", NS_RAM),
            ("xmlns:udt", NS_UDT),
        ])
        .write_inner_content(|w| {
            context(w, doc)?;
            exchanged_document(w, doc)?;
            nest(w, "rsm:SupplyChainTradeTransaction", |w| {
                for line in &doc.lines {
                    line_item(w, line)?;
                }
                agreement(w, doc)?;
                // BT-72 and the delivery party are not part of what `subs` records; the
                // element itself is mandatory.
                w.create_element("ram:ApplicableHeaderTradeDelivery")
                    .write_empty()?;
                settlement(w, doc)
            })
        })?;
    Ok(())
}

fn context(w: &mut Xml, doc: &Document) -> io::Result<()> {
    nest(w, "rsm:ExchangedDocumentContext", |w| {
        if let Some(process) = &doc.header.business_process {
            nest(
                w,
                "ram:BusinessProcessSpecifiedDocumentContextParameter",
                |w| text(w, "ram:ID", process),
            )?;
        }
        nest(w, "ram:GuidelineSpecifiedDocumentContextParameter", |w| {
            text(w, "ram:ID", GUIDELINE_EN16931)
        })
    })
}

fn exchanged_document(w: &mut Xml, doc: &Document) -> io::Result<()> {
    let h = &doc.header;
    nest(w, "rsm:ExchangedDocument", |w| {
        text(w, "ram:ID", &h.number)?;
        text(w, "ram:TypeCode", &h.kind.code().to_string())?;
        date_time(w, "ram:IssueDateTime", h.issue_date)?;
        for note in &h.notes {
            nest(w, "ram:IncludedNote", |w| {
                text(w, "ram:Content", &note.text)?;
                optional(
                    w,
                    "ram:SubjectCode",
                    note.subject.as_ref().map(|s| s.code()),
                )
            })?;
        }
        Ok(())
    })
}

fn line_item(w: &mut Xml, line: &Line) -> io::Result<()> {
    nest(w, "ram:IncludedSupplyChainTradeLineItem", |w| {
        nest(w, "ram:AssociatedDocumentLineDocument", |w| {
            text(w, "ram:LineID", &line.id)?;
            if let Some(note) = &line.note {
                nest(w, "ram:IncludedNote", |w| text(w, "ram:Content", note))?;
            }
            Ok(())
        })?;
        nest(w, "ram:SpecifiedTradeProduct", |w| {
            optional(w, "ram:SellerAssignedID", line.seller_item_id.as_deref())?;
            text(w, "ram:Name", &line.name)?;
            optional(w, "ram:Description", line.description.as_deref())
        })?;
        nest(w, "ram:SpecifiedLineTradeAgreement", |w| {
            nest(w, "ram:NetPriceProductTradePrice", |w| {
                text(w, "ram:ChargeAmount", &number(line.net_price, 2))?;
                match line.price_base_quantity {
                    Some(base) => with_attribute(
                        w,
                        "ram:BasisQuantity",
                        ("unitCode", &line.unit_code),
                        &number(base, 0),
                    ),
                    None => Ok(()),
                }
            })
        })?;
        nest(w, "ram:SpecifiedLineTradeDelivery", |w| {
            with_attribute(
                w,
                "ram:BilledQuantity",
                ("unitCode", &line.unit_code),
                &number(line.quantity, 0),
            )
        })?;
        nest(w, "ram:SpecifiedLineTradeSettlement", |w| {
            nest(w, "ram:ApplicableTradeTax", |w| tax_category(w, line.vat))?;
            if let Some(period) = line.period {
                billing_period(w, period)?;
            }
            for adjustment in &line.allowances_charges {
                line_allowance_charge(w, adjustment)?;
            }
            nest(
                w,
                "ram:SpecifiedTradeSettlementLineMonetarySummation",
                |w| text(w, "ram:LineTotalAmount", &amount(line.net)),
            )
        })
    })
}

/// `TypeCode`, `CategoryCode`, `RateApplicablePercent` (none for category O).
fn tax_category(w: &mut Xml, vat: Vat) -> io::Result<()> {
    text(w, "ram:TypeCode", "VAT")?;
    text(w, "ram:CategoryCode", vat.category.code())?;
    rate(w, vat)
}

fn rate(w: &mut Xml, vat: Vat) -> io::Result<()> {
    if vat.category == VatCategory::OutOfScope {
        return Ok(());
    }
    text(w, "ram:RateApplicablePercent", &amount(vat.rate))
}

fn billing_period(w: &mut Xml, period: ServicePeriod) -> io::Result<()> {
    nest(w, "ram:BillingSpecifiedPeriod", |w| {
        date_time(w, "ram:StartDateTime", period.start)?;
        date_time(w, "ram:EndDateTime", period.end)
    })
}

fn charge_indicator(w: &mut Xml, charge: bool) -> io::Result<()> {
    // Written as the words the rules compare with: `1`/`0` would pass the XSD and skip
    // every allowance and charge rule.
    nest(w, "ram:ChargeIndicator", |w| {
        text(w, "udt:Indicator", if charge { "true" } else { "false" })
    })
}

fn line_allowance_charge(w: &mut Xml, a: &LineAllowanceCharge) -> io::Result<()> {
    nest(w, "ram:SpecifiedTradeAllowanceCharge", |w| {
        charge_indicator(w, a.charge)?;
        text(w, "ram:ActualAmount", &amount(a.amount))?;
        optional(w, "ram:ReasonCode", a.reason_code.as_deref())?;
        optional(w, "ram:Reason", a.reason.as_deref())
    })
}

fn agreement(w: &mut Xml, doc: &Document) -> io::Result<()> {
    let h = &doc.header;
    nest(w, "ram:ApplicableHeaderTradeAgreement", |w| {
        optional(w, "ram:BuyerReference", h.buyer_reference.as_deref())?;
        party(w, "ram:SellerTradeParty", &h.seller)?;
        party(w, "ram:BuyerTradeParty", &h.buyer)?;
        if let Some(contract) = &h.contract_reference {
            nest(w, "ram:ContractReferencedDocument", |w| {
                text(w, "ram:IssuerAssignedID", contract)
            })?;
        }
        Ok(())
    })
}

fn party(w: &mut Xml, name: &str, p: &Party) -> io::Result<()> {
    nest(w, name, |w| {
        for id in p.identifiers.iter().filter(|id| id.scheme.is_none()) {
            identifier(w, "ram:ID", id)?;
        }
        for id in p.identifiers.iter().filter(|id| id.scheme.is_some()) {
            identifier(w, "ram:GlobalID", id)?;
        }
        text(w, "ram:Name", &p.name)?;
        optional(w, "ram:Description", p.legal_info.as_deref())?;
        if p.legal_id.is_some() || p.trading_name.is_some() {
            nest(w, "ram:SpecifiedLegalOrganization", |w| {
                if let Some(id) = &p.legal_id {
                    identifier(w, "ram:ID", id)?;
                }
                optional(w, "ram:TradingBusinessName", p.trading_name.as_deref())
            })?;
        }
        if let Some(contact) = &p.contact {
            nest(w, "ram:DefinedTradeContact", |w| {
                optional(w, "ram:PersonName", contact.name.as_deref())?;
                if let Some(phone) = &contact.phone {
                    nest(w, "ram:TelephoneUniversalCommunication", |w| {
                        text(w, "ram:CompleteNumber", phone)
                    })?;
                }
                if let Some(email) = &contact.email {
                    nest(w, "ram:EmailURIUniversalCommunication", |w| {
                        text(w, "ram:URIID", email)
                    })?;
                }
                Ok(())
            })?;
        }
        address(w, &p.address)?;
        if let Some(electronic) = &p.electronic_address {
            nest(w, "ram:URIUniversalCommunication", |w| {
                identifier(w, "ram:URIID", electronic)
            })?;
        }
        for (scheme, id) in [("VA", &p.vat_id), ("FC", &p.tax_registration)] {
            if let Some(id) = id {
                nest(w, "ram:SpecifiedTaxRegistration", |w| {
                    with_attribute(w, "ram:ID", ("schemeID", scheme), id)
                })?;
            }
        }
        Ok(())
    })
}

fn address(w: &mut Xml, a: &Address) -> io::Result<()> {
    nest(w, "ram:PostalTradeAddress", |w| {
        optional(w, "ram:PostcodeCode", a.postcode.as_deref())?;
        for (name, line) in ["ram:LineOne", "ram:LineTwo", "ram:LineThree"]
            .iter()
            .zip(&a.lines)
        {
            text(w, name, line)?;
        }
        optional(w, "ram:CityName", a.city.as_deref())?;
        text(w, "ram:CountryID", &a.country)?;
        optional(w, "ram:CountrySubDivisionName", a.subdivision.as_deref())
    })
}

fn settlement(w: &mut Xml, doc: &Document) -> io::Result<()> {
    let h = &doc.header;
    let direct_debit = h.payment_means.iter().find_map(|m| m.direct_debit.as_ref());
    nest(w, "ram:ApplicableHeaderTradeSettlement", |w| {
        optional(
            w,
            "ram:CreditorReferenceID",
            direct_debit.map(|d| d.creditor_id.as_str()),
        )?;
        optional(w, "ram:PaymentReference", h.payment_reference.as_deref())?;
        text(w, "ram:InvoiceCurrencyCode", &h.currency)?;
        for means in &h.payment_means {
            payment_means(w, means)?;
        }
        for entry in &doc.vat_breakdown {
            vat_breakdown(w, entry, h.vat_point)?;
        }
        if let Some(period) = h.period {
            billing_period(w, period)?;
        }
        for adjustment in &doc.allowances_charges {
            allowance_charge(w, adjustment)?;
        }
        if h.payment_terms.is_some() || h.due_date.is_some() || direct_debit.is_some() {
            nest(w, "ram:SpecifiedTradePaymentTerms", |w| {
                optional(w, "ram:Description", h.payment_terms.as_deref())?;
                if let Some(due) = h.due_date {
                    date_time(w, "ram:DueDateDateTime", due)?;
                }
                optional(
                    w,
                    "ram:DirectDebitMandateID",
                    direct_debit.map(|d| d.mandate.as_str()),
                )
            })?;
        }
        summation(w, doc)?;
        for preceding in &h.preceding_invoices {
            nest(w, "ram:InvoiceReferencedDocument", |w| {
                text(w, "ram:IssuerAssignedID", &preceding.number)?;
                match preceding.issue_date {
                    Some(date) => nest(w, "ram:FormattedIssueDateTime", |w| {
                        with_attribute(w, "qdt:DateTimeString", ("format", "102"), &date_102(date))
                    }),
                    None => Ok(()),
                }
            })?;
        }
        Ok(())
    })
}

fn payment_means(w: &mut Xml, m: &PaymentMeans) -> io::Result<()> {
    nest(w, "ram:SpecifiedTradeSettlementPaymentMeans", |w| {
        text(w, "ram:TypeCode", m.kind.code())?;
        optional(w, "ram:Information", m.information.as_deref())?;
        if let Some(card) = &m.card {
            nest(w, "ram:ApplicableTradeSettlementFinancialCard", |w| {
                text(w, "ram:ID", &card.number)?;
                optional(w, "ram:CardholderName", card.holder.as_deref())
            })?;
        }
        if let Some(iban) = m.direct_debit.as_ref().and_then(|d| d.debtor_iban.as_ref()) {
            nest(w, "ram:PayerPartyDebtorFinancialAccount", |w| {
                text(w, "ram:IBANID", iban)
            })?;
        }
        if let Some(account) = &m.payee_account {
            nest(w, "ram:PayeePartyCreditorFinancialAccount", |w| {
                text(w, "ram:IBANID", &account.iban)?;
                optional(w, "ram:AccountName", account.name.as_deref())
            })?;
            if let Some(bic) = &account.bic {
                nest(w, "ram:PayeeSpecifiedCreditorFinancialInstitution", |w| {
                    text(w, "ram:BICID", bic)
                })?;
            }
        }
        Ok(())
    })
}

fn vat_breakdown(w: &mut Xml, entry: &VatBreakdown, vat_point: Option<VatPoint>) -> io::Result<()> {
    nest(w, "ram:ApplicableTradeTax", |w| {
        text(w, "ram:CalculatedAmount", &amount(entry.tax))?;
        text(w, "ram:TypeCode", "VAT")?;
        optional(w, "ram:ExemptionReason", entry.exemption_reason.as_deref())?;
        text(w, "ram:BasisAmount", &amount(entry.base))?;
        text(w, "ram:CategoryCode", entry.vat.category.code())?;
        optional(
            w,
            "ram:ExemptionReasonCode",
            entry.exemption_code.as_deref(),
        )?;
        optional(w, "ram:DueDateTypeCode", vat_point.map(vat_point_code))?;
        rate(w, entry.vat)
    })
}

/// BT-8 in CII's subset of UNTDID 2475 (UBL writes other codes for the same days).
pub(super) fn vat_point_code(point: VatPoint) -> &'static str {
    match point {
        VatPoint::InvoiceDate => "5",
        VatPoint::DeliveryDate => "29",
        VatPoint::PaymentDate => "72",
    }
}

fn allowance_charge(w: &mut Xml, a: &AllowanceCharge) -> io::Result<()> {
    nest(w, "ram:SpecifiedTradeAllowanceCharge", |w| {
        charge_indicator(w, a.charge)?;
        text(w, "ram:ActualAmount", &amount(a.amount))?;
        optional(w, "ram:ReasonCode", a.reason_code.as_deref())?;
        optional(w, "ram:Reason", a.reason.as_deref())?;
        nest(w, "ram:CategoryTradeTax", |w| tax_category(w, a.vat))
    })
}

fn summation(w: &mut Xml, doc: &Document) -> io::Result<()> {
    let t = &doc.totals;
    let has_adjustments = |charge: bool| doc.allowances_charges.iter().any(|a| a.charge == charge);
    nest(
        w,
        "ram:SpecifiedTradeSettlementHeaderMonetarySummation",
        |w| {
            text(w, "ram:LineTotalAmount", &amount(t.line_total))?;
            // The schema's order: the charge total comes before the allowance total.
            if has_adjustments(true) {
                text(w, "ram:ChargeTotalAmount", &amount(t.charge_total))?;
            }
            if has_adjustments(false) {
                text(w, "ram:AllowanceTotalAmount", &amount(t.allowance_total))?;
            }
            text(w, "ram:TaxBasisTotalAmount", &amount(t.tax_basis))?;
            with_attribute(
                w,
                "ram:TaxTotalAmount",
                ("currencyID", &doc.header.currency),
                &amount(t.tax_total),
            )?;
            if !t.rounding.is_zero() {
                text(w, "ram:RoundingAmount", &amount(t.rounding))?;
            }
            text(w, "ram:GrandTotalAmount", &amount(t.grand_total))?;
            if !t.prepaid.is_zero() {
                text(w, "ram:TotalPrepaidAmount", &amount(t.prepaid))?;
            }
            text(w, "ram:DuePayableAmount", &amount(t.due))
        },
    )
}
