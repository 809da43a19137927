//! The append-only audit log: each entry carries the hash of the one before it, so an
//! edited or deleted row breaks the chain and `subs log verify` finds where.
//!
//! A chain alone proves nothing against whoever can rewrite it whole, or cut its tail: so
//! every issued document records the chain's head (hash and length) at its issue, outside
//! the log, and verification checks each such anchor against the log.

use rusqlite::{Connection, OptionalExtension, params};
use sha2::{Digest, Sha256};

use super::tx::{Identity, Tx};
use crate::domain::audit::{AuditEntry, ChainBreak, ChainHead, ChainReport};
use crate::error::Result;

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

/// The head of the chain as the table holds it.
pub(super) fn head_of(conn: &Connection) -> Result<ChainHead> {
    Ok(conn
        .prepare_cached("SELECT hash, id FROM audit_log ORDER BY id DESC LIMIT 1")?
        .query_row([], |r| {
            Ok(ChainHead {
                hash: r.get(0)?,
                length: r.get(1)?,
            })
        })
        .optional()?
        .unwrap_or_else(ChainHead::genesis))
}

/// Appends an entry after `head`; returns the new head.
pub(super) fn append(
    conn: &Connection,
    identity: &Identity,
    entity: &str,
    change: &str,
    head: &ChainHead,
) -> Result<ChainHead> {
    let prev_hash = &head.hash;
    let hash = entry_hash(
        prev_hash,
        &identity.at,
        &identity.actor,
        &identity.command,
        entity,
        change,
    );
    // The entry is numbered after the head, so that ids count the chain.
    let length = head.length + 1;
    conn.prepare_cached(
        "INSERT INTO audit_log (id, at, actor, command, entity, change, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        length,
        identity.at,
        identity.actor,
        identity.command,
        entity,
        change,
        prev_hash,
        hash
    ])?;
    Ok(ChainHead { hash, length })
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
        let head = self.chain_head()?;
        let head = append(
            self.conn(),
            self.identity,
            entity,
            &change.to_string(),
            &head,
        )?;
        self.tail.replace(Some(head));
        self.audited.set(true);
        Ok(())
    }

    /// The head of the chain now. The tail is remembered within the transaction (which
    /// holds the write lock): no lookup per entry.
    pub fn chain_head(&self) -> Result<ChainHead> {
        if let Some(head) = self.tail.borrow().as_ref() {
            return Ok(head.clone());
        }
        let head = head_of(self.conn())?;
        self.tail.replace(Some(head.clone()));
        Ok(head)
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

    /// Recomputes every hash, then checks every issued document's anchor against the
    /// entry it recorded; the first break found, if any.
    pub fn verify_audit_chain(&self) -> Result<ChainReport> {
        let mut stmt = self
            .conn()
            .prepare(&format!("{SELECT_ENTRY} ORDER BY id"))?;
        let mut rows = stmt.query([])?;
        let mut head = ChainHead::genesis();
        let broken = |id: i64, reason: &str| ChainBreak {
            id,
            reason: reason.to_string(),
        };
        while let Some(row) = rows.next()? {
            let e = entry_from_row(row)?;
            let position = head.length + 1;
            let failure = if e.prev_hash != head.hash || e.id != position {
                Some("does not follow the entry before it (a row was removed or reordered)")
            } else if entry_hash(
                &e.prev_hash,
                &e.at,
                &e.actor,
                &e.command,
                &e.entity,
                &e.change,
            ) != e.hash
            {
                Some("its content does not match its hash (the row was edited)")
            } else {
                None
            };
            if let Some(reason) = failure {
                return Ok(ChainReport {
                    head,
                    anchors: 0,
                    broken: Some(broken(e.id, reason)),
                });
            }
            head = ChainHead {
                hash: e.hash,
                length: position,
            };
        }
        let (anchors, broken) = self.verify_anchors(&head)?;
        Ok(ChainReport {
            head,
            anchors,
            broken,
        })
    }

    /// Checks the head each issued document recorded: the entry must still be there, with
    /// the same hash. The chain before it is then the one the document saw.
    fn verify_anchors(&self, head: &ChainHead) -> Result<(u64, Option<ChainBreak>)> {
        let anchors: i64 = self.conn().query_row(
            "SELECT count(*) FROM invoices WHERE chain_head IS NOT NULL",
            [],
            |r| r.get(0),
        )?;
        let mismatch = self
            .conn()
            .query_row(
                "SELECT i.number, i.chain_length, a.hash IS NULL FROM invoices i
                 LEFT JOIN audit_log a ON a.id = i.chain_length
                 WHERE i.chain_head IS NOT NULL AND (a.hash IS NULL OR a.hash <> i.chain_head)
                 ORDER BY i.chain_length LIMIT 1",
                [],
                |r| {
                    Ok((
                        r.get::<_, Option<String>>(0)?.unwrap_or_default(),
                        r.get::<_, i64>(1)?,
                        r.get::<_, bool>(2)?,
                    ))
                },
            )
            .optional()?;
        let broken = mismatch.map(|(number, length, missing)| ChainBreak {
            id: length,
            reason: if missing {
                format!(
                    "is missing: {number} recorded the chain up to it when it was issued, and the log ends at entry {} (entries were removed)",
                    head.length
                )
            } else {
                format!(
                    "is not the entry {number} recorded when it was issued (the chain was rewritten)"
                )
            },
        });
        Ok((anchors.unsigned_abs(), broken))
    }
}
