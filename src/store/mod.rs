//! Every SQL statement of `subs`: opening the file, migrations, transactions, and the
//! mapping between rows and domain values.
//!
//! A command runs in one transaction ([`Store::write`] or [`Store::read`]); a writer that
//! changes anything must also write to the audit log, or the transaction is refused.

mod accounting;
mod audit;
mod bank;
mod billing;
mod bookings;
mod catalogue;
mod changes;
mod charges;
mod contracts;
#[cfg(test)]
mod costs;
mod coupons;
mod credits;
mod customers;
mod due;
mod dunning;
mod einvoice;
mod invoices;
mod mail;
mod migrate;
mod orders;
mod payments;
mod repeats;
mod reports;
mod sepa;
mod sepa_follow_up;
mod settings;
mod settlement;
mod supplier_bills;
mod time_units;
mod tx;
mod usage;

use std::cell::{Cell, RefCell};
use std::fs::OpenOptions;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::domain::audit::ChainHead;
use crate::error::{Error, Result};

pub use billing::BulkDemo;
pub use charges::ChargeDue;
pub use credits::{NewLedgerRow, NewLot};
pub use due::{DueKey, DueList};
pub use dunning::DunningMarks;
pub use einvoice::ItemTerms;
pub use invoices::{Frozen, Numbering};
pub use migrate::SCHEMA_VERSION;
pub use payments::CreditSource;
pub use repeats::{CreatedDoc, SourceKey};
pub use sepa::{PastCollection, SepaOwed};
pub use sepa_follow_up::{DebitReport, MandateBlock, Prenotification};
pub use settlement::{CurrencyBreak, SettlementRule};
pub use tx::{Identity, Tx};

/// An open database file.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    identity: Identity,
    /// SQLite could open the file for reading only (permissions, immutable file).
    read_only: bool,
}

/// Whether a connection may make a new book of what it finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opening {
    Existing,
    Create,
}

/// The path as SQLite must be given it: absolute, so that a name such as `file:t.db` is
/// always a file name and never read as an SQLite URI.
fn sqlite_path(path: &Path) -> Result<PathBuf> {
    std::path::absolute(path).map_err(|e| Error::io(path, e))
}

const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

impl Store {
    /// Opens an existing book, bringing its schema up to date. Only [`Store::create`]
    /// makes a book: an empty file, or any file that is not a `subs` book, is refused.
    pub fn open(path: &Path, identity: Identity) -> Result<Store> {
        match std::fs::metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::NoDatabase {
                    path: path.to_path_buf(),
                });
            }
            Err(e) => return Err(Error::io(path, e)),
            Ok(meta) if meta.is_dir() => {
                return Err(Error::io(
                    path,
                    std::io::Error::new(
                        std::io::ErrorKind::IsADirectory,
                        "is a directory, not a database file",
                    ),
                ));
            }
            Ok(_) => {}
        }
        Store::connect(path, identity, Opening::Existing)
    }

    /// Creates a new book, readable by its owner only, with the full schema. An existing
    /// file is taken only when it holds nothing (zero bytes, or an SQLite file without a
    /// table, as a killed `init` leaves); it is made private first.
    pub fn create(path: &Path, identity: Identity) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(path)
            .map_err(|e| Error::io(path, e))?;
        Store::connect(path, identity, Opening::Create)
    }

    /// Opens the file, sets the connection up, and brings the schema up to date.
    fn connect(path: &Path, identity: Identity, opening: Opening) -> Result<Store> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(sqlite_path(path)?, flags)?;
        let read_only = conn.is_readonly(rusqlite::MAIN_DB)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            identity,
            read_only,
        };
        store.configure(opening)?;
        migrate::bring_up_to_date(&mut store.conn, &store.path, &store.identity, read_only)?;
        Ok(store)
    }

    fn configure(&mut self, opening: Opening) -> Result<()> {
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
        // The first read tells a book from any other file, before anything is written to it.
        match (migrate::contents(&self.conn, &self.path)?, opening) {
            (migrate::Contents::Book, Opening::Existing) => {}
            (migrate::Contents::Book, Opening::Create) => {
                return Err(Error::refused(format!(
                    "a database already exists at {}; change settings with `subs config set`",
                    self.path.display()
                )));
            }
            (migrate::Contents::Nothing, Opening::Create) => {
                // A file that was there keeps its mode (`OpenOptions::mode` applies only to a
                // file it creates): the book it becomes is private whatever it was.
                std::fs::set_permissions(&self.path, std::fs::Permissions::from_mode(0o600))
                    .map_err(|e| Error::io(&self.path, e))?;
            }
            (migrate::Contents::Nothing, Opening::Existing) => {
                return Err(self.not_a_book(
                    "is empty, not a subs book; create one with `subs init --company NAME`",
                ));
            }
            (migrate::Contents::Foreign, _) => {
                return Err(self.not_a_book("is an SQLite file but not a subs book"));
            }
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

    fn not_a_book(&self, reason: &str) -> Error {
        Error::NotABook {
            path: self.path.clone(),
            reason: reason.to_string(),
        }
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
        if self.read_only && matches!(behavior, TransactionBehavior::Immediate) {
            return Err(Error::ReadOnly {
                path: self.path.clone(),
            });
        }
        let path = &self.path;
        let tx = self.conn.transaction_with_behavior(behavior).map_err(|e| {
            match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::ReadOnly) => Error::ReadOnly { path: path.clone() },
                _ => e.into(),
            }
        })?;
        Ok(Tx {
            tx,
            identity: &self.identity,
            audited: Cell::new(false),
            tail: RefCell::new(None),
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

    /// Copies the live database to `target` with SQLite's online backup API; returns the
    /// head of the copy's audit chain.
    ///
    /// The copy is written under a temporary name in `target`'s directory (mode 0600),
    /// synced, and renamed into place, and the directory is synced: a kill at any moment
    /// leaves `target` as it was (absent, or the previous file), never half a book.
    /// Without `replace`, an existing `target` is refused even if it appears meanwhile.
    pub fn backup_to(&self, target: &Path, replace: bool) -> Result<ChainHead> {
        let dir = match target.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".partial")
            .permissions(std::fs::Permissions::from_mode(0o600))
            .tempfile_in(dir)
            .map_err(|e| Error::io(dir, e))?;
        let head = {
            let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
            let mut dest = Connection::open_with_flags(sqlite_path(temp.path())?, flags)?;
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut dest)?;
            backup.run_to_completion(256, Duration::from_millis(10), None)?;
            drop(backup);
            audit::head_of(&dest)?
        };
        temp.as_file()
            .sync_all()
            .map_err(|e| Error::io(temp.path(), e))?;
        // Journals left next to an older file at `target` (or after it) belong to that
        // file: SQLite would replay them into the new one. A target that must not be
        // replaced keeps its own.
        let companions = if replace || !target.exists() {
            &["-journal", "-wal", "-shm"][..]
        } else {
            &[][..]
        };
        for suffix in companions {
            let mut companion = target.as_os_str().to_owned();
            companion.push(suffix);
            match std::fs::remove_file(&companion) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(Error::io(companion, e));
                }
                _ => {}
            }
        }
        let persisted = if replace {
            temp.persist(target)
        } else {
            temp.persist_noclobber(target)
        };
        persisted.map_err(|e| match e.error.kind() {
            std::io::ErrorKind::AlreadyExists => Error::refused(format!(
                "{} exists; use --force to replace it",
                target.display()
            )),
            _ => Error::io(target, e.error),
        })?;
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| Error::io(dir, e))?;
        Ok(head)
    }

    /// `integrity_check` and `foreign_key_check`: the problems found, empty when sound.
    ///
    /// On a damaged file SQLite reports the pages it found wrong and then stops with an
    /// error: the pages are kept, and the error is one more problem, not the only one.
    pub fn check(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        collect(
            &self.conn,
            "PRAGMA integrity_check",
            "integrity",
            |row| {
                let line: String = row.get(0)?;
                Ok((line != "ok").then_some(line))
            },
            &mut problems,
        );
        collect(
            &self.conn,
            "PRAGMA foreign_key_check",
            "foreign key",
            |row| {
                Ok(Some(format!(
                    "{} row {} refers to a missing {}",
                    row.get::<_, String>(0)?,
                    row.get::<_, Option<i64>>(1)?.unwrap_or_default(),
                    row.get::<_, String>(2)?
                )))
            },
            &mut problems,
        );
        Ok(problems)
    }

    /// The schema version recorded in the file.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |row| row.get(0))?)
    }
}

/// Runs a checking pragma, adding `kind: line` for each problem row and for the error that
/// stops it, if any.
fn collect(
    conn: &Connection,
    sql: &str,
    kind: &str,
    problem: impl Fn(&rusqlite::Row<'_>) -> rusqlite::Result<Option<String>>,
    problems: &mut Vec<String>,
) {
    let result = (|| -> rusqlite::Result<()> {
        let mut stmt = conn.prepare(sql)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            // One row may hold several lines (a header, then one line per page).
            for line in problem(row)?.iter().flat_map(|text| text.lines()) {
                problems.push(format!("{kind}: {line}"));
            }
        }
        Ok(())
    })();
    if let Err(e) = result {
        problems.push(format!("{kind}: stopped: {e}"));
    }
}
