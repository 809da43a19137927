//! The dated due lists `tick` pages through: each table keeps the day its row next needs a
//! tick in one indexed column, so finding what is due reads that index and nothing else.

use chrono::NaiveDate;
use rusqlite::params;

use super::tx::Tx;
use crate::error::Result;

/// Where paging stopped in a due list: (due day, id).
pub type DueKey = (NaiveDate, String);

/// A table whose rows fall due on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueList {
    /// Subscriptions with a period to bill (`next_due_on`).
    Subscriptions,
    /// Active repeats with an occurrence to create (`next_due_on`).
    Repeats,
    /// Contracts whose status changes (`status_due_on`).
    Contracts,
}

impl DueList {
    pub const ALL: [DueList; 3] = [DueList::Subscriptions, DueList::Repeats, DueList::Contracts];

    /// The table and its due-day column: fixed names, never user input.
    fn table_and_column(self) -> (&'static str, &'static str) {
        match self {
            DueList::Subscriptions => ("subscriptions", "next_due_on"),
            DueList::Repeats => ("repeats", "next_due_on"),
            DueList::Contracts => ("contracts", "status_due_on"),
        }
    }
}

impl Tx<'_> {
    /// Up to `limit` rows of `list` due on or before `today`, after `after` in
    /// (due day, id) order.
    pub fn due_page(
        &self,
        list: DueList,
        today: NaiveDate,
        after: Option<&DueKey>,
        limit: usize,
    ) -> Result<Vec<DueKey>> {
        let (table, column) = list.table_and_column();
        let (after_date, after_id) = match after {
            Some((d, id)) => (Some(*d), Some(id.as_str())),
            None => (None, None),
        };
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {column}, id FROM {table}
             WHERE {column} IS NOT NULL AND {column} <= ?1
               AND (?2 IS NULL OR ({column}, id) > (?2, ?3))
             ORDER BY {column}, id LIMIT ?4"
        ))?;
        let rows = stmt.query_map(params![today, after_date, after_id, limit as i64], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many rows of `schedule` are due on or before `today`.
    pub fn due_count(&self, list: DueList, today: NaiveDate) -> Result<u64> {
        let (table, column) = list.table_and_column();
        let count: i64 = self
            .conn()
            .prepare_cached(&format!(
                "SELECT count(*) FROM {table} WHERE {column} IS NOT NULL AND {column} <= ?1"
            ))?
            .query_row([today], |r| r.get(0))?;
        Ok(count as u64)
    }
}
