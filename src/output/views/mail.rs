//! Templates, the outbox, payment requests and webhook events.

use serde::Serialize;

use crate::domain::money::{format_minor, minor_digits};
use crate::domain::outbox::{OutboxMessage, Template};
use crate::domain::payment_request::PaymentRequest;

#[derive(Debug, Default, Serialize)]
pub struct TemplateView {
    pub name: String,
    pub subject: String,
    pub body: String,
}

impl From<&Template> for TemplateView {
    fn from(t: &Template) -> Self {
        TemplateView {
            name: t.name.clone(),
            subject: t.subject.clone(),
            body: t.body.clone(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct OutboxView {
    pub id: i64,
    pub status: String,
    pub recipients: String,
    pub subject: String,
    pub attachment: Option<String>,
    pub payment_request: Option<String>,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: String,
    pub sent_at: Option<String>,
    /// Why the message was withdrawn (status `cancelled`).
    pub reason: Option<String>,
}

impl From<&OutboxMessage> for OutboxView {
    fn from(m: &OutboxMessage) -> Self {
        OutboxView {
            id: m.id,
            status: m.status.clone(),
            recipients: m.recipients.clone(),
            subject: m.subject.clone(),
            attachment: m.attachment_name.clone(),
            payment_request: m.payment_request.clone(),
            attempts: m.attempts,
            last_error: m.last_error.clone(),
            created_at: m.created_at.clone(),
            sent_at: m.sent_at.clone(),
            reason: m.reason.clone(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct PaymentRequestView {
    pub id: String,
    pub invoice: String,
    pub customer: String,
    pub subscription: Option<String>,
    pub method: String,
    pub amount: String,
    pub currency: String,
    pub status: String,
    pub token: String,
    pub link: Option<String>,
    pub gateway_payment_id: Option<String>,
    pub failure: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

impl From<&PaymentRequest> for PaymentRequestView {
    fn from(r: &PaymentRequest) -> Self {
        PaymentRequestView {
            id: r.id.clone(),
            invoice: r.invoice_number.clone(),
            customer: r.customer.clone(),
            subscription: r.subscription.clone(),
            method: r.method.clone(),
            amount: format_minor(r.amount, minor_digits(&r.currency)),
            currency: r.currency.clone(),
            status: r.status.clone(),
            token: r.token.clone(),
            link: r.link.clone(),
            gateway_payment_id: r.gateway_payment_id.clone(),
            failure: r.failure.clone(),
            created_at: r.created_at.clone(),
            updated_at: r.updated_at.clone(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct WebhookView {
    pub event_id: String,
    pub kind: String,
    pub outcome: String,
}
