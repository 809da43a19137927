//! Collections: charge attempts through a gateway, dunning levels and where each overdue
//! invoice stands, late-payment penalties.

use serde::Serialize;

use crate::domain::charge::ChargeAttempt;
use crate::domain::money::{format_minor, minor_digits};

/// One charge attempt (`payment attempts`).
#[derive(Debug, Default, Serialize)]
pub struct ChargeAttemptView {
    pub invoice: String,
    pub attempt: u32,
    pub gateway: String,
    pub idempotency_key: String,
    pub amount: String,
    pub currency: String,
    /// pending, submitted, succeeded or failed
    pub status: String,
    pub payment_method: String,
    pub gateway_payment_id: Option<String>,
    pub code: Option<String>,
    pub message: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

impl From<&ChargeAttempt> for ChargeAttemptView {
    fn from(a: &ChargeAttempt) -> Self {
        ChargeAttemptView {
            invoice: a.invoice_number.clone(),
            attempt: a.attempt,
            gateway: a.gateway.clone(),
            idempotency_key: a.idempotency_key.clone(),
            amount: format_minor(a.amount, minor_digits(&a.currency)),
            currency: a.currency.clone(),
            status: a.status.as_str().to_string(),
            payment_method: a.payment_method.clone(),
            gateway_payment_id: a.gateway_payment_id.clone(),
            code: a.code.clone(),
            message: a.message.clone(),
            created_at: a.created_at.clone(),
            updated_at: a.updated_at.clone(),
        }
    }
}
