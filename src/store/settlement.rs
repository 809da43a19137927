//! Rows of settlement beyond single payments: refunds of held credit, outbox messages
//! withdrawn when their invoice is settled, a customer's account movements, and the facts
//! `db check` verifies about every settlement.

use rusqlite::params;

use super::payments::CreditSource;
use super::tx::Tx;
use crate::domain::payment::Refund;
use crate::domain::statement::{Entry, EntryKind};
use crate::error::Result;

/// A settlement rule `db check` verifies (DESIGN §1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettlementRule {
    /// Every document: 0 ≤ settled ≤ total.
    WithinTotal,
    /// Every document: settled = the sum of its allocations.
    SettledIsAllocations,
    /// Every document: paid = the sum of its allocations from payments.
    PaidIsMoney,
    /// Every payment: allocations + refunds ≤ amount (what is left is customer credit).
    PaymentWithinAmount,
    /// Every credit note: allocations + refunds ≤ its amount.
    CreditNoteWithinAmount,
    /// Every refund: the sum of what it drew = its amount.
    RefundIsItsParts,
}

impl SettlementRule {
    pub const ALL: [SettlementRule; 6] = [
        SettlementRule::WithinTotal,
        SettlementRule::SettledIsAllocations,
        SettlementRule::PaidIsMoney,
        SettlementRule::PaymentWithinAmount,
        SettlementRule::CreditNoteWithinAmount,
        SettlementRule::RefundIsItsParts,
    ];

    /// Lists what breaks the rule as (subject, currency, found, limit).
    fn sql(self) -> &'static str {
        match self {
            SettlementRule::WithinTotal => {
                "SELECT coalesce(number, 'draft:' || id), currency, settled, max(grand_total, 0)
                 FROM invoices WHERE settled < 0 OR settled > max(grand_total, 0) ORDER BY id"
            }
            SettlementRule::SettledIsAllocations => {
                "SELECT subject, currency, settled, allocated FROM (
                     SELECT coalesce(i.number, 'draft:' || i.id) AS subject, i.currency, i.settled, i.id,
                         (SELECT coalesce(sum(a.amount), 0) FROM allocations a WHERE a.invoice = i.id) AS allocated
                     FROM invoices i)
                 WHERE settled != allocated ORDER BY id"
            }
            SettlementRule::PaidIsMoney => {
                "SELECT subject, currency, paid, money FROM (
                     SELECT coalesce(i.number, 'draft:' || i.id) AS subject, i.currency, i.paid, i.id,
                         (SELECT coalesce(sum(a.amount), 0) FROM allocations a
                          WHERE a.invoice = i.id AND a.payment IS NOT NULL) AS money
                     FROM invoices i)
                 WHERE paid != money ORDER BY id"
            }
            SettlementRule::PaymentWithinAmount => {
                "SELECT id, currency, given, amount FROM (
                     SELECT p.id, p.currency, p.amount, p.date,
                         (SELECT coalesce(sum(a.amount), 0) FROM allocations a WHERE a.payment = p.id)
                         + (SELECT coalesce(sum(r.amount), 0) FROM refund_parts r WHERE r.payment = p.id) AS given
                     FROM payments p)
                 WHERE given > amount ORDER BY date, id"
            }
            SettlementRule::CreditNoteWithinAmount => {
                "SELECT number, currency, given, amount FROM (
                     SELECT c.id, coalesce(c.number, 'draft:' || c.id) AS number, c.currency,
                         -c.grand_total AS amount,
                         (SELECT coalesce(sum(a.amount), 0) FROM allocations a WHERE a.credit_note = c.id)
                         + (SELECT coalesce(sum(r.amount), 0) FROM refund_parts r WHERE r.credit_note = c.id) AS given
                     FROM invoices c WHERE c.kind = 'credit_note')
                 WHERE given > amount ORDER BY id"
            }
            SettlementRule::RefundIsItsParts => {
                "SELECT id, currency, parts, amount FROM (
                     SELECT f.id, f.currency, f.amount, f.date,
                         (SELECT coalesce(sum(r.amount), 0) FROM refund_parts r WHERE r.refund = f.id) AS parts
                     FROM refunds f)
                 WHERE parts != amount ORDER BY date, id"
            }
        }
    }
}

/// An allocation between money and a document in different currencies:
/// (allocation id, document, its currency, the money's currency).
pub type CurrencyBreak = (i64, String, String, String);

impl Tx<'_> {
    // ── refunds ──

    /// Records a refund and what it draws from each source of held credit.
    pub fn refund_insert(
        &self,
        refund: &Refund,
        parts: &[(CreditSource, i64)],
        created_at: &str,
    ) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO refunds (id, customer, date, amount, currency, method, reference, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                refund.id,
                refund.customer,
                refund.date,
                refund.amount,
                refund.currency,
                refund.method.as_str(),
                refund.reference,
                created_at
            ])?;
        let mut stmt = self.conn().prepare_cached(
            "INSERT INTO refund_parts (refund, payment, credit_note, amount) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (source, amount) in parts {
            let (payment, credit_note) = match source {
                CreditSource::Payment(id) => (Some(id.as_str()), None),
                CreditSource::CreditNote(id) => (None, Some(*id)),
            };
            stmt.execute(params![refund.id, payment, credit_note, amount])?;
        }
        Ok(())
    }

    /// What was refunded of a payment.
    pub fn payment_refunded(&self, payment: &str) -> Result<i64> {
        Ok(self.query_one(
            "SELECT coalesce(sum(amount), 0) FROM refund_parts WHERE payment = ?1",
            [payment],
            |r| r.get(0),
        )?)
    }

    // ── outbox ──

    /// Withdraws the messages of a payment request not sent yet (queued, or failed and
    /// waiting for a retry): they stay in the outbox as `cancelled`, with the reason.
    /// Returns their ids.
    pub fn outbox_withdraw(&self, request: &str, reason: &str) -> Result<Vec<i64>> {
        let mut stmt = self.conn().prepare_cached(
            "UPDATE outbox SET status = 'cancelled', reason = ?2
             WHERE payment_request = ?1 AND status IN ('queued', 'failed') RETURNING id",
        )?;
        let mut ids: Vec<i64> = stmt
            .query_map(params![request, reason], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.sort_unstable();
        Ok(ids)
    }

    // ── payment requests ──

    /// Notes the gateway's payment on a request without closing it: only the invoice's
    /// settlement closes a request.
    pub fn payment_request_note_gateway_payment(
        &self,
        id: &str,
        gateway_payment_id: &str,
        at: &str,
    ) -> Result<()> {
        self.exec(
            "UPDATE payment_requests SET gateway_payment_id = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, gateway_payment_id, at],
        )?;
        Ok(())
    }

    // ── accounts ──

    /// What a customer owes in `currency`: the outstanding of their issued invoices.
    pub fn customer_owed(&self, customer: &str, currency: &str) -> Result<i64> {
        Ok(self.query_one(
            "SELECT coalesce(sum(max(grand_total - settled, 0)), 0) FROM invoices
             WHERE customer = ?1 AND currency = ?2 AND kind = 'invoice' AND status = 'issued'",
            params![customer, currency],
            |r| r.get(0),
        )?)
    }

    /// Every movement on a customer's account in `currency`, in no particular order.
    pub fn account_entries(&self, customer: &str, currency: &str) -> Result<Vec<Entry>> {
        let mut entries = Vec::new();
        let mut stmt = self.conn().prepare_cached(
            "SELECT i.issue_date, i.kind, i.number, i.grand_total, i.id, i.period_start, i.period_end,
                 (SELECT c.number FROM invoices c WHERE c.id = i.credits_invoice), i.reason
             FROM invoices i
             WHERE i.customer = ?1 AND i.currency = ?2 AND i.status = 'issued'",
        )?;
        let rows = stmt.query_map(params![customer, currency], |r| {
            let kind: String = r.get(1)?;
            let period: Option<(String, String)> = match (r.get(5)?, r.get(6)?) {
                (Some(start), Some(end)) => Some((start, end)),
                _ => None,
            };
            let corrects: Option<String> = r.get(7)?;
            let reason: Option<String> = r.get(8)?;
            let (kind, description) = if kind == "credit_note" {
                let mut text = corrects.map_or_else(String::new, |n| format!("corrects {n}"));
                if let Some(reason) = reason {
                    if !text.is_empty() {
                        text.push_str(": ");
                    }
                    text.push_str(&reason);
                }
                (EntryKind::CreditNote, text)
            } else {
                let text = period.map_or_else(String::new, |(s, e)| format!("{s}..{e}"));
                (EntryKind::Invoice, text)
            };
            let total: i64 = r.get(3)?;
            Ok(Entry {
                date: r.get(0)?,
                kind,
                reference: r.get(2)?,
                description,
                amount: total.abs(),
                seq: r.get(4)?,
            })
        })?;
        for row in rows {
            entries.push(row?);
        }
        for (table, kind) in [
            ("payments", EntryKind::Payment),
            ("refunds", EntryKind::Refund),
        ] {
            let mut stmt = self.conn().prepare_cached(&format!(
                "SELECT date, id, amount, method, reference, rowid FROM {table}
                 WHERE customer = ?1 AND currency = ?2"
            ))?;
            let rows = stmt.query_map(params![customer, currency], |r| {
                let method: String = r.get(3)?;
                let reference: Option<String> = r.get(4)?;
                Ok(Entry {
                    date: r.get(0)?,
                    kind,
                    reference: r.get(1)?,
                    description: match reference {
                        Some(reference) => format!("{method} {reference}"),
                        None => method,
                    },
                    amount: r.get(2)?,
                    seq: r.get(5)?,
                })
            })?;
            for row in rows {
                entries.push(row?);
            }
        }
        let mut stmt = self.conn().prepare_cached(
            "SELECT a.date, i.number, a.amount, coalesce(a.payment, c.number), a.id
             FROM allocations a JOIN invoices i ON i.id = a.invoice
                 LEFT JOIN invoices c ON c.id = a.credit_note
             WHERE i.customer = ?1 AND i.currency = ?2 AND a.from_credit = 1",
        )?;
        let rows = stmt.query_map(params![customer, currency], |r| {
            let source: Option<String> = r.get(3)?;
            Ok(Entry {
                date: r.get(0)?,
                kind: EntryKind::CreditUse,
                reference: r.get(1)?,
                description: format!("held credit from {}", source.unwrap_or_default()),
                amount: r.get(2)?,
                seq: r.get(4)?,
            })
        })?;
        for row in rows {
            entries.push(row?);
        }
        Ok(entries)
    }

    /// What the books hold that is booked in their currency (documents, payments, bank
    /// lines), as "invoices and credit notes: N, payments: M", or `None` when nothing yet.
    pub fn booked_documents(&self) -> Result<Option<String>> {
        let mut held = Vec::new();
        for (table, what) in [
            ("invoices", "invoices and credit notes"),
            ("sales_orders", "sales orders"),
            ("supplier_bills", "supplier bills"),
            ("payments", "payments"),
            ("refunds", "refunds"),
            ("bank_transactions", "bank lines"),
        ] {
            let count: i64 =
                self.query_one(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            if count > 0 {
                held.push(format!("{what}: {count}"));
            }
        }
        Ok((!held.is_empty()).then(|| held.join(", ")))
    }

    // ── checks ──

    /// What breaks `rule`: (subject, currency, found, limit).
    pub fn settlement_breaks(
        &self,
        rule: SettlementRule,
    ) -> Result<Vec<(String, String, i64, i64)>> {
        let mut stmt = self.conn().prepare(rule.sql())?;
        Ok(stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Allocations between money and a document in different currencies.
    pub fn currency_breaks(&self) -> Result<Vec<CurrencyBreak>> {
        let mut stmt = self.conn().prepare(
            "SELECT a.id, coalesce(i.number, 'draft:' || i.id), i.currency,
                 coalesce(p.currency, c.currency)
             FROM allocations a JOIN invoices i ON i.id = a.invoice
                 LEFT JOIN payments p ON p.id = a.payment
                 LEFT JOIN invoices c ON c.id = a.credit_note
             WHERE i.currency IS NOT coalesce(p.currency, c.currency) ORDER BY a.id",
        )?;
        Ok(stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }
}
