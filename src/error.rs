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

    #[error("{} {reason}", .path.display())]
    NotABook { path: PathBuf, reason: String },

    #[error(
        "the database {} is read-only; check the permissions of the file and of its directory",
        .path.display()
    )]
    ReadOnly { path: PathBuf },

    #[error("database error: {0}")]
    Database(String),

    /// A bug caught before it reached the user (a panic in one `tick` unit).
    #[error("internal error: {0} (a bug in subs; the rest was done, please report it)")]
    Internal(String),

    // The I/O error is part of the message, not a `#[source]`: a source is printed again
    // after the message when causes are joined, which said everything twice.
    #[error("cannot write output: {0}")]
    Write(std::io::Error),

    #[error("{}: {cause}", .path.display())]
    Io {
        path: PathBuf,
        cause: std::io::Error,
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

    /// The same error naming another field (a CSV row's `customers.csv:3: column email`
    /// for a value checked as `email`), so that the field's name is built only when needed.
    pub fn in_field(self, field: impl Into<String>) -> Self {
        match self {
            Error::Invalid { reason, .. } => Error::Invalid {
                field: field.into(),
                reason,
            },
            other => other,
        }
    }

    pub fn refused(message: impl Into<String>) -> Self {
        Error::Refused(message.into())
    }

    pub fn io(path: impl Into<PathBuf>, cause: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            cause,
        }
    }

    /// A CSV writer's error: an I/O failure stays one (a closed pipe is not a failure).
    pub fn from_csv(error: csv::Error) -> Self {
        match error.into_kind() {
            csv::ErrorKind::Io(io) => Error::Write(io),
            other => Error::Database(format!("writing CSV: {other:?}")),
        }
    }

    /// The I/O error inside, if this is one (a closed pipe is recognised through it).
    pub fn io_error(&self) -> Option<&std::io::Error> {
        match self {
            Error::Write(cause) | Error::Io { cause, .. } => Some(cause),
            _ => None,
        }
    }

    /// Whether the error concerns the whole database rather than one unit of work: `tick`
    /// stops on it instead of naming every unit.
    pub fn is_database_wide(&self) -> bool {
        matches!(self, Error::Busy | Error::ReadOnly { .. })
    }

    pub fn exit_kind(&self) -> ExitKind {
        match self {
            Error::NotFound { .. } | Error::NoDatabase { .. } => ExitKind::NotFound,
            Error::Invalid { .. } | Error::Duplicate { .. } | Error::NotABook { .. } => {
                ExitKind::BadInput
            }
            Error::Usage(_) => ExitKind::Usage,
            Error::UnitsFailed { .. } => ExitKind::PartialFailure,
            Error::Busy => ExitKind::Busy,
            // A directory where a file is named is no file of that name either.
            Error::Io { cause, .. }
                if matches!(
                    cause.kind(),
                    std::io::ErrorKind::NotFound
                        | std::io::ErrorKind::IsADirectory
                        | std::io::ErrorKind::NotADirectory
                ) =>
            {
                ExitKind::NotFound
            }
            Error::Io { .. }
            | Error::Write(_)
            | Error::ReadOnly { .. }
            | Error::Refused(_)
            | Error::TooNew { .. }
            | Error::Database(_)
            | Error::Internal(_) => ExitKind::Refused,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
