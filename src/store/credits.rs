//! Rows of booking credits: types and their cost tables, lots, the ledger, subscription
//! rules and the occurrences they granted. Quantities are milli-credits.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::tx::{Tx, duplicate_as};
use crate::domain::credits::{
    CostRule, CreditRule, CreditType, LedgerEntry, LedgerKind, LedgerRecord, Lot, LotRecord, Move,
    OriginKind, Recurrence,
};
use crate::error::Result;

/// A lot about to be opened.
#[derive(Debug, Clone)]
pub struct NewLot<'a> {
    pub customer: &'a str,
    pub credit_type: &'a str,
    pub quantity: i64,
    pub starts: NaiveDate,
    pub expires: Option<NaiveDate>,
    pub origin_kind: OriginKind,
    pub origin: &'a str,
    pub invoice_line: Option<i64>,
    pub created_at: &'a str,
}

/// A ledger row about to be written.
#[derive(Debug, Clone)]
pub struct NewLedgerRow<'a> {
    pub date: NaiveDate,
    pub customer: &'a str,
    pub credit_type: &'a str,
    pub entry: LedgerEntry,
    pub origin: &'a str,
    pub booking: Option<&'a str>,
    pub reason: Option<&'a str>,
    pub created_at: &'a str,
}

fn unexpected(index: usize, what: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        index,
        rusqlite::types::Type::Text,
        format!("unexpected {what}").into(),
    )
}

const SELECT_TYPE: &str =
    "SELECT code, unit, sold_item, sold_uom, sold_credits, validity_days, whole
    FROM credit_types";

fn type_from_row(row: &Row) -> rusqlite::Result<CreditType> {
    let sold_item: Option<String> = row.get(2)?;
    let sold_uom: Option<String> = row.get(3)?;
    let sold_credits: Option<i64> = row.get(4)?;
    Ok(CreditType {
        code: row.get(0)?,
        unit: row.get(1)?,
        sold_as: match (sold_item, sold_uom, sold_credits) {
            (Some(item), Some(uom), Some(credits)) => Some((item, uom, credits)),
            _ => None,
        },
        validity_days: row.get(5)?,
        whole: row.get(6)?,
        costs: Vec::new(),
    })
}

const SELECT_LOT: &str = "SELECT id, quantity, remaining, starts, expires, customer, credit_type,
    origin, expired FROM credit_lots";

fn lot_from_row(row: &Row) -> rusqlite::Result<LotRecord> {
    let id: i64 = row.get(0)?;
    Ok(LotRecord {
        lot: Lot {
            id,
            quantity: row.get(1)?,
            remaining: row.get(2)?,
            starts: row.get(3)?,
            expires: row.get(4)?,
            // Lots are numbered in the order they were opened.
            created_seq: id,
        },
        customer: row.get(5)?,
        credit_type: row.get(6)?,
        origin: row.get(7)?,
        expired: row.get(8)?,
    })
}

fn ledger_from_row(row: &Row) -> rusqlite::Result<LedgerRecord> {
    let kind: String = row.get(5)?;
    Ok(LedgerRecord {
        id: row.get(0)?,
        date: row.get(1)?,
        customer: row.get(2)?,
        credit_type: row.get(3)?,
        entry: LedgerEntry {
            lot: row.get(4)?,
            kind: LedgerKind::parse(&kind).ok_or_else(|| unexpected(5, "ledger kind"))?,
            credits: row.get(6)?,
        },
        origin: row.get(7)?,
        booking: row.get(8)?,
        reason: row.get(9)?,
    })
}

fn rule_from_row(row: &Row) -> rusqlite::Result<CreditRule> {
    let recurrence: String = row.get(4)?;
    Ok(CreditRule {
        id: row.get(0)?,
        subscription: row.get(1)?,
        credit_type: row.get(2)?,
        quantity: row.get(3)?,
        recurrence: Recurrence::parse(&recurrence).ok_or_else(|| unexpected(4, "recurrence"))?,
        validity_days: row.get(5)?,
        next_grant_on: row.get(6)?,
    })
}

impl Tx<'_> {
    /// True when some credit type is sold through an invoice line.
    pub fn credit_type_sold_anywhere(&self) -> Result<bool> {
        Ok(self.query_one(
            "SELECT EXISTS (SELECT 1 FROM credit_types WHERE sold_item IS NOT NULL)",
            [],
            |r| r.get(0),
        )?)
    }
}

impl Tx<'_> {
    // ── types ──

    pub fn credit_type_insert(&self, credit_type: &CreditType, created_at: &str) -> Result<()> {
        let (sold_item, sold_uom, sold_credits) = match &credit_type.sold_as {
            Some((item, uom, credits)) => (Some(item), Some(uom), Some(*credits)),
            None => (None, None, None),
        };
        self.conn()
            .execute(
                "INSERT INTO credit_types (code, unit, sold_item, sold_uom, sold_credits, validity_days,
                     whole, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    credit_type.code,
                    credit_type.unit,
                    sold_item,
                    sold_uom,
                    sold_credits,
                    credit_type.validity_days,
                    credit_type.whole,
                    created_at
                ],
            )
            .map_err(duplicate_as("credit type", &credit_type.code))?;
        let mut stmt = self.conn().prepare_cached(
            "INSERT INTO credit_costs (credit_type, item, uom, credits) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for cost in &credit_type.costs {
            stmt.execute(params![
                credit_type.code,
                cost.item,
                cost.uom,
                cost.credits_per_unit
            ])?;
        }
        Ok(())
    }

    fn credit_costs(&self, code: &str) -> Result<Vec<CostRule>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT item, uom, credits FROM credit_costs WHERE credit_type = ?1 ORDER BY item, uom",
        )?;
        let rows = stmt.query_map([code], |r| {
            Ok(CostRule {
                item: r.get(0)?,
                uom: r.get(1)?,
                credits_per_unit: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn with_costs(&self, found: Option<CreditType>) -> Result<Option<CreditType>> {
        match found {
            Some(mut credit_type) => {
                credit_type.costs = self.credit_costs(&credit_type.code)?;
                Ok(Some(credit_type))
            }
            None => Ok(None),
        }
    }

    pub fn credit_type(&self, code: &str) -> Result<Option<CreditType>> {
        let found = self
            .conn()
            .prepare_cached(&format!("{SELECT_TYPE} WHERE code = ?1"))?
            .query_row([code], type_from_row)
            .optional()?;
        self.with_costs(found)
    }

    pub fn credit_types(&self) -> Result<Vec<CreditType>> {
        let mut found: Vec<CreditType> = self
            .conn()
            .prepare(&format!("{SELECT_TYPE} ORDER BY code"))?
            .query_map([], type_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        for credit_type in &mut found {
            credit_type.costs = self.credit_costs(&credit_type.code)?;
        }
        Ok(found)
    }

    /// The type an invoice line of (`item`, `uom`) buys, if any.
    pub fn credit_type_selling(&self, item: &str, uom: &str) -> Result<Option<CreditType>> {
        let found = self
            .conn()
            .prepare_cached(&format!(
                "{SELECT_TYPE} WHERE sold_item = ?1 AND sold_uom = ?2"
            ))?
            .query_row([item, uom], type_from_row)
            .optional()?;
        self.with_costs(found)
    }

    /// Codes of the types whose cost table prices booking `item` by `uom`.
    pub fn credit_types_covering(&self, item: &str, uom: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT credit_type FROM credit_costs WHERE item = ?1 AND uom = ?2 ORDER BY credit_type",
        )?;
        Ok(stmt
            .query_map([item, uom], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    // ── lots ──

    pub fn credit_lot_insert(&self, lot: &NewLot) -> Result<i64> {
        self.conn()
            .prepare_cached(
                "INSERT INTO credit_lots (customer, credit_type, quantity, remaining, starts, expires,
                     origin_kind, origin, invoice_line, created_at)
                 VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                lot.customer,
                lot.credit_type,
                lot.quantity,
                lot.starts,
                lot.expires,
                lot.origin_kind.as_str(),
                lot.origin,
                lot.invoice_line,
                lot.created_at
            ])?;
        Ok(self.conn().last_insert_rowid())
    }

    /// A customer's lots of one type that still hold credits and were not written off.
    pub fn credit_open_lots(&self, customer: &str, credit_type: &str) -> Result<Vec<Lot>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT_LOT} WHERE customer = ?1 AND credit_type = ?2 AND remaining > 0 AND expired = 0
             ORDER BY id"
        ))?;
        let rows = stmt.query_map([customer, credit_type], lot_from_row)?;
        Ok(rows
            .map(|r| r.map(|record| record.lot))
            .collect::<rusqlite::Result<_>>()?)
    }

    pub fn credit_lot(&self, id: i64) -> Result<Option<LotRecord>> {
        Ok(self
            .conn()
            .prepare_cached(&format!("{SELECT_LOT} WHERE id = ?1"))?
            .query_row([id], lot_from_row)
            .optional()?)
    }

    /// The lot an invoice line bought, if it bought one.
    pub fn credit_lot_of_invoice_line(&self, line: i64) -> Result<Option<LotRecord>> {
        Ok(self
            .conn()
            .prepare_cached(&format!("{SELECT_LOT} WHERE invoice_line = ?1"))?
            .query_row([line], lot_from_row)
            .optional()?)
    }

    pub fn credit_lot_set_remaining(&self, id: i64, remaining: i64) -> Result<()> {
        self.conn()
            .prepare_cached("UPDATE credit_lots SET remaining = ?2 WHERE id = ?1")?
            .execute(params![id, remaining])?;
        Ok(())
    }

    pub fn credit_lot_mark_expired(&self, id: i64) -> Result<()> {
        self.conn()
            .prepare_cached("UPDATE credit_lots SET expired = 1 WHERE id = ?1")?
            .execute([id])?;
        Ok(())
    }

    /// Lots by customer, type and age, streamed; `open_only` keeps those holding credits.
    pub fn credit_lots_each(
        &self,
        customer: Option<&str>,
        open_only: bool,
        mut each: impl FnMut(LotRecord) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.conn().prepare(&format!(
            "{SELECT_LOT} WHERE (?1 IS NULL OR customer = ?1)
               AND (?2 = 0 OR (remaining > 0 AND expired = 0))
             ORDER BY customer, credit_type, id"
        ))?;
        let mut rows = stmt.query(params![customer, open_only])?;
        while let Some(row) = rows.next()? {
            each(lot_from_row(row)?)?;
        }
        Ok(())
    }

    /// A customer's lots lapsed by `today` (their expiry date passed) and not written off.
    pub fn credit_lapsed_lots(&self, customer: &str, today: NaiveDate) -> Result<Vec<LotRecord>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT_LOT} WHERE expired = 0 AND expires IS NOT NULL AND expires < ?2 AND customer = ?1
             ORDER BY id"
        ))?;
        let rows = stmt.query_map(params![customer, today], lot_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Up to `limit` customers holding lapsed lots not written off, after `after`.
    pub fn due_expiry_customers(
        &self,
        today: NaiveDate,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT DISTINCT customer FROM credit_lots
             WHERE expired = 0 AND expires IS NOT NULL AND expires < ?1
               AND (?2 IS NULL OR customer > ?2)
             ORDER BY customer LIMIT ?3",
        )?;
        let rows = stmt.query_map(params![today, after, limit as i64], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    // ── ledger ──

    pub fn credit_ledger_insert(&self, row: &NewLedgerRow) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO credit_ledger (date, customer, credit_type, lot, kind, credits, origin,
                     booking, reason, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?
            .execute(params![
                row.date,
                row.customer,
                row.credit_type,
                row.entry.lot,
                row.entry.kind.as_str(),
                row.entry.credits,
                row.origin,
                row.booking,
                row.reason,
                row.created_at
            ])?;
        Ok(())
    }

    /// Ledger rows in the order they were written, of one customer or all, streamed.
    pub fn credit_ledger_each(
        &self,
        customer: Option<&str>,
        mut each: impl FnMut(LedgerRecord) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.conn().prepare(
            "SELECT id, date, customer, credit_type, lot, kind, credits, origin, booking, reason
             FROM credit_ledger WHERE ?1 IS NULL OR customer = ?1 ORDER BY id",
        )?;
        let mut rows = stmt.query([customer])?;
        while let Some(row) = rows.next()? {
            each(ledger_from_row(row)?)?;
        }
        Ok(())
    }

    /// What a booking took from which lot: (lot, milli-credits), positive, by lot.
    pub fn credit_taken_by_booking(&self, booking: &str) -> Result<Vec<Move>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT lot, -sum(credits) FROM credit_ledger WHERE booking = ?1 AND kind = 'use'
             GROUP BY lot ORDER BY min(id)",
        )?;
        let rows = stmt.query_map([booking], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    // ── subscription rules ──

    pub fn credit_rule_insert(&self, rule: &CreditRule, created_at: &str) -> Result<i64> {
        self.conn()
            .prepare_cached(
                "INSERT INTO credit_rules (subscription, credit_type, quantity, recurrence,
                     validity_days, next_grant_on, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                rule.subscription,
                rule.credit_type,
                rule.quantity,
                rule.recurrence.as_str(),
                rule.validity_days,
                rule.next_grant_on,
                created_at
            ])?;
        Ok(self.conn().last_insert_rowid())
    }

    pub fn credit_rules_of(&self, subscription: &str) -> Result<Vec<CreditRule>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, subscription, credit_type, quantity, recurrence, validity_days, next_grant_on
             FROM credit_rules WHERE subscription = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([subscription], rule_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn credit_rule_set_next(&self, id: i64, next: Option<NaiveDate>) -> Result<()> {
        self.conn()
            .prepare_cached("UPDATE credit_rules SET next_grant_on = ?2 WHERE id = ?1")?
            .execute(params![id, next])?;
        Ok(())
    }

    /// Up to `limit` subscriptions with a rule owing a grant on or before `today`, after
    /// `after`: `tick` reads them through the partial index and nothing else.
    pub fn due_grant_subscriptions(
        &self,
        today: NaiveDate,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT DISTINCT subscription FROM credit_rules
             WHERE next_grant_on IS NOT NULL AND next_grant_on <= ?1
               AND (?2 IS NULL OR subscription > ?2)
             ORDER BY subscription LIMIT ?3",
        )?;
        let rows = stmt.query_map(params![today, after, limit as i64], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records that a rule's occurrence is granted; `false` when it already was.
    pub fn credit_grant_insert(&self, rule: i64, occurrence: &str) -> Result<bool> {
        let inserted = self
            .conn()
            .prepare_cached(
                "INSERT INTO credit_grants (rule, occurrence) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
            )?
            .execute(params![rule, occurrence])?;
        Ok(inserted == 1)
    }

    pub fn credit_grant_set_lot(&self, rule: i64, occurrence: &str, lot: i64) -> Result<()> {
        self.conn()
            .prepare_cached(
                "UPDATE credit_grants SET lot = ?3 WHERE rule = ?1 AND occurrence = ?2",
            )?
            .execute(params![rule, occurrence, lot])?;
        Ok(())
    }
}
