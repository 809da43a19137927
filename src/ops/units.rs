//! The unit of work of `tick` (DESIGN §4), shared by every phase: the options a run
//! takes, what one unit reports, and the page keys a phase lists its due units by.
//!
//! `tick.rs` runs the phases; each phase module (`credits`, `repeats`, `contracts`, the
//! subscription billing) does its units with these types, without knowing the runner.

use chrono::NaiveDate;

use super::books::Books;
use crate::domain::invoice::draft_reference;
use crate::error::Result;
use crate::store::Tx;

/// The default runaway guard (CLI.md `--max-periods`).
pub const DEFAULT_MAX_PERIODS: usize = 24;

#[derive(Debug, Clone, Copy)]
pub struct TickOptions {
    pub dry_run: bool,
    pub max_periods: usize,
    /// Keep the list of every document created (for `--dry-run` and `-v`); without it a
    /// tick's memory does not grow with the number of documents.
    pub list_documents: bool,
}

/// A plain tick, as cron runs it: written, the default catch-up bound, no document list.
impl Default for TickOptions {
    fn default() -> Self {
        TickOptions {
            dry_run: false,
            max_periods: DEFAULT_MAX_PERIODS,
            list_documents: false,
        }
    }
}

/// How a created invoice is reported: its kind, and its number once issued, else its
/// draft reference.
pub fn created_invoice(id: i64, number: Option<String>) -> (&'static str, String) {
    match number {
        Some(number) => ("invoice", number),
        None => ("draft invoice", draft_reference(id)),
    }
}

/// A document a tick created (or would create, in a dry run).
#[derive(Debug, Clone, PartialEq)]
pub struct Created {
    pub kind: &'static str,
    pub reference: String,
    pub unit: String,
    pub period: Option<(NaiveDate, NaiveDate)>,
    pub amount: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub unit: String,
    pub error: String,
}

/// What a tick did, counted per kind of document (CLI.md "tick" JSON fields).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TickReport {
    pub now: String,
    /// The minor digits of the books' currency: the scale of every amount below.
    pub digits: u32,
    pub invoices: u64,
    pub credit_notes: u64,
    pub orders: u64,
    pub payment_requests: u64,
    pub emails: u64,
    pub credits_granted: u64,
    pub credits_expired: u64,
    pub repeats: u64,
    pub completed: u64,
    /// Saved cards and mandates charged (or accepted by the gateway).
    pub charges: u64,
    /// Charges the gateway declined.
    pub charges_declined: u64,
    /// Dunning reminders queued (one per customer and run).
    pub reminders: u64,
    pub failed: Vec<Failure>,
    pub created: Vec<Created>,
    /// Documents issued with something their e-invoice lacks, one line each.
    pub warnings: Vec<crate::domain::einvoice::BuyerGap>,
    /// Units looked at (subscriptions, repeats, …), done or failed.
    pub units: u64,
}

impl TickReport {
    /// Adds what one unit did.
    pub fn absorb(&mut self, unit: TickReport) {
        self.invoices += unit.invoices;
        self.credit_notes += unit.credit_notes;
        self.orders += unit.orders;
        self.payment_requests += unit.payment_requests;
        self.emails += unit.emails;
        self.credits_granted += unit.credits_granted;
        self.credits_expired += unit.credits_expired;
        self.repeats += unit.repeats;
        self.completed += unit.completed;
        self.charges += unit.charges;
        self.charges_declined += unit.charges_declined;
        self.reminders += unit.reminders;
        self.failed.extend(unit.failed);
        self.created.extend(unit.created);
        self.warnings.extend(unit.warnings);
    }

    pub fn is_empty(&self) -> bool {
        self.invoices
            + self.credit_notes
            + self.orders
            + self.payment_requests
            + self.emails
            + self.credits_granted
            + self.credits_expired
            + self.repeats
            + self.completed
            + self.charges
            + self.charges_declined
            + self.reminders
            == 0
            && self.failed.is_empty()
    }
}

/// Where a phase's paging stopped: its own sort key and the unit's id.
pub type PageKey = (String, String);

/// Which due units a phase lists: those due on `today`, after `after` in the phase's own
/// order, at most `limit` of them.
#[derive(Debug, Clone, Copy)]
pub struct DueQuery<'a> {
    pub today: NaiveDate,
    pub after: Option<&'a PageKey>,
    pub limit: usize,
}

/// Lists the units a phase has due.
pub type DueUnits = fn(&Tx, DueQuery) -> Result<Vec<PageKey>>;

/// One due unit as its phase does it: its id, with the run's options.
#[derive(Debug, Clone, Copy)]
pub struct Unit<'a> {
    pub id: &'a str,
    pub options: &'a TickOptions,
}

/// Does one unit of a phase, adding what it did to the report.
pub type RunUnit = fn(&Tx, &Books, Unit, &mut TickReport) -> Result<()>;

/// Page keys for a phase ordered by id alone.
pub fn keyed_by_id(ids: Vec<String>) -> Vec<PageKey> {
    ids.into_iter().map(|id| (id.clone(), id)).collect()
}
