//! Repeat schedules (DESIGN §11): the dates on which a repeated document is created.
//!
//! Occurrence k is computed from the start date and k, never from occurrence k − 1, with
//! the same calendar arithmetic as billing periods ([`Cadence`]): monthly, quarterly,
//! half-yearly and yearly are 1, 3, 6 and 12 months; daily and weekly are 1 and 7 days. By
//! default an occurrence falls on the start's day of month (clamped to short months, so
//! the 31st gives 28 or 29 February and the 31st again in March). `--day N` picks day N of
//! each month of the schedule instead, and `--last-day` the month's last day; both count
//! months from the start's month, and a first date before the start is skipped.

use chrono::{Datelike, NaiveDate};

use crate::domain::period::{
    Cadence, Interval, IntervalUnit, day_of_month_clamped, last_day_of_month,
};
use crate::error::Error;

/// How often a repeat creates its document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Frequency {
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
}

impl Frequency {
    pub const ALL: [Frequency; 6] = [
        Frequency::Daily,
        Frequency::Weekly,
        Frequency::Monthly,
        Frequency::Quarterly,
        Frequency::HalfYearly,
        Frequency::Yearly,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Frequency::Daily => "daily",
            Frequency::Weekly => "weekly",
            Frequency::Monthly => "monthly",
            Frequency::Quarterly => "quarterly",
            Frequency::HalfYearly => "half-yearly",
            Frequency::Yearly => "yearly",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Frequency::ALL.into_iter().find(|f| f.as_str() == text)
    }

    /// The billing interval with the same step.
    pub fn interval(self) -> Interval {
        let (unit, every) = match self {
            Frequency::Daily => (IntervalUnit::Day, 1),
            Frequency::Weekly => (IntervalUnit::Week, 1),
            Frequency::Monthly => (IntervalUnit::Month, 1),
            Frequency::Quarterly => (IntervalUnit::Month, 3),
            Frequency::HalfYearly => (IntervalUnit::Month, 6),
            Frequency::Yearly => (IntervalUnit::Month, 12),
        };
        Interval { unit, every }
    }

    /// Whether the frequency steps in months (so a day of month means something).
    pub fn is_monthly(self) -> bool {
        self.interval().unit == IntervalUnit::Month
    }
}

/// Which day of the month a monthly-or-longer occurrence falls on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayRule {
    /// The start's own day of month, clamped (also the only rule for daily and weekly).
    StartDay,
    /// Day N (1 to 31) of each month, clamped to the month's last day.
    Day(u32),
    /// The last day of each month.
    LastDay,
}

/// Parses `--day N`: a whole number from 1 to 31.
pub fn parse_day_of_month(field: &str, text: &str) -> Result<u32, Error> {
    match text.trim().parse::<u32>() {
        Ok(day) if (1..=31).contains(&day) => Ok(day),
        _ => Err(Error::invalid(
            field,
            format!("{text:?} is not a day of the month (1 to 31)"),
        )),
    }
}

/// The dates of one repeat, from its start to its optional end (inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RepeatSchedule {
    pub start: NaiveDate,
    pub frequency: Frequency,
    pub day: DayRule,
    pub end: Option<NaiveDate>,
}

/// Far beyond any horizon a repeat can have, and a guard against absurd input.
const MAX_INDEX: u64 = 1_000_000;

/// What is due for one repeat on one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueOccurrences {
    /// (index, date) of every occurrence due on or before the day, oldest first; at most
    /// `limit` + 1 of them, so that a caller can tell "more than the limit".
    pub due: Vec<(u64, NaiveDate)>,
    /// The first index not due yet.
    pub next_index: u64,
    /// Its date; `None` when the schedule has ended.
    pub next_due_on: Option<NaiveDate>,
}

impl RepeatSchedule {
    /// A schedule, checked: a day rule only with a monthly-or-longer frequency, an end
    /// not before the start, and at least one date between them. Errors name the flag.
    pub fn new(
        start: NaiveDate,
        frequency: Frequency,
        day: DayRule,
        end: Option<NaiveDate>,
    ) -> Result<Self, Error> {
        match day {
            DayRule::Day(n) if !(1..=31).contains(&n) => {
                return Err(Error::invalid(
                    "--day",
                    format!("{n} is not a day of the month (1 to 31)"),
                ));
            }
            DayRule::Day(_) if !frequency.is_monthly() => {
                return Err(Error::invalid(
                    "--day",
                    format!(
                        "a day of the month needs a monthly, quarterly, half-yearly or yearly frequency, not {}",
                        frequency.as_str()
                    ),
                ));
            }
            DayRule::LastDay if !frequency.is_monthly() => {
                return Err(Error::invalid(
                    "--last-day",
                    format!(
                        "the last day of the month needs a monthly, quarterly, half-yearly or yearly frequency, not {}",
                        frequency.as_str()
                    ),
                ));
            }
            _ => {}
        }
        if let Some(end) = end {
            if end < start {
                return Err(Error::invalid(
                    "--end",
                    format!("{end} is before the start {start}"),
                ));
            }
        }
        let schedule = RepeatSchedule {
            start,
            frequency,
            day,
            end,
        };
        if schedule.occurrence(0).is_none() {
            return Err(Error::invalid(
                "--end",
                format!(
                    "no {} date falls between {start} and the end",
                    frequency.as_str()
                ),
            ));
        }
        Ok(schedule)
    }

    /// The k-th date of the unskipped sequence (which may fall before the start).
    fn raw(&self, k: u64) -> Option<NaiveDate> {
        let interval = self.frequency.interval();
        match self.day {
            DayRule::StartDay => Cadence::new(self.start, interval).period_start(k),
            DayRule::Day(n) => Some(day_of_month_clamped(self.month(k)?, n)),
            DayRule::LastDay => Some(last_day_of_month(self.month(k)?)),
        }
    }

    /// The first day of the k-th month of the schedule, counted from the start's month.
    fn month(&self, k: u64) -> Option<NaiveDate> {
        let first = self.start.with_day(1)?;
        Cadence::new(first, self.frequency.interval()).period_start(k)
    }

    /// 1 when the first date of the sequence falls before the start and is skipped.
    fn skipped(&self) -> u64 {
        match self.raw(0) {
            Some(first) if first < self.start => 1,
            _ => 0,
        }
    }

    /// The date of occurrence `index` (0 is the first on or after the start), or `None`
    /// when it falls after the end.
    pub fn occurrence(&self, index: u64) -> Option<NaiveDate> {
        if index > MAX_INDEX {
            return None;
        }
        let date = self.raw(index + self.skipped())?;
        match self.end {
            Some(end) if date > end => None,
            _ => Some(date),
        }
    }

    /// The index of the first occurrence on or after `date` (ignoring the end).
    pub fn first_index_on_or_after(&self, date: NaiveDate) -> u64 {
        if date <= self.start {
            return 0;
        }
        let skipped = self.skipped();
        // The raw sequence is the period starts of a schedule (or one date per month of
        // one): find the period holding `date`, then step past it if it is before `date`.
        let anchor = match self.day {
            DayRule::StartDay => self.start,
            _ => self.start.with_day(1).unwrap_or(self.start),
        };
        let months = Cadence::new(anchor, self.frequency.interval());
        let mut k = months.index_containing(date).unwrap_or(0);
        // With a day rule, the date of month k may be before or after `date`: walk.
        while k > 0 && self.raw(k - 1).is_some_and(|d| d >= date) {
            k -= 1;
        }
        while self.raw(k).is_some_and(|d| d < date) {
            k += 1;
        }
        k.saturating_sub(skipped)
    }

    /// The index of the first occurrence strictly after `date` (ignoring the end): where a
    /// repeat of a source dated `date` begins, the source being the occurrence on its date.
    pub fn first_index_after(&self, date: NaiveDate) -> u64 {
        match date.succ_opt() {
            Some(next) => self.first_index_on_or_after(next),
            None => MAX_INDEX + 1,
        }
    }

    /// The occurrences from `from_index` that are due on `today` (their date has come),
    /// counting at most `limit` + 1 of them.
    pub fn due(&self, from_index: u64, today: NaiveDate, limit: usize) -> DueOccurrences {
        let mut due = Vec::new();
        let mut index = from_index;
        loop {
            match self.occurrence(index) {
                Some(date) if date <= today && due.len() <= limit => {
                    due.push((index, date));
                    index += 1;
                }
                Some(date) if date <= today => {
                    // Over the limit: the caller refuses the unit, no need to count on.
                    return DueOccurrences {
                        due,
                        next_index: index,
                        next_due_on: Some(date),
                    };
                }
                next => {
                    return DueOccurrences {
                        due,
                        next_index: index,
                        next_due_on: next,
                    };
                }
            }
        }
    }

    /// How many occurrences from `from_index` are due on `today` (for the runaway message).
    pub fn due_count(&self, from_index: u64, today: NaiveDate) -> u64 {
        let mut index = from_index;
        while index <= MAX_INDEX && self.occurrence(index).is_some_and(|d| d <= today) {
            index += 1;
        }
        index - from_index
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn dates(schedule: &RepeatSchedule, n: u64) -> Vec<String> {
        (0..n)
            .map_while(|k| schedule.occurrence(k))
            .map(|d| d.to_string())
            .collect()
    }

    fn schedule(start: &str, frequency: Frequency, day: DayRule) -> RepeatSchedule {
        RepeatSchedule::new(date(start), frequency, day, None).unwrap()
    }

    #[test]
    fn the_first_copy_of_a_source_falls_on_the_first_date_after_its_own() {
        let s = schedule("2026-01-31", Frequency::Monthly, DayRule::StartDay);
        assert_eq!(
            s.occurrence(s.first_index_after(date("2026-01-31"))),
            Some(date("2026-02-28"))
        );
        // A source dated before the start: the schedule begins at its start.
        assert_eq!(s.first_index_after(date("2026-01-10")), 0);
        // Dated between two dates: the next one.
        assert_eq!(
            s.occurrence(s.first_index_after(date("2026-03-01"))),
            Some(date("2026-03-31"))
        );
    }

    #[test]
    fn monthly_on_the_31st_clamps_in_february_and_comes_back() {
        let s = schedule("2026-01-31", Frequency::Monthly, DayRule::StartDay);
        assert_eq!(
            dates(&s, 4),
            ["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"]
        );
        let leap = schedule("2024-01-31", Frequency::Monthly, DayRule::StartDay);
        assert_eq!(dates(&leap, 3), ["2024-01-31", "2024-02-29", "2024-03-31"]);
    }

    #[test]
    fn a_day_of_month_counts_from_the_start_month_and_skips_a_date_before_the_start() {
        let s = schedule("2026-01-20", Frequency::Monthly, DayRule::Day(5));
        assert_eq!(dates(&s, 3), ["2026-02-05", "2026-03-05", "2026-04-05"]);
        let s = schedule("2026-01-05", Frequency::Monthly, DayRule::Day(31));
        assert_eq!(dates(&s, 3), ["2026-01-31", "2026-02-28", "2026-03-31"]);
        let s = schedule("2026-01-05", Frequency::Quarterly, DayRule::Day(15));
        assert_eq!(dates(&s, 3), ["2026-01-15", "2026-04-15", "2026-07-15"]);
    }

    #[test]
    fn the_last_day_follows_month_ends_and_leap_years() {
        let s = schedule("2027-11-10", Frequency::Monthly, DayRule::LastDay);
        assert_eq!(
            dates(&s, 5),
            [
                "2027-11-30",
                "2027-12-31",
                "2028-01-31",
                "2028-02-29",
                "2028-03-31"
            ]
        );
        let s = schedule("2024-02-29", Frequency::Yearly, DayRule::StartDay);
        assert_eq!(
            dates(&s, 5),
            [
                "2024-02-29",
                "2025-02-28",
                "2026-02-28",
                "2027-02-28",
                "2028-02-29"
            ]
        );
    }

    #[test]
    fn each_frequency_steps_by_its_interval() {
        let step = |f| dates(&schedule("2026-01-31", f, DayRule::StartDay), 3);
        assert_eq!(
            step(Frequency::Daily),
            ["2026-01-31", "2026-02-01", "2026-02-02"]
        );
        assert_eq!(
            step(Frequency::Weekly),
            ["2026-01-31", "2026-02-07", "2026-02-14"]
        );
        assert_eq!(
            step(Frequency::Quarterly),
            ["2026-01-31", "2026-04-30", "2026-07-31"]
        );
        assert_eq!(
            step(Frequency::HalfYearly),
            ["2026-01-31", "2026-07-31", "2027-01-31"]
        );
        assert_eq!(
            step(Frequency::Yearly),
            ["2026-01-31", "2027-01-31", "2028-01-31"]
        );
    }

    #[test]
    fn the_end_is_inclusive_and_stops_the_schedule() {
        let s = RepeatSchedule::new(
            date("2026-01-31"),
            Frequency::Monthly,
            DayRule::StartDay,
            Some(date("2026-03-31")),
        )
        .unwrap();
        assert_eq!(dates(&s, 10), ["2026-01-31", "2026-02-28", "2026-03-31"]);
        let due = s.due(1, date("2026-12-31"), 24);
        assert_eq!(due.due, [(1, date("2026-02-28")), (2, date("2026-03-31"))]);
        assert_eq!((due.next_index, due.next_due_on), (3, None));
    }

    #[test]
    fn bad_schedules_name_the_flag() {
        let err = |start: &str, f, day, end: Option<&str>| {
            RepeatSchedule::new(date(start), f, day, end.map(date))
                .unwrap_err()
                .to_string()
        };
        assert!(err("2026-01-01", Frequency::Monthly, DayRule::Day(0), None).starts_with("--day"));
        assert!(err("2026-01-01", Frequency::Monthly, DayRule::Day(32), None).starts_with("--day"));
        assert!(err("2026-01-01", Frequency::Weekly, DayRule::Day(3), None).starts_with("--day"));
        assert!(
            err("2026-01-01", Frequency::Daily, DayRule::LastDay, None).starts_with("--last-day")
        );
        assert!(
            err(
                "2026-02-01",
                Frequency::Monthly,
                DayRule::StartDay,
                Some("2026-01-31")
            )
            .starts_with("--end")
        );
        assert!(
            err(
                "2026-01-20",
                Frequency::Monthly,
                DayRule::Day(5),
                Some("2026-01-31")
            )
            .starts_with("--end")
        );
        assert_eq!(parse_day_of_month("--day", "31").unwrap(), 31);
        for bad in ["0", "32", "-1", "x", ""] {
            assert!(parse_day_of_month("--day", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn due_lists_every_missed_occurrence_and_stops_past_the_limit() {
        let s = schedule("2026-01-31", Frequency::Monthly, DayRule::StartDay);
        let due = s.due(1, date("2026-04-30"), 24);
        assert_eq!(
            due.due,
            [
                (1, date("2026-02-28")),
                (2, date("2026-03-31")),
                (3, date("2026-04-30"))
            ]
        );
        assert_eq!(
            (due.next_index, due.next_due_on),
            (4, Some(date("2026-05-31")))
        );
        assert_eq!(s.due(1, date("2026-04-30"), 2).due.len(), 3);
        assert_eq!(s.due_count(1, date("2026-04-30")), 3);
    }

    #[test]
    fn restart_dates_land_on_the_schedule() {
        let s = schedule("2026-01-31", Frequency::Monthly, DayRule::StartDay);
        assert_eq!(s.first_index_on_or_after(date("2026-01-01")), 0);
        assert_eq!(s.first_index_on_or_after(date("2026-02-28")), 1);
        assert_eq!(s.first_index_on_or_after(date("2026-03-01")), 2);
        let s = schedule("2026-01-20", Frequency::Monthly, DayRule::Day(5));
        assert_eq!(s.first_index_on_or_after(date("2026-02-05")), 0);
        assert_eq!(s.first_index_on_or_after(date("2026-02-06")), 1);
    }

    fn any_frequency() -> impl Strategy<Value = Frequency> {
        (0usize..6).prop_map(|i| Frequency::ALL[i])
    }

    fn any_monthly() -> impl Strategy<Value = Frequency> {
        (2usize..6).prop_map(|i| Frequency::ALL[i])
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (0i64..20_000).prop_map(|n| date("1990-01-01") + chrono::Duration::days(n))
    }

    /// Whether occurrence `k` of a schedule from `start` would fall past the last day `subs`
    /// knows (with a step of slack for a skipped first date and a day rule).
    fn past_the_last_day(start: NaiveDate, frequency: Frequency, k: u64) -> bool {
        let interval = frequency.interval();
        let every = u64::from(interval.every);
        let next = match interval.unit {
            IntervalUnit::Day => start.checked_add_days(chrono::Days::new((k + 1) * every)),
            IntervalUnit::Week => start.checked_add_days(chrono::Days::new((k + 1) * every * 7)),
            IntervalUnit::Month | IntervalUnit::Year => start.with_day(1).and_then(|first| {
                first.checked_add_months(chrono::Months::new(((k + 2) * every) as u32))
            }),
        };
        next.is_none_or(|n| n > crate::domain::values::LAST_DATE)
    }

    fn any_rule() -> impl Strategy<Value = DayRule> {
        prop_oneof![
            Just(DayRule::StartDay),
            Just(DayRule::LastDay),
            (1u32..=31).prop_map(DayRule::Day),
        ]
    }

    proptest! {
        #[test]
        fn dates_never_drift(start in any_date(), frequency in any_frequency(), k in 0u64..200) {
            let s = RepeatSchedule::new(start, frequency, DayRule::StartDay, None).unwrap();
            let Some(d) = s.occurrence(k) else {
                prop_assert!(past_the_last_day(start, frequency, k));
                return Ok(());
            };
            if frequency.is_monthly() {
                prop_assert_eq!(d.day(), start.day().min(last_day_of_month(d).day()));
                let months = (d.year() - start.year()) * 12 + d.month() as i32 - start.month() as i32;
                prop_assert_eq!(months as u64, k * u64::from(frequency.interval().every));
            } else {
                let step = if frequency == Frequency::Daily { 1 } else { 7 };
                prop_assert_eq!((d - start).num_days(), k as i64 * step);
            }
        }

        #[test]
        fn a_day_of_month_holds_in_every_month(start in any_date(), frequency in any_monthly(), day in 1u32..=31, k in 0u64..200) {
            let s = RepeatSchedule::new(start, frequency, DayRule::Day(day), None).unwrap();
            let Some(d) = s.occurrence(k) else {
                prop_assert!(past_the_last_day(start, frequency, k));
                return Ok(());
            };
            prop_assert_eq!(d.day(), day.min(last_day_of_month(d).day()));
            prop_assert!(d >= start);
        }

        #[test]
        fn the_last_day_is_always_a_month_end_and_february_29_only_in_leap_years(start in any_date(), frequency in any_monthly(), k in 0u64..200) {
            let s = RepeatSchedule::new(start, frequency, DayRule::LastDay, None).unwrap();
            let Some(d) = s.occurrence(k) else {
                prop_assert!(past_the_last_day(start, frequency, k));
                return Ok(());
            };
            prop_assert_eq!(d, last_day_of_month(d));
            if d.month() == 2 {
                let leap = NaiveDate::from_ymd_opt(d.year(), 2, 29).is_some();
                prop_assert_eq!(d.day() == 29, leap);
            }
        }

        #[test]
        fn dates_strictly_increase_from_the_start_and_stop_at_the_end(start in any_date(), frequency in any_frequency(), rule in any_rule(), span in 0i64..2000) {
            let end = start + chrono::Duration::days(span);
            let Ok(s) = RepeatSchedule::new(start, frequency, rule, Some(end)) else {
                // Only a day rule on a daily or weekly schedule, or no date before the end.
                prop_assert!(rule != DayRule::StartDay);
                return Ok(());
            };
            let mut previous: Option<NaiveDate> = None;
            for k in 0.. {
                let Some(d) = s.occurrence(k) else { break };
                prop_assert!(d >= start && d <= end);
                if let Some(p) = previous { prop_assert!(p < d); }
                previous = Some(d);
            }
            prop_assert!(previous.is_some());
        }

        #[test]
        fn restart_index_is_the_first_date_on_or_after(start in any_date(), frequency in any_frequency(), rule in any_rule(), offset in 0i64..3000) {
            let Ok(s) = RepeatSchedule::new(start, frequency, rule, None) else { return Ok(()) };
            let probe = start + chrono::Duration::days(offset);
            let k = s.first_index_on_or_after(probe);
            prop_assert!(s.occurrence(k).unwrap() >= probe);
            if k > 0 {
                prop_assert!(s.occurrence(k - 1).unwrap() < probe);
            }
        }

        #[test]
        fn due_agrees_with_the_dates(start in any_date(), frequency in any_frequency(), from in 0u64..50, ahead in 0i64..800) {
            let s = RepeatSchedule::new(start, frequency, DayRule::StartDay, None).unwrap();
            let today = start + chrono::Duration::days(ahead);
            let due = s.due(from, today, 10_000);
            for (index, date) in &due.due {
                prop_assert_eq!(s.occurrence(*index), Some(*date));
                prop_assert!(*date <= today);
            }
            prop_assert_eq!(due.due.len() as u64, s.due_count(from, today));
            let next = s.occurrence(due.next_index).unwrap();
            prop_assert!(next > today);
            prop_assert_eq!(due.next_due_on, Some(next));
        }
    }
}
