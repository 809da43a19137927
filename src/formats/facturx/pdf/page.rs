//! What an invoice page prints: plain values, filled by the caller (from the document it
//! issues, plus what the page alone needs: the customer's code, unit names, which legal
//! mentions apply). The words around them come from the message catalogue.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::einvoice::{
    Document, NoteSubject, Operation, Party, PaymentMeans, ServicePeriod, Totals, Vat, VatCategory,
    VatPoint,
};
use crate::domain::messages::Catalogue;

/// Everything one invoice or credit note shows.
#[derive(Debug, Clone)]
pub struct InvoicePage<'a> {
    /// The words of the page, in the document's language.
    pub messages: &'a Catalogue,
    pub credit_note: bool,
    pub number: String,
    /// A draft says so under its heading.
    pub draft: bool,
    /// ISO 4217 code of every amount.
    pub currency: String,
    pub seller: PartyBlock,
    pub buyer: PartyBlock,
    /// The customer's code in the books, printed with the buyer.
    pub customer_code: Option<String>,
    pub issue_date: NaiveDate,
    pub period: Option<ServicePeriod>,
    pub due_date: Option<NaiveDate>,
    /// On a credit note: the invoice it corrects.
    pub corrects: Option<String>,
    /// On a credit note: why.
    pub reason: Option<String>,
    /// The French operation category, printed when set.
    pub operation: Option<Operation>,
    pub lines: Vec<PageLine>,
    /// Discounts and charges on the whole document.
    pub allowances_charges: Vec<PageAdjustment>,
    pub vat: Vec<PageVat>,
    pub totals: Totals,
    pub payment_means: Vec<PaymentMeans>,
    pub payment_reference: Option<String>,
    /// Free text terms of payment.
    pub payment_terms: Option<String>,
    pub mentions: Mentions,
}

/// A party as the page shows it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PartyBlock {
    pub name: String,
    /// The postal address, one line each, the city line and country included.
    pub address: Vec<String>,
    pub siren: Option<String>,
    pub siret: Option<String>,
    pub vat_id: Option<String>,
    /// Legal form, share capital, trade register (the seller's).
    pub legal_info: Option<String>,
}

/// A line of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct PageLine {
    pub description: String,
    /// A second, smaller text under the description.
    pub detail: Option<String>,
    pub period: Option<ServicePeriod>,
    pub quantity: Decimal,
    /// The unit's name in the document's language (`mois`, `heure`).
    pub unit: String,
    pub unit_price: Decimal,
    /// `None` prints no rate: the line is outside the scope of VAT.
    pub vat_rate: Option<Decimal>,
    pub net: Decimal,
}

/// A discount or charge on the whole document.
#[derive(Debug, Clone, PartialEq)]
pub struct PageAdjustment {
    pub charge: bool,
    pub reason: String,
    /// The VAT rate of the lines it applies to.
    pub vat_rate: Option<Decimal>,
    pub amount: Decimal,
}

/// One row of the VAT table.
#[derive(Debug, Clone, PartialEq)]
pub struct PageVat {
    /// `None` outside the scope of VAT.
    pub rate: Option<Decimal>,
    pub base: Decimal,
    pub tax: Decimal,
    /// Why no VAT is charged (EN 16931 BT-120), printed under the table.
    pub exemption: Option<String>,
}

/// The mentions at the foot of the document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mentions {
    /// A business customer's invoice: late-payment penalty, the 40 € recovery indemnity,
    /// no discount for early payment (Code de commerce L441-10).
    pub business: bool,
    /// The penalty text (the `invoice.late_penalty` setting).
    pub late_penalty: String,
    /// VAT is not charged: franchise en base (art. 293 B du CGI).
    pub franchise: bool,
    /// The buyer accounts for the VAT.
    pub reverse_charge: bool,
    /// The seller pays VAT on invoicing.
    pub vat_on_debits: bool,
}

impl<'a> InvoicePage<'a> {
    /// The page of `doc`, in the language of `messages`: unit codes of UN/ECE
    /// Recommendation 20 named in that language, the legal mentions a business invoice
    /// needs when the buyer is a business, the franchise and reverse-charge mentions from
    /// the VAT categories. What the document does not say (the customer's code, a draft)
    /// the caller sets.
    pub fn from_document(doc: &Document, messages: &'a Catalogue) -> Self {
        let h = &doc.header;
        let credit_note = h.kind.is_credit();
        let exemption_codes: Vec<&str> = doc
            .vat_breakdown
            .iter()
            .filter_map(|b| b.exemption_code.as_deref())
            .collect();
        let categories: Vec<VatCategory> =
            doc.vat_breakdown.iter().map(|b| b.vat.category).collect();
        // An exempt line is at 0 %; one outside the scope of VAT has no rate at all.
        let rate = |vat: Vat| (vat.category != VatCategory::OutOfScope).then_some(vat.rate);
        InvoicePage {
            messages,
            credit_note,
            number: h.number.clone(),
            draft: false,
            currency: h.currency.clone(),
            seller: PartyBlock::from_party(&h.seller),
            buyer: PartyBlock::from_party(&h.buyer),
            customer_code: None,
            issue_date: h.issue_date,
            period: h.period,
            due_date: h.due_date,
            corrects: h.preceding_invoices.first().map(|p| p.number.clone()),
            reason: doc
                .note(&NoteSubject::GeneralInformation)
                .filter(|_| credit_note)
                .map(str::to_string),
            operation: h.business_process.as_deref().and_then(Operation::from_code),
            lines: doc
                .lines
                .iter()
                .map(|l| PageLine {
                    description: l.name.clone(),
                    detail: l.description.clone(),
                    period: l.period,
                    quantity: l.quantity,
                    unit: unit_name(messages, &l.unit_code).to_string(),
                    unit_price: l.net_price,
                    vat_rate: rate(l.vat),
                    net: l.net,
                })
                .collect(),
            allowances_charges: doc
                .allowances_charges
                .iter()
                .map(|a| PageAdjustment {
                    charge: a.charge,
                    reason: a
                        .reason
                        .clone()
                        .or_else(|| a.reason_code.clone())
                        .unwrap_or_default(),
                    vat_rate: rate(a.vat),
                    amount: a.amount,
                })
                .collect(),
            vat: doc
                .vat_breakdown
                .iter()
                .map(|b| PageVat {
                    rate: rate(b.vat),
                    base: b.base,
                    tax: b.tax,
                    exemption: b.exemption_reason.clone(),
                })
                .collect(),
            totals: doc.totals,
            payment_means: h.payment_means.clone(),
            payment_reference: h.payment_reference.clone(),
            payment_terms: h.payment_terms.clone(),
            mentions: Mentions {
                business: doc.is_business_to_business() && !credit_note,
                late_penalty: doc
                    .note(&NoteSubject::LatePenalty)
                    .unwrap_or(messages.late_penalty)
                    .to_string(),
                franchise: exemption_codes.contains(&"VATEX-FR-FRANCHISE"),
                reverse_charge: categories.contains(&VatCategory::ReverseCharge),
                vat_on_debits: h.vat_point == Some(VatPoint::InvoiceDate),
            },
        }
    }
}

impl PartyBlock {
    pub fn from_party(p: &Party) -> Self {
        let a = &p.address;
        let city = [a.postcode.as_deref(), a.city.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        let mut address = a.lines.clone();
        if !city.is_empty() {
            address.push(city);
        }
        if let Some(subdivision) = &a.subdivision {
            address.push(subdivision.clone());
        }
        // A French party's country goes without saying on a French page.
        if a.country != "FR" && !a.country.is_empty() {
            address.push(a.country.clone());
        }
        PartyBlock {
            name: p.name.clone(),
            address,
            siren: p.siren().map(str::to_string),
            siret: p.siret().map(str::to_string),
            vat_id: p.vat_id.clone(),
            legal_info: p.legal_info.clone(),
        }
    }
}

/// The name of a UN/ECE Recommendation 20 unit in the catalogue's language, else the code.
pub fn unit_name<'c>(messages: &Catalogue, code: &'c str) -> &'c str {
    match code {
        "C62" | "H87" | "EA" => messages.uom_unit,
        "HUR" => messages.uom_hour,
        "DAY" => messages.uom_day,
        "WEE" => messages.uom_week,
        "MON" => messages.uom_month,
        "ANN" => messages.uom_year,
        other => other,
    }
}
