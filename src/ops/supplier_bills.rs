//! Supplier bills: recorded by hand (`bill add`), imported from a supplier's e-invoice
//! (`bill import`), paid (`bill pay`), and copied by repeats.

use chrono::NaiveDate;
use serde_json::json;

use super::Session;
use super::books::{Books, company_of};
use crate::domain::invoice::Totals;
use crate::domain::money::{format_minor, minor_digits};
use crate::domain::received_bill::bill_from_document;
use crate::domain::supplier_bill::{BillLine, BillLineSpec, BillStatus, SupplierBill};
use crate::domain::values;
use crate::error::{Error, Result};
use crate::formats::facturx;
use crate::ops::catalogue::{default_vat, resolve_vat};
use crate::store::Tx;

/// A bill as typed.
#[derive(Debug, Clone)]
pub struct NewBill {
    pub supplier: String,
    pub date: NaiveDate,
    /// `None`: due on the bill's date.
    pub due: Option<NaiveDate>,
    pub reference: Option<String>,
    pub lines: Vec<BillLineSpec>,
    /// Already paid, on the bill's date.
    pub paid: bool,
}

pub fn find(tx: &Tx, id: &str) -> Result<SupplierBill> {
    tx.bill(id)?
        .ok_or_else(|| Error::not_found("supplier bill", id))
}

fn bill_change(bill: &SupplierBill, digits: u32, totals: &Totals) -> serde_json::Value {
    let mut change = json!({
        "supplier": bill.supplier, "date": bill.date, "due_date": bill.due_date,
        "reference": bill.reference, "lines": bill.lines.len(),
        "grand_total": format_minor(totals.grand, digits), "paid_on": bill.paid_on,
    });
    if let Some(received) = &bill.received {
        change["source"] = json!(received.source);
        change["supplier_siren"] = json!(received.supplier_siren);
        change["supplier_vat_id"] = json!(received.supplier_vat_id);
    }
    change
}

/// Writes a bill with its totals and its audit entry.
fn insert(tx: &Tx, bill: &SupplierBill, now: &str) -> Result<()> {
    let digits = minor_digits(&bill.currency);
    let totals = bill.totals(digits).map_err(|e| e.at("--line"))?;
    tx.bill_insert(bill, &totals, now)?;
    tx.audit(
        &format!("bill:{}", bill.id),
        &bill_change(bill, digits, &totals),
    )
}

pub fn add(s: &mut Session, input: NewBill) -> Result<SupplierBill> {
    let supplier = values::non_empty("--supplier", &input.supplier)?;
    let reference = input
        .reference
        .as_deref()
        .map(|r| values::non_empty("--reference", r))
        .transpose()?;
    let due = input.due.unwrap_or(input.date);
    if due < input.date {
        return Err(Error::invalid(
            "--due",
            format!("{due} is before the bill's date {}", input.date),
        ));
    }
    if input.lines.is_empty() {
        return Err(Error::invalid("--line", "a bill needs at least one line"));
    }
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let currency = company_of(tx)?.currency;
        let digits = minor_digits(&currency);
        let mut lines = Vec::new();
        for spec in &input.lines {
            let vat_rate = match &spec.vat {
                Some(vat) => resolve_vat(tx, "--line: VAT", vat)?,
                None => default_vat(tx)?,
            };
            lines.push(
                BillLine::new(
                    spec.description.clone(),
                    spec.qty,
                    spec.rate,
                    vat_rate,
                    digits,
                )
                .map_err(|e| e.at(format!("--line {}", spec.description)))?,
            );
        }
        let bill = SupplierBill {
            id: tx.next_code("BILL")?,
            supplier: supplier.clone(),
            date: input.date,
            due_date: due,
            reference: reference.clone(),
            currency,
            lines,
            paid_on: input.paid.then_some(input.date),
            received: None,
        };
        insert(tx, &bill, &now)?;
        find(tx, &bill.id)
    })
}

/// A supplier's e-invoice file: its name for messages, and its bytes.
#[derive(Debug, Clone, Copy)]
pub struct EInvoiceFile<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}

/// Imports a supplier's e-invoice (a Factur-X or ZUGFeRD PDF, a CII or a UBL XML) as a
/// bill. A file that is not an e-invoice, whose totals do not add up, or that was already
/// imported (same supplier SIREN, or VAT id, and number) is refused and nothing is written.
pub fn import(s: &mut Session, file: EInvoiceFile) -> Result<SupplierBill> {
    let doc = facturx::read_invoice(file.name, file.bytes)?;
    let source = if file.bytes.starts_with(b"%PDF-") {
        "factur-x"
    } else if file.bytes.windows(20).any(|w| w == b"CrossIndustryInvoice") {
        "cii"
    } else {
        "ubl"
    };
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let bill = bill_from_document(file.name, source, &doc, tx.next_code("BILL")?)?;
        if let Some(received) = &bill.received {
            let reference = bill.reference.as_deref().unwrap_or_default();
            if let Some(existing) = tx.bill_imported(
                received.supplier_siren.as_deref(),
                received.supplier_vat_id.as_deref(),
                reference,
            )? {
                let by = received
                    .supplier_siren
                    .as_deref()
                    .map(|siren| format!("SIREN {siren}"))
                    .or_else(|| {
                        received
                            .supplier_vat_id
                            .as_deref()
                            .map(|v| format!("VAT id {v}"))
                    })
                    .unwrap_or_else(|| bill.supplier.clone());
                return Err(Error::refused(format!(
                    "{}: invoice {reference} of {} ({by}) is already imported as {existing}",
                    file.name, bill.supplier
                )));
            }
        }
        insert(tx, &bill, &now)?;
        find(tx, &bill.id)
    })
}

/// The copy of `source` a repeat makes for `date` (see [`SupplierBill::copy_dated`]).
pub fn copy_for(tx: &Tx, books: &Books, source: &SupplierBill, date: NaiveDate) -> Result<String> {
    let bill = source.copy_dated(tx.next_code("BILL")?, date);
    insert(tx, &bill, &books.now)?;
    Ok(bill.id)
}

/// Marks a bill paid on `on` (default today).
pub fn pay(s: &mut Session, id: &str, on: Option<NaiveDate>) -> Result<SupplierBill> {
    let on = on.unwrap_or(s.today());
    s.store.write(|tx| {
        let bill = find(tx, id)?;
        if let Some(paid) = bill.paid_on {
            return Err(Error::refused(format!(
                "supplier bill {id} is already paid (on {paid})"
            )));
        }
        if on < bill.date {
            return Err(Error::invalid(
                "--on",
                format!("{on} is before the bill's date {}", bill.date),
            ));
        }
        tx.bill_set_paid(id, on)?;
        tx.audit(&format!("bill:{id}"), &json!({ "paid_on": on }))?;
        find(tx, id)
    })
}

pub fn get(s: &mut Session, id: &str) -> Result<SupplierBill> {
    s.store.read(|tx| find(tx, id))
}

/// Bills by date, optionally of one supplier and in one status (as of today).
pub fn list(
    s: &mut Session,
    supplier: Option<&str>,
    status: Option<BillStatus>,
    mut each: impl FnMut(SupplierBill) -> Result<()>,
) -> Result<()> {
    let today = s.today();
    let paid = status.map(|s| s == BillStatus::Paid);
    s.store.read(|tx| {
        tx.bills_each(supplier, paid, |bill| {
            if status.is_none_or(|s| bill.status(today) == s) {
                each(bill)
            } else {
                Ok(())
            }
        })
    })
}
