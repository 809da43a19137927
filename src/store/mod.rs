//! Every SQL statement of `subs`: opening the file, migrations, transactions, and the
//! mapping between rows and domain values.
//!
//! A command runs in one transaction ([`Store::write`] or [`Store::read`]); a writer that
//! changes anything must also write to the audit log, or the transaction is refused.

mod audit;
mod bank;
mod billing;
mod bills;
mod bookings;
mod catalogue;
mod contracts;
#[cfg(test)]
mod costs;
mod credits;
mod customers;
mod due;
mod invoices;
mod mail;
mod migrate;
mod orders;
mod payments;
mod repeats;
mod sepa;
mod settings;
mod settlement;

use std::cell::{Cell, RefCell};
use std::fs::OpenOptions;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use rust_decimal::Decimal;

use crate::error::{Error, Result};

pub use audit::{AuditEntry, ChainBreak};
pub use bank::BankTransaction;
pub use billing::BulkDemo;
pub use credits::{NewLedgerRow, NewLot};
pub use due::{DueKey, Schedule};
pub use invoices::{Frozen, InvoiceFilter, Numbering};
pub use mail::{OutboxMessage, PaymentRequest, Template};
pub use migrate::SCHEMA_VERSION;
pub use payments::CreditSource;
pub use repeats::{CreatedDoc, SourceKey};
pub use sepa::{PastCollection, SepaOwed};
pub use settlement::{CurrencyBreak, SettlementRule};

/// Who is acting and with which command, written on every audit entry.
#[derive(Debug, Clone)]
pub struct Identity {
    pub actor: String,
    pub command: String,
    /// The instant of the command (`--now`), RFC 3339.
    pub at: String,
}

/// An open database file.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    identity: Identity,
}

/// One transaction. Store modules add their statements as methods on it.
pub struct Tx<'a> {
    tx: rusqlite::Transaction<'a>,
    identity: &'a Identity,
    audited: Cell<bool>,
    /// The hash of the last audit entry written in this transaction.
    last_hash: RefCell<Option<String>>,
    /// Row changes undone by rolled-back savepoints: not changes the audit log must cover.
    undone: Cell<u64>,
}

const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

impl Store {
    /// Opens an existing database, bringing its schema up to date.
    pub fn open(path: &Path, identity: Identity) -> Result<Store> {
        if !path.exists() {
            return Err(Error::NoDatabase {
                path: path.to_path_buf(),
            });
        }
        Store::connect(path, identity)
    }

    /// Creates a new database file, readable by its owner only, with the full schema.
    pub fn create(path: &Path, identity: Identity) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(path)
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::AlreadyExists => Error::refused(format!(
                    "a database already exists at {}; change settings with `subs config set`",
                    path.display()
                )),
                _ => Error::io(path, e),
            })?;
        Store::connect(path, identity)
    }

    /// Opens the file, sets the connection up, and brings the schema up to date.
    fn connect(path: &Path, identity: Identity) -> Result<Store> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            identity,
        };
        store.configure()?;
        migrate::bring_up_to_date(&mut store.conn, &store.path, &store.identity)?;
        Ok(store)
    }

    fn configure(&mut self) -> Result<()> {
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        // A tick unit runs a few dozen distinct statements; they must all stay prepared.
        self.conn.set_prepared_statement_cache_capacity(256);
        // Plans must not depend on bound values: otherwise SQLite re-prepares a statement
        // (re-parsing it) whenever a parameter that could change its plan gets a new value,
        // which is every subscription of a tick.
        self.conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )?;
        // The first read tells a database from any other file.
        if let Err(e) = self
            .conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))
        {
            return Err(match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::NotADatabase) => {
                    Error::refused(format!("{} is not an SQLite database", self.path.display()))
                }
                _ => e.into(),
            });
        }
        self.conn.pragma_update(None, "foreign_keys", true)?;
        let mode: String =
            self.conn
                .pragma_update_and_check(None, "journal_mode", "wal", |row| row.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::Database(format!(
                "cannot switch {} to WAL mode",
                self.path.display()
            )));
        }
        // Durable against a killed process; an OS crash may lose the last commit, never
        // corrupt the file.
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        // Savepoints (one per tick unit) journal into temporary storage: keep it in memory.
        self.conn.pragma_update(None, "temp_store", "MEMORY")?;
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn identity(&self) -> &Identity {
        &self.identity
    }

    /// Replaces who and when is acting (`tick` and `demo` move time forward as they go).
    pub fn set_identity(&mut self, identity: Identity) {
        self.identity = identity;
    }

    fn begin(&mut self, behavior: TransactionBehavior) -> Result<Tx<'_>> {
        let tx = self.conn.transaction_with_behavior(behavior)?;
        Ok(Tx {
            tx,
            identity: &self.identity,
            audited: Cell::new(false),
            last_hash: RefCell::new(None),
            undone: Cell::new(0),
        })
    }

    /// Runs `work` in one write transaction (`BEGIN IMMEDIATE`): all of it or nothing.
    pub fn write<T>(&mut self, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let tx = self.begin(TransactionBehavior::Immediate)?;
        let before = tx.tx.total_changes();
        let value = work(&tx)?;
        if tx.tx.total_changes() - tx.undone.get() != before && !tx.audited.get() {
            return Err(Error::Database(
                "a change was made without an audit entry".into(),
            ));
        }
        tx.tx.commit()?;
        Ok(value)
    }

    /// Runs `work` as a write transaction, then rolls it back: what would happen.
    pub fn dry_run<T>(&mut self, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let tx = self.begin(TransactionBehavior::Immediate)?;
        let value = work(&tx)?;
        tx.tx.rollback()?;
        Ok(value)
    }

    /// Runs `work` in one read transaction: a consistent snapshot.
    pub fn read<T>(&mut self, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let tx = self.begin(TransactionBehavior::Deferred)?;
        let value = work(&tx)?;
        tx.tx.commit()?;
        Ok(value)
    }

    /// Copies the live database to `target` with SQLite's online backup API.
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(target)
            .map_err(|e| Error::io(target, e))?;
        let mut dest = Connection::open(target)?;
        let backup = rusqlite::backup::Backup::new(&self.conn, &mut dest)?;
        backup.run_to_completion(256, Duration::from_millis(10), None)?;
        Ok(())
    }

    /// `integrity_check` and `foreign_key_check`: the problems found, empty when sound.
    pub fn check(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        for line in stmt.query_map([], |row| row.get::<_, String>(0))? {
            let line = line?;
            if line != "ok" {
                problems.push(format!("integrity: {line}"));
            }
        }
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        let rows = stmt.query_map([], |row| {
            Ok(format!(
                "foreign key: {} row {} refers to a missing {}",
                row.get::<_, String>(0)?,
                row.get::<_, Option<i64>>(1)?.unwrap_or_default(),
                row.get::<_, String>(2)?
            ))
        })?;
        for row in rows {
            problems.push(row?);
        }
        Ok(problems)
    }

    /// The schema version recorded in the file.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |row| row.get(0))?)
    }
}

impl Tx<'_> {
    fn conn(&self) -> &Connection {
        &self.tx
    }

    /// Executes a statement through the prepared-statement cache: `tick` runs the same few
    /// dozen statements for every unit.
    fn exec<P: rusqlite::Params>(&self, sql: &str, params: P) -> rusqlite::Result<usize> {
        self.conn().prepare_cached(sql)?.execute(params)
    }

    /// Runs a one-row query through the prepared-statement cache.
    fn query_one<T, P: rusqlite::Params, F: FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>>(
        &self,
        sql: &str,
        params: P,
        f: F,
    ) -> rusqlite::Result<T> {
        self.conn().prepare_cached(sql)?.query_row(params, f)
    }
}

impl From<rusqlite::Error> for Error {
    fn from(error: rusqlite::Error) -> Self {
        match error.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                Error::Busy
            }
            _ => match &error {
                // Trigger messages (RAISE) are meant for people: pass them on as refusals.
                rusqlite::Error::SqliteFailure(e, Some(message))
                    if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_TRIGGER =>
                {
                    Error::Refused(message.clone())
                }
                _ => Error::Database(error.to_string()),
            },
        }
    }
}

/// True when `error` is a UNIQUE or PRIMARY KEY violation.
fn is_unique_violation(error: &rusqlite::Error) -> bool {
    matches!(
        error,
        rusqlite::Error::SqliteFailure(e, _)
            if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                || e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
    )
}

/// Maps a unique violation on insert to [`Error::Duplicate`].
fn duplicate_as<'a>(kind: &'static str, id: &'a str) -> impl FnOnce(rusqlite::Error) -> Error + 'a {
    move |e| {
        if is_unique_violation(&e) {
            Error::Duplicate {
                kind,
                id: id.to_string(),
            }
        } else {
            e.into()
        }
    }
}

/// Reads an exact decimal stored as TEXT.
fn decimal(text: &str) -> rusqlite::Result<Decimal> {
    Decimal::from_str(text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// The text form stored for an exact decimal (no trailing zeros).
fn decimal_text(value: Decimal) -> String {
    value.normalize().to_string()
}

impl Tx<'_> {
    /// Runs `work` in a savepoint: its changes are undone if it fails, the rest stays.
    pub fn savepoint<T>(&self, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.exec("SAVEPOINT unit", [])?;
        let tail = self.last_hash.borrow().clone();
        let changes_before = self.conn().total_changes();
        match work(self) {
            Ok(value) => {
                self.exec("RELEASE unit", [])?;
                Ok(value)
            }
            Err(error) => {
                self.undone
                    .set(self.undone.get() + (self.conn().total_changes() - changes_before));
                self.exec("ROLLBACK TO unit", [])?;
                self.exec("RELEASE unit", [])?;
                // The entries written since the savepoint are gone: so is their tail.
                self.last_hash.replace(tail);
                Err(error)
            }
        }
    }
}
