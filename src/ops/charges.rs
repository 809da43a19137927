//! Charging saved cards and mandates (issue 16 §1): when an invoice is issued to a
//! subscription paid through Stripe or GoCardless whose payment method the gateway gave us,
//! `tick` asks the gateway to charge it.
//!
//! Exactly once: each attempt is written with its idempotency key, and committed, before
//! the gateway is called; the answer is recorded in a second transaction. A run killed in
//! between leaves the attempt `pending`, and the next run asks again with the same key, so
//! the gateway returns what it did the first time instead of charging again. An answer
//! lost to a timeout or a server error is asked again the same way, unless the gateway's
//! webhook told the outcome first (`settle_from_webhook`).

use std::time::Duration;

use chrono::NaiveDate;
use serde_json::json;

use super::Session;
use super::books::Books;
use super::payments::{self, PaymentInput, PaymentOrigin};
use crate::config::MachineConfig;
use crate::domain::charge::{AttemptStatus, ChargeAttempt, idempotency_key};
use crate::domain::ids::InvoiceRef;
use crate::domain::payment::Method;
use crate::error::{Error, Result};
use crate::formats::gateway::{self, ChargeOutcome, ChargeRequest};
use crate::http;
use crate::store::Tx;

/// What the charges of a run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChargeReport {
    /// Attempts the gateway was asked about.
    pub asked: u64,
    /// Charged, or accepted by the gateway with the money to follow.
    pub charged: u64,
    /// Declined: the invoice stays due.
    pub declined: u64,
    /// Asked, with no usable answer: asked again on the next run, with the same key.
    pub unanswered: Vec<(String, String)>,
}

/// Writes the first attempt of every invoice to charge, then asks the gateway for each
/// attempt still pending and records its answer. `config` is read only when there is
/// something to charge.
pub fn run(s: &mut Session, config: &dyn Fn() -> Result<MachineConfig>) -> Result<ChargeReport> {
    let now = s.clock.rfc3339();
    let today = s.today();
    s.store.write(|tx| open_attempts(tx, &now))?;
    let pending = s
        .store
        .read(|tx| tx.charge_attempts(None, Some(AttemptStatus::Pending)))?;
    let mut report = ChargeReport::default();
    if pending.is_empty() {
        return Ok(report);
    }
    let config = config()?;
    for attempt in pending {
        report.asked += 1;
        let answer = ask(&config, &attempt, today);
        let outcome = s.store.write(|tx| {
            let books = Books::load(tx, today, &now)?;
            record(tx, &books, attempt.id, answer)
        })?;
        match outcome {
            Some(ChargeOutcome::Succeeded { .. } | ChargeOutcome::Submitted { .. }) => {
                report.charged += 1
            }
            Some(ChargeOutcome::Failed { .. }) => report.declined += 1,
            Some(ChargeOutcome::Unknown { detail }) => report.unanswered.push((
                attempt.invoice_number.clone(),
                format!(
                    "{} charge attempt {}: {detail}; asked again on the next run with the same key",
                    attempt.gateway, attempt.attempt
                ),
            )),
            None => {}
        }
    }
    Ok(report)
}

/// Writes attempt 1 of each invoice never tried, pending, with its key.
fn open_attempts(tx: &Tx, now: &str) -> Result<()> {
    for due in tx.charges_due()? {
        let Some(invoice) = tx.invoice(due.invoice)? else {
            continue;
        };
        let number = invoice.number.clone().unwrap_or_default();
        let amount = invoice.outstanding();
        if amount <= 0 {
            continue;
        }
        let attempt = ChargeAttempt {
            id: 0,
            invoice: invoice.id,
            invoice_number: number.clone(),
            payment_request: Some(due.request.clone()),
            due_date: invoice.due_date,
            attempt: 1,
            gateway: due.gateway.clone(),
            idempotency_key: idempotency_key(&number, 1, &due.token),
            amount,
            currency: invoice.currency.clone(),
            gateway_customer: due.gateway_customer.clone(),
            payment_method: due.payment_method.clone(),
            status: AttemptStatus::Pending,
            gateway_payment_id: None,
            code: None,
            message: None,
            created_at: now.to_string(),
            updated_at: now.to_string(),
        };
        tx.charge_attempt_insert(&attempt)?;
        tx.audit(
            &format!("charge:{number}:1"),
            &json!({ "gateway": attempt.gateway, "idempotency_key": attempt.idempotency_key,
                     "amount": amount, "currency": attempt.currency }),
        )?;
    }
    Ok(())
}

/// Asks the gateway to charge `attempt`; every way of getting no answer is `Unknown`.
/// GoCardless collects on the invoice's due date when it is still ahead, else on the
/// earliest day it can.
fn ask(config: &MachineConfig, attempt: &ChargeAttempt, today: NaiveDate) -> ChargeOutcome {
    let api = match config.gateway_api(&attempt.gateway) {
        Ok(api) => api,
        Err(e) => {
            return ChargeOutcome::Unknown {
                detail: e.to_string(),
            };
        }
    };
    let request = ChargeRequest {
        amount: attempt.amount,
        currency: &attempt.currency,
        invoice: &attempt.invoice_number,
        payment_request: attempt.payment_request.as_deref().unwrap_or(""),
        customer: attempt.gateway_customer.as_deref(),
        method: &attempt.payment_method,
        charge_date: None,
    };
    let stripe = attempt.gateway == "stripe";
    let call = if stripe {
        gateway::stripe_charge(&request)
    } else {
        gateway::gocardless_charge(&ChargeRequest {
            charge_date: attempt.due_date.filter(|due| *due > today),
            ..request
        })
    };
    let url = format!("{}{}", api.base, call.path);
    let headers: &[(&str, &str)] = if stripe {
        &[]
    } else {
        &[("GoCardless-Version", "2015-07-06")]
    };
    let post = http::Post {
        url: &url,
        bearer: &api.secret,
        idempotency_key: &attempt.idempotency_key,
        content_type: call.content_type,
        headers,
        body: &call.body,
        timeout: Duration::from_secs(api.timeout_seconds),
    };
    match http::post(&post) {
        Ok(answer) if stripe => gateway::read_stripe(answer.status, &answer.body),
        Ok(answer) => gateway::read_gocardless(answer.status, &answer.body),
        Err(lost) => ChargeOutcome::Unknown {
            detail: lost.to_string(),
        },
    }
}

/// Records the gateway's answer for attempt `id`, unless a webhook recorded the outcome
/// first. Returns the outcome recorded.
fn record(
    tx: &Tx,
    books: &Books,
    id: i64,
    outcome: ChargeOutcome,
) -> Result<Option<ChargeOutcome>> {
    let Some(mut attempt) = tx.charge_attempt(id)? else {
        return Ok(None);
    };
    if attempt.status != AttemptStatus::Pending {
        return Ok(None);
    }
    attempt.updated_at = books.now.clone();
    match &outcome {
        ChargeOutcome::Succeeded { payment_id } => {
            attempt.status = AttemptStatus::Succeeded;
            attempt.gateway_payment_id = Some(payment_id.clone());
            attempt.code = None;
            attempt.message = None;
            book_payment(tx, books, &attempt, payment_id)?;
        }
        ChargeOutcome::Submitted { payment_id } => {
            attempt.status = AttemptStatus::Submitted;
            attempt.gateway_payment_id = Some(payment_id.clone());
            attempt.code = None;
            attempt.message = None;
            if let Some(request) = &attempt.payment_request {
                tx.payment_request_note_gateway_payment(request, payment_id, &books.now)?;
            }
        }
        ChargeOutcome::Failed {
            payment_id,
            code,
            message,
        } => {
            attempt.status = AttemptStatus::Failed;
            attempt.gateway_payment_id.clone_from(payment_id);
            attempt.code = Some(code.clone());
            attempt.message = Some(message.clone());
            if let Some(request) = &attempt.payment_request {
                tx.payment_request_update(
                    request,
                    "failed",
                    payment_id.as_deref(),
                    Some(&format!("{code}: {message}")),
                    &books.now,
                )?;
            }
        }
        ChargeOutcome::Unknown { detail } => {
            attempt.code = None;
            attempt.message = Some(detail.clone());
        }
    }
    tx.charge_attempt_update(&attempt)?;
    tx.audit(
        &format!("charge:{}:{}", attempt.invoice_number, attempt.attempt),
        &json!({ "status": attempt.status.as_str(), "gateway_payment_id": attempt.gateway_payment_id,
                 "code": attempt.code, "message": attempt.message }),
    )?;
    Ok(Some(outcome))
}

/// Books the money a charge took on its invoice, once per gateway payment.
fn book_payment(tx: &Tx, books: &Books, attempt: &ChargeAttempt, payment_id: &str) -> Result<()> {
    if tx
        .payment_by_gateway(&attempt.gateway, payment_id)?
        .is_some()
    {
        return Ok(());
    }
    let invoice = tx
        .invoice(attempt.invoice)?
        .ok_or_else(|| Error::not_found("invoice", &attempt.invoice_number))?;
    let input = PaymentInput {
        invoices: vec![attempt.invoice_number.clone()],
        customer: Some(invoice.customer.clone()),
        amount: attempt.amount,
        currency: Some(attempt.currency.clone()),
        method: Method::Gateway,
        date: Some(books.today),
        reference: Some(payment_id.to_string()),
        // The money was taken: what the invoice no longer owes is held as credit.
        allow_overpayment: true,
        origin: PaymentOrigin {
            bank_transaction: None,
            gateway: Some(attempt.gateway.clone()),
            gateway_payment_id: Some(payment_id.to_string()),
        },
    };
    let payee = payments::resolve_targets(tx, books, &input)?;
    payments::record(tx, books, &payee, &input)?;
    if let Some(request) = &attempt.payment_request {
        tx.payment_request_note_gateway_payment(request, payment_id, &books.now)?;
    }
    Ok(())
}

/// A webhook told the outcome of a payment on `invoice`: the attempts still waiting for
/// one take it, so that the next run does not ask again.
pub fn settle_from_webhook(
    tx: &Tx,
    now: &str,
    invoice: i64,
    payment_id: &str,
    failure: Option<&str>,
) -> Result<()> {
    for mut attempt in tx.charge_attempts_open(invoice)? {
        attempt.status = match failure {
            None => AttemptStatus::Succeeded,
            Some(_) => AttemptStatus::Failed,
        };
        attempt.gateway_payment_id = Some(payment_id.to_string());
        attempt.code = failure.map(str::to_string);
        attempt.message = Some("outcome from the gateway's webhook".into());
        attempt.updated_at = now.to_string();
        tx.charge_attempt_update(&attempt)?;
        tx.audit(
            &format!("charge:{}:{}", attempt.invoice_number, attempt.attempt),
            &json!({ "status": attempt.status.as_str(), "gateway_payment_id": payment_id, "from": "webhook" }),
        )?;
    }
    Ok(())
}

/// The attempts of one invoice, or all, oldest first (`payment attempts`).
pub fn list(s: &mut Session, invoice: Option<&InvoiceRef>) -> Result<Vec<ChargeAttempt>> {
    s.store.read(|tx| {
        let id = invoice
            .map(|r| super::books::find_invoice(tx, r).map(|i| i.id))
            .transpose()?;
        tx.charge_attempts(id, None)
    })
}
