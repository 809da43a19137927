//! Rows of dunning: the levels, the reminders queued per invoice and level, disputes, and
//! the final action taken after the last level.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};

use super::tx::Tx;
use crate::domain::dunning::DunningLevel;
use crate::error::Result;

/// Issued invoices (not credit notes) still owed whose due date is before `?1`.
const OVERDUE: &str = "status = 'issued' AND kind = 'invoice' AND grand_total > settled
    AND due_date IS NOT NULL AND due_date < ?1";

/// Where an invoice stands with disputes and the final action.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DunningMarks {
    /// The highest level queued for it (0: none).
    pub level: u32,
    pub disputed: bool,
    /// The final action taken, and what it did.
    pub final_action: Option<(String, String)>,
}

impl Tx<'_> {
    pub fn dunning_levels(&self) -> Result<Vec<DunningLevel>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT level, after_days, template FROM dunning_levels ORDER BY level",
        )?;
        Ok(stmt
            .query_map([], |r| {
                Ok(DunningLevel {
                    level: r.get(0)?,
                    after_days: r.get(1)?,
                    template: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Adds a level, or changes the one of that number.
    pub fn dunning_level_set(&self, level: &DunningLevel, now: &str) -> Result<()> {
        self.exec(
            "INSERT INTO dunning_levels (level, after_days, template, created_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (level) DO UPDATE SET after_days = excluded.after_days, template = excluded.template",
            params![level.level, level.after_days, level.template, now],
        )?;
        Ok(())
    }

    /// Customers with an overdue invoice, by code, after `after`, at most `limit`.
    pub fn overdue_customers(
        &self,
        today: NaiveDate,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT DISTINCT customer FROM invoices WHERE {OVERDUE} AND (?2 IS NULL OR customer > ?2)
             ORDER BY customer LIMIT ?3"
        ))?;
        Ok(stmt
            .query_map(params![today, after, limit as i64], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// The overdue invoices of one customer, or of all, oldest due first.
    pub fn overdue_invoices(&self, today: NaiveDate, customer: Option<&str>) -> Result<Vec<i64>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT id FROM invoices WHERE {OVERDUE} AND (?2 IS NULL OR customer = ?2)
             ORDER BY due_date, id"
        ))?;
        Ok(stmt
            .query_map(params![today, customer], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    pub fn dunning_marks(&self, invoice: i64) -> Result<DunningMarks> {
        let level: Option<u32> = self.query_one(
            "SELECT max(level) FROM dunning_notices WHERE invoice = ?1",
            [invoice],
            |r| r.get(0),
        )?;
        let disputed = self
            .conn()
            .prepare_cached(
                "SELECT 1 FROM invoice_disputes WHERE invoice = ?1 AND resolved_at IS NULL",
            )?
            .exists([invoice])?;
        let final_action = self
            .query_one(
                "SELECT action, detail FROM dunning_final_actions WHERE invoice = ?1",
                [invoice],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(DunningMarks {
            level: level.unwrap_or(0),
            disputed,
            final_action,
        })
    }

    /// Records that `level` was queued for `invoice`; false when it already was.
    pub fn dunning_notice_insert(
        &self,
        invoice: i64,
        level: u32,
        outbox: Option<i64>,
        on: NaiveDate,
    ) -> Result<bool> {
        Ok(self.exec(
            "INSERT OR IGNORE INTO dunning_notices (invoice, level, outbox, sent_on) VALUES (?1, ?2, ?3, ?4)",
            params![invoice, level, outbox, on],
        )? > 0)
    }

    /// Opens (or reopens) a dispute on an invoice.
    pub fn dispute_open(&self, invoice: i64, at: &str) -> Result<()> {
        self.exec(
            "INSERT INTO invoice_disputes (invoice, opened_at) VALUES (?1, ?2)
             ON CONFLICT (invoice) DO UPDATE SET opened_at = excluded.opened_at, resolved_at = NULL",
            params![invoice, at],
        )?;
        Ok(())
    }

    /// Resolves an open dispute; false when none was open.
    pub fn dispute_resolve(&self, invoice: i64, at: &str) -> Result<bool> {
        Ok(self.exec(
            "UPDATE invoice_disputes SET resolved_at = ?2 WHERE invoice = ?1 AND resolved_at IS NULL",
            params![invoice, at],
        )? > 0)
    }

    /// Records the final action taken for an invoice; false when one already was.
    pub fn dunning_final_action_insert(
        &self,
        invoice: i64,
        action: &str,
        on: NaiveDate,
        detail: &str,
    ) -> Result<bool> {
        Ok(self.exec(
            "INSERT OR IGNORE INTO dunning_final_actions (invoice, action, taken_on, detail) VALUES (?1, ?2, ?3, ?4)",
            params![invoice, action, on, detail],
        )? > 0)
    }
}

impl Tx<'_> {
    /// The invoice that billed `late`'s penalties, if any (its number, or draft id).
    pub fn penalty_invoice_of(&self, late: i64) -> Result<Option<i64>> {
        Ok(self
            .query_one(
                "SELECT invoice FROM penalty_invoices WHERE late_invoice = ?1",
                [late],
                |r| r.get(0),
            )
            .optional()?)
    }

    pub fn penalty_invoice_insert(&self, late: i64, invoice: i64) -> Result<()> {
        self.exec(
            "INSERT INTO penalty_invoices (late_invoice, invoice) VALUES (?1, ?2)",
            params![late, invoice],
        )?;
        Ok(())
    }
}
