//! Rows of charge attempts: written before the gateway is called, updated with its answer.

use rusqlite::{OptionalExtension, Row, params};

use super::tx::Tx;
use crate::domain::charge::{AttemptStatus, ChargeAttempt};
use crate::error::Result;

const SELECT_ATTEMPT: &str = "SELECT a.id, a.invoice, i.number, r.id, a.attempt, a.gateway,
    a.idempotency_key, a.amount, a.currency, a.gateway_customer, a.payment_method, a.status,
    a.gateway_payment_id, a.code, a.message, a.created_at, a.updated_at, i.due_date
    FROM charge_attempts a JOIN invoices i ON i.id = a.invoice
    LEFT JOIN payment_requests r ON r.invoice = a.invoice";

fn attempt_from_row(r: &Row) -> rusqlite::Result<ChargeAttempt> {
    let status: String = r.get(11)?;
    Ok(ChargeAttempt {
        id: r.get(0)?,
        invoice: r.get(1)?,
        invoice_number: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
        payment_request: r.get(3)?,
        due_date: r.get(17)?,
        attempt: r.get(4)?,
        gateway: r.get(5)?,
        idempotency_key: r.get(6)?,
        amount: r.get(7)?,
        currency: r.get(8)?,
        gateway_customer: r.get(9)?,
        payment_method: r.get(10)?,
        status: AttemptStatus::parse(&status).unwrap_or(AttemptStatus::Pending),
        gateway_payment_id: r.get(12)?,
        code: r.get(13)?,
        message: r.get(14)?,
        created_at: r.get(15)?,
        updated_at: r.get(16)?,
    })
}

/// An invoice to charge for the first time: its open gateway request and the saved
/// references of its subscription.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChargeDue {
    pub request: String,
    pub invoice: i64,
    pub gateway: String,
    pub token: String,
    pub gateway_customer: Option<String>,
    pub payment_method: String,
}

impl Tx<'_> {
    /// Writes a new attempt, pending.
    pub fn charge_attempt_insert(&self, a: &ChargeAttempt) -> Result<i64> {
        Ok(self
            .conn()
            .prepare_cached(
                "INSERT INTO charge_attempts (invoice, attempt, gateway, idempotency_key, amount,
                     currency, gateway_customer, payment_method, status, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'pending', ?9, ?9) RETURNING id",
            )?
            .query_row(
                params![
                    a.invoice,
                    a.attempt,
                    a.gateway,
                    a.idempotency_key,
                    a.amount,
                    a.currency,
                    a.gateway_customer,
                    a.payment_method,
                    a.created_at
                ],
                |r| r.get(0),
            )?)
    }

    /// Records what became of an attempt.
    pub fn charge_attempt_update(&self, a: &ChargeAttempt) -> Result<()> {
        self.exec(
            "UPDATE charge_attempts SET status = ?2, gateway_payment_id = coalesce(?3, gateway_payment_id),
                 code = ?4, message = ?5, updated_at = ?6 WHERE id = ?1",
            params![
                a.id,
                a.status.as_str(),
                a.gateway_payment_id,
                a.code,
                a.message,
                a.updated_at
            ],
        )?;
        Ok(())
    }

    pub fn charge_attempt(&self, id: i64) -> Result<Option<ChargeAttempt>> {
        Ok(self
            .query_one(
                &format!("{SELECT_ATTEMPT} WHERE a.id = ?1"),
                [id],
                attempt_from_row,
            )
            .optional()?)
    }

    /// Attempts, oldest first: all, or one invoice's, or those in one status.
    pub fn charge_attempts(
        &self,
        invoice: Option<i64>,
        status: Option<AttemptStatus>,
    ) -> Result<Vec<ChargeAttempt>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT_ATTEMPT} WHERE (?1 IS NULL OR a.invoice = ?1) AND (?2 IS NULL OR a.status = ?2)
             ORDER BY a.id"
        ))?;
        Ok(stmt
            .query_map(
                params![invoice, status.map(|s| s.as_str())],
                attempt_from_row,
            )?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Invoices whose gateway request is open, whose subscription has a saved payment
    /// method at that gateway, and that were never tried.
    pub fn charges_due(&self) -> Result<Vec<ChargeDue>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT r.id, r.invoice, r.method, r.token, s.gateway_customer, s.gateway_payment_method
             FROM payment_requests r JOIN subscriptions s ON s.id = r.subscription
             WHERE r.status = 'open' AND r.method IN ('stripe', 'gocardless')
               AND s.gateway_payment_method IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM charge_attempts a WHERE a.invoice = r.invoice)
             ORDER BY r.invoice",
        )?;
        Ok(stmt
            .query_map([], |r| {
                Ok(ChargeDue {
                    request: r.get(0)?,
                    invoice: r.get(1)?,
                    gateway: r.get(2)?,
                    token: r.get(3)?,
                    gateway_customer: r.get(4)?,
                    payment_method: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// The attempts of an invoice still waiting for an outcome (pending or submitted).
    pub fn charge_attempts_open(&self, invoice: i64) -> Result<Vec<ChargeAttempt>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT_ATTEMPT} WHERE a.invoice = ?1 AND a.status IN ('pending', 'submitted')
             ORDER BY a.id"
        ))?;
        Ok(stmt
            .query_map([invoice], attempt_from_row)?
            .collect::<rusqlite::Result<_>>()?)
    }
}
