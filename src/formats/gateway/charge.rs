//! Asking a gateway to charge a saved payment method, and reading its answer: a Stripe
//! PaymentIntent (`off_session`, `confirm`, amount in minor units, the invoice number in
//! its metadata) and a GoCardless payment against a mandate. Pure: the caller sends the
//! request and hands back the status and body it got.

use chrono::NaiveDate;
use serde_json::{Value, json};

/// What to charge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChargeRequest<'a> {
    /// Minor units, positive.
    pub amount: i64,
    /// ISO 4217, upper case.
    pub currency: &'a str,
    pub invoice: &'a str,
    pub payment_request: &'a str,
    /// Stripe's customer (`cus_…`); unused by GoCardless.
    pub customer: Option<&'a str>,
    /// Stripe's payment method (`pm_…`) or GoCardless's mandate (`MD…`).
    pub method: &'a str,
    /// GoCardless: the day to collect; none lets the gateway take its earliest.
    pub charge_date: Option<NaiveDate>,
}

/// The call to make: a path under the API's base, the content type and the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiCall {
    pub path: &'static str,
    pub content_type: &'static str,
    pub body: String,
}

/// Stripe: create and confirm a PaymentIntent off session.
pub fn stripe_charge(r: &ChargeRequest) -> ApiCall {
    let mut form = form_urlencoded::Serializer::new(String::new());
    form.append_pair("amount", &r.amount.to_string())
        .append_pair("currency", &r.currency.to_ascii_lowercase())
        .append_pair("payment_method", r.method)
        .append_pair("off_session", "true")
        .append_pair("confirm", "true")
        .append_pair("metadata[invoice]", r.invoice)
        .append_pair("metadata[payment_request]", r.payment_request)
        .append_pair("description", r.invoice);
    if let Some(customer) = r.customer {
        form.append_pair("customer", customer);
    }
    ApiCall {
        path: "/v1/payment_intents",
        content_type: "application/x-www-form-urlencoded",
        body: form.finish(),
    }
}

/// GoCardless: a payment against the mandate.
pub fn gocardless_charge(r: &ChargeRequest) -> ApiCall {
    let mut payment = json!({
        "amount": r.amount,
        "currency": r.currency,
        "description": r.invoice,
        "links": { "mandate": r.method },
        "metadata": { "invoice": r.invoice, "payment_request": r.payment_request },
    });
    if let Some(date) = r.charge_date {
        payment["charge_date"] = json!(date.to_string());
    }
    ApiCall {
        path: "/payments",
        content_type: "application/json",
        body: json!({ "payments": payment }).to_string(),
    }
}

/// What the gateway's answer means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChargeOutcome {
    /// Charged: the money is taken (Stripe `succeeded`).
    Succeeded { payment_id: String },
    /// Accepted, the money to follow (Stripe `processing`, a GoCardless payment): its
    /// webhook settles the invoice.
    Submitted { payment_id: String },
    /// Refused for good: a decline, an unusable method. `code` is the gateway's.
    Failed {
        payment_id: Option<String>,
        code: String,
        message: String,
    },
    /// The gateway could not say (5xx, rate limit, a conflict in flight): ask again
    /// later with the same key.
    Unknown { detail: String },
}

/// Reads Stripe's answer to [`stripe_charge`].
pub fn read_stripe(status: u16, body: &str) -> ChargeOutcome {
    let value: Value = serde_json::from_str(body).unwrap_or(Value::Null);
    if !(200..300).contains(&status) {
        return stripe_error(status, &value);
    }
    let id = text(&value["id"]);
    match (id, value["status"].as_str()) {
        (Some(payment_id), Some("succeeded")) => ChargeOutcome::Succeeded { payment_id },
        (Some(payment_id), Some("processing")) => ChargeOutcome::Submitted { payment_id },
        (Some(payment_id), Some(other)) => ChargeOutcome::Failed {
            payment_id: Some(payment_id),
            code: other.to_string(),
            message: format!("the payment is {other}: the customer must act"),
        },
        _ => ChargeOutcome::Unknown {
            detail: format!("HTTP {status} without a payment intent"),
        },
    }
}

fn stripe_error(status: u16, value: &Value) -> ChargeOutcome {
    let error = &value["error"];
    if status >= 500 || status == 429 || status == 409 || error.is_null() {
        return ChargeOutcome::Unknown {
            detail: format!(
                "HTTP {status}{}",
                text(&error["message"])
                    .map(|m| format!(": {m}"))
                    .unwrap_or_default()
            ),
        };
    }
    let code = text(&error["decline_code"])
        .or_else(|| text(&error["code"]))
        .or_else(|| text(&error["type"]))
        .unwrap_or_else(|| format!("http_{status}"));
    ChargeOutcome::Failed {
        payment_id: text(&error["payment_intent"]["id"]),
        code,
        message: text(&error["message"]).unwrap_or_else(|| format!("HTTP {status}")),
    }
}

/// Reads GoCardless's answer to [`gocardless_charge`]. A repeated key is answered with a
/// conflict naming the payment the first call created: that payment is the outcome.
pub fn read_gocardless(status: u16, body: &str) -> ChargeOutcome {
    let value: Value = serde_json::from_str(body).unwrap_or(Value::Null);
    if (200..300).contains(&status) {
        return match text(&value["payments"]["id"]) {
            Some(payment_id) => ChargeOutcome::Submitted { payment_id },
            None => ChargeOutcome::Unknown {
                detail: format!("HTTP {status} without a payment"),
            },
        };
    }
    let error = &value["error"];
    let first = &error["errors"][0];
    if first["reason"].as_str() == Some("idempotent_creation_conflict") {
        if let Some(payment_id) = text(&first["links"]["conflicting_resource_id"]) {
            return ChargeOutcome::Submitted { payment_id };
        }
    }
    if status >= 500 || status == 429 || error.is_null() {
        return ChargeOutcome::Unknown {
            detail: format!("HTTP {status}"),
        };
    }
    ChargeOutcome::Failed {
        payment_id: None,
        code: text(&first["reason"])
            .or_else(|| text(&error["type"]))
            .unwrap_or_else(|| format!("http_{status}")),
        message: text(&error["message"]).unwrap_or_else(|| format!("HTTP {status}")),
    }
}

fn text(value: &Value) -> Option<String> {
    value
        .as_str()
        .filter(|s| !s.is_empty())
        .map(|s| s.chars().take(200).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> ChargeRequest<'static> {
        ChargeRequest {
            amount: 37200,
            currency: "EUR",
            invoice: "INV-2026-00001",
            payment_request: "PR-0001",
            customer: Some("cus_42"),
            method: "pm_42",
            charge_date: NaiveDate::from_ymd_opt(2026, 1, 31),
        }
    }

    #[test]
    fn a_stripe_charge_is_an_off_session_confirmed_intent_in_minor_units() {
        let call = stripe_charge(&request());
        assert_eq!(call.path, "/v1/payment_intents");
        assert_eq!(
            call.body,
            "amount=37200&currency=eur&payment_method=pm_42&off_session=true&confirm=true\
             &metadata%5Binvoice%5D=INV-2026-00001&metadata%5Bpayment_request%5D=PR-0001\
             &description=INV-2026-00001&customer=cus_42"
        );
    }

    #[test]
    fn a_gocardless_charge_names_the_mandate_and_the_charge_date() {
        let call = gocardless_charge(&request());
        let body: Value = serde_json::from_str(&call.body).unwrap();
        assert_eq!(body["payments"]["links"]["mandate"], "pm_42");
        assert_eq!(body["payments"]["charge_date"], "2026-01-31");
        assert_eq!(body["payments"]["amount"], 37200);
    }

    #[test]
    fn stripe_answers_are_read_as_success_decline_or_unknown() {
        assert_eq!(
            read_stripe(200, r#"{"id":"pi_1","status":"succeeded"}"#),
            ChargeOutcome::Succeeded {
                payment_id: "pi_1".into()
            }
        );
        assert_eq!(
            read_stripe(
                402,
                r#"{"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds","message":"Your card has insufficient funds.","payment_intent":{"id":"pi_2"}}}"#
            ),
            ChargeOutcome::Failed {
                payment_id: Some("pi_2".into()),
                code: "insufficient_funds".into(),
                message: "Your card has insufficient funds.".into()
            }
        );
        assert!(matches!(
            read_stripe(500, "oops"),
            ChargeOutcome::Unknown { .. }
        ));
    }

    #[test]
    fn a_gocardless_conflict_on_the_same_key_names_the_first_payment() {
        let body = r#"{"error":{"type":"invalid_state","message":"A resource has already been created with this idempotency key","errors":[{"reason":"idempotent_creation_conflict","links":{"conflicting_resource_id":"PM123"}}]}}"#;
        assert_eq!(
            read_gocardless(409, body),
            ChargeOutcome::Submitted {
                payment_id: "PM123".into()
            }
        );
    }
}
