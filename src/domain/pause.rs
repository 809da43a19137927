//! Pauses and the days a subscription line actually serves (issue 13 §3–§4).
//!
//! A line serves the days of its period that fall within the line's validity (a change
//! ends the old lines the day before it and starts the new ones on it) and outside every
//! pause. Those days come in segments; each segment is billed as `rate × days / period
//! days`, the same proration as a cancellation (DESIGN §7).

use chrono::NaiveDate;

use crate::domain::billing::{BillingPeriod, Factor};
use crate::domain::period::Period;
use crate::domain::values::LAST_DATE;

/// A pause of a subscription: no day from `from` through `until` (open when `None`) is billed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pause {
    pub id: i64,
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
}

impl Pause {
    /// The days the pause holds, an open pause running to the last date `subs` knows.
    pub fn days(&self) -> Period {
        Period {
            start: self.from,
            end: self.until.unwrap_or(LAST_DATE),
        }
    }

    pub fn covers(&self, date: NaiveDate) -> bool {
        self.days().contains(date)
    }

    /// Whether the pause shares a day with `other`.
    pub fn overlaps(&self, other: &Pause) -> bool {
        intersect(self.days(), other.days()).is_some()
    }
}

/// The days a line is billed for: from its first day (a change's date) through its last
/// (the day before a later change), either end open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Validity {
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

impl Validity {
    fn days(&self) -> Option<Period> {
        let start = self.from.unwrap_or(NaiveDate::MIN);
        let end = self.until.unwrap_or(NaiveDate::MAX);
        (start <= end).then_some(Period { start, end })
    }
}

/// The days two periods share.
pub fn intersect(a: Period, b: Period) -> Option<Period> {
    let start = a.start.max(b.start);
    let end = a.end.min(b.end);
    (start <= end).then_some(Period { start, end })
}

/// `range` without the days of `hole`: nothing, one piece, or two.
fn minus(range: Period, hole: Period) -> Vec<Period> {
    let Some(common) = intersect(range, hole) else {
        return vec![range];
    };
    let mut left = Vec::new();
    if let Some(before) = common.start.pred_opt().filter(|d| *d >= range.start) {
        left.push(Period {
            start: range.start,
            end: before,
        });
    }
    if let Some(after) = common.end.succ_opt().filter(|d| *d <= range.end) {
        left.push(Period {
            start: after,
            end: range.end,
        });
    }
    left
}

/// The segments of `range` that a line valid over `validity` serves, the pauses taken out,
/// in date order.
pub fn served_segments(range: Period, validity: Validity, pauses: &[Pause]) -> Vec<Period> {
    let Some(valid) = validity.days().and_then(|v| intersect(range, v)) else {
        return Vec::new();
    };
    let mut segments = vec![valid];
    for pause in pauses {
        segments = segments
            .into_iter()
            .flat_map(|s| minus(s, pause.days()))
            .collect();
    }
    segments.sort_by_key(|s| s.start);
    segments
}

/// What one line bills for a billing period: each segment it serves (within `window`, when
/// only some days are billed) and its factor. The whole served period keeps the period's
/// own factor (a cancellation without proration bills it in full); any other segment is
/// prorated over the full period's days.
pub fn line_segments(
    period: &BillingPeriod,
    validity: Validity,
    pauses: &[Pause],
    window: Option<Period>,
) -> Vec<(Period, Factor)> {
    let range = match window {
        Some(w) => match intersect(period.served, w) {
            Some(r) => r,
            None => return Vec::new(),
        },
        None => period.served,
    };
    served_segments(range, validity, pauses)
        .into_iter()
        .map(|segment| {
            let factor = if segment == period.served {
                period.factor
            } else {
                Factor {
                    days: segment.days(),
                    period_days: period.full.days(),
                }
            };
            (segment, factor)
        })
        .collect()
}

/// The days of `range` a line valid over `validity` does not serve: the complement of
/// [`served_segments`] within `range`.
pub fn gaps(range: Period, validity: Validity, pauses: &[Pause]) -> Vec<Period> {
    let mut left = vec![range];
    for served in served_segments(range, validity, pauses) {
        left = left.into_iter().flat_map(|l| minus(l, served)).collect();
    }
    left
}

/// Days in all of `segments`.
pub fn days_in(segments: &[Period]) -> i64 {
    segments.iter().map(Period::days).sum()
}

/// Whether every day of `period` falls inside a pause.
pub fn wholly_paused(period: Period, pauses: &[Pause]) -> bool {
    served_segments(period, Validity::default(), pauses).is_empty()
}

/// The pause holding `date`, if any.
pub fn pause_on(pauses: &[Pause], date: NaiveDate) -> Option<&Pause> {
    pauses.iter().find(|p| p.covers(date))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn period(start: &str, end: &str) -> Period {
        Period {
            start: date(start),
            end: date(end),
        }
    }

    fn pause(from: &str, until: Option<&str>) -> Pause {
        Pause {
            id: 1,
            from: date(from),
            until: until.map(date),
        }
    }

    #[test]
    fn the_issue_example_july_serves_fifteen_days_and_august_sixteen() {
        let summer = [pause("2026-07-16", Some("2026-08-15"))];
        let july = served_segments(
            period("2026-07-01", "2026-07-31"),
            Validity::default(),
            &summer,
        );
        assert_eq!(july, [period("2026-07-01", "2026-07-15")]);
        let august = served_segments(
            period("2026-08-01", "2026-08-31"),
            Validity::default(),
            &summer,
        );
        assert_eq!(august, [period("2026-08-16", "2026-08-31")]);
    }

    #[test]
    fn a_pause_inside_a_period_leaves_two_segments() {
        let segments = served_segments(
            period("2026-07-01", "2026-07-31"),
            Validity::default(),
            &[pause("2026-07-10", Some("2026-07-19"))],
        );
        assert_eq!(
            segments,
            [
                period("2026-07-01", "2026-07-09"),
                period("2026-07-20", "2026-07-31")
            ]
        );
        assert_eq!(days_in(&segments), 21);
    }

    #[test]
    fn an_open_pause_holds_every_later_day() {
        let open = [pause("2026-07-16", None)];
        assert!(wholly_paused(period("2030-01-01", "2030-01-31"), &open));
        assert!(!wholly_paused(period("2026-07-01", "2026-07-31"), &open));
        assert!(pause_on(&open, date("2199-12-31")).is_some());
    }

    #[test]
    fn a_change_splits_a_period_between_the_old_lines_and_the_new() {
        let march = period("2026-03-01", "2026-03-31");
        let old = Validity {
            from: None,
            until: Some(date("2026-03-15")),
        };
        let new = Validity {
            from: Some(date("2026-03-16")),
            until: None,
        };
        assert_eq!(
            served_segments(march, old, &[]),
            [period("2026-03-01", "2026-03-15")]
        );
        assert_eq!(
            served_segments(march, new, &[]),
            [period("2026-03-16", "2026-03-31")]
        );
    }

    proptest! {
        /// Whatever the change day and the pause, the old and new lines' segments and the
        /// paused days make up the period exactly once.
        #[test]
        fn old_and_new_lines_and_pauses_share_out_every_day_once(
            change in 0i64..31, pause_from in 0i64..40, pause_len in 0i64..40, open in any::<bool>(),
        ) {
            let march = period("2026-03-01", "2026-03-31");
            let day = |n: i64| date("2026-03-01") + chrono::Duration::days(n);
            let d = day(change);
            let pauses = [Pause { id: 1, from: day(pause_from), until: (!open).then(|| day(pause_from + pause_len)) }];
            let old = served_segments(march, Validity { from: None, until: d.pred_opt() }, &pauses);
            let new = served_segments(march, Validity { from: Some(d), until: None }, &pauses);
            let paused = march.days() - days_in(&served_segments(march, Validity::default(), &pauses));
            prop_assert_eq!(days_in(&old) + days_in(&new) + paused, march.days());
            let old_validity = Validity { from: None, until: d.pred_opt() };
            prop_assert_eq!(days_in(&old) + days_in(&gaps(march, old_validity, &pauses)), march.days());
            for s in old.iter().chain(&new) {
                prop_assert!(s.start >= march.start && s.end <= march.end);
                prop_assert!(pauses.iter().all(|p| intersect(*s, p.days()).is_none()));
            }
        }
    }
}
