//! `usage add`, `usage list` and `usage import` (issue 13 §5): recording what a
//! subscription used, to be billed in arrears by `tick` (see `metering.rs`).
//!
//! A usage's reference is recorded once: adding or importing it again is skipped, so a
//! script can re-send what it is not sure went through.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde_json::json;

use super::Session;
use super::books::{find_item, find_subscription};
use super::csvio::CsvColumns;
use crate::domain::catalogue::QTY_RULE;
use crate::domain::money::parse_decimal;
use crate::domain::subscription::State;
use crate::domain::usage::{NewUsage, Usage, UsageFilter, check_day};
use crate::domain::values::{check_code, check_date_range, parse_date};
use crate::error::{Error, Result};
use crate::store::Tx;

/// A usage as typed (`usage add`) or read from a CSV row.
#[derive(Debug, Clone, Default)]
pub struct UsageInput {
    pub subscription: String,
    pub item: String,
    pub qty: String,
    /// Default: today.
    pub on: Option<NaiveDate>,
    pub reference: Option<String>,
}

/// How a usage's fields are named in errors: flags for `usage add`, columns of a line for
/// an import.
type FieldName<'a> = &'a dyn Fn(&str) -> String;

/// What `usage add` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Added {
    Recorded(Usage),
    /// The reference was recorded already: nothing written.
    Skipped(String),
}

/// The columns of a usage CSV file.
pub const CSV_COLUMNS: &[&str] = &["subscription", "item", "qty", "date", "reference"];

/// What `usage import` did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct UsageImport {
    pub recorded: usize,
    /// Rows whose reference was recorded already.
    pub skipped: usize,
}

/// Checks a typed usage against the books: the subscription bills it, the item exists, a
/// positive quantity, a day the subscription serves.
fn check(tx: &Tx, today: NaiveDate, input: &UsageInput, name: FieldName) -> Result<NewUsage> {
    let sub = find_subscription(tx, &input.subscription)?;
    match sub.state {
        State::Active => {}
        other => {
            return Err(Error::refused(format!(
                "subscription {} is {}: its last invoice is out, usage can no longer be billed",
                sub.id,
                other.as_str()
            )));
        }
    }
    if sub.with_order {
        return Err(Error::refused(format!(
            "subscription {} bills through sales orders, which do not carry usage",
            sub.id
        )));
    }
    let item = find_item(tx, &input.item)?;
    let qty = parse_decimal(&name("qty"), &input.qty, QTY_RULE)?;
    let on = check_date_range(&name("date"), input.on.unwrap_or(today))?;
    check_day(&sub.id, sub.anchor, sub.end, on)
        .map_err(|e| Error::invalid(name("date"), e.to_string()))?;
    let reference = match input.reference.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(r) => {
            check_code(&name("reference"), r)?;
            Some(r.to_string())
        }
    };
    Ok(NewUsage {
        subscription: sub.id,
        item: item.code,
        qty,
        on,
        reference,
    })
}

fn audit_entry(usage: &NewUsage) -> serde_json::Value {
    json!({ "usage": { "subscription": usage.subscription, "item": usage.item,
        "qty": usage.qty.to_string(), "date": usage.on, "reference": usage.reference } })
}

/// Records one usage (`usage add`), unless its reference is recorded already.
pub fn add(s: &mut Session, input: &UsageInput) -> Result<Added> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let flag = |field: &str| match field {
            "date" => "--on".to_string(),
            other => format!("--{other}"),
        };
        let usage = check(tx, today, input, &flag)?;
        match tx.usage_insert(&usage, &now)? {
            None => Ok(Added::Skipped(usage.reference.unwrap_or_default())),
            Some(id) => {
                tx.audit(&format!("usage:{id}"), &audit_entry(&usage))?;
                let recorded = tx
                    .usage(id)?
                    .ok_or_else(|| Error::not_found("usage", id.to_string()))?;
                Ok(Added::Recorded(recorded))
            }
        }
    })
}

/// Removes a usage recorded by mistake; one an invoice billed stays (correct the
/// invoice with a credit note instead).
pub fn remove(s: &mut Session, id: &str) -> Result<Usage> {
    let not_found = || Error::not_found("usage", id);
    let number: i64 = id.parse().map_err(|_| not_found())?;
    s.store.write(|tx| {
        let usage = tx.usage(number)?.ok_or_else(not_found)?;
        if let Some(invoice) = usage.invoice {
            let reference = usage
                .invoice_number
                .clone()
                .unwrap_or_else(|| crate::domain::invoice::draft_reference(invoice));
            return Err(Error::refused(format!(
                "usage {id} is billed on {reference}; correct that invoice with `subs invoice credit {reference}`"
            )));
        }
        tx.usage_delete_unbilled(number)?;
        tx.audit(
            &format!("usage:{id}"),
            &json!({ "removed": { "subscription": usage.subscription, "item": usage.item,
                "qty": usage.qty.to_string(), "date": usage.on, "reference": usage.reference } }),
        )?;
        Ok(usage)
    })
}

/// Usages, by day.
pub fn list(s: &mut Session, filter: &UsageFilter) -> Result<Vec<Usage>> {
    s.store.read(|tx| {
        if let Some(id) = &filter.subscription {
            find_subscription(tx, id)?;
        }
        tx.usages(filter)
    })
}

/// Imports a usage CSV, all or nothing: every row is checked (a bad one is named by its
/// line, and nothing is recorded); rows whose reference is recorded already are skipped.
pub fn import(s: &mut Session, source: &str, bytes: &[u8]) -> Result<UsageImport> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let mut summary = UsageImport::default();
        let mut references = HashSet::new();
        CsvColumns::read(
            source,
            bytes,
            CSV_COLUMNS,
            &["subscription", "item", "qty"],
            |row| {
                let on = row
                    .get("date")
                    .map(|d| parse_date(&row.field("date"), d))
                    .transpose()?;
                let input = UsageInput {
                    subscription: row.required("subscription")?.to_string(),
                    item: row.required("item")?.to_string(),
                    qty: row.required("qty")?.to_string(),
                    on,
                    reference: row.get("reference").map(str::to_string),
                };
                let column = |field: &str| row.field(field);
                // A row naming what does not exist, or what cannot take usage, is a bad
                // line of the file; anything else (a busy database) stays what it is.
                let usage = check(tx, today, &input, &column).map_err(|e| match e {
                    Error::NotFound { .. } | Error::Refused(_) => {
                        Error::invalid(row.place(), e.to_string())
                    }
                    other => other,
                })?;
                if let Some(reference) = &usage.reference {
                    if !references.insert(reference.clone()) {
                        return Err(Error::invalid(
                            row.field("reference"),
                            format!("{reference:?} appears twice in the file"),
                        ));
                    }
                }
                match tx.usage_insert(&usage, &now)? {
                    Some(_) => summary.recorded += 1,
                    None => summary.skipped += 1,
                }
                Ok(())
            },
        )?;
        if summary.recorded > 0 {
            tx.audit(
                "usage:*",
                &json!({ "import": source, "recorded": summary.recorded, "skipped": summary.skipped }),
            )?;
        }
        Ok(summary)
    })
}
