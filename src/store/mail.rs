//! Rows of e-mail templates, the outbox, payment requests and gateway events.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::tx::{Tx, duplicate_as};
use crate::domain::outbox::{OutboxMessage, Template};
use crate::domain::payment_request::PaymentRequest;
use crate::error::Result;

const SELECT_OUTBOX: &str =
    "SELECT id, recipients, subject, body, html, attachment_name, attachment, invoice,
    payment_request, status, attempts, last_error, created_at, sent_at, reason FROM outbox";

fn outbox_from_row(r: &Row) -> rusqlite::Result<OutboxMessage> {
    Ok(OutboxMessage {
        id: r.get(0)?,
        recipients: r.get(1)?,
        subject: r.get(2)?,
        body: r.get(3)?,
        html: r.get(4)?,
        attachment_name: r.get(5)?,
        attachment: r.get(6)?,
        invoice: r.get(7)?,
        payment_request: r.get(8)?,
        status: r.get(9)?,
        attempts: r.get(10)?,
        last_error: r.get(11)?,
        created_at: r.get(12)?,
        sent_at: r.get(13)?,
        reason: r.get(14)?,
    })
}

const SELECT_REQUEST: &str = "SELECT r.id, r.invoice, i.number, r.customer, r.subscription, r.method, r.amount,
    r.currency, r.token, r.link, r.status, r.gateway_payment_id, r.failure, r.created_at, r.updated_at
    FROM payment_requests r JOIN invoices i ON i.id = r.invoice";

fn request_from_row(r: &Row) -> rusqlite::Result<PaymentRequest> {
    Ok(PaymentRequest {
        id: r.get(0)?,
        invoice: r.get(1)?,
        invoice_number: r.get(2)?,
        customer: r.get(3)?,
        subscription: r.get(4)?,
        method: r.get(5)?,
        amount: r.get(6)?,
        currency: r.get(7)?,
        token: r.get(8)?,
        link: r.get(9)?,
        status: r.get(10)?,
        gateway_payment_id: r.get(11)?,
        failure: r.get(12)?,
        created_at: r.get(13)?,
        updated_at: r.get(14)?,
    })
}

impl Tx<'_> {
    // ── templates ──

    pub fn template_insert(&self, t: &Template, replace: bool, created_at: &str) -> Result<()> {
        let sql = if replace {
            "INSERT INTO templates (name, subject, body, created_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (name) DO UPDATE SET subject = excluded.subject, body = excluded.body"
        } else {
            "INSERT INTO templates (name, subject, body, created_at) VALUES (?1, ?2, ?3, ?4)"
        };
        self.conn()
            .execute(sql, params![t.name, t.subject, t.body, created_at])
            .map_err(duplicate_as("template", &t.name))?;
        Ok(())
    }

    /// Replaces a template's subject and body.
    pub fn template_update(&self, t: &Template) -> Result<()> {
        self.exec(
            "UPDATE templates SET subject = ?2, body = ?3 WHERE name = ?1",
            params![t.name, t.subject, t.body],
        )?;
        Ok(())
    }

    pub fn template_delete(&self, name: &str) -> Result<()> {
        self.exec("DELETE FROM templates WHERE name = ?1", [name])?;
        Ok(())
    }

    /// What names the template `name`: `subscription SUB-0001`, … (empty when unused).
    pub fn template_users(&self, name: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT 'subscription ' || id FROM subscriptions WHERE email_template = ?1 ORDER BY id",
        )?;
        let users = stmt
            .query_map([name], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(users)
    }

    pub fn template(&self, name: &str) -> Result<Option<Template>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT name, subject, body FROM templates WHERE name = ?1")?
            .query_row([name], |r| {
                Ok(Template {
                    name: r.get(0)?,
                    subject: r.get(1)?,
                    body: r.get(2)?,
                })
            })
            .optional()?)
    }

    pub fn templates(&self) -> Result<Vec<Template>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT name, subject, body FROM templates ORDER BY name")?;
        let rows = stmt.query_map([], |r| {
            Ok(Template {
                name: r.get(0)?,
                subject: r.get(1)?,
                body: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    // ── outbox ──

    pub fn outbox_insert(&self, m: &OutboxMessage) -> Result<i64> {
        Ok(self
            .conn()
            .prepare_cached(
                "INSERT INTO outbox (recipients, subject, body, html, attachment_name, attachment, invoice,
                     payment_request, status, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'queued', ?9) RETURNING id",
            )?
            .query_row(
                params![
                    m.recipients,
                    m.subject,
                    m.body,
                    m.html,
                    m.attachment_name,
                    m.attachment,
                    m.invoice,
                    m.payment_request,
                    m.created_at
                ],
                |r| r.get(0),
            )?)
    }

    pub fn outbox(&self, status: Option<&str>) -> Result<Vec<OutboxMessage>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT_OUTBOX} WHERE ?1 IS NULL OR status = ?1 ORDER BY id"
        ))?;
        Ok(stmt
            .query_map([status], outbox_from_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    pub fn outbox_message(&self, id: i64) -> Result<Option<OutboxMessage>> {
        Ok(self
            .conn()
            .prepare_cached(&format!("{SELECT_OUTBOX} WHERE id = ?1"))?
            .query_row([id], outbox_from_row)
            .optional()?)
    }

    pub fn outbox_mark(&self, id: i64, sent: bool, error: Option<&str>, at: &str) -> Result<()> {
        self.exec(
            "UPDATE outbox SET status = ?2, attempts = attempts + 1, last_error = ?3,
                 sent_at = CASE WHEN ?2 = 'sent' THEN ?4 ELSE sent_at END
             WHERE id = ?1",
            params![id, if sent { "sent" } else { "failed" }, error, at],
        )?;
        Ok(())
    }

    pub fn outbox_count_for_request(&self, request: &str) -> Result<u64> {
        Ok(self
            .conn()
            .prepare_cached("SELECT count(*) FROM outbox WHERE payment_request = ?1")?
            .query_row([request], |r| r.get::<_, i64>(0))? as u64)
    }

    // ── payment requests ──

    pub fn payment_request_insert(&self, r: &PaymentRequest) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO payment_requests (id, invoice, customer, subscription, method, amount, currency,
                     token, link, status, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'open', ?10, ?10)",
            )?
            .execute(params![
                r.id,
                r.invoice,
                r.customer,
                r.subscription,
                r.method,
                r.amount,
                r.currency,
                r.token,
                r.link,
                r.created_at
            ])?;
        Ok(())
    }

    pub fn payment_request(&self, id: &str) -> Result<Option<PaymentRequest>> {
        Ok(self
            .conn()
            .prepare_cached(&format!("{SELECT_REQUEST} WHERE r.id = ?1"))?
            .query_row([id], request_from_row)
            .optional()?)
    }

    pub fn payment_request_for_invoice(&self, invoice: i64) -> Result<Option<PaymentRequest>> {
        Ok(self
            .conn()
            .prepare_cached(&format!("{SELECT_REQUEST} WHERE r.invoice = ?1"))?
            .query_row([invoice], request_from_row)
            .optional()?)
    }

    pub fn payment_request_by_gateway_payment(
        &self,
        payment_id: &str,
    ) -> Result<Option<PaymentRequest>> {
        Ok(self
            .conn()
            .prepare_cached(&format!("{SELECT_REQUEST} WHERE r.gateway_payment_id = ?1"))?
            .query_row([payment_id], request_from_row)
            .optional()?)
    }

    pub fn payment_requests(
        &self,
        status: Option<&str>,
        customer: Option<&str>,
    ) -> Result<Vec<PaymentRequest>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT_REQUEST} WHERE (?1 IS NULL OR r.status = ?1) AND (?2 IS NULL OR r.customer = ?2) ORDER BY r.id"
        ))?;
        Ok(stmt
            .query_map(params![status, customer], request_from_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    pub fn payment_request_update(
        &self,
        id: &str,
        status: &str,
        gateway_payment_id: Option<&str>,
        failure: Option<&str>,
        at: &str,
    ) -> Result<()> {
        self.exec(
            "UPDATE payment_requests SET status = ?2, gateway_payment_id = coalesce(?3, gateway_payment_id),
                 failure = ?4, updated_at = ?5 WHERE id = ?1",
            params![id, status, gateway_payment_id, failure, at],
        )?;
        Ok(())
    }

    // ── gateway events ──

    /// Records a gateway event once; `false` when that event id was already received.
    pub fn webhook_event_insert(
        &self,
        gateway: &str,
        event_id: &str,
        kind: &str,
        received_at: &str,
        outcome: &str,
    ) -> Result<bool> {
        Ok(self
            .conn()
            .prepare_cached(
                "INSERT INTO webhook_events (gateway, event_id, kind, received_at, outcome)
                 VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (gateway, event_id) DO NOTHING",
            )?
            .execute(params![gateway, event_id, kind, received_at, outcome])?
            == 1)
    }

    pub fn webhook_event_seen(&self, gateway: &str, event_id: &str) -> Result<bool> {
        Ok(self
            .conn()
            .prepare_cached("SELECT 1 FROM webhook_events WHERE gateway = ?1 AND event_id = ?2")?
            .exists([gateway, event_id])?)
    }

    /// Stores what a gateway knows the subscription's payer as, for later charges.
    pub fn subscription_set_gateway_refs(
        &self,
        id: &str,
        customer: Option<&str>,
        method: Option<&str>,
    ) -> Result<()> {
        self.exec(
            "UPDATE subscriptions SET gateway_customer = coalesce(?2, gateway_customer),
                 gateway_payment_method = coalesce(?3, gateway_payment_method) WHERE id = ?1",
            params![id, customer, method],
        )?;
        Ok(())
    }

    /// Issued invoices whose due date has passed with something still owed (for reports).
    pub fn overdue_count(&self, today: NaiveDate) -> Result<u64> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT count(*) FROM invoices WHERE status = 'issued' AND kind = 'invoice'
                   AND grand_total > settled AND due_date < ?1",
            )?
            .query_row([today], |r| r.get::<_, i64>(0))? as u64)
    }
}
