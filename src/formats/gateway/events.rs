//! The payment events a webhook body carries, read from Stripe's and GoCardless's JSON.

use serde_json::Value;

use crate::domain::money::{in_range, max_minor, minor_digits};
use crate::error::Error;

/// What a gateway event means to `subs`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GatewayEvent {
    PaymentSucceeded {
        event_id: String,
        /// The same for every event about one payment (see the module documentation).
        payment_id: String,
        /// What the gateway says was paid.
        charged: Charged,
        customer_ref: Option<String>,
        payment_method_ref: Option<String>,
        /// From the payment's metadata, as `subs` set it when asking for the payment.
        payment_request: Option<String>,
        invoice: Option<String>,
        mandate_ref: Option<String>,
    },
    PaymentFailed {
        event_id: String,
        payment_id: String,
        reason: String,
        payment_request: Option<String>,
        invoice: Option<String>,
        customer_ref: Option<String>,
    },
    /// An event `subs` has no use for; kept so that it can be acknowledged and logged.
    Ignored { event_id: String, kind: String },
}

/// What a successful payment event says was paid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Charged {
    /// The event states the amount (minor units, positive) and its currency (upper-case
    /// ISO 4217): Stripe's do.
    Stated { minor: i64, currency: String },
    /// The event carries no amount: GoCardless events name the payment only, and a
    /// GoCardless payment collects what `subs` asked for, so the payment request's amount
    /// and currency are what was paid.
    AsRequested,
}

/// Reads a Stripe webhook body (one event per body).
pub fn parse_stripe(body: &[u8]) -> Result<Vec<GatewayEvent>, Error> {
    let event = json_body(body)?;
    let event_id = required(&event, "id", "the Stripe event")?;
    let kind = required(&event, "type", &format!("Stripe event {event_id}"))?;
    let what = format!("Stripe event {event_id} ({kind})");
    let parsed = match kind.as_str() {
        "payment_intent.succeeded" => stripe_succeeded(event_id, &event, &what, &INTENT)?,
        "charge.succeeded" => stripe_succeeded(event_id, &event, &what, &CHARGE)?,
        "payment_intent.payment_failed" => stripe_failed(event_id, &event, &what, &INTENT)?,
        "charge.failed" => stripe_failed(event_id, &event, &what, &CHARGE)?,
        _ => GatewayEvent::Ignored { event_id, kind },
    };
    Ok(vec![parsed])
}

/// Where a Stripe object keeps what `subs` reads: payment intents and charges differ.
struct StripeFields {
    /// Tried in order; the first present wins.
    amount: &'static [&'static str],
    failure_message: &'static str,
    failure_code: &'static str,
    /// A charge made for a payment intent is reported under the intent's id, so that the
    /// intent's own event and the charge's name the same payment.
    payment_id_override: Option<&'static str>,
}

const INTENT: StripeFields = StripeFields {
    amount: &["data.object.amount_received", "data.object.amount"],
    failure_message: "data.object.last_payment_error.message",
    failure_code: "data.object.last_payment_error.code",
    payment_id_override: None,
};

const CHARGE: StripeFields = StripeFields {
    amount: &["data.object.amount_captured", "data.object.amount"],
    failure_message: "data.object.failure_message",
    failure_code: "data.object.failure_code",
    payment_id_override: Some("data.object.payment_intent"),
};

fn stripe_payment_id(event: &Value, what: &str, fields: &StripeFields) -> Result<String, Error> {
    match fields
        .payment_id_override
        .and_then(|path| text(event, path))
    {
        Some(id) => Ok(id),
        None => required(event, "data.object.id", what),
    }
}

fn stripe_succeeded(
    event_id: String,
    event: &Value,
    what: &str,
    fields: &StripeFields,
) -> Result<GatewayEvent, Error> {
    Ok(GatewayEvent::PaymentSucceeded {
        payment_id: stripe_payment_id(event, what, fields)?,
        charged: stripe_charged(event, what, fields)?,
        customer_ref: text(event, "data.object.customer"),
        payment_method_ref: text(event, "data.object.payment_method"),
        payment_request: text(event, "data.object.metadata.payment_request"),
        invoice: text(event, "data.object.metadata.invoice"),
        mandate_ref: None,
        event_id,
    })
}

/// The amount a Stripe success states, with its currency: both required, the amount a
/// positive whole number of minor units within the bound every amount has.
fn stripe_charged(event: &Value, what: &str, fields: &StripeFields) -> Result<Charged, Error> {
    let invalid = |reason: String| Error::invalid("webhook body", format!("{what} {reason}"));
    let (path, value) = fields
        .amount
        .iter()
        .find_map(|path| {
            at(event, path)
                .filter(|value| !value.is_null())
                .map(|value| (*path, value))
        })
        .ok_or_else(|| invalid(format!("has no {}", fields.amount[0])))?;
    let currency = text(event, "data.object.currency")
        .ok_or_else(|| invalid("has no data.object.currency".into()))?;
    let currency = crate::domain::values::check_currency("data.object.currency", &currency)
        .map_err(|_| {
            invalid(format!(
                "has {currency:?} as data.object.currency, not a currency code"
            ))
        })?;
    let minor = value.as_i64().ok_or_else(|| {
        invalid(format!(
            "has {path} {value}, not a whole number of minor units"
        ))
    })?;
    if minor <= 0 {
        return Err(invalid(format!(
            "has {path} {minor}; a payment received is a positive amount"
        )));
    }
    let digits = minor_digits(&currency);
    if !in_range(minor, digits) {
        return Err(invalid(format!(
            "has {path} {minor}, beyond the largest amount subs books ({} minor units)",
            max_minor(digits)
        )));
    }
    Ok(Charged::Stated { minor, currency })
}

fn stripe_failed(
    event_id: String,
    event: &Value,
    what: &str,
    fields: &StripeFields,
) -> Result<GatewayEvent, Error> {
    Ok(GatewayEvent::PaymentFailed {
        payment_id: stripe_payment_id(event, what, fields)?,
        reason: failure_reason(
            text(event, fields.failure_message),
            text(event, fields.failure_code),
        ),
        payment_request: text(event, "data.object.metadata.payment_request"),
        invoice: text(event, "data.object.metadata.invoice"),
        customer_ref: text(event, "data.object.customer"),
        event_id,
    })
}

/// Reads a GoCardless webhook body: `{"events": [...]}`, several events per body.
pub fn parse_gocardless(body: &[u8]) -> Result<Vec<GatewayEvent>, Error> {
    let body = json_body(body)?;
    let events = body
        .get("events")
        .and_then(Value::as_array)
        .ok_or_else(|| {
            Error::invalid("webhook body", "the GoCardless body has no \"events\" list")
        })?;
    events
        .iter()
        .enumerate()
        .map(|(index, event)| gocardless_event(index, event))
        .collect()
}

fn gocardless_event(index: usize, event: &Value) -> Result<GatewayEvent, Error> {
    let event_id = required(event, "id", &format!("GoCardless event #{}", index + 1))?;
    let what = format!("GoCardless event {event_id}");
    let resource = required(event, "resource_type", &what)?;
    let action = required(event, "action", &what)?;
    let parsed = match (resource.as_str(), action.as_str()) {
        ("payments", "confirmed" | "paid_out") => GatewayEvent::PaymentSucceeded {
            payment_id: required(event, "links.payment", &what)?,
            charged: Charged::AsRequested,
            customer_ref: text(event, "links.customer"),
            payment_method_ref: None,
            payment_request: text(event, "metadata.payment_request"),
            invoice: text(event, "metadata.invoice"),
            mandate_ref: text(event, "links.mandate"),
            event_id,
        },
        ("payments", "failed" | "cancelled" | "charged_back") => GatewayEvent::PaymentFailed {
            payment_id: required(event, "links.payment", &what)?,
            reason: failure_reason(
                text(event, "details.description"),
                text(event, "details.cause"),
            ),
            payment_request: text(event, "metadata.payment_request"),
            invoice: text(event, "metadata.invoice"),
            customer_ref: text(event, "links.customer"),
            event_id,
        },
        _ => GatewayEvent::Ignored {
            event_id,
            kind: format!("{resource}.{action}"),
        },
    };
    Ok(parsed)
}

fn json_body(body: &[u8]) -> Result<Value, Error> {
    let value = serde_json::from_slice(body)
        .map_err(|e| Error::invalid("webhook body", format!("not JSON ({e})")))?;
    refuse_controls(&value, "")?;
    Ok(value)
}

/// Text a gateway sends is kept and shown (references, failure reasons): like bank text,
/// a control character other than a line break or a tab (NUL, ESC…) is refused, naming
/// where it is.
fn refuse_controls(value: &Value, path: &str) -> Result<(), Error> {
    match value {
        Value::String(text) => match text
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        {
            Some(c) => Err(Error::invalid(
                "webhook body",
                format!(
                    "{} contains the control character U+{:04X}",
                    if path.is_empty() { "the body" } else { path },
                    u32::from(c)
                ),
            )),
            None => Ok(()),
        },
        Value::Array(items) => items
            .iter()
            .enumerate()
            .try_for_each(|(i, item)| refuse_controls(item, &format!("{path}[{i}]"))),
        Value::Object(map) => map.iter().try_for_each(|(key, item)| {
            let at = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            refuse_controls(item, &at)
        }),
        _ => Ok(()),
    }
}

/// "message (code)", or whichever of the two the gateway gave.
fn failure_reason(message: Option<String>, code: Option<String>) -> String {
    match (message, code) {
        (Some(message), Some(code)) => format!("{message} ({code})"),
        (Some(reason), None) | (None, Some(reason)) => reason,
        (None, None) => "no reason given by the gateway".into(),
    }
}

/// The value at a dotted path (`data.object.id`).
fn at<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('.').try_fold(value, |node, key| node.get(key))
}

/// A non-empty string at a dotted path; gateways send `""` or `null` for "none".
fn text(value: &Value, path: &str) -> Option<String> {
    at(value, path)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

fn required(value: &Value, path: &str, what: &str) -> Result<String, Error> {
    text(value, path).ok_or_else(|| Error::invalid("webhook body", format!("{what} has no {path}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    const STRIPE_SUCCEEDED: &[u8] =
        include_bytes!("../../../tests/fixtures/webhooks/stripe-payment_intent.succeeded.json");
    const STRIPE_FAILED: &[u8] = include_bytes!(
        "../../../tests/fixtures/webhooks/stripe-payment_intent.payment_failed.json"
    );
    const GOCARDLESS: &[u8] =
        include_bytes!("../../../tests/fixtures/webhooks/gocardless-payments-confirmed.json");

    // Stripe events

    #[test]
    fn a_stripe_payment_intent_success_gives_every_reference() {
        assert_eq!(
            parse_stripe(STRIPE_SUCCEEDED).unwrap(),
            vec![GatewayEvent::PaymentSucceeded {
                event_id: "evt_3QxAmple0000000000000001".into(),
                payment_id: "pi_3QxAmple0000000000000001".into(),
                charged: Charged::Stated {
                    minor: 12000,
                    currency: "EUR".into()
                },
                customer_ref: Some("cus_QxAmple000001".into()),
                payment_method_ref: Some("pm_1QxAmple0000000000000001".into()),
                payment_request: Some("PR-0001".into()),
                invoice: Some("INV-2026-00002".into()),
                mandate_ref: None,
            }]
        );
    }

    #[test]
    fn a_stripe_payment_intent_failure_gives_the_decline_reason() {
        assert_eq!(
            parse_stripe(STRIPE_FAILED).unwrap(),
            vec![GatewayEvent::PaymentFailed {
                event_id: "evt_3QxAmple0000000000000002".into(),
                payment_id: "pi_3QxAmple0000000000000002".into(),
                reason: "Your card was declined. (card_declined)".into(),
                payment_request: Some("PR-0002".into()),
                invoice: Some("INV-2026-00003".into()),
                customer_ref: Some("cus_QxAmple000001".into()),
            }]
        );
    }

    #[test]
    fn a_stripe_intent_without_amount_received_falls_back_to_amount() {
        let body = br#"{"id":"evt_9","type":"payment_intent.succeeded",
            "data":{"object":{"id":"pi_9","amount":500,"currency":"eur","metadata":{}}}}"#;
        let [GatewayEvent::PaymentSucceeded { charged, .. }] = &parse_stripe(body).unwrap()[..]
        else {
            panic!("not a success");
        };
        assert_eq!(
            *charged,
            Charged::Stated {
                minor: 500,
                currency: "EUR".into()
            }
        );
    }

    #[test]
    fn a_stripe_charge_for_an_intent_is_reported_under_the_intent_id() {
        let body = br#"{"id":"evt_ch","type":"charge.succeeded","data":{"object":{
            "id":"ch_1","payment_intent":"pi_1","amount":900,"amount_captured":800,
            "currency":"eur","customer":"cus_1","payment_method":"pm_1",
            "metadata":{"payment_request":"PR-9","invoice":"INV-9"}}}}"#;
        assert_eq!(
            parse_stripe(body).unwrap(),
            vec![GatewayEvent::PaymentSucceeded {
                event_id: "evt_ch".into(),
                payment_id: "pi_1".into(),
                charged: Charged::Stated {
                    minor: 800,
                    currency: "EUR".into()
                },
                customer_ref: Some("cus_1".into()),
                payment_method_ref: Some("pm_1".into()),
                payment_request: Some("PR-9".into()),
                invoice: Some("INV-9".into()),
                mandate_ref: None,
            }]
        );
    }

    fn stripe_success_with(object: &str) -> String {
        invalid_reason(parse_stripe(
            format!(
                r#"{{"id":"evt_n","type":"payment_intent.succeeded","data":{{"object":{{"id":"pi_n",{object}}}}}}}"#
            )
            .as_bytes(),
        ))
    }

    #[test]
    fn a_stripe_success_for_a_negative_or_zero_amount_is_invalid() {
        assert_eq!(
            stripe_success_with(r#""amount_received":-100,"currency":"eur""#),
            "Stripe event evt_n (payment_intent.succeeded) has data.object.amount_received -100; \
             a payment received is a positive amount"
        );
        assert!(
            stripe_success_with(r#""amount_received":0,"currency":"eur""#)
                .contains("a payment received is a positive amount")
        );
    }

    #[test]
    fn a_stripe_success_must_state_its_amount_and_currency() {
        assert_eq!(
            stripe_success_with(r#""currency":"eur""#),
            "Stripe event evt_n (payment_intent.succeeded) has no data.object.amount_received"
        );
        assert_eq!(
            stripe_success_with(r#""amount":100"#),
            "Stripe event evt_n (payment_intent.succeeded) has no data.object.currency"
        );
        assert!(
            stripe_success_with(r#""amount":1.5,"currency":"eur""#)
                .contains("not a whole number of minor units")
        );
        assert!(
            stripe_success_with(r#""amount":100000000000000,"currency":"eur""#)
                .contains("beyond the largest amount")
        );
    }

    #[test]
    fn a_failed_stripe_charge_gives_its_failure_message() {
        let body = br#"{"id":"evt_cf","type":"charge.failed","data":{"object":{
            "id":"ch_2","payment_intent":null,"failure_message":"Insufficient funds.",
            "failure_code":"insufficient_funds","metadata":{}}}}"#;
        assert_eq!(
            parse_stripe(body).unwrap(),
            vec![GatewayEvent::PaymentFailed {
                event_id: "evt_cf".into(),
                payment_id: "ch_2".into(),
                reason: "Insufficient funds. (insufficient_funds)".into(),
                payment_request: None,
                invoice: None,
                customer_ref: None,
            }]
        );
    }

    #[test]
    fn other_stripe_events_are_ignored_by_kind() {
        let body = br#"{"id":"evt_c","type":"customer.created","data":{"object":{}}}"#;
        assert_eq!(
            parse_stripe(body).unwrap(),
            vec![GatewayEvent::Ignored {
                event_id: "evt_c".into(),
                kind: "customer.created".into()
            }]
        );
    }

    // GoCardless events

    #[test]
    fn a_gocardless_body_gives_one_event_per_entry() {
        assert_eq!(
            parse_gocardless(GOCARDLESS).unwrap(),
            vec![
                GatewayEvent::PaymentSucceeded {
                    event_id: "EV000EXAMPLE01".into(),
                    payment_id: "PM000EXAMPLE01".into(),
                    charged: Charged::AsRequested,
                    customer_ref: None,
                    payment_method_ref: None,
                    payment_request: None,
                    invoice: None,
                    mandate_ref: Some("MD000EXAMPLE01".into()),
                },
                GatewayEvent::PaymentFailed {
                    event_id: "EV000EXAMPLE02".into(),
                    payment_id: "PM000EXAMPLE02".into(),
                    reason: "The customer's account had insufficient funds to make this \
                             payment. (insufficient_funds)"
                        .into(),
                    payment_request: None,
                    invoice: None,
                    customer_ref: None,
                },
            ]
        );
    }

    #[test]
    fn a_gocardless_payout_is_a_success_with_its_metadata() {
        let body = br#"{"events":[{"id":"EV3","resource_type":"payments","action":"paid_out",
            "links":{"payment":"PM3","mandate":"MD3"},
            "metadata":{"payment_request":"PR-3","invoice":"INV-3"}}]}"#;
        let [
            GatewayEvent::PaymentSucceeded {
                payment_id,
                payment_request,
                invoice,
                mandate_ref,
                ..
            },
        ] = &parse_gocardless(body).unwrap()[..]
        else {
            panic!("not a success");
        };
        assert_eq!(payment_id, "PM3");
        assert_eq!(payment_request.as_deref(), Some("PR-3"));
        assert_eq!(invoice.as_deref(), Some("INV-3"));
        assert_eq!(mandate_ref.as_deref(), Some("MD3"));
    }

    #[test]
    fn a_gocardless_charge_back_is_a_failure_with_its_cause() {
        let body = br#"{"events":[{"id":"EV4","resource_type":"payments","action":"charged_back",
            "links":{"payment":"PM4"},"details":{"cause":"payment_charged_back"}}]}"#;
        let [GatewayEvent::PaymentFailed { reason, .. }] = &parse_gocardless(body).unwrap()[..]
        else {
            panic!("not a failure");
        };
        assert_eq!(reason, "payment_charged_back");
    }

    #[test]
    fn other_gocardless_events_are_ignored_by_resource_and_action() {
        let body = br#"{"events":[
            {"id":"EV5","resource_type":"mandates","action":"created","links":{"mandate":"MD5"}},
            {"id":"EV6","resource_type":"payments","action":"created","links":{"payment":"PM6"}}]}"#;
        assert_eq!(
            parse_gocardless(body).unwrap(),
            vec![
                GatewayEvent::Ignored {
                    event_id: "EV5".into(),
                    kind: "mandates.created".into()
                },
                GatewayEvent::Ignored {
                    event_id: "EV6".into(),
                    kind: "payments.created".into()
                },
            ]
        );
    }

    // Junk bodies

    fn invalid_reason(result: Result<Vec<GatewayEvent>, Error>) -> String {
        match result {
            Err(Error::Invalid { field, reason }) if field == "webhook body" => reason,
            other => panic!("expected an invalid webhook body, got {other:?}"),
        }
    }

    #[test]
    fn a_body_that_is_not_json_is_invalid() {
        assert!(invalid_reason(parse_stripe(b"<html>")).starts_with("not JSON"));
        assert!(invalid_reason(parse_gocardless(b"")).starts_with("not JSON"));
    }

    #[test]
    fn control_characters_in_a_body_are_refused_naming_the_field() {
        let body = br#"{"id":"evt_1","type":"charge.failed","data":{"object":{"id":"ch_1",
            "failure_message":"declined\u001b[2J"}}}"#;
        assert_eq!(
            invalid_reason(parse_stripe(body)),
            "data.object.failure_message contains the control character U+001B"
        );
        let body =
            br#"{"events":[{"id":"EV\u0000","resource_type":"payments","action":"confirmed"}]}"#;
        assert_eq!(
            invalid_reason(parse_gocardless(body)),
            "events[0].id contains the control character U+0000"
        );
        let body = br#"{"id":"evt_2","type":"charge.failed","data":{"object":{"id":"ch_2",
            "failure_message":"Declined.\nTry another card."}}}"#;
        assert!(parse_stripe(body).is_ok());
    }

    #[test]
    fn a_stripe_event_without_id_is_invalid() {
        let reason = invalid_reason(parse_stripe(br#"{"type":"payment_intent.succeeded"}"#));
        assert_eq!(reason, "the Stripe event has no id");
    }

    #[test]
    fn a_stripe_event_without_type_is_invalid() {
        let reason = invalid_reason(parse_stripe(br#"{"id":"evt_1"}"#));
        assert_eq!(reason, "Stripe event evt_1 has no type");
    }

    #[test]
    fn a_stripe_payment_event_without_its_object_id_is_invalid() {
        let body = br#"{"id":"evt_1","type":"payment_intent.succeeded","data":{"object":{}}}"#;
        let reason = invalid_reason(parse_stripe(body));
        assert_eq!(
            reason,
            "Stripe event evt_1 (payment_intent.succeeded) has no data.object.id"
        );
    }

    #[test]
    fn a_gocardless_body_without_events_is_invalid() {
        let reason = invalid_reason(parse_gocardless(br#"{"id":"EV1"}"#));
        assert_eq!(reason, "the GoCardless body has no \"events\" list");
    }

    #[test]
    fn a_gocardless_event_without_id_is_invalid() {
        let body = br#"{"events":[{"resource_type":"payments","action":"confirmed"}]}"#;
        assert_eq!(
            invalid_reason(parse_gocardless(body)),
            "GoCardless event #1 has no id"
        );
    }

    #[test]
    fn a_gocardless_payment_event_without_its_payment_is_invalid() {
        let body = br#"{"events":[{"id":"EV1","resource_type":"payments","action":"confirmed"}]}"#;
        assert_eq!(
            invalid_reason(parse_gocardless(body)),
            "GoCardless event EV1 has no links.payment"
        );
    }
}
