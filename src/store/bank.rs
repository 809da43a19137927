//! Rows of imported bank statements and their transactions.

use rusqlite::{OptionalExtension, Row, params};

use super::tx::Tx;
use crate::domain::bank::{BankLine, BankTransaction, OpenInvoice};
use crate::error::Result;

const SELECT_TX: &str =
    "SELECT id, date, amount, currency, label, reference, counterparty, fingerprint,
    status, match_rule, customer, payment, note FROM bank_transactions";

fn tx_from_row(row: &Row) -> rusqlite::Result<BankTransaction> {
    Ok(BankTransaction {
        id: row.get(0)?,
        line: BankLine {
            date: row.get(1)?,
            amount: row.get(2)?,
            currency: row.get(3)?,
            label: row.get(4)?,
            reference: row.get(5)?,
            counterparty: row.get(6)?,
            fingerprint: row.get(7)?,
        },
        status: row.get(8)?,
        match_rule: row.get(9)?,
        customer: row.get(10)?,
        payment: row.get(11)?,
        note: row.get(12)?,
    })
}

impl Tx<'_> {
    /// Records a statement and its lines; returns (statement id, lines new to the books).
    pub fn bank_import(
        &self,
        source: &str,
        format: &str,
        lines: &[BankLine],
        imported_at: &str,
    ) -> Result<(i64, usize)> {
        let statement: i64 = self.query_one(
            "INSERT INTO bank_statements (source, format, imported_at, lines, new_lines)
             VALUES (?1, ?2, ?3, ?4, 0) RETURNING id",
            params![source, format, imported_at, lines.len() as i64],
            |r| r.get(0),
        )?;
        let mut stmt = self.conn().prepare_cached(
            "INSERT INTO bank_transactions (statement, date, amount, currency, label, reference, counterparty,
                 fingerprint, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (fingerprint) DO NOTHING",
        )?;
        let mut new = 0;
        for l in lines {
            new += stmt.execute(params![
                statement,
                l.date,
                l.amount,
                l.currency,
                l.label,
                l.reference,
                l.counterparty,
                l.fingerprint,
                imported_at
            ])?;
        }
        self.exec(
            "UPDATE bank_statements SET new_lines = ?2 WHERE id = ?1",
            params![statement, new as i64],
        )?;
        Ok((statement, new))
    }

    pub fn bank_transaction(&self, id: i64) -> Result<Option<BankTransaction>> {
        Ok(self
            .conn()
            .prepare_cached(&format!("{SELECT_TX} WHERE id = ?1"))?
            .query_row([id], tx_from_row)
            .optional()?)
    }

    /// Transactions by date then id, optionally in one status.
    pub fn bank_transactions(&self, status: Option<&str>) -> Result<Vec<BankTransaction>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT_TX} WHERE ?1 IS NULL OR status = ?1 ORDER BY date, id"
        ))?;
        Ok(stmt
            .query_map([status], tx_from_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    pub fn bank_mark_matched(
        &self,
        id: i64,
        rule: &str,
        customer: &str,
        payment: &str,
    ) -> Result<()> {
        self.exec(
            "UPDATE bank_transactions SET status = 'matched', match_rule = ?2, customer = ?3, payment = ?4,
                 note = NULL WHERE id = ?1",
            params![id, rule, customer, payment],
        )?;
        Ok(())
    }

    /// Records why a line was left for a person; false when that was already the reason.
    pub fn bank_set_note(&self, id: i64, note: &str) -> Result<bool> {
        Ok(self.exec(
            "UPDATE bank_transactions SET note = ?2 WHERE id = ?1 AND note IS NOT ?2",
            params![id, note],
        )? == 1)
    }

    /// Counterparty names already matched to each customer: a payer seen once is known.
    pub fn known_counterparties(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT DISTINCT customer, counterparty FROM bank_transactions
             WHERE status = 'matched' AND customer IS NOT NULL AND counterparty IS NOT NULL",
        )?;
        Ok(stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Every issued invoice still owing something, oldest first (their payment references
    /// left for the caller to add).
    pub fn all_open_invoices(&self) -> Result<Vec<OpenInvoice>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, number, customer, grand_total - settled, currency FROM invoices
             WHERE kind = 'invoice' AND status = 'issued' AND grand_total > settled ORDER BY issue_date, id",
        )?;
        Ok(stmt
            .query_map([], |r| {
                Ok(OpenInvoice {
                    id: r.get(0)?,
                    number: r.get(1)?,
                    customer: r.get(2)?,
                    outstanding: r.get(3)?,
                    payment_references: Vec::new(),
                    currency: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?)
    }
}

impl Tx<'_> {
    /// (invoice id, token) of payment requests still open, for matching transfers that
    /// quote them.
    pub fn open_payment_request_tokens(&self) -> Result<Vec<(i64, String)>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT invoice, token FROM payment_requests WHERE status = 'open'")?;
        Ok(stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }
}
