//! Numbered, forward-only migrations, tracked by `PRAGMA user_version`.
//!
//! `schema.sql` is migration 1; later migrations append to [`MIGRATIONS`] and never edit a
//! shipped one. A file whose version is newer than this binary knows is refused.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use super::audit;
use super::tx::Identity;
use crate::error::{Error, Result};

const MIGRATIONS: &[&str] = &[
    include_str!("../../schema.sql"),
    include_str!("../../migrations/0002_settlement.sql"),
    include_str!("../../migrations/0003_invoices_by_customer_and_kind.sql"),
    include_str!("../../migrations/0004_chain_anchors.sql"),
    include_str!("../../migrations/0005_templates_in_use.sql"),
    include_str!("../../migrations/0006_billing_email_and_bill_import.sql"),
    include_str!("../../migrations/0007_changes_and_pauses.sql"),
    include_str!("../../migrations/0008_usage.sql"),
    include_str!("../../migrations/0009_time_units_and_coupons.sql"),
    include_str!("../../migrations/0010_einvoices.sql"),
    include_str!("../../migrations/0011_accounts.sql"),
    include_str!("../../migrations/0012_collections.sql"),
    include_str!("../../migrations/0013_sepa_follow_up.sql"),
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// What a file holds, told before anything is written to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Contents {
    /// A `subs` book, at any schema version.
    Book,
    /// An SQLite file without a table (zero bytes, or what a killed `init` leaves).
    Nothing,
    /// Another application's SQLite file.
    Foreign,
}

pub(super) fn contents(conn: &Connection, path: &Path) -> Result<Contents> {
    let version = user_version(conn, path)?;
    let (tables, audit_logs): (i64, i64) = conn.query_row(
        "SELECT count(*), count(*) FILTER (WHERE name = 'audit_log') FROM sqlite_master
         WHERE type = 'table'",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(match (version, tables) {
        (0, 0) => Contents::Nothing,
        (v, _) if v > 0 && audit_logs == 1 => Contents::Book,
        _ => Contents::Foreign,
    })
}

pub(super) fn bring_up_to_date(
    conn: &mut Connection,
    path: &Path,
    identity: &Identity,
    read_only: bool,
) -> Result<()> {
    let version = user_version(conn, path)?;
    if version == SCHEMA_VERSION {
        return Ok(());
    }
    check_version(version, path)?;
    if read_only {
        return Err(Error::ReadOnly {
            path: path.to_path_buf(),
        });
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Another process may have migrated while we waited for the lock.
    let version = user_version(&tx, path)?;
    check_version(version, path)?;
    if version == 0 && has_foreign_tables(&tx)? {
        return Err(Error::NotABook {
            path: path.to_path_buf(),
            reason: "is an SQLite file but not a subs book".into(),
        });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        tx.execute_batch(sql)
            .map_err(|e| Error::Database(format!("migration {} failed: {e}", index + 1)))?;
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    let change = serde_json::json!({ "from": version, "to": SCHEMA_VERSION });
    let head = audit::head_of(&tx)?;
    audit::append(&tx, identity, "database", &change.to_string(), &head)?;
    tx.commit()?;
    Ok(())
}

fn check_version(version: i64, path: &Path) -> Result<()> {
    if version > SCHEMA_VERSION {
        return Err(Error::TooNew {
            path: path.to_path_buf(),
            found: version,
            known: SCHEMA_VERSION,
        });
    }
    Ok(())
}

fn user_version(conn: &Connection, path: &Path) -> Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
        .map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase) => Error::NotABook {
                path: path.to_path_buf(),
                reason: "is not an SQLite database (nor a subs book)".into(),
            },
            _ => e.into(),
        })
}

fn has_foreign_tables(conn: &Connection) -> Result<bool> {
    let count: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
        [],
        |r| r.get(0),
    )?;
    Ok(count > 0)
}
