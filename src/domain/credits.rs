//! Booking credits (DESIGN §9): quantities, lots, what a use takes and a cancellation
//! gives back, what lapses, what a booking costs, and when subscription rules grant.
//!
//! Quantities are integer **milli-credits** (1 credit = 1000) so that sums in SQL are
//! exact. A credit type counts either whole credits (multiples of 1000) or fractions of at
//! most three places. Every function here decides; the store writes the lots and the
//! ledger rows that the decisions describe, in one transaction.

use std::cmp::Ordering;
use std::fmt;

use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::domain::money::{DecimalRule, parse_decimal, round_half_away};
use crate::domain::period::{Interval, IntervalUnit, Schedule};
use crate::error::Error;

/// Milli-credits in one credit.
pub const MILLI: i64 = 1000;

/// Decimal places a fractional credit type accepts: one milli-credit is the smallest step.
const CREDIT_PLACES: u32 = 3;

/// Parses a positive quantity of credits typed by a person into milli-credits.
///
/// Strict like every typed decimal (no exponent, `NaN`, sign or zero; at most three
/// places). For a whole-credit type (`whole = true`) the value must be a whole number
/// (`"2"` or `"2.0"`, not `"2.5"`).
pub fn parse_credits(field: &str, text: &str, whole: bool) -> Result<i64, Error> {
    let value = parse_decimal(field, text, DecimalRule::positive(CREDIT_PLACES))?;
    if whole && !value.fract().is_zero() {
        return Err(Error::invalid(
            field,
            format!("{text:?} is not a whole number; this credit type counts whole credits"),
        ));
    }
    // parse_decimal bounds the integer part to 12 digits, so milli-credits fit an i64.
    (value * Decimal::from(MILLI))
        .to_i64()
        .ok_or_else(|| Error::invalid(field, format!("{text:?} is too large")))
}

/// Formats milli-credits as the shortest exact decimal: `2000` → `"2"`, `2500` → `"2.5"`,
/// `125` → `"0.125"`, `-3000` → `"-3"`.
pub fn format_credits(milli: i64) -> String {
    Decimal::new(milli, CREDIT_PLACES).normalize().to_string()
}

/// One purchase or grant of credits of one type to one customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lot {
    pub id: i64,
    /// What the lot was opened with, milli-credits.
    pub quantity: i64,
    /// What is left of it, milli-credits; never negative, never above `quantity`.
    pub remaining: i64,
    /// First day the credits may be spent.
    pub starts: NaiveDate,
    /// Last day the credits may be spent (inclusive); `None` never expires.
    pub expires: Option<NaiveDate>,
    /// Insertion order, the last tie-break of "oldest first".
    pub created_seq: i64,
}

impl Lot {
    /// A new lot holding all of its quantity.
    pub fn new(
        id: i64,
        quantity: i64,
        starts: NaiveDate,
        expires: Option<NaiveDate>,
        created_seq: i64,
    ) -> Self {
        Lot {
            id,
            quantity,
            remaining: quantity,
            starts,
            expires,
            created_seq,
        }
    }

    /// Whether the lot has lapsed on `day`: it is usable through its expiry date and
    /// expires the day after.
    pub fn is_expired_on(&self, day: NaiveDate) -> bool {
        self.expires.is_some_and(|expires| expires < day)
    }

    /// Whether credits can be taken from the lot on `day`.
    pub fn is_usable_on(&self, day: NaiveDate) -> bool {
        self.starts <= day && !self.is_expired_on(day) && self.remaining > 0
    }
}

/// The order in which lots are spent: soonest expiry first, lots that never expire last,
/// then oldest first (`starts`, then `created_seq`, then `id` so the order is total).
pub fn spend_cmp(a: &Lot, b: &Lot) -> Ordering {
    // `None < Some` for `Option`, so never-expiring lots are sorted on a separate flag.
    (
        a.expires.is_none(),
        a.expires,
        a.starts,
        a.created_seq,
        a.id,
    )
        .cmp(&(
            b.expires.is_none(),
            b.expires,
            b.starts,
            b.created_seq,
            b.id,
        ))
}

/// The lots in spend order (see [`spend_cmp`]).
pub fn spend_order(lots: &[Lot]) -> Vec<&Lot> {
    let mut ordered: Vec<&Lot> = lots.iter().collect();
    ordered.sort_by(|a, b| spend_cmp(a, b));
    ordered
}

/// Credits moved to or from one lot: `(lot id, milli-credits)`, the amount positive.
pub type Move = (i64, i64);

/// A use that the usable balance cannot cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shortfall {
    /// Milli-credits asked for.
    pub needed: i64,
    /// Milli-credits usable on the day.
    pub available: i64,
}

impl Shortfall {
    /// The refusal naming the customer and the credit type (exit code 1).
    pub fn refusal(self, customer: &str, credit_type: &str) -> Error {
        Error::refused(format!(
            "not enough {credit_type} credits for {customer}: {}",
            self.amounts()
        ))
    }

    fn amounts(self) -> String {
        format!(
            "{} needed, {} available",
            format_credits(self.needed),
            format_credits(self.available)
        )
    }
}

impl fmt::Display for Shortfall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not enough credits: {}", self.amounts())
    }
}

impl From<Shortfall> for Error {
    fn from(shortfall: Shortfall) -> Self {
        Error::refused(shortfall.to_string())
    }
}

/// What spending `amount` milli-credits on `on` takes from which lot, in spend order.
///
/// Only lots usable on `on` count. When they hold less than `amount`, nothing is taken and
/// the shortfall says how much was usable. A non-positive `amount` takes nothing.
pub fn plan_use(lots: &[Lot], amount: i64, on: NaiveDate) -> Result<Vec<Move>, Shortfall> {
    if amount <= 0 {
        return Ok(Vec::new());
    }
    let usable: Vec<&Lot> = spend_order(lots)
        .into_iter()
        .filter(|lot| lot.is_usable_on(on))
        .collect();
    let available = usable
        .iter()
        .fold(0i64, |sum, lot| sum.saturating_add(lot.remaining));
    if available < amount {
        return Err(Shortfall {
            needed: amount,
            available,
        });
    }
    let mut left = amount;
    let mut taken = Vec::new();
    for lot in usable {
        if left == 0 {
            break;
        }
        let take = lot.remaining.min(left);
        taken.push((lot.id, take));
        left -= take;
    }
    Ok(taken)
}

/// What cancelling a booking on `on` gives back, given what the booking `taken` from
/// which lot.
///
/// Credits go back to the lot they came from, as long as that lot has not expired on `on`
/// (a lot expired since would have lapsed them anyway: they are not returned, and no new
/// lot is opened for them). A lot no longer known gets nothing back either. Moves to the
/// same lot are merged, in the order first seen.
pub fn plan_refund(taken: &[Move], lots: &[Lot], on: NaiveDate) -> Vec<Move> {
    let mut refund: Vec<Move> = Vec::new();
    for &(lot_id, amount) in taken {
        let still_valid = lots
            .iter()
            .any(|lot| lot.id == lot_id && !lot.is_expired_on(on));
        if !still_valid || amount <= 0 {
            continue;
        }
        match refund.iter_mut().find(|(id, _)| *id == lot_id) {
            Some((_, sum)) => *sum += amount,
            None => refund.push((lot_id, amount)),
        }
    }
    refund
}

/// The lots that have lapsed by `today` with credits left: `(lot id, remaining)`, which
/// the expiry run writes off.
pub fn lots_to_expire(lots: &[Lot], today: NaiveDate) -> Vec<Move> {
    lots.iter()
        .filter(|lot| lot.is_expired_on(today) && lot.remaining > 0)
        .map(|lot| (lot.id, lot.remaining))
        .collect()
}

/// Milli-credits that can be spent on `on` (lots started, not expired).
pub fn usable_balance(lots: &[Lot], on: NaiveDate) -> i64 {
    lots.iter()
        .filter(|lot| lot.is_usable_on(on))
        .fold(0i64, |sum, lot| sum.saturating_add(lot.remaining))
}

/// The earliest expiry date among lots usable on `on`, if any of them expires.
pub fn next_expiry(lots: &[Lot], on: NaiveDate) -> Option<NaiveDate> {
    lots.iter()
        .filter(|lot| lot.is_usable_on(on))
        .filter_map(|lot| lot.expires)
        .min()
}

/// The last usable day of a lot starting on `starts` and valid for `validity_days` days,
/// the first day included: a 30-day lot from 2026-01-01 is usable through 2026-01-30.
/// No validity means no expiry. A validity of 0 is treated as 1 (the caller refuses 0);
/// an expiry past the last day `subs` knows (2199-12-31) means no expiry.
pub fn expiry_for(starts: NaiveDate, validity_days: Option<u32>) -> Option<NaiveDate> {
    let days = validity_days?.max(1) - 1;
    crate::domain::values::add_days(starts, u64::from(days))
}

/// What booking `item` by `uom` costs in a credit type: milli-credits per booking unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostRule {
    pub item: String,
    pub uom: String,
    pub credits_per_unit: i64,
}

/// Milli-credits a booking of `units` of (`item`, `uom`) costs.
///
/// The product is exact when `units` has at most as many places as a milli-credit allows;
/// otherwise (an hourly booking of 20 minutes is a third of an hour) it is rounded half
/// away from zero to the nearest milli-credit, once, here. `units` must be positive, as
/// [`booking_units`] makes them.
pub fn booking_cost(
    rules: &[CostRule],
    item: &str,
    uom: &str,
    units: Decimal,
) -> Result<i64, Error> {
    let rule = rules
        .iter()
        .find(|rule| rule.item == item && rule.uom == uom)
        .ok_or_else(|| no_cost_rule(rules, item, uom))?;
    if units <= Decimal::ZERO {
        return Err(Error::invalid(
            "--to",
            format!("a booking must last more than 0 {uom} (got {units})"),
        ));
    }
    let exact = Decimal::from(rule.credits_per_unit)
        .checked_mul(units)
        .ok_or_else(|| Error::invalid("--to", "the booking is too long to cost in credits"))?;
    round_half_away(exact, 0)
        .to_i64()
        .ok_or_else(|| Error::invalid("--to", "the booking is too long to cost in credits"))
}

fn no_cost_rule(rules: &[CostRule], item: &str, uom: &str) -> Error {
    let known: Vec<&str> = rules
        .iter()
        .filter(|rule| rule.item == item)
        .map(|rule| rule.uom.as_str())
        .collect();
    let hint = if known.is_empty() {
        format!("this credit type has no cost for {item}")
    } else {
        format!("{item} can be paid by credits per {}", known.join(", per "))
    };
    Error::invalid(
        "--uom",
        format!("no credit cost for {item} per {uom}; {hint}"),
    )
}

const SECONDS_PER_HOUR: i64 = 3600;
const SECONDS_PER_HALF_DAY: i64 = 4 * SECONDS_PER_HOUR;
const SECONDS_PER_DAY: i64 = 24 * SECONDS_PER_HOUR;

/// Units as a booking shows and invoices them: at most three decimals, like every
/// quantity, rounded half away from zero (an hour and 20 minutes is 1.333 hours).
pub fn shown_units(units: Decimal) -> Decimal {
    round_half_away(units, 3).normalize()
}

/// How many booking units `[from, to)` counts in `uom`, from its duration alone:
///
/// - `hour`: the exact number of hours (90 minutes are 1.5);
/// - `half-day`: started blocks of 4 hours (4 h → 1, 4 h 01 → 2);
/// - `day`: started blocks of 24 hours (a 3-hour booking is 1 day);
/// - any other unit (`month`, a room "per session", …): 1 per booking.
///
/// Duration only, not the calendar: an evening-to-morning booking of 10 hours is one day.
/// `to` must be after `from`.
pub fn booking_units(from: NaiveDateTime, to: NaiveDateTime, uom: &str) -> Result<Decimal, Error> {
    if to == from {
        return Err(Error::invalid(
            "--to",
            format!("{to} is also --from: the booking is empty (zero length); give a later --to"),
        ));
    }
    if to < from {
        return Err(Error::invalid(
            "--to",
            format!("{to} ends before it starts (--from {from})"),
        ));
    }
    let seconds = (to - from).num_seconds();
    let units = match uom {
        "hour" => Decimal::from(seconds) / Decimal::from(SECONDS_PER_HOUR),
        "half-day" => Decimal::from(started_blocks(seconds, SECONDS_PER_HALF_DAY)),
        "day" => Decimal::from(started_blocks(seconds, SECONDS_PER_DAY)),
        _ => Decimal::ONE,
    };
    Ok(units)
}

/// Blocks of `block` seconds started in `seconds` (> 0): a ceiling division.
fn started_blocks(seconds: i64, block: i64) -> i64 {
    (seconds + block - 1) / block
}

/// How often a subscription rule grants credits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recurrence {
    /// Once, on the subscription's first billed day.
    Once,
    /// Once per billed period, on the period's first day.
    EveryPeriod,
    /// Every day, week or month from the anchor, whatever the billing interval.
    Every(IntervalUnit),
}

impl Recurrence {
    pub fn as_str(self) -> &'static str {
        match self {
            Recurrence::Once => "once",
            Recurrence::EveryPeriod => "period",
            Recurrence::Every(unit) => unit.as_str(),
        }
    }

    /// `once`, `period`, `day`, `week` or `month`.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "once" => Some(Recurrence::Once),
            "period" => Some(Recurrence::EveryPeriod),
            "day" => Some(Recurrence::Every(IntervalUnit::Day)),
            "week" => Some(Recurrence::Every(IntervalUnit::Week)),
            "month" => Some(Recurrence::Every(IntervalUnit::Month)),
            _ => None,
        }
    }
}

/// One grant a rule owes: `key` is unique among the rule's occurrences, so storing it
/// under a unique constraint grants each occurrence at most once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    /// `"once"`, or the occurrence's first day as `YYYY-MM-DD`.
    pub key: String,
    /// The day the granted lot starts.
    pub starts: NaiveDate,
}

impl Occurrence {
    fn on(starts: NaiveDate) -> Self {
        Occurrence {
            key: starts.format("%Y-%m-%d").to_string(),
            starts,
        }
    }
}

/// Every occurrence of a grant rule from `anchor` through `through` (inclusive), none
/// starting after `end` (the subscription's last day of service), oldest first.
///
/// `billed_periods` (start, end) are the subscription's billed periods, used by
/// [`Recurrence::EveryPeriod`] only. Day, week and month occurrences are laid out from the
/// anchor by [`Schedule`], never chained, so a rule anchored on the 31st grants on the
/// last day of shorter months and on the 31st again after them.
pub fn grant_occurrences(
    recurrence: Recurrence,
    anchor: NaiveDate,
    billed_periods: &[(NaiveDate, NaiveDate)],
    through: NaiveDate,
    end: Option<NaiveDate>,
) -> Vec<Occurrence> {
    let last = end.map_or(through, |end| end.min(through));
    match recurrence {
        Recurrence::Once if anchor <= last => vec![Occurrence {
            key: "once".to_string(),
            starts: anchor,
        }],
        Recurrence::Once => Vec::new(),
        Recurrence::EveryPeriod => period_occurrences(billed_periods, anchor, last),
        Recurrence::Every(unit) => scheduled_occurrences(unit, anchor, last),
    }
}

fn period_occurrences(
    billed_periods: &[(NaiveDate, NaiveDate)],
    anchor: NaiveDate,
    last: NaiveDate,
) -> Vec<Occurrence> {
    let mut starts: Vec<NaiveDate> = billed_periods
        .iter()
        .map(|&(start, _)| start)
        .filter(|start| anchor <= *start && *start <= last)
        .collect();
    starts.sort();
    starts.dedup();
    starts.into_iter().map(Occurrence::on).collect()
}

fn scheduled_occurrences(
    unit: IntervalUnit,
    anchor: NaiveDate,
    last: NaiveDate,
) -> Vec<Occurrence> {
    let schedule = Schedule::new(anchor, Interval { unit, every: 1 });
    (0u64..)
        .map_while(|index| schedule.period_start(index))
        .take_while(|starts| *starts <= last)
        .map(Occurrence::on)
        .collect()
}

/// Why credits moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LedgerKind {
    Grant,
    Purchase,
    Use,
    Refund,
    Expire,
    Revoke,
}

impl LedgerKind {
    pub const ALL: [LedgerKind; 6] = [
        LedgerKind::Grant,
        LedgerKind::Purchase,
        LedgerKind::Use,
        LedgerKind::Refund,
        LedgerKind::Expire,
        LedgerKind::Revoke,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LedgerKind::Grant => "grant",
            LedgerKind::Purchase => "purchase",
            LedgerKind::Use => "use",
            LedgerKind::Refund => "refund",
            LedgerKind::Expire => "expire",
            LedgerKind::Revoke => "revoke",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        LedgerKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
    }

    /// Whether this kind of movement adds credits to its lot.
    pub fn adds(self) -> bool {
        matches!(
            self,
            LedgerKind::Grant | LedgerKind::Purchase | LedgerKind::Refund
        )
    }

    /// Whether this kind opens a lot: grants and purchases are recorded with their lot,
    /// never applied to an existing one.
    pub fn opens_lot(self) -> bool {
        matches!(self, LedgerKind::Grant | LedgerKind::Purchase)
    }
}

/// One ledger row: `credits` is signed (+ adds to the lot, − takes from it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LedgerEntry {
    pub lot: i64,
    pub kind: LedgerKind,
    pub credits: i64,
}

impl LedgerEntry {
    /// The row for moving `amount` (positive) milli-credits of `kind` on `lot`, signed.
    pub fn new(lot: i64, kind: LedgerKind, amount: i64) -> Self {
        let credits = if kind.adds() { amount } else { -amount };
        LedgerEntry { lot, kind, credits }
    }

    /// The row that records a new lot's quantity (`Grant` or `Purchase`).
    pub fn opening(lot: &Lot, kind: LedgerKind) -> Self {
        LedgerEntry::new(lot.id, kind, lot.quantity)
    }
}

/// The ledger rows for a list of moves of one kind.
pub fn entries(kind: LedgerKind, moves: &[Move]) -> Vec<LedgerEntry> {
    moves
        .iter()
        .map(|&(lot, amount)| LedgerEntry::new(lot, kind, amount))
        .collect()
}

/// A ledger row that cannot apply to the lots as they are.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LedgerError {
    #[error("credit lot {0} does not exist")]
    UnknownLot(i64),
    #[error("a {kind} row cannot move credits on existing lot {lot}; it opens its own lot")]
    OpensLot { lot: i64, kind: &'static str },
    #[error("a {kind} row on lot {lot} has the wrong sign ({credits})")]
    WrongSign {
        lot: i64,
        kind: &'static str,
        credits: i64,
    },
    #[error("credit lot {lot} would hold {would_hold}, outside 0..={quantity}")]
    OutOfRange {
        lot: i64,
        would_hold: i64,
        quantity: i64,
    },
}

impl From<LedgerError> for Error {
    fn from(error: LedgerError) -> Self {
        Error::refused(error.to_string())
    }
}

/// Applies movements (use, refund, expire, revoke) to the lots' remainders: all of them,
/// or none when one would leave a lot below zero or above its quantity.
pub fn apply(lots: &mut [Lot], movements: &[LedgerEntry]) -> Result<(), LedgerError> {
    let mut remaining: Vec<i64> = lots.iter().map(|lot| lot.remaining).collect();
    for entry in movements {
        check_sign(entry)?;
        let index = lots
            .iter()
            .position(|lot| lot.id == entry.lot)
            .ok_or(LedgerError::UnknownLot(entry.lot))?;
        let would_hold = remaining[index].saturating_add(entry.credits);
        if !(0..=lots[index].quantity).contains(&would_hold) {
            return Err(LedgerError::OutOfRange {
                lot: entry.lot,
                would_hold,
                quantity: lots[index].quantity,
            });
        }
        remaining[index] = would_hold;
    }
    for (lot, left) in lots.iter_mut().zip(remaining) {
        lot.remaining = left;
    }
    Ok(())
}

fn check_sign(entry: &LedgerEntry) -> Result<(), LedgerError> {
    if entry.kind.opens_lot() {
        return Err(LedgerError::OpensLot {
            lot: entry.lot,
            kind: entry.kind.as_str(),
        });
    }
    let signed_right = if entry.kind.adds() {
        entry.credits > 0
    } else {
        entry.credits < 0
    };
    if signed_right {
        Ok(())
    } else {
        Err(LedgerError::WrongSign {
            lot: entry.lot,
            kind: entry.kind.as_str(),
            credits: entry.credits,
        })
    }
}

/// The balance the ledger records: the sum of its signed rows.
pub fn ledger_balance(ledger: &[LedgerEntry]) -> i64 {
    ledger
        .iter()
        .fold(0i64, |sum, entry| sum.saturating_add(entry.credits))
}

/// What the lots hold: the sum of their remainders (equal to [`ledger_balance`]).
pub fn lots_balance(lots: &[Lot]) -> i64 {
    lots.iter()
        .fold(0i64, |sum, lot| sum.saturating_add(lot.remaining))
}

/// The first day after `after` on which a rule owes a grant, none after `end`.
///
/// `billed_periods` must hold the period that starts after `after`, if the subscription
/// has one ([`Recurrence::EveryPeriod`] only). `tick` stores this day on the rule, so it
/// reads a rule again only when something is owed.
pub fn next_occurrence(
    recurrence: Recurrence,
    anchor: NaiveDate,
    billed_periods: &[(NaiveDate, NaiveDate)],
    after: NaiveDate,
    end: Option<NaiveDate>,
) -> Option<NaiveDate> {
    let next = match recurrence {
        Recurrence::Once => Some(anchor).filter(|day| *day > after),
        Recurrence::EveryPeriod => billed_periods
            .iter()
            .map(|&(start, _)| start)
            .filter(|start| *start > after && *start >= anchor)
            .min(),
        Recurrence::Every(unit) => {
            let schedule = Schedule::new(anchor, Interval { unit, every: 1 });
            match schedule.index_containing(after) {
                None => Some(anchor),
                Some(index) => schedule.period_start(index + 1),
            }
        }
    };
    next.filter(|day| end.is_none_or(|end| *day <= end))
}

/// What a whole-credit type charges for a cost in milli-credits: a started credit is spent
/// whole (1.5 → 2). Fractional types charge the exact cost.
pub fn charged_cost(cost: i64, whole: bool) -> i64 {
    if whole && cost % MILLI != 0 {
        (cost / MILLI + 1) * MILLI
    } else {
        cost
    }
}

/// Milli-credits bought by `qty` units of a selling item at `per_unit` milli-credits each,
/// rounded half away from zero to the milli-credit. `None` for a quantity that is not
/// positive or too large.
pub fn credits_bought(qty: Decimal, per_unit: i64) -> Option<i64> {
    if qty <= Decimal::ZERO {
        return None;
    }
    let exact = Decimal::from(per_unit).checked_mul(qty)?;
    round_half_away(exact, 0)
        .to_i64()
        .filter(|milli| *milli > 0)
}

/// A credit type: its unit, how it is sold, how long its lots last and what it pays for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditType {
    pub code: String,
    /// What one credit is called (`half-day`, `hour`, `ticket`).
    pub unit: String,
    /// The invoice line (item, uom) that buys it, with milli-credits per unit bought.
    pub sold_as: Option<(String, String, i64)>,
    /// Days a lot is usable, its first day included; `None` never expires.
    pub validity_days: Option<u32>,
    /// Whether quantities are whole credits.
    pub whole: bool,
    pub costs: Vec<CostRule>,
}

impl CreditType {
    /// Parses a quantity typed for this type (`field` names the flag or argument).
    pub fn parse_quantity(&self, field: &str, text: &str) -> Result<i64, Error> {
        parse_credits(field, text, self.whole)
    }

    /// Whether the type pays for booking `item` by `uom`.
    pub fn covers(&self, item: &str, uom: &str) -> bool {
        self.costs
            .iter()
            .any(|rule| rule.item == item && rule.uom == uom)
    }
}

/// Parses a validity typed as a number of days: a whole number from 1 to 36 500.
pub fn parse_validity_days(field: &str, text: &str) -> Result<u32, Error> {
    match text.trim().parse::<u32>() {
        Ok(days) if (1..=36_500).contains(&days) => Ok(days),
        _ => Err(Error::invalid(
            field,
            format!("{text:?} is not a number of days (1 to 36500)"),
        )),
    }
}

/// Parses `ITEM:UOM:CREDITS` (`--sold-as`, `--cost`): the item, the unit, and
/// milli-credits per unit. Costs may be fractional whatever the type counts (an hour of a
/// room may cost a quarter of a half-day); what is sold follows the type (`whole`).
pub fn parse_item_credits(
    field: &str,
    text: &str,
    whole: bool,
) -> Result<(String, String, i64), Error> {
    let parts: Vec<&str> = text.split(':').collect();
    let [item, uom, credits] = parts.as_slice() else {
        return Err(Error::invalid(
            field,
            format!("{text:?} is not ITEM:UOM:CREDITS (like DESK:day:2)"),
        ));
    };
    let named = format!("{field} {text}");
    crate::domain::values::check_code(&named, item)?;
    crate::domain::values::check_code(&named, uom)?;
    let credits = parse_credits(&format!("{named}: credits"), credits, whole)?;
    Ok((item.to_string(), uom.to_string(), credits))
}

/// A `--credits TYPE:QTY:RECURRENCE[:VALIDITY_DAYS]` rule as typed; the quantity stays
/// text until the type (whole or not) is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSpec {
    pub credit_type: String,
    pub quantity: String,
    pub recurrence: Recurrence,
    pub validity_days: Option<u32>,
}

/// Parses `HALF:4:month`, `HALF:4:month:30`, `PASS:10:once`.
pub fn parse_rule_spec(field: &str, text: &str) -> Result<RuleSpec, Error> {
    let parts: Vec<&str> = text.split(':').collect();
    let (credit_type, quantity, recurrence, validity) = match parts.as_slice() {
        [t, q, r] => (*t, *q, *r, None),
        [t, q, r, v] => (*t, *q, *r, Some(*v)),
        _ => {
            return Err(Error::invalid(
                field,
                format!(
                    "{text:?} is not TYPE:QTY:RECURRENCE[:VALIDITY_DAYS] (like HALF:4:month:30)"
                ),
            ));
        }
    };
    let named = format!("{field} {text}");
    crate::domain::values::check_code(&named, credit_type)?;
    let recurrence = Recurrence::parse(recurrence).ok_or_else(|| {
        Error::invalid(
            &named,
            format!("{recurrence:?} is not a recurrence (once, period, day, week or month)"),
        )
    })?;
    Ok(RuleSpec {
        credit_type: credit_type.to_string(),
        quantity: quantity.to_string(),
        recurrence,
        validity_days: validity
            .map(|v| parse_validity_days(&format!("{named}: validity"), v))
            .transpose()?,
    })
}

/// Where a lot came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OriginKind {
    /// Bought on an invoice.
    Invoice,
    /// Granted by a subscription rule.
    Rule,
    /// Granted by hand.
    Manual,
}

impl OriginKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OriginKind::Invoice => "invoice",
            OriginKind::Rule => "rule",
            OriginKind::Manual => "manual",
        }
    }

    /// The ledger kind of the row that opens a lot of this origin.
    pub fn opening_kind(self) -> LedgerKind {
        match self {
            OriginKind::Invoice => LedgerKind::Purchase,
            OriginKind::Rule | OriginKind::Manual => LedgerKind::Grant,
        }
    }
}

/// A lot as listed: the lot and whose, of which type, from where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LotRecord {
    pub lot: Lot,
    pub customer: String,
    pub credit_type: String,
    pub origin: String,
    /// Written off by `tick` after its expiry date.
    pub expired: bool,
}

/// A ledger row as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerRecord {
    pub id: i64,
    pub date: NaiveDate,
    pub customer: String,
    pub credit_type: String,
    pub entry: LedgerEntry,
    /// What caused the movement: `invoice:NUMBER`, `subscription:ID`, `booking:ID`,
    /// `manual`, `expiry`, `credit_note:NUMBER`.
    pub origin: String,
    pub booking: Option<String>,
    pub reason: Option<String>,
}

/// A subscription's rule granting credits, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditRule {
    pub id: i64,
    pub subscription: String,
    pub credit_type: String,
    /// Milli-credits per occurrence.
    pub quantity: i64,
    pub recurrence: Recurrence,
    /// Days each granted lot lasts; `None`: the type's validity.
    pub validity_days: Option<u32>,
    /// The next day an occurrence is owed; `None` when no more are.
    pub next_grant_on: Option<NaiveDate>,
}

/// What a customer holds of one type on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Balance {
    pub customer: String,
    pub credit_type: String,
    pub unit: String,
    /// Milli-credits usable on the day.
    pub balance: i64,
    pub next_expiry: Option<NaiveDate>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ExitKind;
    use chrono::Days;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn at(s: &str) -> NaiveDateTime {
        s.parse().unwrap()
    }

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn lot(id: i64, credits: i64, starts: &str, expires: Option<&str>) -> Lot {
        Lot::new(id, credits * MILLI, date(starts), expires.map(date), id)
    }

    fn desk_rules() -> Vec<CostRule> {
        vec![
            CostRule {
                item: "desk".into(),
                uom: "day".into(),
                credits_per_unit: 2 * MILLI,
            },
            CostRule {
                item: "desk".into(),
                uom: "half-day".into(),
                credits_per_unit: MILLI,
            },
        ]
    }

    fn keys(occurrences: &[Occurrence]) -> Vec<&str> {
        occurrences.iter().map(|o| o.key.as_str()).collect()
    }

    // --- the user documentation's example ---------------------------------------------

    #[test]
    fn four_half_day_tickets_pay_a_full_day_desk_and_leave_two() {
        let mut lots = vec![lot(1, 4, "2026-03-01", None)];
        let from = at("2026-03-02T09:00:00");
        let to = at("2026-03-02T18:00:00");
        let units = booking_units(from, to, "day").unwrap();
        let cost = booking_cost(&desk_rules(), "desk", "day", units).unwrap();
        assert_eq!(cost, 2 * MILLI);
        let taken = plan_use(&lots, cost, date("2026-03-02")).unwrap();
        apply(&mut lots, &entries(LedgerKind::Use, &taken)).unwrap();
        assert_eq!(format_credits(lots_balance(&lots)), "2");
    }

    #[test]
    fn a_desk_by_the_half_day_costs_one_ticket() {
        let units = booking_units(
            at("2026-03-02T08:00:00"),
            at("2026-03-02T12:00:00"),
            "half-day",
        )
        .unwrap();
        assert_eq!(
            booking_cost(&desk_rules(), "desk", "half-day", units).unwrap(),
            MILLI
        );
    }

    // --- spending order ---------------------------------------------------------------

    #[test]
    fn the_soonest_expiring_lot_is_spent_first() {
        let lots = vec![
            lot(1, 5, "2026-01-01", Some("2026-06-30")),
            lot(2, 5, "2026-02-01", Some("2026-03-31")),
        ];
        assert_eq!(
            plan_use(&lots, 3 * MILLI, date("2026-03-01")).unwrap(),
            vec![(2, 3 * MILLI)]
        );
    }

    #[test]
    fn lots_without_expiry_are_spent_last() {
        let lots = vec![
            lot(1, 5, "2025-01-01", None),
            lot(2, 5, "2026-02-01", Some("2027-12-31")),
        ];
        assert_eq!(
            plan_use(&lots, 7 * MILLI, date("2026-03-01")).unwrap(),
            vec![(2, 5 * MILLI), (1, 2 * MILLI)]
        );
    }

    #[test]
    fn on_equal_expiry_the_oldest_lot_is_spent_first() {
        let lots = vec![
            lot(1, 1, "2026-02-01", Some("2026-12-31")),
            lot(2, 1, "2026-01-01", Some("2026-12-31")),
            Lot::new(3, MILLI, date("2026-01-01"), Some(date("2026-12-31")), 0),
        ];
        let order: Vec<i64> = spend_order(&lots).iter().map(|l| l.id).collect();
        assert_eq!(order, vec![3, 2, 1]);
    }

    #[test]
    fn a_use_spreads_over_lots_in_spend_order() {
        let lots = vec![
            lot(1, 1, "2026-01-01", Some("2026-01-31")),
            lot(2, 2, "2026-01-01", Some("2026-02-28")),
        ];
        assert_eq!(
            plan_use(&lots, 2500, date("2026-01-15")).unwrap(),
            vec![(1, 1000), (2, 1500)]
        );
    }

    #[test]
    fn a_refused_use_takes_nothing_and_says_what_was_usable() {
        let lots = vec![
            lot(1, 2, "2026-01-01", None),
            lot(2, 5, "2026-01-01", Some("2026-01-31")),
            lot(3, 5, "2026-03-01", None),
        ];
        let shortfall = plan_use(&lots, 3 * MILLI, date("2026-02-10")).unwrap_err();
        assert_eq!(
            shortfall,
            Shortfall {
                needed: 3 * MILLI,
                available: 2 * MILLI
            }
        );
    }

    #[test]
    fn a_shortfall_is_a_refusal_with_both_amounts() {
        let error: Error = Shortfall {
            needed: 3000,
            available: 2500,
        }
        .into();
        assert_eq!(error.exit_kind(), ExitKind::Refused);
        assert_eq!(
            error.to_string(),
            "not enough credits: 3 needed, 2.5 available"
        );
        let named = Shortfall {
            needed: 3000,
            available: 0,
        }
        .refusal("ACME", "half-day");
        assert_eq!(
            named.to_string(),
            "not enough half-day credits for ACME: 3 needed, 0 available"
        );
    }

    #[test]
    fn a_lot_is_not_usable_before_it_starts() {
        let lots = vec![lot(1, 5, "2026-03-01", None)];
        assert!(plan_use(&lots, MILLI, date("2026-02-28")).is_err());
        assert!(plan_use(&lots, MILLI, date("2026-03-01")).is_ok());
    }

    #[test]
    fn using_nothing_takes_nothing() {
        assert_eq!(plan_use(&[], 0, date("2026-01-01")), Ok(vec![]));
    }

    // --- refunds ----------------------------------------------------------------------

    #[test]
    fn a_cancelled_booking_returns_credits_to_the_lots_they_came_from() {
        let lots = vec![
            lot(1, 1, "2026-01-01", Some("2026-01-31")),
            lot(2, 2, "2026-01-01", None),
        ];
        let taken = vec![(1, 1000), (2, 500)];
        assert_eq!(plan_refund(&taken, &lots, date("2026-01-31")), taken);
    }

    #[test]
    fn a_refund_to_an_expired_lot_gives_nothing_back() {
        let lots = vec![
            lot(1, 1, "2026-01-01", Some("2026-01-31")),
            lot(2, 2, "2026-01-01", None),
        ];
        let taken = vec![(1, 1000), (2, 500)];
        assert_eq!(
            plan_refund(&taken, &lots, date("2026-02-01")),
            vec![(2, 500)]
        );
    }

    #[test]
    fn a_refund_merges_moves_to_the_same_lot_and_skips_unknown_lots() {
        let lots = vec![lot(1, 3, "2026-01-01", None)];
        let taken = vec![(1, 1000), (9, 1000), (1, 500)];
        assert_eq!(
            plan_refund(&taken, &lots, date("2026-01-02")),
            vec![(1, 1500)]
        );
    }

    // --- expiry -----------------------------------------------------------------------

    #[test]
    fn a_lot_expires_the_day_after_its_expiry_date() {
        let lots = vec![lot(1, 2, "2026-01-01", Some("2026-01-31"))];
        assert!(lots[0].is_usable_on(date("2026-01-31")));
        assert!(lots_to_expire(&lots, date("2026-01-31")).is_empty());
        assert_eq!(
            lots_to_expire(&lots, date("2026-02-01")),
            vec![(1, 2 * MILLI)]
        );
        assert!(!lots[0].is_usable_on(date("2026-02-01")));
    }

    #[test]
    fn an_empty_lot_has_nothing_to_expire() {
        let mut empty = lot(1, 2, "2026-01-01", Some("2026-01-31"));
        empty.remaining = 0;
        assert!(lots_to_expire(&[empty], date("2026-03-01")).is_empty());
    }

    #[test]
    fn a_lot_expiring_mid_month_gives_way_to_one_that_lasts() {
        let lots = vec![
            lot(1, 4, "2026-03-01", Some("2026-03-15")),
            lot(2, 4, "2026-03-01", None),
        ];
        assert_eq!(
            plan_use(&lots, MILLI, date("2026-03-15")).unwrap(),
            vec![(1, MILLI)]
        );
        assert_eq!(
            plan_use(&lots, MILLI, date("2026-03-16")).unwrap(),
            vec![(2, MILLI)]
        );
        assert_eq!(usable_balance(&lots, date("2026-03-16")), 4 * MILLI);
        assert_eq!(
            lots_to_expire(&lots, date("2026-03-16")),
            vec![(1, 4 * MILLI)]
        );
    }

    #[test]
    fn next_expiry_is_the_earliest_among_usable_lots() {
        let lots = vec![
            lot(1, 1, "2026-01-01", Some("2026-01-10")),
            lot(2, 1, "2026-01-01", Some("2026-02-28")),
            lot(3, 1, "2026-01-01", None),
        ];
        assert_eq!(
            next_expiry(&lots, date("2026-01-05")),
            Some(date("2026-01-10"))
        );
        assert_eq!(
            next_expiry(&lots, date("2026-01-11")),
            Some(date("2026-02-28"))
        );
        assert_eq!(next_expiry(&lots[2..], date("2026-01-11")), None);
    }

    #[test]
    fn validity_counts_the_first_day() {
        let starts = date("2026-01-01");
        assert_eq!(expiry_for(starts, Some(30)), Some(date("2026-01-30")));
        assert_eq!(expiry_for(starts, Some(1)), Some(starts));
        assert_eq!(expiry_for(starts, None), None);
    }

    // --- quantities -------------------------------------------------------------------

    #[test]
    fn credits_parse_into_milli_credits() {
        assert_eq!(parse_credits("QTY", "2", true).unwrap(), 2000);
        assert_eq!(parse_credits("QTY", "2.0", true).unwrap(), 2000);
        assert_eq!(parse_credits("QTY", "2.5", false).unwrap(), 2500);
        assert_eq!(parse_credits("QTY", "0.125", false).unwrap(), 125);
        assert_eq!(parse_credits("QTY", " 7 ", false).unwrap(), 7000);
    }

    #[test]
    fn a_fraction_of_a_whole_credit_type_is_refused() {
        let error = parse_credits("QTY", "2.5", true).unwrap_err();
        assert_eq!(error.exit_kind(), ExitKind::BadInput);
        assert!(error.to_string().contains("whole credits"), "{error}");
        assert!(error.to_string().starts_with("QTY:"), "{error}");
    }

    #[test]
    fn credit_quantities_that_are_not_plain_positive_decimals_are_refused() {
        for bad in [
            "0",
            "0.000",
            "-1",
            "1e3",
            "NaN",
            "inf",
            "",
            "1,5",
            "0.0005",
            "+2",
            ".5",
            "1_000",
            "9999999999999",
        ] {
            assert!(
                parse_credits("QTY", bad, false).is_err(),
                "{bad:?} accepted"
            );
        }
    }

    #[test]
    fn credits_format_without_trailing_zeros() {
        assert_eq!(format_credits(2000), "2");
        assert_eq!(format_credits(2500), "2.5");
        assert_eq!(format_credits(125), "0.125");
        assert_eq!(format_credits(-3000), "-3");
        assert_eq!(format_credits(0), "0");
    }

    // --- booking units and costs ------------------------------------------------------

    #[test]
    fn hours_count_exactly() {
        let units = booking_units(at("2026-03-02T09:00:00"), at("2026-03-02T10:30:00"), "hour");
        assert_eq!(units.unwrap(), dec("1.5"));
    }

    #[test]
    fn half_days_count_started_blocks_of_four_hours() {
        let from = at("2026-03-02T08:00:00");
        assert_eq!(
            booking_units(from, at("2026-03-02T12:00:00"), "half-day").unwrap(),
            dec("1")
        );
        assert_eq!(
            booking_units(from, at("2026-03-02T12:01:00"), "half-day").unwrap(),
            dec("2")
        );
    }

    #[test]
    fn days_count_started_blocks_of_24_hours_with_at_least_one() {
        let from = at("2026-03-02T09:00:00");
        assert_eq!(
            booking_units(from, at("2026-03-02T09:30:00"), "day").unwrap(),
            dec("1")
        );
        assert_eq!(
            booking_units(from, at("2026-03-03T09:00:00"), "day").unwrap(),
            dec("1")
        );
        assert_eq!(
            booking_units(from, at("2026-03-03T09:01:00"), "day").unwrap(),
            dec("2")
        );
    }

    #[test]
    fn units_are_shown_and_invoiced_to_three_decimals_rounded_half_away() {
        let units = booking_units(at("2026-03-02T09:00:00"), at("2026-03-02T10:20:00"), "hour");
        assert_eq!(shown_units(units.unwrap()), dec("1.333"));
        assert_eq!(shown_units(dec("0.0005")), dec("0.001"));
        assert_eq!(shown_units(dec("1.5000")).to_string(), "1.5");
        assert_eq!(shown_units(dec("2")).to_string(), "2");
    }

    #[test]
    fn other_units_count_one_per_booking() {
        let units = booking_units(
            at("2026-03-02T09:00:00"),
            at("2026-03-09T09:00:00"),
            "session",
        );
        assert_eq!(units.unwrap(), Decimal::ONE);
    }

    #[test]
    fn a_booking_that_ends_before_it_starts_is_refused() {
        let from = at("2026-03-02T09:00:00");
        let error = booking_units(from, at("2026-03-02T08:00:00"), "hour").unwrap_err();
        assert_eq!(
            error.to_string(),
            "--to: 2026-03-02 08:00:00 ends before it starts (--from 2026-03-02 09:00:00)"
        );
    }

    #[test]
    fn a_booking_that_ends_when_it_starts_is_refused_as_empty() {
        let from = at("2026-03-02T09:00:00");
        let error = booking_units(from, from, "hour").unwrap_err();
        assert_eq!(
            error.to_string(),
            "--to: 2026-03-02 09:00:00 is also --from: the booking is empty (zero length); give a later --to"
        );
    }

    #[test]
    fn a_cost_without_a_rule_names_the_uom_and_the_known_ones() {
        let error = booking_cost(&desk_rules(), "desk", "hour", Decimal::ONE).unwrap_err();
        assert_eq!(error.exit_kind(), ExitKind::BadInput);
        assert_eq!(
            error.to_string(),
            "--uom: no credit cost for desk per hour; desk can be paid by credits per day, per half-day"
        );
        let error = booking_cost(&desk_rules(), "room", "day", Decimal::ONE).unwrap_err();
        assert!(error.to_string().contains("no cost for room"), "{error}");
    }

    #[test]
    fn a_fraction_of_a_milli_credit_rounds_half_away_from_zero() {
        let rules = vec![CostRule {
            item: "room".into(),
            uom: "hour".into(),
            credits_per_unit: MILLI,
        }];
        let third =
            booking_units(at("2026-03-02T09:00:00"), at("2026-03-02T09:20:00"), "hour").unwrap();
        assert_eq!(booking_cost(&rules, "room", "hour", third).unwrap(), 333);
        assert_eq!(
            booking_cost(&rules, "room", "hour", dec("0.0005")).unwrap(),
            1
        );
        assert_eq!(
            booking_cost(&rules, "room", "hour", dec("1.5")).unwrap(),
            1500
        );
    }

    #[test]
    fn a_booking_of_no_units_has_no_cost() {
        let error = booking_cost(&desk_rules(), "desk", "day", Decimal::ZERO).unwrap_err();
        assert_eq!(error.exit_kind(), ExitKind::BadInput);
    }

    // --- grant occurrences ------------------------------------------------------------

    #[test]
    fn monthly_grants_from_the_31st_do_not_drift() {
        let grants = grant_occurrences(
            Recurrence::Every(IntervalUnit::Month),
            date("2026-01-31"),
            &[],
            date("2026-05-31"),
            None,
        );
        assert_eq!(
            keys(&grants),
            [
                "2026-01-31",
                "2026-02-28",
                "2026-03-31",
                "2026-04-30",
                "2026-05-31"
            ]
        );
        assert_eq!(grants[1].starts, date("2026-02-28"));
    }

    #[test]
    fn weekly_grants_step_seven_days() {
        let grants = grant_occurrences(
            Recurrence::Every(IntervalUnit::Week),
            date("2026-01-05"),
            &[],
            date("2026-01-25"),
            None,
        );
        assert_eq!(keys(&grants), ["2026-01-05", "2026-01-12", "2026-01-19"]);
    }

    #[test]
    fn daily_grants_include_the_through_day() {
        let grants = grant_occurrences(
            Recurrence::Every(IntervalUnit::Day),
            date("2026-02-27"),
            &[],
            date("2026-03-01"),
            None,
        );
        assert_eq!(keys(&grants), ["2026-02-27", "2026-02-28", "2026-03-01"]);
    }

    #[test]
    fn a_once_grant_happens_on_the_anchor_only() {
        let grants = grant_occurrences(
            Recurrence::Once,
            date("2026-01-10"),
            &[],
            date("2026-12-31"),
            None,
        );
        assert_eq!(
            grants,
            vec![Occurrence {
                key: "once".into(),
                starts: date("2026-01-10")
            }]
        );
        assert!(
            grant_occurrences(
                Recurrence::Once,
                date("2026-01-10"),
                &[],
                date("2026-01-09"),
                None
            )
            .is_empty()
        );
    }

    #[test]
    fn per_period_grants_follow_the_billed_periods() {
        let periods = [
            (date("2026-02-28"), date("2026-03-30")),
            (date("2026-01-31"), date("2026-02-27")),
            (date("2026-03-31"), date("2026-04-29")),
        ];
        let grants = grant_occurrences(
            Recurrence::EveryPeriod,
            date("2026-01-31"),
            &periods,
            date("2026-03-15"),
            None,
        );
        assert_eq!(keys(&grants), ["2026-01-31", "2026-02-28"]);
    }

    #[test]
    fn no_grant_starts_after_the_end() {
        let end = Some(date("2026-03-10"));
        let monthly = grant_occurrences(
            Recurrence::Every(IntervalUnit::Month),
            date("2026-01-10"),
            &[],
            date("2026-12-31"),
            end,
        );
        assert_eq!(keys(&monthly), ["2026-01-10", "2026-02-10", "2026-03-10"]);
        let periods = [(date("2026-03-11"), date("2026-04-10"))];
        assert!(
            grant_occurrences(
                Recurrence::EveryPeriod,
                date("2026-01-10"),
                &periods,
                date("2026-12-31"),
                end
            )
            .is_empty()
        );
        assert!(
            grant_occurrences(
                Recurrence::Once,
                date("2026-03-11"),
                &[],
                date("2026-12-31"),
                end
            )
            .is_empty()
        );
    }

    #[test]
    fn nothing_is_granted_before_the_anchor() {
        let grants = grant_occurrences(
            Recurrence::Every(IntervalUnit::Day),
            date("2026-02-01"),
            &[],
            date("2026-01-31"),
            None,
        );
        assert!(grants.is_empty());
    }

    #[test]
    fn recurrences_and_ledger_kinds_round_trip_through_text() {
        for text in ["once", "period", "day", "week", "month"] {
            assert_eq!(Recurrence::parse(text).unwrap().as_str(), text);
        }
        assert_eq!(Recurrence::parse("year"), None);
        for kind in LedgerKind::ALL {
            assert_eq!(LedgerKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(LedgerKind::parse("Grant"), None);
    }

    // --- ledger -----------------------------------------------------------------------

    #[test]
    fn ledger_rows_carry_the_sign_of_their_kind() {
        assert_eq!(LedgerEntry::new(1, LedgerKind::Use, 500).credits, -500);
        assert_eq!(LedgerEntry::new(1, LedgerKind::Refund, 500).credits, 500);
        assert_eq!(LedgerEntry::new(1, LedgerKind::Expire, 500).credits, -500);
        assert_eq!(LedgerEntry::new(1, LedgerKind::Revoke, 500).credits, -500);
        let opened = Lot::new(7, 2000, date("2026-01-01"), None, 1);
        assert_eq!(
            LedgerEntry::opening(&opened, LedgerKind::Purchase),
            LedgerEntry {
                lot: 7,
                kind: LedgerKind::Purchase,
                credits: 2000
            }
        );
    }

    #[test]
    fn applying_movements_is_all_or_nothing() {
        let mut lots = vec![lot(1, 2, "2026-01-01", None), lot(2, 1, "2026-01-01", None)];
        let movements = [
            LedgerEntry::new(1, LedgerKind::Use, 1000),
            LedgerEntry::new(2, LedgerKind::Use, 1500),
        ];
        assert_eq!(
            apply(&mut lots, &movements),
            Err(LedgerError::OutOfRange {
                lot: 2,
                would_hold: -500,
                quantity: 1000
            })
        );
        assert_eq!(lots_balance(&lots), 3000);
    }

    #[test]
    fn a_refund_cannot_lift_a_lot_above_its_quantity() {
        let mut lots = vec![lot(1, 2, "2026-01-01", None)];
        let error = apply(&mut lots, &[LedgerEntry::new(1, LedgerKind::Refund, 1)]);
        assert!(matches!(error, Err(LedgerError::OutOfRange { .. })));
    }

    #[test]
    fn grants_and_purchases_open_lots_rather_than_move_credits() {
        let mut lots = vec![lot(1, 2, "2026-01-01", None)];
        let error = apply(&mut lots, &[LedgerEntry::new(1, LedgerKind::Grant, 1000)]);
        assert!(matches!(error, Err(LedgerError::OpensLot { .. })));
    }

    #[test]
    fn a_movement_with_the_wrong_sign_or_lot_is_refused() {
        let mut lots = vec![lot(1, 2, "2026-01-01", None)];
        let backwards = LedgerEntry {
            lot: 1,
            kind: LedgerKind::Use,
            credits: 500,
        };
        assert!(matches!(
            apply(&mut lots, &[backwards]),
            Err(LedgerError::WrongSign { .. })
        ));
        assert_eq!(
            apply(&mut lots, &[LedgerEntry::new(9, LedgerKind::Use, 1)]),
            Err(LedgerError::UnknownLot(9))
        );
    }

    // --- next occurrence, charges, purchases, typed specs ------------------------------

    #[test]
    fn the_next_monthly_grant_follows_the_anchor_not_the_last_grant() {
        let next = |after: &str| {
            next_occurrence(
                Recurrence::Every(IntervalUnit::Month),
                date("2026-01-31"),
                &[],
                date(after),
                None,
            )
        };
        assert_eq!(next("2026-01-30"), Some(date("2026-01-31")));
        assert_eq!(next("2026-01-31"), Some(date("2026-02-28")));
        assert_eq!(next("2026-02-28"), Some(date("2026-03-31")));
    }

    #[test]
    fn no_next_grant_after_the_end_or_after_a_once_grant() {
        assert_eq!(
            next_occurrence(
                Recurrence::Every(IntervalUnit::Week),
                date("2026-01-05"),
                &[],
                date("2026-01-05"),
                Some(date("2026-01-11"))
            ),
            None
        );
        assert_eq!(
            next_occurrence(
                Recurrence::Once,
                date("2026-01-05"),
                &[],
                date("2026-01-05"),
                None
            ),
            None
        );
        assert_eq!(
            next_occurrence(
                Recurrence::Once,
                date("2026-01-05"),
                &[],
                date("2026-01-04"),
                None
            ),
            Some(date("2026-01-05"))
        );
    }

    #[test]
    fn the_next_period_grant_is_the_next_period_start() {
        let periods = [
            (date("2026-01-15"), date("2026-02-14")),
            (date("2026-02-15"), date("2026-03-14")),
        ];
        assert_eq!(
            next_occurrence(
                Recurrence::EveryPeriod,
                date("2026-01-15"),
                &periods,
                date("2026-01-20"),
                None
            ),
            Some(date("2026-02-15"))
        );
        assert_eq!(
            next_occurrence(
                Recurrence::EveryPeriod,
                date("2026-01-15"),
                &periods,
                date("2026-02-15"),
                None
            ),
            None
        );
    }

    #[test]
    fn a_whole_type_charges_a_started_credit_in_full() {
        assert_eq!(charged_cost(1500, true), 2000);
        assert_eq!(charged_cost(2000, true), 2000);
        assert_eq!(charged_cost(1, true), 1000);
        assert_eq!(charged_cost(1500, false), 1500);
    }

    #[test]
    fn two_ten_credit_passes_buy_twenty_credits() {
        assert_eq!(credits_bought(dec("2"), 10 * MILLI), Some(20 * MILLI));
        assert_eq!(credits_bought(dec("0.5"), 3), Some(2));
        assert_eq!(credits_bought(Decimal::ZERO, MILLI), None);
        assert_eq!(credits_bought(dec("-1"), MILLI), None);
    }

    #[test]
    fn cost_and_sale_specs_parse_item_unit_and_credits() {
        assert_eq!(
            parse_item_credits("--cost", "DESK:day:2", true).unwrap(),
            ("DESK".into(), "day".into(), 2 * MILLI)
        );
        assert_eq!(
            parse_item_credits("--cost", "ROOM:hour:0.25", false).unwrap(),
            ("ROOM".into(), "hour".into(), 250)
        );
        for bad in [
            "DESK:day",
            "DESK:day:2:3",
            "DESK::2",
            "DESK:day:-1",
            "DESK:day:x",
        ] {
            let error = parse_item_credits("--cost", bad, false).unwrap_err();
            assert_eq!(error.exit_kind(), ExitKind::BadInput, "{bad}");
            assert!(error.to_string().starts_with("--cost"), "{error}");
        }
        let error = parse_item_credits("--sold-as", "PASS:unit:2.5", true).unwrap_err();
        assert!(error.to_string().contains("whole"), "{error}");
    }

    #[test]
    fn rule_specs_parse_type_quantity_recurrence_and_validity() {
        assert_eq!(
            parse_rule_spec("--credits", "HALF:4:month:30").unwrap(),
            RuleSpec {
                credit_type: "HALF".into(),
                quantity: "4".into(),
                recurrence: Recurrence::Every(IntervalUnit::Month),
                validity_days: Some(30),
            }
        );
        assert_eq!(
            parse_rule_spec("--credits", "PASS:10:once")
                .unwrap()
                .validity_days,
            None
        );
        for bad in [
            "HALF:4",
            "HALF:4:year",
            "HALF:4:month:0",
            "HALF:4:month:x",
            "H F:4:once",
        ] {
            let error = parse_rule_spec("--credits", bad).unwrap_err();
            assert_eq!(error.exit_kind(), ExitKind::BadInput, "{bad}");
            assert!(error.to_string().starts_with("--credits"), "{error}");
        }
    }

    // --- properties -------------------------------------------------------------------

    /// One step of a customer's credit history, days counted from 2026-01-01.
    #[derive(Debug, Clone)]
    enum Step {
        Grant {
            milli: i64,
            validity: Option<u32>,
            purchase: bool,
        },
        Use {
            milli: i64,
        },
        Cancel {
            booking: usize,
        },
        Expire,
        Revoke {
            lot: usize,
            milli: i64,
        },
        NextDays(u64),
    }

    fn any_step() -> impl Strategy<Value = Step> {
        prop_oneof![
            (1i64..5000, proptest::option::of(1u32..20), any::<bool>()).prop_map(
                |(milli, validity, purchase)| Step::Grant {
                    milli,
                    validity,
                    purchase
                }
            ),
            (1i64..6000).prop_map(|milli| Step::Use { milli }),
            (0usize..8).prop_map(|booking| Step::Cancel { booking }),
            Just(Step::Expire),
            (0usize..8, 1i64..3000).prop_map(|(lot, milli)| Step::Revoke { lot, milli }),
            (1u64..10).prop_map(Step::NextDays),
        ]
    }

    fn any_lots() -> impl Strategy<Value = Vec<Lot>> {
        proptest::collection::vec(
            (
                1i64..5000,
                0i64..=5000,
                0u64..20,
                proptest::option::of(0u64..30),
            ),
            0..8,
        )
        .prop_map(|raw| {
            raw.into_iter()
                .enumerate()
                .map(|(i, (quantity, left, start, length))| {
                    let starts = date("2026-01-01") + Days::new(start);
                    let mut lot = Lot::new(
                        i as i64 + 1,
                        quantity,
                        starts,
                        length.map(|n| starts + Days::new(n)),
                        i as i64,
                    );
                    lot.remaining = left.min(quantity);
                    lot
                })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn the_ledger_always_sums_to_the_lots_remainders(steps in proptest::collection::vec(any_step(), 1..60)) {
            let mut today = date("2026-01-01");
            let mut lots: Vec<Lot> = Vec::new();
            let mut ledger: Vec<LedgerEntry> = Vec::new();
            let mut bookings: Vec<Vec<Move>> = Vec::new();
            for step in steps {
                let movements = match step {
                    Step::Grant { milli, validity, purchase } => {
                        let id = lots.len() as i64 + 1;
                        let opened = Lot::new(id, milli, today, expiry_for(today, validity), id);
                        let kind = if purchase { LedgerKind::Purchase } else { LedgerKind::Grant };
                        ledger.push(LedgerEntry::opening(&opened, kind));
                        lots.push(opened);
                        Vec::new()
                    }
                    Step::Use { milli } => {
                        let before = lots.clone();
                        match plan_use(&lots, milli, today) {
                            Ok(taken) => {
                                bookings.push(taken.clone());
                                entries(LedgerKind::Use, &taken)
                            }
                            Err(shortfall) => {
                                prop_assert_eq!(shortfall.available, usable_balance(&lots, today));
                                prop_assert!(shortfall.available < milli);
                                prop_assert_eq!(&lots, &before);
                                Vec::new()
                            }
                        }
                    }
                    Step::Cancel { booking } if booking < bookings.len() => {
                        let taken = bookings.remove(booking);
                        entries(LedgerKind::Refund, &plan_refund(&taken, &lots, today))
                    }
                    Step::Cancel { .. } => Vec::new(),
                    Step::Expire => entries(LedgerKind::Expire, &lots_to_expire(&lots, today)),
                    Step::Revoke { lot, milli } => match lots.get(lot) {
                        Some(target) if target.remaining > 0 => {
                            vec![LedgerEntry::new(target.id, LedgerKind::Revoke, milli.min(target.remaining))]
                        }
                        _ => Vec::new(),
                    },
                    Step::NextDays(days) => {
                        today = today + Days::new(days);
                        Vec::new()
                    }
                };
                prop_assert_eq!(apply(&mut lots, &movements), Ok(()));
                ledger.extend(movements);
                prop_assert_eq!(ledger_balance(&ledger), lots_balance(&lots));
                for lot in &lots {
                    prop_assert!(0 <= lot.remaining && lot.remaining <= lot.quantity, "{:?}", lot);
                }
            }
        }

        #[test]
        fn a_use_takes_exactly_the_amount_or_nothing(lots in any_lots(), amount in 1i64..20_000, day in 0u64..40) {
            let on = date("2026-01-01") + Days::new(day);
            let available = usable_balance(&lots, on);
            match plan_use(&lots, amount, on) {
                Ok(taken) => {
                    prop_assert!(amount <= available);
                    prop_assert_eq!(taken.iter().map(|(_, n)| n).sum::<i64>(), amount);
                    for (id, n) in taken {
                        let lot = lots.iter().find(|l| l.id == id).unwrap();
                        prop_assert!(lot.is_usable_on(on));
                        prop_assert!(0 < n && n <= lot.remaining);
                    }
                }
                Err(shortfall) => {
                    prop_assert!(available < amount);
                    prop_assert_eq!(shortfall, Shortfall { needed: amount, available });
                }
            }
        }

        #[test]
        fn a_use_empties_lots_in_spend_order(lots in any_lots(), amount in 1i64..20_000, day in 0u64..40) {
            let on = date("2026-01-01") + Days::new(day);
            if let Ok(taken) = plan_use(&lots, amount, on) {
                // Every lot but the last one touched is emptied, and they come in spend order.
                for (id, n) in &taken[..taken.len().saturating_sub(1)] {
                    let lot = lots.iter().find(|l| l.id == *id).unwrap();
                    prop_assert_eq!(*n, lot.remaining);
                }
                let touched: Vec<&Lot> = taken.iter().map(|(id, _)| lots.iter().find(|l| l.id == *id).unwrap()).collect();
                for pair in touched.windows(2) {
                    prop_assert_eq!(spend_cmp(pair[0], pair[1]), Ordering::Less);
                }
                // No usable lot that comes before the last one touched was skipped.
                if let Some(last) = touched.last() {
                    for lot in lots.iter().filter(|l| l.is_usable_on(on)) {
                        if spend_cmp(lot, last) == Ordering::Less {
                            prop_assert!(taken.iter().any(|(id, _)| *id == lot.id), "skipped {:?}", lot);
                        }
                    }
                }
            }
        }

        #[test]
        fn the_next_occurrence_is_the_first_one_granted_after_the_day(
            unit in prop_oneof![Just(IntervalUnit::Day), Just(IntervalUnit::Week), Just(IntervalUnit::Month)],
            anchor in 0u64..400,
            after in 0u64..500,
            end in proptest::option::of(0u64..600),
        ) {
            let origin = date("2024-01-01");
            let anchor = origin + Days::new(anchor);
            let after = origin + Days::new(after);
            let end = end.map(|n| origin + Days::new(n));
            let recurrence = Recurrence::Every(unit);
            let expected = grant_occurrences(recurrence, anchor, &[], after.max(anchor) + Days::new(40), end)
                .into_iter()
                .map(|o| o.starts)
                .find(|starts| *starts > after);
            prop_assert_eq!(next_occurrence(recurrence, anchor, &[], after, end), expected);
        }

        #[test]
        fn credits_round_trip_through_text(milli in 1i64..1_000_000_000_000) {
            prop_assert_eq!(parse_credits("QTY", &format_credits(milli), false).unwrap(), milli);
        }
    }
}
