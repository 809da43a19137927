//! What a command does, from start to end: opens its transaction, asks the domain to decide,
//! has the store apply it, and writes the audit log. The command line calls these, each
//! with its inputs in one options struct.
//!
//! What many modules share has its own small module that imports no other ops module:
//! `books.rs` (the per-command `Books` and the lookups by id), `units.rs` (tick's unit of
//! work), `pricing.rs`, `issuing.rs` (which returns the follow-ups of an issue; the caller
//! applies them with `follow_ups.rs`). This file holds the `Session` a command runs in.

pub mod accounts;
pub mod bank;
pub mod bookings;
pub mod books;
pub mod cancellation;
pub mod catalogue;
pub mod change;
pub mod charges;
pub mod company;
pub mod contracts;
pub mod coupons;
pub mod credit_notes;
pub mod credits;
pub mod csvio;
pub mod customers;
pub mod demo;
pub mod dunning;
pub mod einvoice;
pub mod follow_ups;
pub mod invoices;
pub mod issuing;
pub mod ledger;
pub mod mail;
pub mod metering;
pub mod orders;
pub mod pausing;
pub mod payment_requests;
pub mod payments;
pub mod plans;
pub mod pricing;
pub mod repeats;
pub mod reports;
pub mod sepa;
pub mod sepa_follow_up;
pub mod settlement;
pub mod subscriptions;
pub mod supplier_bills;
pub mod tick;
pub mod time_units;
pub mod units;
pub mod usage;
pub mod webhooks;
pub mod website;

use std::path::Path;

use chrono::NaiveDate;

use crate::clock::Clock;
use crate::domain::settings::Company;
use crate::error::Result;
use crate::store::{Identity, Store, Tx};
use books::company_of;

/// An open database with the moment the command runs at.
pub struct Session {
    pub store: Store,
    pub clock: Clock,
}

/// Who runs the command, for the audit log: `$USER`, else the login name (`$LOGNAME`, else
/// the account of the process's user), else its uid (`uid:1000`). Cron may set neither
/// variable; the entry still names someone.
pub fn actor() -> String {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    var("USER").or_else(|| var("LOGNAME")).unwrap_or_else(|| {
        let uid = nix::unistd::getuid();
        match nix::unistd::User::from_uid(uid) {
            Ok(Some(user)) if !user.name.is_empty() => user.name,
            _ => format!("uid:{uid}"),
        }
    })
}

impl Session {
    /// Opens the database at `path` for `command`, with "now" from `now_spec` or the clock.
    pub fn open(path: &Path, now_spec: Option<&str>, command: &str) -> Result<Session> {
        let identity = Identity {
            actor: actor(),
            command: command.to_string(),
            at: String::new(),
        };
        let mut store = Store::open(path, identity)?;
        let company = store.read(company_of)?;
        let clock = Clock::resolve(now_spec, company.timezone)?;
        let mut session = Session { store, clock };
        session.stamp();
        Ok(session)
    }

    /// Wraps a freshly created store.
    pub fn from_store(store: Store, clock: Clock) -> Session {
        let mut session = Session { store, clock };
        session.stamp();
        session
    }

    /// Moves the session's "now" (the demo walks through months this way).
    pub fn set_now(&mut self, clock: Clock) {
        self.clock = clock;
        self.stamp();
    }

    fn stamp(&mut self) {
        let mut identity = self.store.identity().clone();
        identity.at = self.clock.rfc3339();
        self.store.set_identity(identity);
    }

    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    pub fn company(&mut self) -> Result<Company> {
        self.store.read(company_of)
    }

    /// Runs `work` in one write transaction: kept, or only shown (rolled back).
    pub fn apply<T>(&mut self, mode: Mode, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        match mode {
            Mode::Write => self.store.write(work),
            Mode::DryRun => self.store.dry_run(work),
        }
    }
}

/// Whether a command's changes are kept, or worked out and rolled back: what it would do
/// (a dry run, or the plan shown before asking to confirm).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Write,
    DryRun,
}
