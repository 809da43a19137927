//! Rows of metered usage: recorded, listed, and marked billed by the invoice that bills
//! them.

use chrono::NaiveDate;
use rusqlite::{Row, params};
use rust_decimal::Decimal;

use super::tx::{Tx, decimal, decimal_text};
use crate::domain::usage::{NewUsage, Usage, UsageFilter};
use crate::error::Result;

const SELECT_USAGE: &str = "SELECT u.id, u.subscription, u.item, u.qty, u.used_on, u.reference,
    u.recorded_at, u.invoice, i.number
    FROM usage_records u LEFT JOIN invoices i ON i.id = u.invoice";

fn usage_from_row(row: &Row) -> rusqlite::Result<Usage> {
    Ok(Usage {
        id: row.get(0)?,
        subscription: row.get(1)?,
        item: row.get(2)?,
        qty: decimal(&row.get::<_, String>(3)?)?,
        on: row.get(4)?,
        reference: row.get(5)?,
        recorded_at: row.get(6)?,
        invoice: row.get(7)?,
        invoice_number: row.get(8)?,
    })
}

impl Tx<'_> {
    /// Records a usage; `None` when its reference is recorded already (nothing written).
    pub fn usage_insert(&self, usage: &NewUsage, recorded_at: &str) -> Result<Option<i64>> {
        let written = self.exec(
            "INSERT INTO usage_records (subscription, item, qty, used_on, reference, recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (reference) DO NOTHING",
            params![
                usage.subscription,
                usage.item,
                decimal_text(usage.qty),
                usage.on,
                usage.reference,
                recorded_at
            ],
        )?;
        Ok((written == 1).then(|| self.conn().last_insert_rowid()))
    }

    pub fn usage_reference_exists(&self, reference: &str) -> Result<bool> {
        Ok(self.query_one(
            "SELECT EXISTS (SELECT 1 FROM usage_records WHERE reference = ?1)",
            [reference],
            |r| r.get(0),
        )?)
    }

    pub fn usage(&self, id: i64) -> Result<Option<Usage>> {
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("{SELECT_USAGE} WHERE u.id = ?1"))?;
        let mut rows = stmt.query_map([id], usage_from_row)?;
        Ok(rows.next().transpose()?)
    }

    /// Usages by day, then by the order they were recorded.
    pub fn usages(&self, filter: &UsageFilter) -> Result<Vec<Usage>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT_USAGE} WHERE (?1 IS NULL OR u.subscription = ?1)
                 AND (?2 = 0 OR u.invoice IS NULL)
             ORDER BY u.used_on, u.id"
        ))?;
        let rows = stmt.query_map(
            params![filter.subscription, filter.unbilled],
            usage_from_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A subscription's usages not billed yet, up to `through` (inclusive).
    pub fn usages_unbilled(&self, subscription: &str, through: NaiveDate) -> Result<Vec<Usage>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT_USAGE} WHERE u.subscription = ?1 AND u.invoice IS NULL AND u.used_on <= ?2
             ORDER BY u.used_on, u.id"
        ))?;
        let rows = stmt.query_map(params![subscription, through], usage_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The first usage of a subscription not billed yet dated after `day`.
    pub fn usage_unbilled_after(
        &self,
        subscription: &str,
        day: NaiveDate,
    ) -> Result<Option<Usage>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT_USAGE} WHERE u.subscription = ?1 AND u.invoice IS NULL AND u.used_on > ?2
             ORDER BY u.used_on, u.id LIMIT 1"
        ))?;
        let mut rows = stmt.query_map(params![subscription, day], usage_from_row)?;
        Ok(rows.next().transpose()?)
    }

    /// Removes a usage no invoice billed; false when there is none such.
    pub fn usage_delete_unbilled(&self, id: i64) -> Result<bool> {
        Ok(self.exec(
            "DELETE FROM usage_records WHERE id = ?1 AND invoice IS NULL",
            [id],
        )? == 1)
    }

    /// The quantity of `item` already billed for the days `start..=end` (usage recorded
    /// late climbs the tiers from there).
    pub fn usage_billed_qty(
        &self,
        subscription: &str,
        item: &str,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Result<Decimal> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT qty FROM usage_records WHERE subscription = ?1 AND item = ?2
                 AND used_on BETWEEN ?3 AND ?4 AND invoice IS NOT NULL",
        )?;
        let rows = stmt.query_map(params![subscription, item, start, end], |r| {
            decimal(&r.get::<_, String>(0)?)
        })?;
        let mut total = Decimal::ZERO;
        for qty in rows {
            total += qty?;
        }
        Ok(total)
    }

    /// Marks usages billed by `invoice`; only usages not billed yet are touched, and the
    /// count says how many were.
    pub fn usage_mark_billed(&self, ids: &[i64], invoice: i64) -> Result<usize> {
        let mut marked = 0;
        for id in ids {
            marked += self.exec(
                "UPDATE usage_records SET invoice = ?1 WHERE id = ?2 AND invoice IS NULL",
                params![invoice, id],
            )?;
        }
        Ok(marked)
    }
}
