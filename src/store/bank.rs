//! Rows of imported bank statements and their transactions.

use rusqlite::{OptionalExtension, Row, params};

use super::Tx;
use crate::domain::bank::BankLine;
use crate::error::Result;

/// A bank line as stored, with what reconciliation made of it.
#[derive(Debug, Clone, PartialEq)]
pub struct BankTransaction {
    pub id: i64,
    pub line: BankLine,
    pub status: String,
    pub match_rule: Option<String>,
    pub customer: Option<String>,
    pub payment: Option<String>,
}

const SELECT_TX: &str =
    "SELECT id, date, amount, currency, label, reference, counterparty, fingerprint,
    status, match_rule, customer, payment FROM bank_transactions";

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
            "UPDATE bank_transactions SET status = 'matched', match_rule = ?2, customer = ?3, payment = ?4 WHERE id = ?1",
            params![id, rule, customer, payment],
        )?;
        Ok(())
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

    /// Every issued invoice still owing something: (id, number, customer, outstanding).
    pub fn all_open_invoices(&self) -> Result<Vec<(i64, String, String, i64)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, number, customer, grand_total - settled FROM invoices
             WHERE kind = 'invoice' AND status = 'issued' AND grand_total > settled ORDER BY issue_date, id",
        )?;
        Ok(stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
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
