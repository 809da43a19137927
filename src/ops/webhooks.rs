//! Payment-gateway webhooks (DESIGN §8): the signature is verified before anything is read,
//! each event is stored once per event id, and a success pays what it states on the invoice
//! of its payment request — in the invoice's currency only, else it is recorded as not
//! booked — and the request closes once the invoice is settled; a failure marks the request
//! failed and leaves the invoice due.

use serde_json::json;

use super::Session;
use super::books::Books;
use super::payments::{self, PaymentInput, PaymentOrigin};
use crate::config::MachineConfig;
use crate::domain::money::{format_minor, minor_digits};
use crate::domain::payment::Method;
use crate::domain::payment_request::PaymentRequest;
use crate::error::{Error, Result};
use crate::formats::gateway::{self, Charged, GatewayEvent};
use crate::store::Tx;

/// Stripe's tolerance between the signed timestamp and now.
const STRIPE_TOLERANCE_SECS: i64 = 300;

/// What one event did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub event_id: String,
    pub kind: String,
    pub outcome: String,
}

/// A webhook as it arrived: the gateway it claims to come from, its signature header, and
/// its raw body.
#[derive(Debug, Clone, Copy)]
pub struct Webhook<'a> {
    pub gateway: &'a str,
    pub signature: &'a str,
    pub body: &'a [u8],
}

pub fn receive(s: &mut Session, config: &MachineConfig, webhook: &Webhook) -> Result<Vec<Applied>> {
    let Webhook {
        gateway: gateway_name,
        signature,
        body,
    } = *webhook;
    let secret = config.webhook_secret(gateway_name)?;
    let events = match gateway_name {
        "stripe" => {
            gateway::verify_stripe(
                signature,
                body,
                secret,
                s.clock.now.timestamp(),
                STRIPE_TOLERANCE_SECS,
            )?;
            gateway::parse_stripe(body)?
        }
        "gocardless" => {
            gateway::verify_gocardless(signature, body, secret)?;
            gateway::parse_gocardless(body)?
        }
        other => {
            return Err(Error::Usage(format!(
                "unknown gateway {other:?}; stripe or gocardless"
            )));
        }
    };
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let books = Books::load(tx, today, &now)?;
        let fresh: Vec<&GatewayEvent> = events
            .iter()
            .filter(|e| !seen(tx, gateway_name, e).unwrap_or(false))
            .collect();
        if fresh.is_empty() {
            let ids: Vec<&str> = events.iter().map(event_id).collect();
            return Err(Error::refused(format!(
                "{gateway_name} event {} already received; nothing done",
                ids.join(", ")
            )));
        }
        let mut applied = Vec::new();
        for event in fresh {
            let outcome = apply(tx, &books, gateway_name, event)?;
            let (id, kind) = (event_id(event).to_string(), event_kind(event));
            tx.webhook_event_insert(gateway_name, &id, &kind, &now, &outcome)?;
            tx.audit(
                &format!("webhook:{gateway_name}:{id}"),
                &json!({ "kind": kind, "outcome": outcome }),
            )?;
            applied.push(Applied {
                event_id: id,
                kind,
                outcome,
            });
        }
        Ok(applied)
    })
}

fn seen(tx: &Tx, gateway: &str, event: &GatewayEvent) -> Result<bool> {
    tx.webhook_event_seen(gateway, event_id(event))
}

fn event_id(event: &GatewayEvent) -> &str {
    match event {
        GatewayEvent::PaymentSucceeded { event_id, .. }
        | GatewayEvent::PaymentFailed { event_id, .. }
        | GatewayEvent::Ignored { event_id, .. } => event_id,
    }
}

fn event_kind(event: &GatewayEvent) -> String {
    match event {
        GatewayEvent::PaymentSucceeded { .. } => "payment_succeeded".into(),
        GatewayEvent::PaymentFailed { .. } => "payment_failed".into(),
        GatewayEvent::Ignored { kind, .. } => kind.clone(),
    }
}

/// The payment request an event is about: named in its metadata, else through its
/// invoice, else through the gateway's payment id seen before.
fn request_of(
    tx: &Tx,
    request: &Option<String>,
    invoice: &Option<String>,
    payment_id: &str,
) -> Result<Option<PaymentRequest>> {
    if let Some(id) = request {
        if let Some(found) = tx.payment_request(id)? {
            return Ok(Some(found));
        }
    }
    if let Some(number) = invoice {
        if let Some(inv) = tx.invoice_by_number(number)? {
            if let Some(found) = tx.payment_request_for_invoice(inv.id)? {
                return Ok(Some(found));
            }
        }
    }
    tx.payment_request_by_gateway_payment(payment_id)
}

fn apply(tx: &Tx, books: &Books, gateway_name: &str, event: &GatewayEvent) -> Result<String> {
    match event {
        GatewayEvent::PaymentSucceeded {
            payment_id,
            charged,
            customer_ref,
            payment_method_ref,
            payment_request,
            invoice,
            mandate_ref,
            ..
        } => {
            let Some(request) = request_of(tx, payment_request, invoice, payment_id)? else {
                return Ok(format!("no payment request for payment {payment_id}"));
            };
            // Gateways send several events for one payment (succeeded, then paid out).
            if tx.payment_by_gateway(gateway_name, payment_id)?.is_some() {
                return Ok(format!("payment {payment_id} already recorded"));
            }
            let (amount, currency, asked) = match charged {
                Charged::Stated { minor, currency } => (*minor, currency.clone(), ""),
                Charged::AsRequested => (
                    request.amount,
                    request.currency.clone(),
                    ", the amount asked: the event carries none",
                ),
            };
            let owed_in = tx
                .invoice(request.invoice)?
                .map_or_else(|| request.currency.clone(), |i| i.currency);
            if currency != owed_in {
                // Money in another currency never settles a document: kept for a person.
                return Ok(format!(
                    "not booked: payment {payment_id} is in {currency}, {} asks for {owed_in}; settle it by hand",
                    request.id
                ));
            }
            let input = PaymentInput {
                invoices: vec![request.invoice_number.clone()],
                customer: Some(request.customer.clone()),
                amount,
                currency: Some(currency.clone()),
                method: Method::Gateway,
                date: Some(books.today),
                reference: Some(payment_id.clone()),
                // The money was received: what the invoice does not owe is held as credit.
                allow_overpayment: true,
                origin: PaymentOrigin {
                    bank_transaction: None,
                    gateway: Some(gateway_name.into()),
                    gateway_payment_id: Some(payment_id.clone()),
                },
            };
            let payee = payments::resolve_targets(tx, books, &input)?;
            let recorded = payments::record(tx, books, &payee, &input)?;
            // Only the invoice's settlement closes the request (payments::record did, if
            // this payment settled it); a partial payment leaves it open.
            tx.payment_request_note_gateway_payment(&request.id, payment_id, &books.now)?;
            // A charge whose answer was lost learns its outcome here.
            super::charges::settle_from_webhook(tx, &books.now, request.invoice, payment_id, None)?;
            if let Some(subscription) = &request.subscription {
                let method = payment_method_ref.as_deref().or(mandate_ref.as_deref());
                tx.subscription_set_gateway_refs(subscription, customer_ref.as_deref(), method)?;
            }
            let paid = format!(
                "{} {currency}{asked}",
                format_minor(amount, minor_digits(&currency))
            );
            if !matches!(request.status.as_str(), "open" | "failed") {
                return Ok(format!(
                    "{}: already {}; {} ({paid}) held as {}'s credit",
                    request.id, request.status, recorded.payment.id, payee.customer
                ));
            }
            let after = tx
                .payment_request(&request.id)?
                .ok_or_else(|| Error::not_found("payment request", &request.id))?;
            if after.status == "paid" {
                return Ok(format!(
                    "{} paid by {} ({paid})",
                    request.id, recorded.payment.id
                ));
            }
            if after.status == "failed" {
                // A payment after a failure: the request is live again.
                tx.payment_request_update(&request.id, "open", None, None, &books.now)?;
            }
            let owed = tx.invoice(request.invoice)?.map_or(0, |i| i.outstanding());
            Ok(format!(
                "{}: partial payment {} ({paid}); {} {currency} still owed, the request stays open",
                request.id,
                recorded.payment.id,
                format_minor(owed, minor_digits(&currency))
            ))
        }
        GatewayEvent::PaymentFailed {
            payment_id,
            reason,
            payment_request,
            invoice,
            ..
        } => {
            let Some(request) = request_of(tx, payment_request, invoice, payment_id)? else {
                return Ok(format!("no payment request for payment {payment_id}"));
            };
            if request.status == "paid" {
                return Ok(format!(
                    "{} already paid; failure of {payment_id} noted",
                    request.id
                ));
            }
            tx.payment_request_update(
                &request.id,
                "failed",
                Some(payment_id),
                Some(reason),
                &books.now,
            )?;
            super::charges::settle_from_webhook(
                tx,
                &books.now,
                request.invoice,
                payment_id,
                Some(reason),
            )?;
            Ok(format!("{} failed: {reason}", request.id))
        }
        GatewayEvent::Ignored { kind, .. } => Ok(format!("ignored ({kind})")),
    }
}
