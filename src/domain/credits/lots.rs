//! Lots and what moves them: which lots a use takes from (soonest expiring first), what a
//! cancelled booking gives back, what lapses, and the balance usable on a day.

use std::cmp::Ordering;
use std::fmt;

use chrono::NaiveDate;

use crate::error::Error;

use super::quantity::*;

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
    use crate::domain::credits::fixtures::*;

    use crate::error::ExitKind;

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
}
