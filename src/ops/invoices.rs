//! The `invoice` commands: one-off invoices, listing, drafts, credit notes.

use serde_json::json;

use super::books::{Books, find_customer, find_invoice, find_subscription};
pub use super::credit_notes::CreditRequest;
use super::pricing::{Buyer, price_typed_line};
use super::{Mode, Session};
use super::{credit_notes, follow_ups, issuing};
use crate::domain::ids::{CustomerCode, InvoiceRef};
use crate::domain::invoice::InvoiceFilter;
use crate::domain::invoice::{DocKind, Invoice, InvoiceLine, NewInvoice, VatAmount};
use crate::domain::lines::LineSpec;
use crate::error::{Error, Result};

/// `invoice create`: a one-off invoice for a customer, priced today.
#[derive(Debug, Clone, Default)]
pub struct OneOffInvoice {
    pub customer: CustomerCode,
    pub lines: Vec<LineSpec>,
    /// The payment term; the books' default when `None`.
    pub days_until_due: Option<u32>,
    /// Kept as a draft instead of issued.
    pub draft: bool,
}

/// Writes a one-off invoice, issued unless asked as a draft.
pub fn create_one_off(s: &mut Session, input: &OneOffInvoice) -> Result<Invoice> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let books = Books::load(tx, today, &now)?;
        let customer = find_customer(tx, &input.customer)?;
        let mut new_lines = Vec::new();
        for spec in &input.lines {
            let (_, line) = price_typed_line(
                tx,
                &books,
                spec,
                Buyer {
                    customer: &customer,
                    on: today,
                },
            )?;
            new_lines.push(line);
        }
        let invoice = NewInvoice {
            kind: DocKind::Invoice,
            customer: customer.code.clone(),
            subscription: None,
            sales_order: None,
            credits_invoice: None,
            period: None,
            currency: books.company.currency.clone(),
            days_until_due: input.days_until_due.unwrap_or(books.days_until_due),
            due_from: None,
            reason: None,
            lines: new_lines,
        };
        let id = if input.draft {
            issuing::draft(tx, &books, &invoice)?
        } else {
            let issue = issuing::create(tx, &books, &invoice, None)?;
            let id = issue.invoice.id;
            follow_ups::apply(tx, &books, issue)?;
            id
        };
        tx.invoice(id)?
            .ok_or_else(|| Error::Database("invoice vanished".into()))
    })
}

pub fn list(
    s: &mut Session,
    filter: &InvoiceFilter,
    each: impl FnMut(Invoice) -> Result<()>,
) -> Result<()> {
    s.store.read(|tx| {
        if let Some(c) = &filter.customer {
            find_customer(tx, c)?;
        }
        if let Some(sub) = &filter.subscription {
            find_subscription(tx, sub)?;
        }
        tx.invoices_each(filter, each)
    })
}

pub fn get(
    s: &mut Session,
    reference: &InvoiceRef,
) -> Result<(Invoice, Vec<InvoiceLine>, Vec<VatAmount>)> {
    s.store.read(|tx| {
        let invoice = find_invoice(tx, reference)?;
        let lines = tx.invoice_lines(invoice.id)?;
        let vat = tx.invoice_vat(invoice.id)?;
        Ok((invoice, lines, vat))
    })
}

pub fn issue_draft(s: &mut Session, reference: &InvoiceRef) -> Result<String> {
    let issued = issue_as(s, Mode::Write, Some(reference))?;
    Ok(issued
        .into_iter()
        .map(|i| i.number)
        .next()
        .unwrap_or_default())
}

/// Issues every draft, oldest first, in one transaction: all or none.
pub fn issue_all_drafts(s: &mut Session) -> Result<Vec<String>> {
    let issued = issue_as(s, Mode::Write, None)?;
    Ok(issued.into_iter().map(|i| i.number).collect())
}

/// A draft issued (or, planned, that would be).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedDraft {
    /// `draft:ID`, as it was known before.
    pub draft: String,
    pub number: String,
    pub customer: String,
    /// Minor units.
    pub grand_total: i64,
    pub due_date: Option<chrono::NaiveDate>,
}

/// Issues the draft `reference`, or every draft (oldest first) when `None`, in one
/// transaction: kept, or only planned (the numbers they would take, nothing written).
pub fn issue_as(
    s: &mut Session,
    mode: Mode,
    reference: Option<&InvoiceRef>,
) -> Result<Vec<IssuedDraft>> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.apply(mode, |tx| {
        let books = Books::load(tx, today, &now)?;
        let ids = match reference {
            Some(reference) => {
                let invoice = find_invoice(tx, reference)?;
                if invoice.is_issued() {
                    return Err(Error::refused(format!("{reference} is already issued")));
                }
                vec![invoice.id]
            }
            None => tx.draft_ids()?,
        };
        let mut issued = Vec::new();
        for id in ids {
            let issue = issuing::issue(tx, &books, id, None)?;
            let number = follow_ups::apply(tx, &books, issue)?.number;
            let invoice = tx
                .invoice(id)?
                .ok_or_else(|| Error::not_found("invoice", &number))?;
            issued.push(IssuedDraft {
                draft: crate::domain::invoice::draft_reference(id),
                number,
                customer: invoice.customer,
                grand_total: invoice.grand_total,
                due_date: invoice.due_date,
            });
        }
        Ok(issued)
    })
}

pub fn credit(s: &mut Session, reference: &InvoiceRef, request: &CreditRequest) -> Result<Invoice> {
    credit_as(s, Mode::Write, reference, request)
}

/// [`credit`], kept or only planned: the credit note it would issue, nothing written.
pub fn credit_as(
    s: &mut Session,
    mode: Mode,
    reference: &InvoiceRef,
    request: &CreditRequest,
) -> Result<Invoice> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.apply(mode, |tx| {
        let books = Books::load(tx, today, &now)?;
        let original = find_invoice(tx, reference)?;
        let note = credit_notes::credit_invoice(tx, &books, &original, request)?;
        let number = follow_ups::apply(tx, &books, note)?.number;
        tx.audit(
            &format!("invoice:{}", original.reference()),
            &json!({ "credited_by": number }),
        )?;
        tx.invoice_by_number(&number)?
            .ok_or_else(|| Error::not_found("credit note", number))
    })
}
