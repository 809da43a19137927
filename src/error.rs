//! The library's error type and the exit code each kind maps to (CLI.md).
//!
//! Every message names the offending field, line or id and, where it helps, what to do
//! next; messages are one line so that `error: …` stays one line on stderr.

use std::path::PathBuf;

/// The documented process exit codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitKind {
    /// 1: refused by a business rule.
    Refused = 1,
    /// 2: usage error.
    Usage = 2,
    /// 3: `tick` finished with some units failed.
    PartialFailure = 3,
    /// 65: bad input data (file, field or value).
    BadInput = 65,
    /// 66: a named file or record does not exist.
    NotFound = 66,
    /// 75: the database is busy or locked past the timeout.
    Busy = 75,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{kind} {id} does not exist{}", hint_suffix(.hint))]
    NotFound {
        kind: &'static str,
        id: String,
        hint: Option<String>,
    },

    #[error("no database at {}; create one with `subs init --company NAME` (or `subs demo`)", .path.display())]
    NoDatabase { path: PathBuf },

    #[error("{field}: {reason}")]
    Invalid { field: String, reason: String },

    #[error("{kind} {id} already exists")]
    Duplicate { kind: &'static str, id: String },

    #[error("{0}")]
    Refused(String),

    #[error("{0}")]
    Usage(String),

    #[error("{failed} of {total} units failed (each named above)")]
    UnitsFailed { failed: usize, total: usize },

    #[error("the database is busy (another subs command holds it); try again")]
    Busy,

    #[error(
        "database {} is at schema version {found}, newer than this subs knows ({known}); upgrade subs",
        .path.display()
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },

    #[error("database error: {0}")]
    Database(String),

    /// A bug caught before it reached the user (a panic in one `tick` unit).
    #[error("internal error: {0} (a bug in subs; the rest was done, please report it)")]
    Internal(String),

    #[error("cannot write output: {0}")]
    Write(#[source] std::io::Error),

    #[error("{}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

fn hint_suffix(hint: &Option<String>) -> String {
    hint.as_ref().map(|h| format!("; {h}")).unwrap_or_default()
}

impl Error {
    pub fn not_found(kind: &'static str, id: impl Into<String>) -> Self {
        Error::NotFound {
            kind,
            id: id.into(),
            hint: None,
        }
    }

    pub fn not_found_hint(
        kind: &'static str,
        id: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Error::NotFound {
            kind,
            id: id.into(),
            hint: Some(hint.into()),
        }
    }

    pub fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Error::Invalid {
            field: field.into(),
            reason: reason.into(),
        }
    }

    pub fn refused(message: impl Into<String>) -> Self {
        Error::Refused(message.into())
    }

    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// A CSV writer's error: an I/O failure stays one (a closed pipe is not a failure).
    pub fn from_csv(error: csv::Error) -> Self {
        match error.into_kind() {
            csv::ErrorKind::Io(io) => Error::Write(io),
            other => Error::Database(format!("writing CSV: {other:?}")),
        }
    }

    pub fn exit_kind(&self) -> ExitKind {
        match self {
            Error::NotFound { .. } | Error::NoDatabase { .. } => ExitKind::NotFound,
            Error::Invalid { .. } | Error::Duplicate { .. } => ExitKind::BadInput,
            Error::Usage(_) => ExitKind::Usage,
            Error::UnitsFailed { .. } => ExitKind::PartialFailure,
            Error::Busy => ExitKind::Busy,
            Error::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
                ExitKind::NotFound
            }
            Error::Io { .. }
            | Error::Write(_)
            | Error::Refused(_)
            | Error::TooNew { .. }
            | Error::Database(_)
            | Error::Internal(_) => ExitKind::Refused,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
