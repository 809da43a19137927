//! Collections: charge attempts through a gateway, dunning levels and where each overdue
//! invoice stands, late-payment penalties.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::charge::ChargeAttempt;
use crate::domain::dunning::{DunningLevel, Penalties};
use crate::domain::invoice::Invoice;
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

/// A dunning level (`dunning level list`).
#[derive(Debug, Default, Serialize)]
pub struct DunningLevelView {
    pub level: u32,
    pub after_days: u32,
    pub template: String,
}

impl From<&DunningLevel> for DunningLevelView {
    fn from(l: &DunningLevel) -> Self {
        DunningLevelView {
            level: l.level,
            after_days: l.after_days,
            template: l.template.clone(),
        }
    }
}

/// Where an overdue invoice stands (`dunning list`).
#[derive(Debug, Default, Serialize)]
pub struct DunningStateView {
    pub invoice: String,
    pub customer: String,
    pub due_date: String,
    pub days_late: i64,
    pub outstanding: String,
    pub currency: String,
    /// The highest reminder level sent (0: none yet).
    pub level: u32,
    pub next_level: Option<u32>,
    pub next_on: Option<String>,
    pub disputed: bool,
    /// The final action taken after the last level (none yet: null).
    pub final_action: Option<String>,
    /// Business customers, with `invoice.late_penalty_rate` set: accrued to date.
    pub penalty: Option<String>,
    pub indemnity: Option<String>,
}

/// One overdue invoice's state, as the ops layer reports it.
pub struct DunningStateRow<'a> {
    pub invoice: &'a Invoice,
    pub days_late: i64,
    pub level: u32,
    pub next: Option<(u32, NaiveDate)>,
    pub disputed: bool,
    pub final_action: Option<&'a str>,
    pub penalties: Option<&'a Penalties>,
}

impl From<DunningStateRow<'_>> for DunningStateView {
    fn from(r: DunningStateRow) -> Self {
        let digits = minor_digits(&r.invoice.currency);
        DunningStateView {
            invoice: r.invoice.reference(),
            customer: r.invoice.customer.clone(),
            due_date: r
                .invoice
                .due_date
                .map(|d| d.to_string())
                .unwrap_or_default(),
            days_late: r.days_late,
            outstanding: format_minor(r.invoice.outstanding(), digits),
            currency: r.invoice.currency.clone(),
            level: r.level,
            next_level: r.next.map(|(l, _)| l),
            next_on: r.next.map(|(_, d)| d.to_string()),
            disputed: r.disputed,
            final_action: r.final_action.map(str::to_string),
            penalty: r.penalties.map(|p| format_minor(p.penalty, digits)),
            indemnity: r.penalties.map(|p| format_minor(p.indemnity, digits)),
        }
    }
}

/// What a business customer owes for a late invoice (`invoice penalties`).
#[derive(Debug, Default, Serialize)]
pub struct PenaltiesView {
    pub invoice: String,
    pub customer: String,
    pub due_date: String,
    pub days_late: i64,
    pub outstanding: String,
    /// Yearly percentage.
    pub rate: String,
    pub penalty: String,
    pub indemnity: String,
    pub total: String,
    pub currency: String,
}

impl PenaltiesView {
    pub fn new(invoice: &Invoice, p: &Penalties) -> Self {
        let digits = minor_digits(&invoice.currency);
        PenaltiesView {
            invoice: invoice.reference(),
            customer: invoice.customer.clone(),
            due_date: invoice.due_date.map(|d| d.to_string()).unwrap_or_default(),
            days_late: p.days_late,
            outstanding: format_minor(invoice.outstanding(), digits),
            rate: p.rate.normalize().to_string(),
            penalty: format_minor(p.penalty, digits),
            indemnity: format_minor(p.indemnity, digits),
            total: format_minor(p.total(), digits),
            currency: invoice.currency.clone(),
        }
    }
}
