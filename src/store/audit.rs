//! The append-only audit log: each entry carries the hash of the one before it, so an
//! edited or deleted row breaks the chain and `subs log verify` finds where.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::{Identity, Tx};
use crate::error::Result;

const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Debug, Clone, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub command: String,
    pub entity: String,
    pub change: String,
    #[serde(skip)]
    pub prev_hash: String,
    #[serde(skip)]
    pub hash: String,
}

/// Where the chain first fails to hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainBreak {
    pub id: i64,
    pub reason: String,
}

fn entry_hash(
    prev_hash: &str,
    at: &str,
    actor: &str,
    command: &str,
    entity: &str,
    change: &str,
) -> String {
    let mut hasher = Sha256::new();
    for part in [prev_hash, at, actor, command, entity, change] {
        hasher.update(part.as_bytes());
        // A separator that cannot appear in the parts' text keeps the fields apart.
        hasher.update([0x1f]);
    }
    hex::encode(hasher.finalize())
}

/// Appends an entry after `prev_hash` (read from the table when not known); returns the
/// new entry's hash.
pub(super) fn append(
    conn: &Connection,
    identity: &Identity,
    entity: &str,
    change: &str,
    prev_hash: Option<String>,
) -> Result<String> {
    let prev_hash = match prev_hash {
        Some(hash) => hash,
        None => conn
            .prepare_cached("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")?
            .query_row([], |r| r.get(0))
            .optional()?
            .unwrap_or_else(|| GENESIS.to_string()),
    };
    let hash = entry_hash(
        &prev_hash,
        &identity.at,
        &identity.actor,
        &identity.command,
        entity,
        change,
    );
    conn.prepare_cached(
        "INSERT INTO audit_log (at, actor, command, entity, change, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        identity.at,
        identity.actor,
        identity.command,
        entity,
        change,
        prev_hash,
        hash
    ])?;
    Ok(hash)
}

fn entry_from_row(row: &rusqlite::Row) -> rusqlite::Result<AuditEntry> {
    Ok(AuditEntry {
        id: row.get(0)?,
        at: row.get(1)?,
        actor: row.get(2)?,
        command: row.get(3)?,
        entity: row.get(4)?,
        change: row.get(5)?,
        prev_hash: row.get(6)?,
        hash: row.get(7)?,
    })
}

const SELECT_ENTRY: &str =
    "SELECT id, at, actor, command, entity, change, prev_hash, hash FROM audit_log";

impl Tx<'_> {
    /// Records a mutation of `entity` (e.g. `customer:ACME`) with what changed.
    pub fn audit(&self, entity: &str, change: &serde_json::Value) -> Result<()> {
        // The chain's tail is remembered within the transaction: no lookup per entry.
        let prev = self.last_hash.take();
        let hash = append(
            self.conn(),
            self.identity,
            entity,
            &change.to_string(),
            prev,
        )?;
        self.last_hash.replace(Some(hash));
        self.audited.set(true);
        Ok(())
    }

    /// Entries oldest first; `entity` filters on an exact entity or a `kind:` prefix.
    pub fn audit_entries(
        &self,
        entity: Option<&str>,
        mut each: impl FnMut(AuditEntry) -> Result<()>,
    ) -> Result<()> {
        let mut stmt;
        let mut rows = match entity {
            Some(e) => {
                stmt = self.conn().prepare(&format!(
                    "{SELECT_ENTRY} WHERE entity = ?1 OR entity LIKE ?2 ESCAPE '\\' ORDER BY id"
                ))?;
                let prefix = format!(
                    "{}:%",
                    e.replace('\\', "\\\\")
                        .replace('%', "\\%")
                        .replace('_', "\\_")
                );
                stmt.query(params![e, prefix])?
            }
            None => {
                stmt = self
                    .conn()
                    .prepare(&format!("{SELECT_ENTRY} ORDER BY id"))?;
                stmt.query([])?
            }
        };
        while let Some(row) = rows.next()? {
            each(entry_from_row(row)?)?;
        }
        Ok(())
    }

    /// Recomputes every hash; the first entry that does not match, if any.
    pub fn verify_audit_chain(&self) -> Result<(u64, Option<ChainBreak>)> {
        let mut stmt = self
            .conn()
            .prepare(&format!("{SELECT_ENTRY} ORDER BY id"))?;
        let mut rows = stmt.query([])?;
        let mut expected_prev = GENESIS.to_string();
        let mut count = 0;
        while let Some(row) = rows.next()? {
            let e = entry_from_row(row)?;
            count += 1;
            if e.prev_hash != expected_prev {
                let reason = "does not follow the entry before it (a row was removed or reordered)";
                return Ok((
                    count,
                    Some(ChainBreak {
                        id: e.id,
                        reason: reason.into(),
                    }),
                ));
            }
            let hash = entry_hash(
                &e.prev_hash,
                &e.at,
                &e.actor,
                &e.command,
                &e.entity,
                &e.change,
            );
            if hash != e.hash {
                let reason = "its content does not match its hash (the row was edited)";
                return Ok((
                    count,
                    Some(ChainBreak {
                        id: e.id,
                        reason: reason.into(),
                    }),
                ));
            }
            expected_prev = e.hash;
        }
        Ok((count, None))
    }
}
