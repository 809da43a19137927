//! Rows of UOMs declared as spans of time (issue 13 §1).

use rusqlite::{OptionalExtension, Row, params};

use super::tx::Tx;
use crate::domain::catalogue::Uom;
use crate::domain::period::IntervalUnit;
use crate::domain::time_unit::TimeUnit;
use crate::error::Result;

/// A `uoms` row read as `code, name, time_unit, time_count`.
pub(super) fn uom_from_row(r: &Row) -> rusqlite::Result<Uom> {
    let unit: Option<String> = r.get(2)?;
    let count: Option<u32> = r.get(3)?;
    let time = match unit {
        Some(text) => Some(TimeUnit::new(
            IntervalUnit::parse(&text).ok_or_else(|| {
                rusqlite::Error::FromSqlConversionFailure(
                    2,
                    rusqlite::types::Type::Text,
                    "unexpected time unit".into(),
                )
            })?,
            count.unwrap_or(1),
        )),
        None => None,
    };
    Ok(Uom {
        code: r.get(0)?,
        name: r.get(1)?,
        time,
    })
}

impl Tx<'_> {
    pub fn uom(&self, code: &str) -> Result<Option<Uom>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT code, name, time_unit, time_count FROM uoms WHERE code = ?1")?
            .query_row([code], uom_from_row)
            .optional()?)
    }

    /// Declares (or, with `None`, undeclares) the span of time a UOM names.
    pub fn uom_set_time(&self, code: &str, time: Option<TimeUnit>) -> Result<()> {
        self.exec(
            "UPDATE uoms SET time_unit = ?2, time_count = ?3 WHERE code = ?1",
            params![code, time.map(|t| t.unit.as_str()), time.map(|t| t.count)],
        )?;
        Ok(())
    }

    /// The active subscriptions (id, interval unit, every) with a line in `uom`.
    pub fn subscriptions_using_uom(&self, uom: &str) -> Result<Vec<(String, String, u32)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT DISTINCT s.id, s.interval, s.every FROM subscriptions s
             JOIN subscription_lines l ON l.subscription = s.id
             WHERE l.uom = ?1 AND l.position >= 0 AND s.state = 'active' ORDER BY s.id",
        )?;
        let rows = stmt.query_map([uom], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Tx<'_> {
    pub fn uom_rename(&self, code: &str, name: &str) -> Result<()> {
        self.exec(
            "UPDATE uoms SET name = ?2 WHERE code = ?1",
            params![code, name],
        )?;
        Ok(())
    }
}
