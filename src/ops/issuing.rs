//! Issuing documents (DESIGN §6): writing a draft, numbering it with the next gapless
//! number of its series, and freezing the parties as printed. All of it runs inside the
//! caller's transaction.
//!
//! What issuing sets off besides (credit lots, settlements, a payment request) is not done
//! here: an issued document comes back as an [`Issue`] listing its [`FollowUp`]s, and the
//! caller applies them with `follow_ups::apply` before writing anything else. This module
//! calls nothing above it.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde_json::json;

use super::books::{Books, Payer, find_subscription};
use crate::domain::customer::Customer;
use crate::domain::invoice::{self, DocKind, Invoice, NewInvoice, Totals};
use crate::domain::subscription::Subscription;
use crate::domain::values::LAST_DATE;
use crate::error::{Error, Result};
use crate::store::{Frozen, Numbering, Tx};

/// A document's totals; past the bound, bad input naming its lines.
/// The totals of a document; an invoice (not a credit note) whose lines with a negative
/// rate take it below zero is refused.
pub fn totals_of(inv: &NewInvoice, digits: u32) -> Result<Totals> {
    let totals = invoice::totals(inv.lines.iter().map(|l| (l.vat_rate, l.amount.net)), digits)
        .map_err(|e| e.at("lines"))?;
    if inv.kind == DocKind::Invoice {
        let what = match &inv.subscription {
            Some(sub) => format!("the invoice of {sub}"),
            None => "the invoice".to_string(),
        };
        crate::domain::discount::refuse_negative_total(&what, totals.grand, digits)?;
    }
    Ok(totals)
}

/// Writes `inv` as a draft; returns its id.
pub fn write_draft(tx: &Tx, books: &Books, inv: &NewInvoice) -> Result<i64> {
    if inv.lines.is_empty() {
        return Err(Error::invalid(
            "lines",
            "a document needs at least one line",
        ));
    }
    tx.invoice_insert_draft(inv, &totals_of(inv, books.digits)?, &books.now)
}

/// Writes `inv` as a draft and records it; returns its id.
pub fn draft(tx: &Tx, books: &Books, inv: &NewInvoice) -> Result<i64> {
    let id = write_draft(tx, books, inv)?;
    tx.audit(
        &format!("invoice:{}", invoice::draft_reference(id)),
        &json!({ "draft": id, "customer": inv.customer, "subscription": inv.subscription }),
    )?;
    Ok(id)
}

/// A document just issued, with what its issue sets off: apply the follow-ups
/// (`follow_ups::apply`) in the same transaction, before writing anything else.
#[must_use = "an issued document's follow-ups must be applied (`follow_ups::apply`)"]
#[derive(Debug)]
pub struct Issue<'a> {
    /// The document as it now stands, numbered.
    pub invoice: Invoice,
    pub customer: Cow<'a, Customer>,
    pub follow_ups: Vec<FollowUp>,
}

/// What follows issuing a document, in the order it is done.
#[derive(Debug, Clone, PartialEq)]
pub enum FollowUp {
    /// Lines selling booking credits open lots; a credit note's lines revoke what is left
    /// of the lots their invoice lines opened.
    CreditLots,
    /// A credit note settles the invoice it corrects, up to what that invoice still owes;
    /// the rest (it was paid already) becomes the customer's credit.
    SettleCorrected(Correction),
    /// What the customer paid ahead or was credited, and has not used, settles the new
    /// invoice.
    SettleFromHeldCredit,
    /// A payment request opens when the payer pays by link or through a gateway.
    RequestPayment {
        subscription: Option<Box<Subscription>>,
    },
}

/// What a credit note corrects: the invoice, by `amount` (minor units, positive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Correction {
    pub corrected: i64,
    pub amount: i64,
}

/// When a document falls due: `days` after `from` (default: the issue day and the books'
/// term).
#[derive(Debug, Clone, Copy)]
struct Terms {
    from: Option<NaiveDate>,
    days: Option<u32>,
}

/// Issues draft `id` on the books' day: the next number of its series, the due date, and
/// the parties frozen as printed.
pub fn issue<'a>(tx: &Tx, books: &Books, id: i64, payer: Option<Payer<'a>>) -> Result<Issue<'a>> {
    let mut invoice = tx
        .invoice(id)?
        .ok_or_else(|| Error::not_found("invoice", invoice::draft_reference(id)))?;
    if invoice.is_issued() {
        return Err(Error::refused(format!(
            "{} is already issued",
            invoice.reference()
        )));
    }
    let customer = payer_of(tx, &invoice.customer, payer)?;
    let kind = DocKind::parse(&invoice.kind).unwrap_or(DocKind::Invoice);
    let terms = Terms {
        from: invoice.due_from,
        days: invoice.days_until_due,
    };
    let numbering = take_number(tx, books, kind, terms)?;
    let frozen = frozen_parties(books, &customer);
    tx.invoice_mark_issued(id, &numbering, &frozen)?;
    mark_issued_in_memory(&mut invoice, &numbering, &frozen);
    issued(tx, books, invoice, Parties { customer, payer })
}

/// Writes `inv` issued at once: numbered, with no draft to read back and update.
pub fn create<'a>(
    tx: &Tx,
    books: &Books,
    inv: &NewInvoice,
    payer: Option<Payer<'a>>,
) -> Result<Issue<'a>> {
    if inv.lines.is_empty() {
        return Err(Error::invalid(
            "lines",
            "a document needs at least one line",
        ));
    }
    let customer = payer_of(tx, &inv.customer, payer)?;
    let totals = totals_of(inv, books.digits)?;
    let terms = Terms {
        from: inv.due_from,
        days: Some(inv.days_until_due),
    };
    let numbering = take_number(tx, books, inv.kind, terms)?;
    let frozen = frozen_parties(books, &customer);
    let id = tx.invoice_insert_issued(inv, &totals, &numbering, &frozen, &books.now)?;
    let mut invoice = Invoice {
        id,
        kind: inv.kind.as_str().into(),
        customer: inv.customer.clone(),
        subscription: inv.subscription.clone(),
        sales_order: inv.sales_order.clone(),
        credits_invoice: inv.credits_invoice,
        period_start: inv.period.map(|p| p.start),
        period_end: inv.period.map(|p| p.end),
        currency: inv.currency.clone(),
        net_total: totals.net,
        tax_total: totals.tax,
        grand_total: totals.grand,
        days_until_due: Some(inv.days_until_due),
        due_from: inv.due_from,
        reason: inv.reason.clone(),
        ..Invoice::default()
    };
    mark_issued_in_memory(&mut invoice, &numbering, &frozen);
    issued(tx, books, invoice, Parties { customer, payer })
}

/// Who a document is issued to: the customer, and the payer the caller gave, if any.
struct Parties<'a> {
    customer: Cow<'a, Customer>,
    payer: Option<Payer<'a>>,
}

/// The customer `code` as the payer gives them, else looked up.
fn payer_of<'a>(tx: &Tx, code: &str, payer: Option<Payer<'a>>) -> Result<Cow<'a, Customer>> {
    match payer {
        Some(p) if p.customer.code == code => Ok(Cow::Borrowed(p.customer)),
        _ => Ok(Cow::Owned(
            tx.customer(code)?
                .ok_or_else(|| Error::not_found("customer", code))?,
        )),
    }
}

/// What follows issuing, for any document, in order: credit lots bought or revoked, then
/// the settlement of the corrected invoice (credit notes), or the settlement of the new one
/// by held credit and its payment request.
fn issued<'a>(tx: &Tx, books: &Books, invoice: Invoice, parties: Parties<'a>) -> Result<Issue<'a>> {
    let Parties { customer, payer } = parties;
    let mut follow_ups = Vec::new();
    // Most books sell no credits on invoices: then there is nothing to open or revoke.
    if books.sells_credits(tx)? {
        follow_ups.push(FollowUp::CreditLots);
    }
    match invoice.credits_invoice {
        Some(corrected) => follow_ups.push(FollowUp::SettleCorrected(Correction {
            corrected,
            amount: -invoice.grand_total,
        })),
        None => {
            if invoice.grand_total > 0 {
                follow_ups.push(FollowUp::SettleFromHeldCredit);
            }
            let subscription = match payer {
                Some(p) => p.subscription.cloned(),
                None => invoice
                    .subscription
                    .as_deref()
                    .map(|s| find_subscription(tx, s))
                    .transpose()?,
            }
            .map(Box::new);
            follow_ups.push(FollowUp::RequestPayment { subscription });
        }
    }
    Ok(Issue {
        invoice,
        customer,
        follow_ups,
    })
}

/// The next number of the document's series on the books' day, and its due date.
fn take_number(tx: &Tx, books: &Books, kind: DocKind, terms: Terms) -> Result<Numbering> {
    let Terms {
        from: due_from,
        days: days_until_due,
    } = terms;
    let series = match kind {
        DocKind::CreditNote => &books.credit_note_series,
        DocKind::Invoice => &books.invoice_series,
    };
    let key = series.key(books.today);
    let seq = tx.series_next(&key, books.today)?;
    let due = match kind {
        DocKind::CreditNote => books.today,
        DocKind::Invoice => {
            let days = days_until_due.unwrap_or(books.days_until_due);
            invoice::due_date(books.today, due_from, days).ok_or_else(|| {
                Error::invalid(
                    "due date",
                    format!(
                        "{days} days after {} is past {LAST_DATE}, the last day subs knows",
                        due_from.unwrap_or(books.today)
                    ),
                )
            })?
        }
    };
    Ok(Numbering {
        number: series.render(books.today, seq as u64),
        series: key,
        seq,
        issue_date: books.today,
        due_date: due,
    })
}

/// The seller and the customer as the document prints them, frozen at issue.
fn frozen_parties(books: &Books, customer: &Customer) -> Frozen {
    let company = &books.company;
    Frozen {
        customer_name: customer.name.clone(),
        customer_address: customer.address.clone(),
        customer_vat_id: customer.vat_id.clone(),
        customer_siren: customer.siren.clone(),
        customer_kind: customer.kind.as_str().into(),
        seller_name: company.name.clone(),
        seller_address: company.address.clone(),
        seller_siren: company.siren.clone(),
        seller_vat_id: company.vat_id.clone(),
    }
}

/// The issued document, as it now stands, without reading it back.
fn mark_issued_in_memory(invoice: &mut Invoice, numbering: &Numbering, frozen: &Frozen) {
    invoice.status = "issued".into();
    invoice.number = Some(numbering.number.clone());
    invoice.issue_date = Some(numbering.issue_date);
    invoice.due_date = Some(numbering.due_date);
    invoice.customer_name = Some(frozen.customer_name.clone());
    invoice.customer_address = frozen.customer_address.clone();
    invoice.customer_vat_id = frozen.customer_vat_id.clone();
    invoice.customer_siren = frozen.customer_siren.clone();
    invoice.customer_kind = Some(frozen.customer_kind.clone());
    invoice.seller_name = Some(frozen.seller_name.clone());
    invoice.seller_address = frozen.seller_address.clone();
    invoice.seller_siren = frozen.seller_siren.clone();
    invoice.seller_vat_id = frozen.seller_vat_id.clone();
}
