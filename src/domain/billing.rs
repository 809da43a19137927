//! What a subscription bills and when (DESIGN §3, §4): its timeline of periods, truncated
//! at its end, and which of them are due on a given day.
//!
//! Everything here is computed from the anchor and the period index, so a tick that runs
//! late, twice, or after a crash reaches the same answer.

use chrono::{Days, NaiveDate};

use crate::domain::period::{Cadence, Interval, Period};

/// When a period is invoiced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BillMode {
    /// On the period's first day (the default).
    Advance,
    /// The day after the period ends (a truncated final period too).
    Arrears,
}

impl BillMode {
    pub fn as_str(self) -> &'static str {
        match self {
            BillMode::Advance => "advance",
            BillMode::Arrears => "arrears",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "advance" => Some(BillMode::Advance),
            "arrears" => Some(BillMode::Arrears),
            _ => None,
        }
    }
}

/// The billing timeline of one run of a subscription.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeline {
    /// Periods laid out from the first billed day.
    pub cadence: Cadence,
    /// Last day of service, inclusive (an end date or a cancellation date).
    pub end: Option<NaiveDate>,
    /// Whether a period truncated by `end` is billed pro rata (otherwise in full).
    pub prorate_end: bool,
    pub bill: BillMode,
}

/// One period as billed: the full period, the part of it that is served, and when it is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BillingPeriod {
    pub index: u64,
    /// The untruncated period: its length is the denominator of any proration.
    pub full: Period,
    /// The days served: `full`, or `full` cut at the end date.
    pub served: Period,
    pub due_on: NaiveDate,
    /// Days billed over days in the full period (equal when billed in full).
    pub factor: Factor,
}

/// A proration factor kept as a fraction of days, so that amounts are computed exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Factor {
    pub days: i64,
    pub period_days: i64,
}

impl Factor {
    pub const FULL: Factor = Factor {
        days: 1,
        period_days: 1,
    };

    pub fn is_full(&self) -> bool {
        self.days == self.period_days
    }
}

/// What `tick` finds for one subscription on one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueScan {
    /// Every period due on or before the day, oldest first.
    pub due: Vec<BillingPeriod>,
    /// The index of the first period not due yet.
    pub next_index: u64,
    /// The day the next period becomes due, if there is one.
    pub next_due_on: Option<NaiveDate>,
}

impl Timeline {
    /// The first day that is billed: the trial's end + 1, else the start.
    pub fn first_billed_day(start: NaiveDate, trial_end: Option<NaiveDate>) -> NaiveDate {
        trial_end
            .and_then(|t| t.checked_add_days(Days::new(1)))
            .unwrap_or(start)
    }

    pub fn new(
        anchor: NaiveDate,
        interval: Interval,
        end: Option<NaiveDate>,
        prorate_end: bool,
        bill: BillMode,
    ) -> Self {
        Timeline {
            cadence: Cadence::new(anchor, interval),
            end,
            prorate_end,
            bill,
        }
    }

    /// Period `index`, or `None` when it would start after the end (or beyond the calendar).
    pub fn period(&self, index: u64) -> Option<BillingPeriod> {
        let full = self.cadence.period(index)?;
        if self.end.is_some_and(|end| full.start > end) {
            return None;
        }
        let served_end = self.end.map_or(full.end, |end| end.min(full.end));
        let served = Period {
            start: full.start,
            end: served_end,
        };
        // Days are kept even for a whole period: `invoice explain` shows them, and a later
        // cancellation prorates against them.
        let factor = if served_end < full.end && self.prorate_end {
            Factor {
                days: served.days(),
                period_days: full.days(),
            }
        } else {
            Factor {
                days: full.days(),
                period_days: full.days(),
            }
        };
        let due_on = match self.bill {
            BillMode::Advance => served.start,
            BillMode::Arrears => served.end.checked_add_days(Days::new(1))?,
        };
        Some(BillingPeriod {
            index,
            full,
            served,
            due_on,
            factor,
        })
    }

    /// The periods from `from_index` that are due on `today`, at most `limit + 1` of them
    /// (one more than allowed tells the caller it ran away).
    pub fn scan(&self, from_index: u64, today: NaiveDate, limit: usize) -> DueScan {
        let mut due = Vec::new();
        let mut index = from_index;
        loop {
            match self.period(index) {
                Some(p) if p.due_on <= today && due.len() <= limit => {
                    due.push(p);
                    index += 1;
                }
                Some(p) => {
                    return DueScan {
                        due,
                        next_index: index,
                        next_due_on: Some(p.due_on),
                    };
                }
                None => {
                    return DueScan {
                        due,
                        next_index: index,
                        next_due_on: None,
                    };
                }
            }
        }
    }

    /// The index of the period holding `date`, if the timeline has one.
    pub fn index_containing(&self, date: NaiveDate) -> Option<u64> {
        let index = self.cadence.index_containing(date)?;
        self.period(index)
            .filter(|p| p.served.contains(date))
            .map(|p| p.index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::period::IntervalUnit;
    use proptest::prelude::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn monthly(anchor: &str, end: Option<&str>, prorate: bool, bill: BillMode) -> Timeline {
        Timeline::new(
            date(anchor),
            Interval {
                unit: IntervalUnit::Month,
                every: 1,
            },
            end.map(date),
            prorate,
            bill,
        )
    }

    #[test]
    fn in_advance_a_period_is_due_on_its_first_day() {
        let t = monthly("2026-01-01", None, false, BillMode::Advance);
        assert_eq!(t.period(0).unwrap().due_on, date("2026-01-01"));
        let scan = t.scan(0, date("2026-03-15"), 24);
        assert_eq!(scan.due.len(), 3);
        assert_eq!(scan.next_index, 3);
        assert_eq!(scan.next_due_on, Some(date("2026-04-01")));
    }

    #[test]
    fn in_arrears_a_period_is_due_the_day_after_it_ends() {
        let t = monthly("2026-01-01", None, false, BillMode::Arrears);
        assert_eq!(t.period(0).unwrap().due_on, date("2026-02-01"));
        assert!(t.scan(0, date("2026-01-31"), 24).due.is_empty());
        assert_eq!(t.scan(0, date("2026-02-01"), 24).due.len(), 1);
    }

    #[test]
    fn the_end_truncates_its_period_and_nothing_starts_after_it() {
        let t = monthly("2023-03-01", Some("2023-03-10"), true, BillMode::Arrears);
        let last = t.period(0).unwrap();
        assert_eq!(
            last.served,
            Period {
                start: date("2023-03-01"),
                end: date("2023-03-10")
            }
        );
        assert_eq!(
            last.factor,
            Factor {
                days: 10,
                period_days: 31
            }
        );
        assert_eq!(last.due_on, date("2023-03-11"));
        assert_eq!(t.period(1), None);
    }

    #[test]
    fn without_proration_a_truncated_period_is_billed_in_full() {
        let t = monthly("2023-03-01", Some("2023-03-10"), false, BillMode::Advance);
        assert!(t.period(0).unwrap().factor.is_full());
    }

    #[test]
    fn an_end_on_the_last_day_of_a_period_is_no_truncation() {
        let t = monthly("2023-03-01", Some("2023-04-30"), true, BillMode::Advance);
        assert!(t.period(1).unwrap().factor.is_full());
        assert_eq!(t.period(2), None);
    }

    #[test]
    fn the_scan_stops_one_past_the_runaway_limit() {
        let t = monthly("2020-01-01", None, false, BillMode::Advance);
        let scan = t.scan(0, date("2026-01-01"), 24);
        assert_eq!(scan.due.len(), 25);
    }

    #[test]
    fn trial_moves_the_first_billed_day_and_so_the_anchor() {
        assert_eq!(
            Timeline::first_billed_day(date("2026-01-01"), Some(date("2026-01-14"))),
            date("2026-01-15")
        );
        assert_eq!(
            Timeline::first_billed_day(date("2026-01-01"), None),
            date("2026-01-01")
        );
    }

    proptest! {
        #[test]
        fn served_days_never_exceed_the_full_period_and_never_pass_the_end(
            start in 0i64..5000, end_offset in 0i64..800, every in 1u32..4, index in 0u64..30,
        ) {
            let anchor = date("2020-01-01") + chrono::Duration::days(start);
            let end = anchor + chrono::Duration::days(end_offset);
            let t = Timeline::new(anchor, Interval { unit: IntervalUnit::Month, every }, Some(end), true, BillMode::Advance);
            if let Some(p) = t.period(index) {
                prop_assert!(p.served.end <= end);
                prop_assert!(p.factor.days <= p.factor.period_days);
                prop_assert!(p.served.start == p.full.start);
            }
        }
    }
}
