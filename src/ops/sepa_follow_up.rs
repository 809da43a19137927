//! What follows a SEPA collection file: `sepa import` of the bank's rejects and returns
//! (each debit marked once, the money it had settled taken back, a refused mandate
//! flagged), the pre-notification a SEPA payer gets when an invoice is issued, `sepa
//! debits`, and what `sepa export` must know of a debit's past ([`assess`]).
//!
//! This module imports no other ops module: `sepa.rs` (the export) and `follow_ups.rs`
//! (issuing) call it.

use std::path::Path;

use chrono::NaiveDate;
use serde_json::json;

use super::Session;
use super::books::{Books, Payer};
use crate::domain::customer::{Customer, PaymentMethod};
use crate::domain::invoice::Invoice;
use crate::domain::money::format_minor;
use crate::domain::outbox::OutboxMessage;
use crate::domain::payment::{Method, Refund};
use crate::domain::sepa::{Amendment, CURRENCY};
use crate::domain::sepa_follow_up::{
    self as rules, Again, Consequence, Debit, FollowUpSettings, LastAttempt, Outcome, Reported,
    Scope,
};
use crate::domain::settings;
use crate::error::{Error, Result};
use crate::formats::sepa::read_status_file;
use crate::store::{CreditSource, DebitReport, MandateBlock, Prenotification, SepaOwed, Tx};

/// A setting as a number, its default when unset.
fn number(tx: &Tx, key: &str) -> Result<u32> {
    let value = match tx.setting(key)? {
        Some(v) => v,
        None => settings::spec(key)?.default.unwrap_or("0").to_string(),
    };
    value
        .parse()
        .map_err(|_| Error::invalid(key, format!("{value:?} is not a number")))
}

/// `sepa.retry_after_days`, `sepa.max_retries`, `sepa.prenotification_days`.
pub fn follow_up_settings(tx: &Tx) -> Result<FollowUpSettings> {
    Ok(FollowUpSettings {
        retry_after_days: number(tx, "sepa.retry_after_days")?,
        max_retries: number(tx, "sepa.max_retries")?,
        prenotification_days: number(tx, "sepa.prenotification_days")?,
    })
}

// ───────────────────────────── export ─────────────────────────────

/// What an export must know of an owed invoice beyond what it owes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Assessment {
    /// An earlier file holds it and nothing says to present it again.
    pub exported_before: bool,
    pub retry_of: Option<i64>,
    pub hold: Option<String>,
    pub amendment: Option<Amendment>,
}

/// The export's day and options, as [`assess`] needs them.
#[derive(Debug, Clone, Copy)]
pub struct ExportDay {
    pub collection_date: NaiveDate,
    pub again: bool,
    pub settings: FollowUpSettings,
}

/// Decides what an export does with `invoice` given the debits before it: re-present it,
/// hold it back (refused mandate, expired mandate, pre-notification too recent, a reject
/// not to retry), or mark the mandate amended.
pub fn assess(
    tx: &Tx,
    customer: &Customer,
    invoice: &SepaOwed,
    day: ExportDay,
) -> Result<Assessment> {
    let mut out = Assessment {
        exported_before: invoice.exported_before,
        ..Assessment::default()
    };
    let Ok(mandate) = customer.mandate.complete() else {
        return Ok(out);
    };
    // What an earlier file holds: re-presented, held back with the reason, or left to
    // `--again`; only what is to be collected now is checked further.
    let mut first_attempt = true;
    if invoice.exported_before {
        first_attempt = false;
        let debits = tx.sepa_debits_of_invoice(invoice.id)?;
        if let Some(last) = debits.last() {
            let attempt = LastAttempt {
                outcome: last.outcome,
                reason: last.reason.clone(),
                reported_on: last.reported_on,
                attempts: debits.len() as u32,
            };
            match rules::again(&attempt, day.settings, day.collection_date) {
                Again::Retry => {
                    out.exported_before = false;
                    out.retry_of = Some(last.id);
                }
                Again::Hold(reason) if !day.again => {
                    out.hold = Some(reason);
                    return Ok(out);
                }
                Again::NotAgain if !day.again => return Ok(out),
                Again::Hold(_) | Again::NotAgain => {}
            }
        }
    }
    let code = &customer.code;
    if let Some(block) = tx
        .sepa_blocks(code)?
        .into_iter()
        .find(|b| b.mandate_id == mandate.id && b.iban == mandate.iban)
    {
        out.hold = Some(format!(
            "the bank refused mandate {} on {} ({}, {}); nothing is collected under it: record a new mandate or IBAN with `subs customer edit {code}`",
            block.mandate_id,
            block.since,
            block.reason,
            rules::reason_text(&block.reason)
        ));
        return Ok(out);
    }
    let last_sent = tx.sepa_last_sent(code)?;
    let mut last_used = mandate.signed_on;
    if let Some((sent, on)) = &last_sent {
        out.amendment = rules::amendment(sent, &mandate.id, &mandate.iban, mandate.signed_on);
        if sent.mandate_id == mandate.id || out.amendment.is_some() {
            last_used = last_used.max(*on);
        }
    }
    if rules::mandate_expired(last_used, day.collection_date) {
        out.hold = Some(format!(
            "mandate {} expired: unused since {last_used} ({} months); record a new one with `subs customer edit {code} --mandate-id … --mandate-signed-on …`",
            mandate.id,
            rules::MANDATE_EXPIRY_MONTHS
        ));
        return Ok(out);
    }
    if !first_attempt {
        return Ok(out);
    }
    let notified_on = tx
        .sepa_prenotification(invoice.id)?
        .map_or(invoice.issued_on, |p| p.notified_on);
    if let Some(earliest) =
        rules::earliest_collection(notified_on, day.settings.prenotification_days)
            .filter(|earliest| day.collection_date < *earliest)
    {
        out.hold = Some(format!(
            "pre-notified on {notified_on}, less than {} days before; collect it on or after {earliest} (sepa.prenotification_days)",
            day.settings.prenotification_days
        ));
    }
    Ok(out)
}

// ───────────────────────────── pre-notification ─────────────────────────────

/// When an invoice of a SEPA payer is issued: records the pre-notification (the amount,
/// the collection date at least `sepa.prenotification_days` away, the mandate reference,
/// the creditor identifier) and queues it by e-mail when the customer has an address.
/// Returns whether an e-mail was queued.
pub fn prenotify(tx: &Tx, books: &Books, invoice: &Invoice, payer: Payer) -> Result<bool> {
    let Payer {
        customer,
        subscription,
    } = payer;
    let method = subscription
        .and_then(|s| s.payment_method)
        .unwrap_or(customer.payment_method);
    let amount = invoice.outstanding();
    if method != PaymentMethod::Sepa || invoice.is_credit_note() || amount <= 0 {
        return Ok(false);
    }
    // Without a mandate or a creditor identifier there is nothing to announce; `sepa
    // export` names what is missing.
    let (Some(mandate_id), Some(creditor_id), Some(due), Some(number)) = (
        customer.mandate.id.clone(),
        tx.setting("sepa.creditor_id")?,
        invoice.due_date,
        invoice.number.clone(),
    ) else {
        return Ok(false);
    };
    let days = follow_up_settings(tx)?.prenotification_days;
    let collection_date = rules::announced_collection(due, books.today, days);
    let outbox = match crate::domain::customer::billing_address(customer) {
        Some(email) => {
            let (subject, body) = rules::prenotification_text(
                books.company.messages(),
                &rules::Notice {
                    company: &books.company.name,
                    invoice: &number,
                    amount: &format_minor(amount, 2),
                    collection_date,
                    mandate_id: &mandate_id,
                    creditor_id: &creditor_id,
                },
            );
            let message = OutboxMessage {
                recipients: email.to_string(),
                subject,
                body,
                invoice: Some(invoice.id),
                created_at: books.now.clone(),
                ..OutboxMessage::default()
            };
            let id = tx.outbox_insert(&message)?;
            tx.audit(
                &format!("mail:{id}"),
                &json!({ "queued": message.subject, "to": message.recipients, "invoice": number }),
            )?;
            Some(id)
        }
        None => None,
    };
    tx.sepa_prenotification_insert(
        invoice.id,
        &Prenotification {
            notified_on: books.today,
            collection_date,
            amount,
            mandate_id: mandate_id.clone(),
            outbox,
        },
    )?;
    tx.audit(
        &format!("invoice:{number}"),
        &json!({ "sepa_prenotification": { "collection_date": collection_date,
                 "amount": format_minor(amount, 2), "mandate_id": mandate_id,
                 "emailed": outbox.is_some() } }),
    )?;
    Ok(outbox.is_some())
}

// ───────────────────────────── import ─────────────────────────────

/// One debit a file rejected or returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked {
    pub debit: Debit,
    pub outcome: Outcome,
    pub reason: String,
    pub reported_on: NaiveDate,
    /// Cents taken back off the invoice (money the debit had settled).
    pub reversed: i64,
    pub consequence: Consequence,
}

/// What `sepa import` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub file: String,
    /// `pain.002.001.10`, …
    pub message: String,
    pub msg_id: String,
    pub marked: Vec<Marked>,
    /// Rejects and returns an earlier import already recorded.
    pub already_known: usize,
}

/// Reads a bank file and records every reject and return in it, all or nothing.
pub fn import(s: &mut Session, path: &Path) -> Result<ImportReport> {
    let bytes = std::fs::read(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::not_found("file", path.display().to_string())
        } else {
            Error::io(path, e)
        }
    })?;
    let source = path.display().to_string();
    let file = read_status_file(&source, &bytes)?;
    let now = s.clock.rfc3339();
    let today = s.today();
    s.store.write(|tx| {
        let books = Books::load(tx, today, &now)?;
        let mut report = ImportReport {
            file: source.clone(),
            message: file.message.clone(),
            msg_id: file.msg_id.clone(),
            marked: Vec::new(),
            already_known: 0,
        };
        for reported in &file.reports {
            if tx.sepa_event_known(&reported.reference)? {
                report.already_known += 1;
                continue;
            }
            let debits = matching(tx, &source, reported)?;
            if debits.iter().all(|d| d.outcome.is_some()) {
                report.already_known += 1;
                continue;
            }
            for debit in debits.into_iter().filter(|d| d.outcome.is_none()) {
                report
                    .marked
                    .push(mark(tx, &books, debit, reported, &source)?);
            }
        }
        Ok(report)
    })
}

/// The debits a report speaks of; one it cannot find is bad input naming the place.
fn matching(tx: &Tx, source: &str, r: &Reported) -> Result<Vec<Debit>> {
    let unknown = |what: String| {
        Error::invalid(
            format!("{source}: {}", r.place),
            format!("{what}; nothing was imported"),
        )
    };
    match &r.scope {
        Scope::File { msg_id } => {
            let debits = tx.sepa_debits_of_file(msg_id)?;
            if debits.is_empty() {
                return Err(unknown(format!(
                    "message id {msg_id} is no collection file `sepa export` wrote"
                )));
            }
            Ok(debits)
        }
        Scope::Batch { msg_id, batch_id } => {
            let debits: Vec<Debit> = tx
                .sepa_debits_of_file(msg_id)?
                .into_iter()
                .filter(|d| format!("{}-{}", d.msg_id, d.sequence.as_str()) == *batch_id)
                .collect();
            if debits.is_empty() {
                return Err(unknown(format!(
                    "payment block {batch_id} of {msg_id} holds no collected debit"
                )));
            }
            Ok(debits)
        }
        Scope::Debit {
            end_to_end_id: Some(number),
            msg_id,
            ..
        } => {
            let debits: Vec<Debit> = tx
                .sepa_debits_of_number(number)?
                .into_iter()
                .filter(|d| msg_id.as_ref().is_none_or(|m| *m == d.msg_id))
                .collect();
            let Some(last) = debits.last() else {
                let file = msg_id
                    .as_ref()
                    .map(|m| format!(" in {m}"))
                    .unwrap_or_default();
                return Err(unknown(format!(
                    "end-to-end id {number} matches no collected debit{file}"
                )));
            };
            // A return without the file's id is the latest attempt still waiting.
            Ok(vec![
                debits
                    .iter()
                    .rev()
                    .find(|d| d.outcome.is_none())
                    .unwrap_or(last)
                    .clone(),
            ])
        }
        Scope::Debit {
            end_to_end_id: None,
            msg_id: Some(msg_id),
            amount: Some(amount),
        } => {
            let debits: Vec<Debit> = tx
                .sepa_debits_of_file(msg_id)?
                .into_iter()
                .filter(|d| d.amount == *amount && d.outcome.is_none())
                .collect();
            match debits.len() {
                1 => Ok(debits),
                n => Err(unknown(format!(
                    "no end-to-end id, and {n} waiting debits of {msg_id} are of {} EUR",
                    format_minor(*amount, 2)
                ))),
            }
        }
        Scope::Debit { .. } => Err(unknown(
            "neither an end-to-end id nor a message id and amount to find the debit by".into(),
        )),
    }
}

/// Marks one debit rejected or returned: the money it settled is taken back, a refused
/// mandate is flagged, and the audit log says so.
fn mark(tx: &Tx, books: &Books, debit: Debit, r: &Reported, source: &str) -> Result<Marked> {
    let reversed = take_back(tx, books, &debit, r)?;
    tx.sepa_debit_report(
        debit.id,
        &DebitReport {
            reference: r.reference.clone(),
            outcome: r.outcome,
            reason: r.reason.clone(),
            reported_on: r.reported_on,
            file: source.to_string(),
            reversed,
        },
        &books.now,
    )?;
    let consequence = rules::consequence(&r.reason);
    if consequence == Consequence::MandateUnusable {
        tx.sepa_block_insert(
            &debit.customer,
            &MandateBlock {
                mandate_id: debit.mandate_id.clone(),
                iban: match &debit.iban {
                    Some(iban) => iban.clone(),
                    None => current_iban(tx, &debit.customer)?,
                },
                reason: r.reason.clone(),
                since: r.reported_on,
            },
            debit.id,
        )?;
    }
    tx.audit(
        &format!("sepa-debit:{}", debit.invoice),
        &json!({ "file": debit.msg_id, "status": r.outcome.as_str(), "reason": r.reason,
                 "reported_on": r.reported_on, "report": source,
                 "reversed": format_minor(reversed, 2),
                 "mandate_unusable": consequence == Consequence::MandateUnusable }),
    )?;
    Ok(Marked {
        debit,
        outcome: r.outcome,
        reason: r.reason.clone(),
        reported_on: r.reported_on,
        reversed,
        consequence,
    })
}

fn current_iban(tx: &Tx, customer: &str) -> Result<String> {
    Ok(tx
        .customer(customer)?
        .and_then(|c| c.mandate.iban)
        .unwrap_or_default())
}

/// Takes the money a debit had settled back off its invoice (newest allocations first, up
/// to the debit's amount) and records it as paid back to the customer: the bank took it
/// back. Returns the cents taken back.
fn take_back(tx: &Tx, books: &Books, debit: &Debit, r: &Reported) -> Result<i64> {
    let mut left = debit.amount;
    let mut parts: Vec<(CreditSource, i64)> = Vec::new();
    for (allocation, payment, amount) in tx.invoice_money_allocations(debit.invoice_id)? {
        if left == 0 {
            break;
        }
        let take = amount.min(left);
        tx.allocation_take_back(allocation, debit.invoice_id, take)?;
        match parts
            .iter_mut()
            .find(|(s, _)| *s == CreditSource::Payment(payment.clone()))
        {
            Some((_, sum)) => *sum += take,
            None => parts.push((CreditSource::Payment(payment), take)),
        }
        left -= take;
    }
    let reversed = debit.amount - left;
    if reversed > 0 {
        let refund = Refund {
            id: tx.next_code("RF")?,
            customer: debit.customer.clone(),
            date: r.reported_on,
            amount: reversed,
            currency: CURRENCY.into(),
            method: Method::Sepa,
            reference: Some(format!(
                "SEPA {} {} {}",
                r.outcome.as_str(),
                r.reason,
                debit.invoice
            )),
        };
        tx.refund_insert(&refund, &parts, &books.now)?;
        tx.audit(
            &format!("refund:{}", refund.id),
            &json!({ "customer": refund.customer, "amount": format_minor(reversed, 2),
                     "method": "sepa", "date": refund.date, "reference": refund.reference }),
        )?;
    }
    Ok(reversed)
}

/// Every debit, optionally of one status and one customer.
pub fn debits(s: &mut Session, status: Option<&str>, customer: Option<&str>) -> Result<Vec<Debit>> {
    if let Some(status) = status.filter(|s| !["exported", "rejected", "returned"].contains(s)) {
        return Err(Error::invalid(
            "--status",
            format!("{status:?} is not exported, rejected or returned"),
        ));
    }
    s.store.read(|tx| tx.sepa_debits(status, customer))
}
