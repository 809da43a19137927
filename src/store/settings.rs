//! Company settings stored in the database (`subs config`).

use rusqlite::{OptionalExtension, params};

use super::tx::Tx;
use crate::error::Result;

impl Tx<'_> {
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )?
            .execute(params![key, value])?;
        Ok(())
    }

    pub fn unset_setting(&self, key: &str) -> Result<bool> {
        Ok(self
            .conn()
            .execute("DELETE FROM settings WHERE key = ?1", [key])?
            > 0)
    }

    pub fn settings(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT key, value FROM settings ORDER BY key")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The next generated id of a kind (`SUB` → 1, 2, …), gapless within the transaction.
    pub fn next_id(&self, kind: &str) -> Result<i64> {
        Ok(self
            .conn()
            .prepare_cached(
                "INSERT INTO id_counters (kind, last) VALUES (?1, 1)
                 ON CONFLICT (kind) DO UPDATE SET last = last + 1
                 RETURNING last",
            )?
            .query_row([kind], |r| r.get(0))?)
    }
}
