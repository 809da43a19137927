//! Credit notes (DESIGN §6, §7): correcting an issued invoice, line by line for a
//! cancellation, or by an amount split across its VAT rates. A credit note is issued like
//! any document: what it sets off comes back as follow-ups for the caller to apply.

use rust_decimal::Decimal;

use super::books::Books;
use super::issuing::{self, Issue};
use crate::domain::billing::Factor;
use crate::domain::cancellation::LineCredit;
use crate::domain::credit_note;
use crate::domain::invoice::{DocKind, Invoice, LineAmount, NewInvoice, NewLine};
use crate::domain::money::{OutOfRange, from_minor};
use crate::domain::period::{Period, span};
use crate::error::{Error, Result};
use crate::store::Tx;

fn credit_header(books: &Books, original: &Invoice, reason: Option<String>) -> NewInvoice {
    NewInvoice {
        kind: DocKind::CreditNote,
        customer: original.customer.clone(),
        subscription: original.subscription.clone(),
        sales_order: original.sales_order.clone(),
        credits_invoice: Some(original.id),
        period: None,
        currency: original.currency.clone(),
        days_until_due: 0,
        due_from: None,
        reason: Some(reason.unwrap_or_else(|| {
            books
                .company
                .messages()
                .credit_reason(&original.reference())
        })),
        lines: Vec::new(),
    }
}

/// The line credits of one invoice a cancellation corrects, and the reason printed.
#[derive(Debug, Clone, Copy)]
pub struct LineCredits<'a> {
    pub credits: &'a [LineCredit],
    pub reason: &'a str,
}

/// Issues a credit note for the line credits of one invoice (a cancellation's correction).
pub fn credit_lines(
    tx: &Tx,
    books: &Books,
    original: &Invoice,
    line_credits: LineCredits,
) -> Result<Issue<'static>> {
    let LineCredits { credits, reason } = line_credits;
    let lines = tx.invoice_lines(original.id)?;
    let mut note = credit_header(books, original, Some(reason.to_string()));
    for credit in credits {
        let line = lines
            .iter()
            .find(|l| l.id == credit.line_id)
            .ok_or_else(|| {
                Error::Database(format!(
                    "line {} of {} vanished",
                    credit.line_id,
                    original.reference()
                ))
            })?;
        note.lines.push(NewLine {
            item: line.item.clone(),
            description: books.company.messages().not_served_line(
                &line.description,
                credit.period.start,
                credit.period.end,
            ),
            qty: line.qty,
            uom: line.uom.clone(),
            rate: line.rate,
            factor: Factor {
                days: credit.days,
                period_days: credit.period_days,
            },
            amount: LineAmount {
                unrounded: -credit.unrounded,
                net: -credit.amount,
            },
            vat_rate: line.vat_rate,
            period: Some(credit.period),
            price_source: line.price_source.clone(),
            subscription_line: line.subscription_line,
            credits_line: Some(line.id),
        });
    }
    note.period = span(note.lines.iter().filter_map(|l| l.period));
    let id = issuing::write_draft(tx, books, &note)?;
    issuing::issue(tx, books, id, None)
}

/// What a credit note by amount asks: a net amount (default: all that remains to credit),
/// and why.
#[derive(Debug, Clone, Default)]
pub struct CreditRequest {
    pub amount: Option<i64>,
    pub reason: Option<String>,
}

/// Credits an issued invoice: in full (what remains of each line), or by a net amount
/// split across its VAT rates in proportion to their bases.
pub fn credit_invoice(
    tx: &Tx,
    books: &Books,
    original: &Invoice,
    request: &CreditRequest,
) -> Result<Issue<'static>> {
    if !original.is_issued() {
        return Err(Error::refused(format!(
            "{} is a draft: change or delete it instead of crediting it",
            original.reference()
        )));
    }
    if original.is_credit_note() {
        return Err(Error::refused(format!(
            "{} is a credit note; only invoices are credited",
            original.reference()
        )));
    }
    let vat = tx.invoice_vat(original.id)?;
    let already = tx.credited_by_rate(original.id)?;
    let remaining = credit_note::remaining_by_rate(vat.iter().map(|v| (v.rate, v.base)), &already);
    let creditable = credit_note::creditable(&remaining);
    if creditable <= 0 {
        return Err(Error::refused(format!(
            "{} is already fully credited",
            original.reference()
        )));
    }
    let amount = request.amount.unwrap_or(creditable);
    if amount > creditable {
        return Err(Error::invalid(
            "--amount",
            format!(
                "{} is more than what remains to credit on {} ({} before VAT)",
                books.money(amount),
                original.reference(),
                books.money(creditable)
            ),
        ));
    }
    let mut note = credit_header(books, original, request.reason.clone());
    note.period = match (original.period_start, original.period_end) {
        (Some(start), Some(end)) => Some(Period { start, end }),
        _ => None,
    };
    let full = amount == creditable && already.is_empty();
    if full {
        // Each line mirrored, negative, pointing at the line it credits.
        for line in tx.invoice_lines(original.id)? {
            let mut mirrored = NewLine::from(&line);
            mirrored.amount = LineAmount {
                unrounded: -line.unrounded,
                net: -line.net,
            };
            mirrored.credits_line = Some(line.id);
            note.lines.push(mirrored);
        }
    } else {
        let shares = credit_note::split(amount, &remaining)
            .ok_or_else(|| OutOfRange::new("the credit", books.digits).at("--amount"))?;
        for (rate, share) in shares {
            let value = from_minor(share, books.digits);
            note.lines.push(NewLine {
                item: "CREDIT".into(),
                description: books
                    .company
                    .messages()
                    .credit_line(&original.reference(), &rate.normalize().to_string()),
                qty: Decimal::ONE,
                uom: "unit".into(),
                rate: value,
                factor: Factor::FULL,
                amount: LineAmount {
                    unrounded: -value,
                    net: -share,
                },
                vat_rate: rate,
                period: None,
                price_source: "credit amount".into(),
                subscription_line: None,
                credits_line: None,
            });
        }
    }
    let id = issuing::write_draft(tx, books, &note)?;
    issuing::issue(tx, books, id, None)
}
