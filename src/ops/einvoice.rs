//! A stored invoice or credit note as a Factur-X document: loads what the mapping reads
//! (the document, its lines and their items, the parties, how the payer pays), asks the
//! domain for the EN 16931 model, and has `formats` write the XML and the PDF/A-3b.
//!
//! [`Issuer`] is what does not change from one document to the next (the company's
//! settings, units, items), loaded once so that rendering a month of invoices reads each
//! only once.

use std::collections::HashMap;

use super::Session;
use super::books::{company_of, find_customer, find_invoice, find_subscription};
use crate::domain::customer::{Customer, CustomerKind, PaymentMethod};
use crate::domain::einvoice::{
    Buyer, Document, LineTerms, Means, Seller, Stored, buyer_gaps, issued_document, unit_code,
};
use crate::domain::invoice::{Invoice, InvoiceFilter};
use crate::domain::messages::Catalogue;
use crate::domain::money::minor_digits;
use crate::error::{Error, Result};
use crate::formats::document::{self, DocumentContext};
use crate::formats::facturx::{self, pdf::InvoicePage};
use crate::store::{ItemTerms, Tx};

/// What a document is rendered as, by its file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rendering {
    /// Factur-X: a PDF/A-3b carrying its CII XML.
    Pdf,
    /// The CII XML alone.
    Xml,
    /// The HTML view.
    Html,
}

impl Rendering {
    pub fn extension(self) -> &'static str {
        match self {
            Rendering::Pdf => "pdf",
            Rendering::Xml => "xml",
            Rendering::Html => "html",
        }
    }

    /// The rendering a file name asks for; another extension is bad input naming it.
    pub fn of_file(name: &str) -> Result<Rendering> {
        let lower = name.to_ascii_lowercase();
        [Rendering::Pdf, Rendering::Xml, Rendering::Html]
            .into_iter()
            .find(|r| lower.ends_with(&format!(".{}", r.extension())))
            .ok_or_else(|| {
                Error::invalid(
                    "--out",
                    format!("{name:?} must end in .pdf (Factur-X), .xml (CII) or .html"),
                )
            })
    }
}

/// The address a customer's documents are e-mailed to: the billing e-mail, else the contact
/// one.
pub fn billing_address(customer: &Customer) -> Option<String> {
    crate::domain::customer::billing_address(customer).map(String::from)
}

/// What every document of one run shares: the seller and its settings, units, items.
pub struct Issuer {
    pub messages: &'static Catalogue,
    seller: Seller,
    late_penalty: String,
    iban: Option<String>,
    bic: Option<String>,
    creditor_id: Option<String>,
    uom_names: HashMap<String, String>,
    items: HashMap<String, ItemTerms>,
}

impl Issuer {
    pub fn load(tx: &Tx) -> Result<Issuer> {
        let company = company_of(tx)?;
        let messages = company.messages();
        let setting = |key: &str| tx.setting(key);
        Ok(Issuer {
            messages,
            seller: Seller {
                name: company.name.clone(),
                address: company.address.clone(),
                country: company.country.clone(),
                siren: company.siren.clone(),
                vat_id: company.vat_id.clone(),
                legal_form: setting("company.legal_form")?,
                capital: setting("company.capital")?,
                rcs: setting("company.rcs")?,
                vat_on_debits: setting("company.vat_on_debits")?.as_deref() == Some("true"),
            },
            late_penalty: setting("invoice.late_penalty")?
                .unwrap_or_else(|| messages.late_penalty.to_string()),
            iban: setting("sepa.iban")?,
            bic: setting("sepa.bic")?,
            creditor_id: setting("sepa.creditor_id")?,
            uom_names: tx.uoms()?.into_iter().map(|u| (u.code, u.name)).collect(),
            items: HashMap::new(),
        })
    }

    fn item(&mut self, tx: &Tx, code: &str) -> Result<ItemTerms> {
        if let Some(terms) = self.items.get(code) {
            return Ok(terms.clone());
        }
        let terms = tx.item_terms(code)?.unwrap_or_default();
        self.items.insert(code.to_string(), terms.clone());
        Ok(terms)
    }

    fn means(&self, tx: &Tx, invoice: &Invoice, customer: &Customer) -> Result<Means> {
        let subscription = invoice
            .subscription
            .as_deref()
            .map(|id| find_subscription(tx, id))
            .transpose()?;
        let method = subscription
            .and_then(|s| s.payment_method)
            .unwrap_or(customer.payment_method);
        let transfer = || match &self.iban {
            Some(iban) => Means::Transfer {
                iban: iban.clone(),
                bic: self.bic.clone(),
            },
            None => Means::Unstated,
        };
        Ok(match method {
            PaymentMethod::Sepa => match (&customer.mandate.id, &self.creditor_id) {
                (Some(mandate), Some(creditor_id)) => Means::DirectDebit {
                    mandate: mandate.clone(),
                    creditor_id: creditor_id.clone(),
                    debtor_iban: customer.mandate.iban.clone(),
                },
                _ => transfer(),
            },
            PaymentMethod::Stripe | PaymentMethod::Link => Means::Card,
            PaymentMethod::GoCardless => Means::GatewayDebit,
            PaymentMethod::Manual => transfer(),
        })
    }

    /// The EN 16931 document of an issued invoice or credit note.
    pub fn document(&mut self, tx: &Tx, invoice: &Invoice) -> Result<Document> {
        if !invoice.is_issued() {
            return Err(Error::invalid(
                invoice.reference(),
                "is a draft: issue it first (a draft has no number), or render it as .html",
            ));
        }
        let customer = find_customer(tx, &invoice.customer)?;
        let mut lines = Vec::new();
        for line in tx.invoice_lines(invoice.id)? {
            let item = self.item(tx, &line.item)?;
            let terms = LineTerms {
                unit_code: unit_code(&line.uom).to_string(),
                goods: item.goods,
                exemption: item.vat_exemption,
                vatex: item.vatex,
            };
            lines.push((line, terms));
        }
        let corrected = match invoice.credits_invoice {
            Some(id) => tx.invoice(id)?,
            None => None,
        };
        let corrects = corrected
            .as_ref()
            .and_then(|c| c.number.as_deref().zip(c.issue_date));
        let frozen_kind = invoice
            .customer_kind
            .as_deref()
            .map(|k| k == CustomerKind::Business.as_str());
        let buyer = Buyer {
            name: invoice
                .customer_name
                .clone()
                .unwrap_or_else(|| customer.name.clone()),
            address: invoice
                .customer_address
                .clone()
                .or_else(|| customer.address.clone()),
            siren: invoice
                .customer_siren
                .clone()
                .or_else(|| customer.siren.clone()),
            vat_id: invoice
                .customer_vat_id
                .clone()
                .or_else(|| customer.vat_id.clone()),
            business: frozen_kind.unwrap_or(customer.kind == CustomerKind::Business),
            email: billing_address(&customer),
        };
        let mut seller = self.seller.clone();
        seller.name = invoice.seller_name.clone().unwrap_or(seller.name);
        seller.address = invoice.seller_address.clone().or(seller.address);
        seller.siren = invoice.seller_siren.clone().or(seller.siren);
        seller.vat_id = invoice.seller_vat_id.clone().or(seller.vat_id);
        let means = self.means(tx, invoice, &customer)?;
        issued_document(&Stored {
            invoice,
            lines: &lines,
            corrects,
            seller: &seller,
            buyer: &buyer,
            means: &means,
            late_penalty: &self.late_penalty,
            messages: self.messages,
            digits: minor_digits(&invoice.currency),
        })
    }

    /// The Factur-X PDF of a document, its page in the documents' language.
    pub fn pdf(&mut self, tx: &Tx, invoice: &Invoice) -> Result<Vec<u8>> {
        let doc = self.document(tx, invoice)?;
        let xml = facturx::write_cii(&doc)?;
        let mut page = InvoicePage::from_document(&doc, self.messages);
        page.customer_code = Some(invoice.customer.clone());
        // Each line prints the name of the unit it was sold in.
        let stored = tx.invoice_lines(invoice.id)?;
        for (printed, line) in page.lines.iter_mut().zip(&doc.lines) {
            let position: usize = line.id.parse().unwrap_or(0);
            if let Some(uom) = position.checked_sub(1).and_then(|i| stored.get(i)) {
                let name = self.uom_names.get(&uom.uom).map_or(uom.uom.as_str(), |n| n);
                printed.unit = self.messages.unit_name(&uom.uom, name).to_string();
            }
        }
        facturx::pdf::write_pdf(&page, &xml)
    }

    /// The document rendered as asked.
    pub fn render(&mut self, tx: &Tx, invoice: &Invoice, rendering: Rendering) -> Result<Vec<u8>> {
        match rendering {
            Rendering::Pdf => self.pdf(tx, invoice),
            Rendering::Xml => facturx::write_cii(&self.document(tx, invoice)?),
            Rendering::Html => Ok(invoice_html(tx, &invoice.reference())?.into_bytes()),
        }
    }
}

/// The invoice as an HTML document with the French mandatory mentions, in the documents'
/// language.
pub fn invoice_html(tx: &Tx, reference: &str) -> Result<String> {
    let invoice = find_invoice(tx, reference)?;
    let lines = tx.invoice_lines(invoice.id)?;
    let vat = tx.invoice_vat(invoice.id)?;
    let company = company_of(tx)?;
    let messages = company.messages();
    let late_penalty = tx
        .setting("invoice.late_penalty")?
        .unwrap_or_else(|| messages.late_penalty.to_string());
    let uoms = tx.uoms()?;
    document::render_invoice_html(&DocumentContext {
        messages,
        uoms: &uoms,
        company: &company,
        late_penalty: &late_penalty,
        invoice: &invoice,
        lines: &lines,
        vat: &vat,
    })
}

/// The warnings of documents just issued (see [`buyer_gaps`]).
pub fn issue_warnings(s: &mut Session, references: &[String]) -> Result<Vec<String>> {
    let mut gaps: Vec<(crate::domain::einvoice::BuyerGap, usize)> = Vec::new();
    s.store.read(|tx| {
        for reference in references {
            if let Some(gap) = buyer_gaps(&find_invoice(tx, reference)?) {
                match gaps.iter_mut().find(|(g, _)| g.customer == gap.customer) {
                    Some((_, count)) => *count += 1,
                    None => gaps.push((gap, 1)),
                }
            }
        }
        Ok(gaps.iter().map(|(g, n)| g.warning(*n)).collect())
    })
}

/// `invoice render NUMBER`: the document's reference and its bytes.
pub fn render(s: &mut Session, reference: &str, rendering: Rendering) -> Result<(String, Vec<u8>)> {
    s.store.read(|tx| {
        let invoice = find_invoice(tx, reference)?;
        let bytes = Issuer::load(tx)?.render(tx, &invoice, rendering)?;
        Ok((invoice.reference(), bytes))
    })
}

/// Which documents `invoice render --all` takes: issued ones, by issue date.
#[derive(Debug, Clone, Default)]
pub struct RenderAll {
    pub from: Option<chrono::NaiveDate>,
    pub to: Option<chrono::NaiveDate>,
    pub rendering: Option<Rendering>,
}

/// How many documents `render_all` will take.
pub fn render_all_count(s: &mut Session, opts: &RenderAll) -> Result<u64> {
    s.store.read(|tx| tx.issued_count(opts.from, opts.to))
}

/// Renders every issued document in the range, one at a time, handing each to `each`
/// (its number and bytes) before the next is read: memory stays flat.
pub fn render_all(
    s: &mut Session,
    opts: &RenderAll,
    each: &mut dyn FnMut(&str, Vec<u8>) -> Result<()>,
) -> Result<u64> {
    let rendering = opts.rendering.unwrap_or(Rendering::Pdf);
    s.store.read(|tx| {
        let mut issuer = Issuer::load(tx)?;
        let filter = InvoiceFilter {
            status: Some("issued".into()),
            from: opts.from,
            to: opts.to,
            ..InvoiceFilter::default()
        };
        let mut count = 0;
        tx.invoices_each(&filter, |invoice| {
            let bytes = issuer.render(tx, &invoice, rendering)?;
            each(&invoice.reference(), bytes)?;
            count += 1;
            Ok(())
        })?;
        Ok(count)
    })
}

/// What `item add` / `item edit` set of an item's e-invoice terms (`None`: unchanged).
#[derive(Debug, Clone, Default)]
pub struct TermsEdit {
    /// `goods` or `services`.
    pub operation: Option<String>,
    /// The exemption reason of a 0 % item; `""` clears it.
    pub vat_exemption: Option<String>,
    /// Its VATEX code; `""` clears it.
    pub vatex: Option<String>,
}

fn cleared(text: String) -> Option<String> {
    let text = text.trim().to_string();
    (!text.is_empty()).then_some(text)
}

fn apply_terms(tx: &Tx, code: &str, edit: TermsEdit) -> Result<()> {
    if edit.operation.is_none() && edit.vat_exemption.is_none() && edit.vatex.is_none() {
        return Ok(());
    }
    let mut terms = tx.item_terms(code)?.unwrap_or_default();
    if let Some(operation) = edit.operation {
        terms.goods = match operation.trim() {
            "goods" => true,
            "services" => false,
            other => {
                return Err(Error::invalid(
                    "--operation",
                    format!("{other:?} is not one of goods, services"),
                ));
            }
        };
    }
    if let Some(reason) = edit.vat_exemption {
        terms.vat_exemption = cleared(reason);
    }
    if let Some(code) = edit.vatex {
        let code = cleared(code).map(|c| c.to_ascii_uppercase());
        if let Some(c) = &code
            && (!c.starts_with("VATEX-")
                || c.len() > 30
                || !c.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        {
            return Err(Error::invalid(
                "--vatex",
                format!("{c:?} is not a VATEX code (e.g. VATEX-FR-CGI261-4, VATEX-EU-132)"),
            ));
        }
        terms.vatex = code;
    }
    tx.item_set_terms(code, &terms)?;
    tx.audit(
        &format!("item:{code}"),
        &serde_json::json!({
            "operation": if terms.goods { "goods" } else { "services" },
            "vat_exemption": terms.vat_exemption,
            "vatex": terms.vatex,
        }),
    )
}

/// `item add` with the item's e-invoice terms, in one transaction.
pub fn add_item(
    s: &mut Session,
    input: crate::ops::catalogue::ItemInput,
    terms: TermsEdit,
) -> Result<crate::domain::catalogue::Item> {
    s.store.write(|tx| {
        let item = super::catalogue::insert_item(tx, &input)?;
        apply_terms(tx, &item.code, terms)?;
        Ok(item)
    })
}

/// `item edit` with the item's e-invoice terms, in one transaction.
pub fn edit_item(
    s: &mut Session,
    code: &str,
    edit: crate::ops::catalogue::ItemEdit,
    terms: TermsEdit,
) -> Result<crate::domain::catalogue::Item> {
    s.store.write(|tx| {
        let item = super::catalogue::update_item(tx, code, edit)?;
        apply_terms(tx, &item.code, terms)?;
        Ok(item)
    })
}

/// Whose issued documents are e-mailed with their PDF (`--send-invoices`).
#[derive(Debug, Clone, Copy)]
pub enum SendTo<'a> {
    Customer(&'a str),
    Subscription(&'a str),
}

/// Sets whether a customer's (or one subscription's) issued documents are e-mailed.
pub fn set_send_invoices(s: &mut Session, to: SendTo, send: bool) -> Result<()> {
    s.store.write(|tx| {
        let entity = match to {
            SendTo::Customer(code) => {
                let customer = find_customer(tx, code)?;
                if send && billing_address(&customer).is_none() {
                    return Err(no_address_for_invoices(code));
                }
                tx.customer_set_send_invoices(code, send)?;
                format!("customer:{code}")
            }
            SendTo::Subscription(id) => {
                find_subscription(tx, id)?;
                tx.subscription_set_send_invoices(id, send)?;
                format!("subscription:{id}")
            }
        };
        tx.audit(&entity, &serde_json::json!({ "send_invoices": send }))
    })
}

/// The refusal of `--send-invoices` for a customer without an address.
pub fn no_address_for_invoices(code: &str) -> Error {
    Error::refused(format!(
        "customer {code} has no e-mail address to send its invoices to: give one with --email"
    ))
}

/// Whether an issued document goes to its customer by e-mail: the subscription's choice,
/// else the customer's.
pub fn sends_invoices(tx: &Tx, invoice: &Invoice) -> Result<bool> {
    if let Some(id) = &invoice.subscription
        && let Some(choice) = tx.subscription_sends_invoices(id)?
    {
        return Ok(choice);
    }
    tx.customer_sends_invoices(&invoice.customer)
}
