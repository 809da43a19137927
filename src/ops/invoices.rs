//! The `invoice` commands: one-off invoices, listing, drafts, credit notes.

use serde_json::json;

use super::Session;
use super::invoicing::{self, Books, find_invoice, price_typed_line};
use crate::domain::invoice::{DocKind, Invoice, InvoiceLine, NewInvoice, VatAmount};
use crate::domain::lines::LineSpec;
use crate::error::{Error, Result};
use crate::ops::customers;
use crate::store::InvoiceFilter;

/// A one-off invoice priced today; issued unless `as_draft`.
pub fn create_one_off(
    s: &mut Session,
    customer: &str,
    lines: &[LineSpec],
    days_until_due: Option<u32>,
    as_draft: bool,
) -> Result<Invoice> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let books = Books::load(tx, today, &now)?;
        let customer = customers::find(tx, customer)?;
        let mut new_lines = Vec::new();
        for spec in lines {
            let (_, line) = price_typed_line(tx, &books, spec, &customer, today)?;
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
            days_until_due: days_until_due.unwrap_or(books.days_until_due),
            due_from: None,
            reason: None,
            lines: new_lines,
        };
        let (id, _) = invoicing::create(tx, &books, &invoice, as_draft)?;
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
            customers::find(tx, c)?;
        }
        if let Some(sub) = &filter.subscription {
            super::subscriptions::find(tx, sub)?;
        }
        tx.invoices_each(filter, each)
    })
}

pub fn get(
    s: &mut Session,
    reference: &str,
) -> Result<(Invoice, Vec<InvoiceLine>, Vec<VatAmount>)> {
    s.store.read(|tx| {
        let invoice = find_invoice(tx, reference)?;
        let lines = tx.invoice_lines(invoice.id)?;
        let vat = tx.invoice_vat(invoice.id)?;
        Ok((invoice, lines, vat))
    })
}

pub fn issue_draft(s: &mut Session, reference: &str) -> Result<String> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let books = Books::load(tx, today, &now)?;
        let invoice = find_invoice(tx, reference)?;
        if invoice.is_issued() {
            return Err(Error::refused(format!("{reference} is already issued")));
        }
        invoicing::issue(tx, &books, invoice.id)
    })
}

/// Issues every draft, oldest first, in one transaction: all or none.
pub fn issue_all_drafts(s: &mut Session) -> Result<Vec<String>> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let books = Books::load(tx, today, &now)?;
        tx.draft_ids()?
            .into_iter()
            .map(|id| invoicing::issue(tx, &books, id))
            .collect()
    })
}

pub fn credit(
    s: &mut Session,
    reference: &str,
    amount: Option<i64>,
    reason: Option<String>,
) -> Result<Invoice> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let books = Books::load(tx, today, &now)?;
        let original = find_invoice(tx, reference)?;
        let number = invoicing::credit_invoice(tx, &books, &original, amount, reason)?;
        tx.audit(
            &format!("invoice:{}", original.reference()),
            &json!({ "credited_by": number }),
        )?;
        tx.invoice_by_number(&number)?
            .ok_or_else(|| Error::not_found("credit note", number))
    })
}
