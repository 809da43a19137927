//! One transaction, as every store module sees it: [`Tx`] and who acts in it
//! ([`Identity`]), the statements' shared helpers (exact decimals stored as text, unique
//! violations named as duplicates), and the mapping of SQLite's errors to ours. Each store
//! module adds its statements as methods on `Tx`.

use std::cell::{Cell, RefCell};
use std::str::FromStr;

use rusqlite::Connection;
use rust_decimal::Decimal;

use crate::domain::audit::ChainHead;
use crate::error::{Error, Result};

/// Who is acting and with which command, written on every audit entry.
#[derive(Debug, Clone)]
pub struct Identity {
    pub actor: String,
    pub command: String,
    /// The instant of the command (`--now`), RFC 3339.
    pub at: String,
}

/// One transaction. Store modules add their statements as methods on it.
pub struct Tx<'a> {
    pub(super) tx: rusqlite::Transaction<'a>,
    pub(super) identity: &'a Identity,
    pub(super) audited: Cell<bool>,
    /// The head of the audit chain as this transaction left it, once known.
    pub(super) tail: RefCell<Option<ChainHead>>,
    /// Row changes undone by rolled-back savepoints: not changes the audit log must cover.
    pub(super) undone: Cell<u64>,
}

impl Tx<'_> {
    pub(super) fn conn(&self) -> &Connection {
        &self.tx
    }

    /// Executes a statement through the prepared-statement cache: `tick` runs the same few
    /// dozen statements for every unit.
    pub(super) fn exec<P: rusqlite::Params>(
        &self,
        sql: &str,
        params: P,
    ) -> rusqlite::Result<usize> {
        self.conn().prepare_cached(sql)?.execute(params)
    }

    /// Runs a one-row query through the prepared-statement cache.
    pub(super) fn query_one<
        T,
        P: rusqlite::Params,
        F: FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    >(
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
pub(super) fn is_unique_violation(error: &rusqlite::Error) -> bool {
    matches!(
        error,
        rusqlite::Error::SqliteFailure(e, _)
            if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                || e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
    )
}

/// Maps a unique violation on insert to [`Error::Duplicate`].
pub(super) fn duplicate_as<'a>(
    kind: &'static str,
    id: &'a str,
) -> impl FnOnce(rusqlite::Error) -> Error + 'a {
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
pub(super) fn decimal(text: &str) -> rusqlite::Result<Decimal> {
    Decimal::from_str(text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// The text form stored for an exact decimal (no trailing zeros).
pub(super) fn decimal_text(value: Decimal) -> String {
    value.normalize().to_string()
}

impl Tx<'_> {
    /// Runs `work` in a savepoint: its changes are undone if it fails, the rest stays.
    pub fn savepoint<T>(&self, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.exec("SAVEPOINT unit", [])?;
        let tail = self.tail.borrow().clone();
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
                self.tail.replace(tail);
                Err(error)
            }
        }
    }
}
