//! Calendar arithmetic for billing periods (DESIGN §3).
//!
//! Periods are computed from an anchor date and an index, never chained from the previous
//! period, so month-end anchors never drift: a subscription anchored on the 31st bills from
//! the 31st in every month that has one and from the month's last day otherwise.

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::Serialize;

use crate::domain::values::LAST_DATE;

/// The unit of a billing interval or a repeat frequency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum IntervalUnit {
    Day,
    Week,
    Month,
    Year,
}

impl IntervalUnit {
    pub fn as_str(self) -> &'static str {
        match self {
            IntervalUnit::Day => "day",
            IntervalUnit::Week => "week",
            IntervalUnit::Month => "month",
            IntervalUnit::Year => "year",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "day" => Some(IntervalUnit::Day),
            "week" => Some(IntervalUnit::Week),
            "month" => Some(IntervalUnit::Month),
            "year" => Some(IntervalUnit::Year),
            _ => None,
        }
    }
}

/// `every` × `unit`: monthly is (month, 1), quarterly (month, 3), fortnightly (week, 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    pub unit: IntervalUnit,
    pub every: u32,
}

/// A closed range of calendar dates, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    /// Number of days in the period, both ends counted.
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }
}

/// The smallest period covering all of `periods`; `None` when there are none.
pub fn span(periods: impl Iterator<Item = Period>) -> Option<Period> {
    periods.fold(None, |acc: Option<Period>, p| match acc {
        None => Some(p),
        Some(a) => Some(Period {
            start: a.start.min(p.start),
            end: a.end.max(p.end),
        }),
    })
}

/// The cadence of a billing run: the sequence of periods of one interval laid out from one
/// anchor date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cadence {
    pub anchor: NaiveDate,
    pub interval: Interval,
}

/// Far enough for any billing horizon, and a guard against overflow on absurd input.
const MAX_PERIOD_INDEX: u64 = 1_000_000;

impl Cadence {
    pub fn new(anchor: NaiveDate, interval: Interval) -> Self {
        Cadence { anchor, interval }
    }

    /// First day of period `index`, or `None` past the last day `subs` knows (2199-12-31):
    /// a schedule simply stops there, so no period ever runs beyond it.
    pub fn period_start(&self, index: u64) -> Option<NaiveDate> {
        if index > MAX_PERIOD_INDEX {
            return None;
        }
        let every = u64::from(self.interval.every);
        let start = match self.interval.unit {
            IntervalUnit::Day => self.anchor.checked_add_days(Days::new(index * every)),
            IntervalUnit::Week => self.anchor.checked_add_days(Days::new(index * every * 7)),
            IntervalUnit::Month => add_months_clamped(self.anchor, index * every),
            IntervalUnit::Year => add_months_clamped(self.anchor, index * every * 12),
        }?;
        (start <= LAST_DATE).then_some(start)
    }

    /// Period `index`: from its start to the day before the next period starts.
    pub fn period(&self, index: u64) -> Option<Period> {
        let start = self.period_start(index)?;
        let end = self.period_start(index + 1)?.pred_opt()?;
        Some(Period { start, end })
    }

    /// The index of the period holding `date`, or `None` when `date` is before the anchor.
    pub fn index_containing(&self, date: NaiveDate) -> Option<u64> {
        if date < self.anchor {
            return None;
        }
        // Estimate from the average length, then walk: at most a step or two either way.
        let days = (date - self.anchor).num_days() as u64;
        let every = u64::from(self.interval.every);
        let approx_len = match self.interval.unit {
            IntervalUnit::Day => every,
            IntervalUnit::Week => every * 7,
            IntervalUnit::Month => every * 28,
            IntervalUnit::Year => every * 365,
        };
        let mut index = (days / approx_len).min(MAX_PERIOD_INDEX);
        while index > 0 && self.period_start(index)? > date {
            index -= 1;
        }
        while self.period_start(index + 1)? <= date {
            index += 1;
        }
        Some(index)
    }
}

/// The anchor's day of month in the month `months` later, clamped to that month's last day.
fn add_months_clamped(anchor: NaiveDate, months: u64) -> Option<NaiveDate> {
    let months = u32::try_from(months).ok()?;
    // chrono clamps to the last day of the target month, from the anchor itself: no drift.
    anchor.checked_add_months(Months::new(months))
}

/// The last day of the month holding `date`.
pub fn last_day_of_month(date: NaiveDate) -> NaiveDate {
    let first = date.with_day(1).expect("day 1 exists");
    first
        .checked_add_months(Months::new(1))
        .and_then(|next| next.pred_opt())
        .expect("date within calendar range")
}

/// Day `day` of the month holding `date`, clamped to the month's last day.
pub fn day_of_month_clamped(date: NaiveDate, day: u32) -> NaiveDate {
    let last = last_day_of_month(date);
    last.with_day(day.min(last.day()))
        .expect("clamped day exists")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn monthly(anchor: &str, every: u32) -> Cadence {
        Cadence::new(
            date(anchor),
            Interval {
                unit: IntervalUnit::Month,
                every,
            },
        )
    }

    fn periods(schedule: Cadence, n: u64) -> Vec<(String, String)> {
        (0..n)
            .map(|k| {
                let p = schedule.period(k).unwrap();
                (p.start.to_string(), p.end.to_string())
            })
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn the_span_of_periods_runs_from_the_first_start_to_the_last_end() {
        let p = |s: &str, e: &str| Period {
            start: s.parse().unwrap(),
            end: e.parse().unwrap(),
        };
        let periods = [
            p("2026-02-01", "2026-02-28"),
            p("2026-01-01", "2026-01-31"),
            p("2026-03-01", "2026-03-31"),
        ];
        assert_eq!(
            span(periods.into_iter()),
            Some(p("2026-01-01", "2026-03-31"))
        );
        assert_eq!(span(std::iter::empty()), None);
    }

    #[test]
    fn month_end_anchor_in_a_common_year_follows_design_example() {
        assert_eq!(
            periods(monthly("2023-01-31", 1), 4),
            pairs(&[
                ("2023-01-31", "2023-02-27"),
                ("2023-02-28", "2023-03-30"),
                ("2023-03-31", "2023-04-29"),
                ("2023-04-30", "2023-05-30"),
            ])
        );
    }

    #[test]
    fn month_end_anchor_in_a_leap_year_uses_february_29() {
        assert_eq!(
            periods(monthly("2024-01-31", 1), 2),
            pairs(&[("2024-01-31", "2024-02-28"), ("2024-02-29", "2024-03-30")])
        );
    }

    #[test]
    fn mid_month_anchor_is_plain() {
        assert_eq!(
            periods(monthly("2023-01-15", 1), 2),
            pairs(&[("2023-01-15", "2023-02-14"), ("2023-02-15", "2023-03-14")])
        );
    }

    #[test]
    fn anchors_on_the_30th_and_29th_clamp_only_in_february() {
        assert_eq!(
            periods(monthly("2023-01-30", 1), 3),
            pairs(&[
                ("2023-01-30", "2023-02-27"),
                ("2023-02-28", "2023-03-29"),
                ("2023-03-30", "2023-04-29"),
            ])
        );
        assert_eq!(
            periods(monthly("2023-01-29", 1), 3),
            pairs(&[
                ("2023-01-29", "2023-02-27"),
                ("2023-02-28", "2023-03-28"),
                ("2023-03-29", "2023-04-28"),
            ])
        );
    }

    #[test]
    fn quarterly_from_month_end() {
        assert_eq!(
            periods(monthly("2023-01-31", 3), 2),
            pairs(&[("2023-01-31", "2023-04-29"), ("2023-04-30", "2023-07-30")])
        );
    }

    #[test]
    fn yearly_from_february_29() {
        let yearly = Cadence::new(
            date("2024-02-29"),
            Interval {
                unit: IntervalUnit::Year,
                every: 1,
            },
        );
        assert_eq!(
            periods(yearly, 3),
            pairs(&[
                ("2024-02-29", "2025-02-27"),
                ("2025-02-28", "2026-02-27"),
                ("2026-02-28", "2027-02-27"),
            ])
        );
        assert_eq!(yearly.period_start(4).unwrap(), date("2028-02-29"));
    }

    #[test]
    fn weeks_and_days_step_evenly() {
        let fortnightly = Cadence::new(
            date("2026-01-05"),
            Interval {
                unit: IntervalUnit::Week,
                every: 2,
            },
        );
        assert_eq!(
            periods(fortnightly, 1),
            pairs(&[("2026-01-05", "2026-01-18")])
        );
        let daily = Cadence::new(
            date("2026-01-05"),
            Interval {
                unit: IntervalUnit::Day,
                every: 1,
            },
        );
        assert_eq!(
            periods(daily, 2),
            pairs(&[("2026-01-05", "2026-01-05"), ("2026-01-06", "2026-01-06")])
        );
    }

    #[test]
    fn no_period_runs_past_the_last_day() {
        let s = monthly("2199-10-15", 1);
        assert_eq!(
            periods(s, 2),
            pairs(&[("2199-10-15", "2199-11-14"), ("2199-11-15", "2199-12-14")])
        );
        // 2199-12-15..2200-01-14 would leave the calendar `subs` knows: no such period.
        assert_eq!(s.period(2), None);
        assert_eq!(s.period_start(3), None);
        assert_eq!(s.index_containing(date("2199-12-20")), None);
    }

    #[test]
    fn index_containing_finds_the_period() {
        let s = monthly("2023-01-31", 1);
        assert_eq!(s.index_containing(date("2023-01-30")), None);
        assert_eq!(s.index_containing(date("2023-01-31")), Some(0));
        assert_eq!(s.index_containing(date("2023-02-27")), Some(0));
        assert_eq!(s.index_containing(date("2023-02-28")), Some(1));
        assert_eq!(s.index_containing(date("2033-12-31")), Some(131));
    }

    fn any_interval() -> impl Strategy<Value = Interval> {
        (0usize..4, 1u32..13).prop_map(|(u, every)| Interval {
            unit: [
                IntervalUnit::Day,
                IntervalUnit::Week,
                IntervalUnit::Month,
                IntervalUnit::Year,
            ][u],
            every,
        })
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (0i64..20_000).prop_map(|n| date("1990-01-01") + chrono::Duration::days(n))
    }

    proptest! {
        #[test]
        fn periods_are_contiguous_and_never_overlap(anchor in any_date(), interval in any_interval()) {
            let s = Cadence::new(anchor, interval);
            let ten_years = anchor + chrono::Duration::days(3660);
            let mut k = 0;
            let mut previous: Option<Period> = None;
            loop {
                let p = s.period(k).unwrap();
                prop_assert!(p.start <= p.end);
                if let Some(prev) = previous {
                    prop_assert_eq!(prev.end.succ_opt().unwrap(), p.start);
                }
                if p.start > ten_years { break; }
                previous = Some(p);
                k += 1;
            }
        }

        #[test]
        fn month_anchors_never_drift(anchor in any_date(), every in 1u32..13, k in 0u64..130) {
            let s = Cadence::new(anchor, Interval { unit: IntervalUnit::Month, every });
            let start = s.period_start(k).unwrap();
            let expected_day = anchor.day().min(last_day_of_month(start).day());
            prop_assert_eq!(start.day(), expected_day);
        }

        #[test]
        fn index_containing_agrees_with_periods(anchor in any_date(), interval in any_interval(), offset in 0i64..4000) {
            let s = Cadence::new(anchor, interval);
            let probe = anchor + chrono::Duration::days(offset);
            let k = s.index_containing(probe).unwrap();
            prop_assert!(s.period(k).unwrap().contains(probe));
        }
    }
}
