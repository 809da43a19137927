//! A stored invoice or credit note as the EN 16931 document `subs` issues: the mapping
//! from the books (frozen parties, lines in minor units, VAT per rate, the payer's means)
//! to the model, with the French rules' notes and the totals checked against the books.
//!
//! - Amounts: a credit note is stored negative and written positive (type 381). A line
//!   whose net is negative (a discount line) becomes a document allowance at its VAT rate,
//!   so BT-116 per rate is still the sum of the stored line nets.
//! - A line is quantity × unit price; when its stored net differs (prorated, converted),
//!   the difference is a line allowance (or charge) naming why, so BT-131 is the stored net
//!   to the cent.
//! - VAT: a rate above 0 is category S; 0 % is the franchise en base (E, art. 293 B) when
//!   the seller has no VAT id, E with the item's exemption reason when it has one, else Z.
//! - The document's totals must equal the invoice's (net, VAT, gross): a difference is an
//!   error, never a file that says something else than the books.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::invoice::{Invoice, InvoiceLine};
use crate::domain::messages::Catalogue;
use crate::domain::money::{from_minor, round_half_away};
use crate::error::Error;

use super::build::{Draft, Exemption};
use super::model::{
    AMOUNT_PLACES, Address, AllowanceCharge, DirectDebit, Document, DocumentType, Header,
    Identifier, Line, LineAllowanceCharge, Note, NoteSubject, Operation, PRICE_PLACES, Party,
    PaymentMeans, PrecedingInvoice, QUANTITY_PLACES, SCHEME_EMAIL, SCHEME_FR_DIRECTORY,
    ServicePeriod, Vat, VatCategory, VatPoint,
};

/// The VATEX code of the franchise en base (art. 293 B du CGI).
pub const VATEX_FRANCHISE: &str = "VATEX-FR-FRANCHISE";

/// The seller as the books know it (company settings).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Seller {
    pub name: String,
    pub address: Option<String>,
    pub country: String,
    pub siren: Option<String>,
    pub vat_id: Option<String>,
    pub legal_form: Option<String>,
    pub capital: Option<String>,
    pub rcs: Option<String>,
    pub vat_on_debits: bool,
}

/// The buyer: the customer as frozen on the document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Buyer {
    pub name: String,
    pub address: Option<String>,
    pub siren: Option<String>,
    pub vat_id: Option<String>,
    pub business: bool,
    pub email: Option<String>,
}

/// How the buyer pays, as the invoice tells it (BG-16).
#[derive(Debug, Clone, PartialEq)]
pub enum Means {
    /// Nothing to print (no account on file).
    Unstated,
    /// A SEPA credit transfer to the seller's account.
    Transfer { iban: String, bic: Option<String> },
    /// A SEPA direct debit under the buyer's mandate.
    DirectDebit {
        mandate: String,
        creditor_id: String,
        debtor_iban: Option<String>,
    },
    /// A card, through a payment link or a gateway.
    Card,
    /// A direct debit run by a gateway (no mandate on file here).
    GatewayDebit,
}

/// What a line's item says about it: its UN/ECE unit, goods or services, an exemption.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LineTerms {
    pub unit_code: String,
    pub goods: bool,
    pub exemption: Option<String>,
    pub vatex: Option<String>,
}

/// Everything the mapping reads: the stored document and what surrounds it.
#[derive(Debug, Clone, Copy)]
pub struct Stored<'a> {
    pub invoice: &'a Invoice,
    pub lines: &'a [(InvoiceLine, LineTerms)],
    /// The invoice a credit note corrects: its number and issue date.
    pub corrects: Option<(&'a str, NaiveDate)>,
    pub seller: &'a Seller,
    pub buyer: &'a Buyer,
    pub means: &'a Means,
    pub late_penalty: &'a str,
    pub messages: &'a Catalogue,
    pub digits: u32,
}

/// The UN/ECE Recommendation 20 code of a unit of measure known by its code or name.
pub fn unit_code(uom: &str) -> &'static str {
    match uom.trim().to_ascii_lowercase().as_str() {
        "hour" | "hours" | "h" | "heure" | "heures" => "HUR",
        "day" | "days" | "jour" | "jours" => "DAY",
        "week" | "weeks" | "semaine" | "semaines" => "WEE",
        "month" | "months" | "mois" => "MON",
        "year" | "years" | "an" | "ans" | "année" => "ANN",
        "minute" | "minutes" | "min" => "MIN",
        "kg" | "kilogram" => "KGM",
        "m2" | "sqm" => "MTK",
        _ => "C62",
    }
}

/// A free-text postal address (`5 avenue Parmentier, 75011 Paris`) as EN 16931 fields:
/// up to three lines, the post code and city of the part that starts with one, the country.
pub fn postal_address(text: Option<&str>, country: &str) -> Address {
    let parts: Vec<&str> = text
        .unwrap_or_default()
        .split(['\n', ','])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut address = Address {
        country: country.to_string(),
        ..Address::default()
    };
    let mut lines: Vec<String> = Vec::new();
    for part in parts {
        let (head, tail) = part.split_once(' ').unwrap_or((part, ""));
        let is_postcode = (4..=5).contains(&head.len()) && head.bytes().all(|b| b.is_ascii_digit());
        if address.postcode.is_none() && is_postcode && !tail.trim().is_empty() {
            address.postcode = Some(head.to_string());
            address.city = Some(tail.trim().to_string());
        } else {
            lines.push(part.to_string());
        }
    }
    // A fourth line and beyond join the third: EN 16931 has three address lines.
    if lines.len() > 3 {
        let rest = lines.split_off(2).join(", ");
        lines.push(rest);
    }
    address.lines = lines;
    address
}

fn seller_party(seller: &Seller, messages: &Catalogue) -> Party {
    let legal_info = messages.legal_mentions(
        seller.legal_form.as_deref(),
        seller.capital.as_deref(),
        seller.rcs.as_deref(),
    );
    Party {
        name: seller.name.clone(),
        legal_id: seller.siren.clone().map(Identifier::siren),
        vat_id: seller.vat_id.clone(),
        // Under the franchise en base the seller has no VAT id: its SIREN is its tax
        // registration (BT-32), which the exempt category asks for (BR-E-02).
        tax_registration: seller
            .vat_id
            .is_none()
            .then(|| seller.siren.clone())
            .flatten(),
        legal_info: (!legal_info.is_empty()).then_some(legal_info),
        electronic_address: seller
            .siren
            .clone()
            .map(|s| Identifier::new(s, SCHEME_FR_DIRECTORY)),
        address: postal_address(seller.address.as_deref(), &seller.country),
        ..Party::default()
    }
}

fn buyer_party(buyer: &Buyer, country: &str) -> Party {
    let siren = buyer.siren.clone().filter(|_| buyer.business);
    let electronic_address = match (&siren, &buyer.email) {
        (Some(siren), _) => Some(Identifier::new(siren.clone(), SCHEME_FR_DIRECTORY)),
        (None, Some(email)) => Some(Identifier::new(email.clone(), SCHEME_EMAIL)),
        (None, None) => None,
    };
    Party {
        name: buyer.name.clone(),
        legal_id: siren.map(Identifier::siren),
        vat_id: buyer.vat_id.clone(),
        electronic_address,
        address: postal_address(buyer.address.as_deref(), country),
        ..Party::default()
    }
}

fn payment_means(means: &Means) -> Vec<PaymentMeans> {
    match means {
        Means::Unstated => Vec::new(),
        Means::Transfer { iban, bic } => vec![PaymentMeans::sepa_transfer(iban, bic.clone())],
        Means::DirectDebit {
            mandate,
            creditor_id,
            debtor_iban,
        } => vec![PaymentMeans::sepa_direct_debit(DirectDebit {
            mandate: mandate.clone(),
            creditor_id: creditor_id.clone(),
            debtor_iban: debtor_iban.clone(),
        })],
        Means::Card => vec![PaymentMeans::other(super::model::MeansKind::Card)],
        Means::GatewayDebit => vec![PaymentMeans::other(super::model::MeansKind::DirectDebit)],
    }
}

fn invalid(number: &str, field: &str, reason: impl Into<String>) -> Error {
    Error::invalid(format!("document {number}: {field}"), reason)
}

/// The VAT of a stored line, and the exemption it needs, if any.
fn line_vat(
    rate: Decimal,
    terms: &LineTerms,
    seller: &Seller,
    m: &Catalogue,
) -> (Vat, Option<Exemption>) {
    if !rate.is_zero() {
        return (Vat::standard(rate.normalize()), None);
    }
    if seller.vat_id.is_none() {
        return (
            Vat::untaxed(VatCategory::Exempt),
            Some(Exemption {
                category: VatCategory::Exempt,
                reason: Some(m.vat_exempt.to_string()),
                code: Some(VATEX_FRANCHISE.to_string()),
            }),
        );
    }
    match (&terms.exemption, &terms.vatex) {
        (None, None) => (
            Vat {
                category: VatCategory::ZeroRated,
                rate: Decimal::ZERO,
            },
            None,
        ),
        (reason, code) => (
            Vat::untaxed(VatCategory::Exempt),
            Some(Exemption {
                category: VatCategory::Exempt,
                reason: reason.clone(),
                code: code.clone(),
            }),
        ),
    }
}

/// Adds an exemption, one per category: distinct reasons of one category are joined.
fn add_exemption(exemptions: &mut Vec<Exemption>, new: Exemption) {
    match exemptions.iter_mut().find(|e| e.category == new.category) {
        Some(known) => {
            if let Some(reason) = new.reason
                && known.reason.as_deref().is_none_or(|r| !r.contains(&reason))
            {
                known.reason = Some(match known.reason.take() {
                    Some(r) => format!("{r} ; {reason}"),
                    None => reason,
                });
            }
            if known.code.is_none() {
                known.code = new.code;
            }
        }
        None => exemptions.push(new),
    }
}

/// The stored line as an EN 16931 line, or as a document allowance when its net is
/// negative. `sign` turns a credit note's negative amounts positive.
fn map_line(
    s: &Stored,
    position: usize,
    line: &InvoiceLine,
    vat: Vat,
    terms: &LineTerms,
    sign: Decimal,
) -> Result<Result<Line, AllowanceCharge>, Error> {
    let m = s.messages;
    let net = from_minor(line.net, s.digits) * sign;
    if net.is_sign_negative() && !net.is_zero() {
        return Ok(Err(AllowanceCharge::discount(
            -net,
            vat,
            line.description.clone(),
        )));
    }
    let id = position.to_string();
    let period = line
        .period_start
        .zip(line.period_end)
        .map(|(start, end)| ServicePeriod { start, end });
    let quantity = line.qty.abs().normalize();
    let price = line.rate.abs().normalize();
    let fits =
        !quantity.is_zero() && quantity.scale() <= QUANTITY_PLACES && price.scale() <= PRICE_PLACES;
    let mut out = if fits {
        let mut out = Line::new(
            id,
            line.description.clone(),
            quantity,
            terms.unit_code.clone(),
            price,
            vat,
        );
        let gross = round_half_away(quantity * price, AMOUNT_PLACES);
        let difference = gross - net;
        if !difference.is_zero() {
            let reason = match (line.days, line.period_days) {
                (Some(days), Some(period_days)) if days != period_days => {
                    crate::domain::messages::fill(
                        m.line_prorata,
                        &[
                            ("days", &days.to_string()),
                            ("period_days", &period_days.to_string()),
                        ],
                    )
                }
                _ => m.line_adjustment.to_string(),
            };
            out = out.with_allowance_charge(LineAllowanceCharge {
                charge: difference.is_sign_negative(),
                amount: difference.abs(),
                reason: Some(reason),
                reason_code: None,
            });
        }
        out
    } else {
        // A quantity the standard cannot carry (more than four decimals): one unit at
        // the line's net.
        Line::new(id, line.description.clone(), Decimal::ONE, "C62", net, vat)
    };
    out.period = period;
    out.seller_item_id = Some(line.item.clone());
    if out.net != net {
        return Err(invalid(
            &s.invoice.reference(),
            &format!("line {position}"),
            format!(
                "its e-invoice net {} differs from the stored {net}",
                out.net
            ),
        ));
    }
    Ok(Ok(out))
}

/// What a platform would miss on a document issued to a business: its SIREN, its address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuyerGap {
    pub reference: String,
    pub customer: String,
    pub missing: Vec<&'static str>,
}

impl BuyerGap {
    /// The warning for `documents` (the first one's number, and how many more) issued to
    /// this customer.
    pub fn warning(&self, documents: usize) -> String {
        let code = &self.customer;
        let which = match documents {
            0 | 1 => format!("{} was", self.reference),
            n => format!("{} and {} more were", self.reference, n - 1),
        };
        format!(
            "warning: {which} issued to business customer {code} without {}: its e-invoice breaks the French rules (BR-FR) and a platform will refuse it; complete the customer (`subs customer edit {code} --siren … --address …`)",
            self.missing.join(" or ")
        )
    }
}

/// The gap of an issued document to a business without SIREN or address; `None` when
/// complete, or to an individual.
pub fn buyer_gaps(invoice: &Invoice) -> Option<BuyerGap> {
    if invoice.customer_kind.as_deref() != Some("business") || !invoice.is_issued() {
        return None;
    }
    let blank = |v: &Option<String>| v.as_deref().is_none_or(|v| v.trim().is_empty());
    let mut missing = Vec::new();
    if blank(&invoice.customer_siren) {
        missing.push("SIREN");
    }
    if blank(&invoice.customer_address) {
        missing.push("address");
    }
    (!missing.is_empty()).then(|| BuyerGap {
        reference: invoice.reference(),
        customer: invoice.customer.clone(),
        missing,
    })
}

/// The EN 16931 document of a stored invoice or credit note, its totals equal to the
/// invoice's.
pub fn issued_document(s: &Stored) -> Result<Document, Error> {
    let inv = s.invoice;
    let m = s.messages;
    let number = inv.reference();
    let credit = inv.is_credit_note();
    let sign = if credit { -Decimal::ONE } else { Decimal::ONE };
    let issue_date = inv.issue_date.ok_or_else(|| {
        invalid(
            &number,
            "issue date (BT-2)",
            "a draft has no issue date yet: issue it first",
        )
    })?;

    let mut lines = Vec::new();
    let mut allowances = Vec::new();
    let mut exemptions: Vec<Exemption> = Vec::new();
    let (mut goods, mut services) = (false, false);
    for (i, (line, terms)) in s.lines.iter().enumerate() {
        let (vat, exemption) = line_vat(line.vat_rate, terms, s.seller, m);
        if let Some(exemption) = exemption {
            add_exemption(&mut exemptions, exemption);
        }
        match map_line(s, i + 1, line, vat, terms, sign)? {
            Ok(l) => {
                if terms.goods {
                    goods = true;
                } else {
                    services = true;
                }
                lines.push(l);
            }
            Err(a) => allowances.push(a),
        }
    }
    let operation = match (goods, services) {
        (true, true) => Operation::Mixed,
        (true, false) => Operation::Goods,
        _ => Operation::Services,
    };

    let mut notes = Vec::new();
    if s.buyer.business {
        notes.push(Note::new(NoteSubject::Framework, "B2B"));
        notes.push(Note::new(
            NoteSubject::RecoveryIndemnity,
            m.recovery_indemnity,
        ));
        notes.push(Note::new(NoteSubject::LatePenalty, s.late_penalty));
        notes.push(Note::new(NoteSubject::EarlyPaymentDiscount, m.no_discount));
    }
    let franchise = exemptions
        .iter()
        .any(|e| e.code.as_deref() == Some(VATEX_FRANCHISE));
    let on_debits = s.seller.vat_on_debits && !franchise && s.seller.vat_id.is_some();
    if franchise {
        notes.push(Note::new(NoteSubject::TaxDeclaration, m.vat_exempt));
    } else if on_debits {
        notes.push(Note::new(NoteSubject::TaxDeclaration, m.vat_on_debits));
    }
    if credit && let Some(reason) = &inv.reason {
        notes.push(Note::new(NoteSubject::GeneralInformation, reason.clone()));
    }

    let preceding_invoices = match (credit, s.corrects) {
        (true, Some((number, date))) => vec![PrecedingInvoice {
            number: number.to_string(),
            issue_date: Some(date),
        }],
        (true, None) => {
            return Err(invalid(
                &number,
                "preceding invoice (BG-3)",
                "this credit note names no invoice it corrects",
            ));
        }
        (false, _) => Vec::new(),
    };
    let header = Header {
        kind: if credit {
            DocumentType::CreditNote
        } else {
            DocumentType::Invoice
        },
        number: number.clone(),
        issue_date,
        currency: inv.currency.clone(),
        business_process: Some(operation.code(false)),
        notes,
        buyer_reference: None,
        contract_reference: inv.subscription.clone(),
        seller: seller_party(s.seller, m),
        buyer: buyer_party(s.buyer, &s.seller.country),
        preceding_invoices,
        period: inv
            .period_start
            .zip(inv.period_end)
            .map(|(start, end)| ServicePeriod { start, end }),
        vat_point: on_debits.then_some(VatPoint::InvoiceDate),
        payment_reference: (!credit).then(|| number.clone()),
        payment_means: if credit {
            Vec::new()
        } else {
            payment_means(s.means)
        },
        payment_terms: None,
        due_date: Some(inv.due_date.unwrap_or(issue_date).max(issue_date)),
    };
    let doc = Document::build(Draft {
        header,
        lines,
        allowances_charges: allowances,
        exemptions,
        prepaid: Decimal::ZERO,
    })?;
    let books = [
        ("net total", doc.totals.tax_basis, inv.net_total),
        ("VAT total", doc.totals.tax_total, inv.tax_total),
        ("grand total", doc.totals.grand_total, inv.grand_total),
    ];
    for (what, written, stored) in books {
        let stored = from_minor(stored, s.digits) * sign;
        if written != stored {
            return Err(Error::Internal(format!(
                "document {number}: the e-invoice's {what} {written} differs from the books' {stored}"
            )));
        }
    }
    Ok(doc)
}

#[cfg(test)]
mod tests;
