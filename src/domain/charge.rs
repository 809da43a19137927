//! Charging a saved card or mandate through a gateway: one attempt per try, known by its
//! idempotency key, written before the gateway is called so that a run killed after the
//! call sends the same key again and the gateway charges once.

use chrono::NaiveDate;

/// Where an attempt stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttemptStatus {
    /// Written, the gateway asked (or about to be) and its answer not yet recorded: the
    /// next run asks again with the same key.
    Pending,
    /// The gateway accepted it; its webhook tells the outcome.
    Submitted,
    Succeeded,
    Failed,
}

impl AttemptStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            AttemptStatus::Pending => "pending",
            AttemptStatus::Submitted => "submitted",
            AttemptStatus::Succeeded => "succeeded",
            AttemptStatus::Failed => "failed",
        }
    }

    pub fn parse(text: &str) -> Option<AttemptStatus> {
        Some(match text {
            "pending" => AttemptStatus::Pending,
            "submitted" => AttemptStatus::Submitted,
            "succeeded" => AttemptStatus::Succeeded,
            "failed" => AttemptStatus::Failed,
            _ => return None,
        })
    }
}

/// One try at charging an invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChargeAttempt {
    pub id: i64,
    pub invoice: i64,
    pub invoice_number: String,
    pub payment_request: Option<String>,
    /// The invoice's due date (GoCardless collects on it when it is ahead).
    pub due_date: Option<NaiveDate>,
    pub attempt: u32,
    pub gateway: String,
    pub idempotency_key: String,
    /// Minor units.
    pub amount: i64,
    pub currency: String,
    pub gateway_customer: Option<String>,
    pub payment_method: String,
    pub status: AttemptStatus,
    pub gateway_payment_id: Option<String>,
    /// The gateway's code for a failure (a decline code), or why the answer was lost.
    pub code: Option<String>,
    pub message: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// The idempotency key of attempt `attempt` at charging `invoice`: the invoice number and
/// the attempt number, with a part of the payment request's random token so that two
/// books whose invoice numbers meet at one gateway account never share a key.
pub fn idempotency_key(invoice: &str, attempt: u32, request_token: &str) -> String {
    let salt: String = request_token.chars().take(12).collect();
    format!("subs-{invoice}-{attempt}-{salt}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_names_the_invoice_and_the_attempt() {
        assert_eq!(
            idempotency_key("INV-2026-00001", 1, "0123456789abcdef"),
            "subs-INV-2026-00001-1-0123456789ab"
        );
        assert_ne!(
            idempotency_key("INV-2026-00001", 1, "aa"),
            idempotency_key("INV-2026-00001", 2, "aa")
        );
    }

    #[test]
    fn statuses_read_back_as_written() {
        for s in [
            AttemptStatus::Pending,
            AttemptStatus::Submitted,
            AttemptStatus::Succeeded,
            AttemptStatus::Failed,
        ] {
            assert_eq!(AttemptStatus::parse(s.as_str()), Some(s));
        }
    }
}
