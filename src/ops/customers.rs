//! Customers: add, edit, list, and CSV import/export that round-trip.

use std::io::Write;

// A row's code is hashed once per import row: foldhash's (seeded per process) is several
// times quicker than the default for short keys.
use foldhash::{HashSet, HashSetExt};

use chrono::NaiveDate;
use serde_json::json;

use super::Session;
use super::books::find_customer;
use super::csvio::{CsvColumns, CsvRow, ImportSummary, parse_flag};
use crate::domain::customer::{Customer, CustomerKind, PaymentMethod};
use crate::domain::ids::CustomerCode;
use crate::domain::{sepa, values};
use crate::error::{Error, Result};
use crate::store::Tx;

/// The columns of `customer export`, accepted back by `customer import`.
pub const CSV_COLUMNS: &[&str] = &[
    "code",
    "name",
    "email",
    "address",
    "price_list",
    "vat_id",
    "siren",
    "kind",
    "payment_method",
    "disabled",
    "iban",
    "bic",
    "mandate_id",
    "mandate_signed_on",
    "billing_email",
];

/// Changes to apply to a customer; `None` leaves a field as it is, `Some(None)` clears it.
#[derive(Debug, Default)]
pub struct CustomerEdit {
    pub name: Option<String>,
    pub email: Option<Option<String>>,
    pub billing_email: Option<Option<String>>,
    pub address: Option<Option<String>>,
    pub price_list: Option<Option<String>>,
    pub vat_id: Option<Option<String>>,
    pub siren: Option<Option<String>>,
    pub kind: Option<CustomerKind>,
    pub payment_method: Option<PaymentMethod>,
    pub disabled: Option<bool>,
    pub iban: Option<Option<String>>,
    pub bic: Option<Option<String>>,
    pub mandate_id: Option<Option<String>>,
    pub mandate_signed_on: Option<Option<NaiveDate>>,
}

/// Checks what a customer refers to; `mandate_field` names the mandate reference in errors.
fn check_references(tx: &Tx, c: &Customer, mandate_field: &str) -> Result<()> {
    super::payment_requests::check_link_template(tx, c.payment_method)?;
    if let Some(list) = &c.price_list {
        if tx.price_list(list)?.is_none() {
            return Err(Error::not_found_hint(
                "price list",
                list,
                format!("create it with `subs price-list add {list}`"),
            ));
        }
    }
    // A mandate reference identifies one mandate of the creditor: two customers cannot
    // share it (the unique index is the last guard; this names the other customer).
    if let Some(mandate_id) = &c.mandate.id {
        if let Some(other) = tx
            .customer_with_mandate(mandate_id)?
            .filter(|other| *other != c.code)
        {
            return Err(Error::invalid(
                mandate_field,
                format!("{mandate_id:?} is already the mandate reference of customer {other}"),
            ));
        }
    }
    Ok(())
}

fn audit_change(c: &Customer) -> serde_json::Value {
    json!({
        "name": c.name, "email": c.email, "billing_email": c.billing_email, "address": c.address, "price_list": c.price_list,
        "vat_id": c.vat_id, "siren": c.siren, "kind": c.kind.as_str(),
        "payment_method": c.payment_method.as_str(), "disabled": c.disabled,
        "iban": c.mandate.iban, "bic": c.mandate.bic, "mandate_id": c.mandate.id,
        "mandate_signed_on": c.mandate.signed_on,
    })
}

pub fn add(s: &mut Session, customer: Customer) -> Result<Customer> {
    values::check_code("CODE", &customer.code)?;
    let today = s.today();
    s.store.write(|tx| {
        check_references(tx, &customer, "--mandate-id")?;
        tx.customer_insert(&customer, today)?;
        tx.audit(
            &format!("customer:{}", customer.code),
            &audit_change(&customer),
        )
    })?;
    Ok(customer)
}

pub fn get(s: &mut Session, code: &CustomerCode) -> Result<Customer> {
    s.store.read(|tx| find_customer(tx, code))
}

/// The customer `code`, or a not-found error naming it.
pub fn edit(s: &mut Session, code: &CustomerCode, edit: CustomerEdit) -> Result<Customer> {
    s.store.write(|tx| {
        let mut c = find_customer(tx, code)?;
        if let Some(name) = edit.name {
            c.name = name;
        }
        if let Some(email) = edit.email {
            c.email = email;
        }
        if let Some(email) = edit.billing_email {
            c.billing_email = email;
        }
        if let Some(address) = edit.address {
            c.address = address;
        }
        if let Some(list) = edit.price_list {
            c.price_list = list;
        }
        if let Some(vat_id) = edit.vat_id {
            c.vat_id = vat_id;
        }
        if let Some(siren) = edit.siren {
            c.siren = siren;
        }
        if let Some(kind) = edit.kind {
            c.kind = kind;
        }
        if let Some(method) = edit.payment_method {
            c.payment_method = method;
        }
        if let Some(disabled) = edit.disabled {
            c.disabled = disabled;
        }
        if let Some(iban) = edit.iban {
            c.mandate.iban = iban;
        }
        if let Some(bic) = edit.bic {
            c.mandate.bic = bic;
        }
        if let Some(mandate_id) = edit.mandate_id {
            c.mandate.id = mandate_id;
        }
        if let Some(signed_on) = edit.mandate_signed_on {
            c.mandate.signed_on = signed_on;
        }
        check_references(tx, &c, "--mandate-id")?;
        tx.customer_update(&c)?;
        tx.audit(&format!("customer:{code}"), &audit_change(&c))?;
        Ok(c)
    })
}

pub fn list(
    s: &mut Session,
    include_disabled: bool,
    each: impl FnMut(Customer) -> Result<()>,
) -> Result<()> {
    s.store.read(|tx| tx.customers_each(include_disabled, each))
}

fn customer_from_row(row: &CsvRow) -> Result<Customer> {
    // Values are checked under their column's name; the cell's full name (file, line,
    // column) is built only for an error.
    let cell = |column: &'static str| move |e: Error| e.in_field(row.field(column));
    let code = row.required("code")?;
    values::check_code("code", code).map_err(cell("code"))?;
    let optional =
        |column: &'static str, check: fn(&str, &str) -> Result<String>| -> Result<Option<String>> {
            row.get(column)
                .map(|v| check(column, v).map_err(cell(column)))
                .transpose()
        };
    Ok(Customer {
        code: code.to_string(),
        name: values::non_empty("name", row.required("name")?).map_err(cell("name"))?,
        email: optional("email", values::check_email)?,
        billing_email: optional("billing_email", values::check_email)?,
        address: optional("address", values::non_empty)?,
        price_list: optional("price_list", |f, v| {
            values::check_code(f, v).map(|_| v.to_string())
        })?,
        vat_id: optional("vat_id", values::normalize_vat_id)?,
        siren: optional("siren", values::normalize_siren)?,
        kind: row
            .get("kind")
            .map(|v| CustomerKind::parse("kind", v).map_err(cell("kind")))
            .transpose()?
            .unwrap_or(CustomerKind::Business),
        payment_method: row
            .get("payment_method")
            .map(|v| PaymentMethod::parse("payment_method", v).map_err(cell("payment_method")))
            .transpose()?
            .unwrap_or(PaymentMethod::Manual),
        disabled: row
            .get("disabled")
            .map(|v| parse_flag("disabled", v).map_err(cell("disabled")))
            .transpose()?
            .unwrap_or(false),
        mandate: sepa::MandateFields {
            iban: optional("iban", sepa::normalize_iban)?,
            bic: optional("bic", sepa::normalize_bic)?,
            id: optional("mandate_id", sepa::check_mandate_id)?,
            signed_on: row
                .get("mandate_signed_on")
                .map(|v| {
                    values::parse_date("mandate_signed_on", v).map_err(cell("mandate_signed_on"))
                })
                .transpose()?,
        },
    })
}

/// `new` from a CSV row, with the fields of columns absent from the file taken from
/// `existing`: importing `code,name` renames customers without clearing their e-mail.
fn keep_absent_columns(
    existing: &Customer,
    new: &Customer,
    has: &dyn Fn(&str) -> bool,
) -> Customer {
    let mut merged = existing.clone();
    merged.name = new.name.clone();
    if has("email") {
        merged.email = new.email.clone();
    }
    if has("billing_email") {
        merged.billing_email = new.billing_email.clone();
    }
    if has("address") {
        merged.address = new.address.clone();
    }
    if has("price_list") {
        merged.price_list = new.price_list.clone();
    }
    if has("vat_id") {
        merged.vat_id = new.vat_id.clone();
    }
    if has("siren") {
        merged.siren = new.siren.clone();
    }
    if has("kind") {
        merged.kind = new.kind;
    }
    if has("payment_method") {
        merged.payment_method = new.payment_method;
    }
    if has("disabled") {
        merged.disabled = new.disabled;
    }
    if has("iban") {
        merged.mandate.iban = new.mandate.iban.clone();
    }
    if has("bic") {
        merged.mandate.bic = new.mandate.bic.clone();
    }
    if has("mandate_id") {
        merged.mandate.id = new.mandate.id.clone();
    }
    if has("mandate_signed_on") {
        merged.mandate.signed_on = new.mandate.signed_on;
    }
    merged
}

/// How many customers an import holds before writing them.
const IMPORT_BATCH: usize = 256;

/// Imports customers from CSV: new codes are created, known codes updated.
///
/// The file is read once, in one transaction: each row is checked (its values, its code
/// and mandate once in the file, what it refers to) and the customers are written in
/// batches as they come. One bad row and the transaction is undone: nothing is written.
pub fn import(s: &mut Session, source: &str, bytes: &[u8]) -> Result<ImportSummary> {
    let today = s.today();
    s.store.write(|tx| {
        let mut summary = ImportSummary::default();
        // At most one row per line: sized once, the set of codes never grows row by row.
        let lines = bytes.iter().filter(|b| **b == b'\n').count();
        let mut codes = HashSet::with_capacity(lines);
        let mut mandates = HashSet::new();
        // The columns the file has: an absent one leaves that field of a known code as it was.
        let mut present: Vec<&str> = Vec::new();
        let mut pending: Vec<Customer> = Vec::with_capacity(IMPORT_BATCH);
        CsvColumns::read(source, bytes, CSV_COLUMNS, &["code", "name"], |row| {
            if present.is_empty() {
                present = CSV_COLUMNS
                    .iter()
                    .copied()
                    .filter(|c| row.has_column(c))
                    .collect();
            }
            let customer = customer_from_row(&row)?;
            if !codes.insert(customer.code.clone()) {
                return Err(Error::invalid(
                    row.field("code"),
                    format!("{:?} appears twice in the file", customer.code),
                ));
            }
            if let Some(mandate) = &customer.mandate.id {
                if !mandates.insert(mandate.clone()) {
                    return Err(Error::invalid(
                        row.field("mandate_id"),
                        format!(
                            "{mandate:?} appears twice in the file; a mandate is one customer's"
                        ),
                    ));
                }
            }
            check_references(tx, &customer, "column mandate_id")
                .map_err(|e| Error::invalid(row.place(), e.to_string()))?;
            pending.push(customer);
            if pending.len() == IMPORT_BATCH {
                summary.add(write_batch(tx, &mut pending, &present, today)?);
            }
            Ok(())
        })?;
        summary.add(write_batch(tx, &mut pending, &present, today)?);
        tx.audit(
            "customer:*",
            &json!({ "import": source, "created": summary.created, "updated": summary.updated }),
        )?;
        Ok(summary)
    })
}

/// Writes the pending customers: new codes inserted, known ones merged with what they
/// were (a column the file does not have, `present`, leaves that field as it was).
fn write_batch(
    tx: &Tx,
    pending: &mut Vec<Customer>,
    present: &[&str],
    today: NaiveDate,
) -> Result<ImportSummary> {
    let mut summary = ImportSummary::default();
    let customers: Vec<&Customer> = pending.iter().collect();
    let known = tx.customers_insert_new(&customers, today)?;
    summary.created += customers.len() - known.len();
    for customer in known.into_iter().map(|i| customers[i]) {
        let existing = find_customer(tx, &customer.code)?;
        let merged = keep_absent_columns(&existing, customer, &|c| present.contains(&c));
        if merged == existing {
            summary.unchanged += 1;
        } else {
            tx.customer_update(&merged)?;
            summary.updated += 1;
        }
    }
    pending.clear();
    Ok(summary)
}

/// Writes every customer (disabled ones too) as CSV in the import format.
pub fn export(s: &mut Session, out: &mut dyn Write) -> Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    let io = Error::from_csv;
    writer.write_record(CSV_COLUMNS).map_err(io)?;
    s.store.read(|tx| {
        tx.customers_each(true, |c| {
            writer
                .write_record([
                    c.code.as_str(),
                    &c.name,
                    c.email.as_deref().unwrap_or(""),
                    c.address.as_deref().unwrap_or(""),
                    c.price_list.as_deref().unwrap_or(""),
                    c.vat_id.as_deref().unwrap_or(""),
                    c.siren.as_deref().unwrap_or(""),
                    c.kind.as_str(),
                    c.payment_method.as_str(),
                    if c.disabled { "true" } else { "false" },
                    c.mandate.iban.as_deref().unwrap_or(""),
                    c.mandate.bic.as_deref().unwrap_or(""),
                    c.mandate.id.as_deref().unwrap_or(""),
                    &c.mandate
                        .signed_on
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                    c.billing_email.as_deref().unwrap_or(""),
                ])
                .map_err(io)
        })
    })?;
    writer.flush().map_err(Error::Write)?;
    Ok(())
}
