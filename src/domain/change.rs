//! Changing a subscription's lines or interval mid-period, and pausing it (issue 13 §3–§4):
//! when a change may take effect, and what switching to a new run of periods means.
//!
//! The split itself is `domain::pause`'s segments (the old lines serve the days before the
//! change, the new lines the days from it, pauses none), billed and credited by the
//! cancellation core (`domain::cancellation::credit_down_to`): for every line, what is
//! billed net of credit notes is `rate × days served / period days`, rounded once per
//! booked amount.

use chrono::NaiveDate;

use crate::domain::pause::Pause;
use crate::domain::subscription::{State, Subscription};
use crate::error::Error;

/// The day a change takes effect when none is given: the first day of the period after the
/// one holding `today` (the first period's first day before it starts).
pub fn default_change_day(sub: &Subscription, today: NaiveDate) -> Option<NaiveDate> {
    let timeline = sub.timeline();
    let next = match timeline.index_containing(today) {
        Some(index) => index + 1,
        None if today < sub.anchor => 0,
        None => return None,
    };
    timeline.period(next).map(|p| p.served.start)
}

/// Refuses a change on `on` that cannot take effect: the subscription has ended, or is
/// ending before it, or `on` falls before the run's first day or not after a change already
/// scheduled.
pub fn check_change_day(sub: &Subscription, on: NaiveDate) -> Result<(), Error> {
    check_running(sub)?;
    if on < sub.anchor.max(sub.run_start()) {
        return Err(Error::invalid(
            "--on",
            format!(
                "{on} is before the subscription's first billed day {}",
                sub.anchor.max(sub.run_start())
            ),
        ));
    }
    if let Some(end) = sub.end {
        if on > end {
            return Err(Error::refused(format!(
                "subscription {} ends on {end}; a change on {on} would never apply",
                sub.id
            )));
        }
    }
    let scheduled = sub
        .lines
        .iter()
        .filter_map(|l| l.from)
        .chain(sub.switch.map(|s| s.on))
        .max();
    if let Some(last) = scheduled {
        if on <= last {
            return Err(Error::refused(format!(
                "subscription {} already changes on {last}; a further change must come after that day",
                sub.id
            )));
        }
    }
    Ok(())
}

/// Refuses to change or pause a subscription that is not running.
pub fn check_running(sub: &Subscription) -> Result<(), Error> {
    match sub.state {
        State::Active => Ok(()),
        other => Err(Error::refused(format!(
            "subscription {} is {}; only a running subscription can change or pause",
            sub.id,
            other.as_str()
        ))),
    }
}

/// Checks a new pause from `from` through `until` against the subscription and its other
/// pauses.
pub fn check_pause(
    sub: &Subscription,
    from: NaiveDate,
    until: Option<NaiveDate>,
) -> Result<Pause, Error> {
    check_running(sub)?;
    if from < sub.start {
        return Err(Error::invalid(
            "--from",
            format!("{from} is before the subscription's start {}", sub.start),
        ));
    }
    if let Some(until) = until {
        if until < from {
            return Err(Error::invalid(
                "--until",
                format!("{until} is before --from {from}"),
            ));
        }
    }
    if let Some(end) = sub.end {
        if from > end {
            return Err(Error::refused(format!(
                "subscription {} ends on {end}; nothing to pause from {from}",
                sub.id
            )));
        }
    }
    let pause = Pause { id: 0, from, until };
    if let Some(other) = sub.pauses.iter().find(|p| p.overlaps(&pause)) {
        let until = other
            .until
            .map_or_else(|| "until resumed".to_string(), |u| format!("through {u}"));
        return Err(Error::refused(format!(
            "subscription {} is already paused from {} {until}",
            sub.id, other.from
        )));
    }
    Ok(pause)
}

/// What a resumption on `on` does to the pause it ends: the pause holding `on` stops the
/// day before (`Some`); the next pause, not begun by then, is dropped (`None`). Refused
/// when no pause holds `on` or comes after it.
pub fn resume_pause(sub: &Subscription, on: NaiveDate) -> Result<(Pause, Option<Pause>), Error> {
    check_running(sub)?;
    let found = sub
        .pauses
        .iter()
        .filter(|p| p.covers(on) || p.from >= on)
        .min_by_key(|p| p.from)
        .copied();
    let Some(pause) = found else {
        return Err(Error::refused(format!(
            "subscription {} is not paused on {on}; nothing to resume",
            sub.id
        )));
    };
    if pause.from >= on {
        return Ok((pause, None));
    }
    Ok((
        pause,
        Some(Pause {
            until: on.pred_opt(),
            ..pause
        }),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::billing::Factor;
    use crate::domain::cancellation::{BilledLine, credit_down_to};
    use crate::domain::invoice::line_amount;
    use crate::domain::pause::{Validity, served_segments};
    use crate::domain::period::Period;
    use crate::domain::subscription::RunSwitch;
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn monthly() -> Subscription {
        crate::domain::subscription::sample_monthly()
    }

    #[test]
    fn without_a_day_a_change_waits_for_the_next_period() {
        assert_eq!(
            default_change_day(&monthly(), date("2026-03-10")),
            Some(date("2026-04-01"))
        );
        assert_eq!(
            default_change_day(&monthly(), date("2025-12-10")),
            Some(date("2026-01-01"))
        );
    }

    #[test]
    fn a_change_before_the_start_after_the_end_or_not_after_another_is_refused() {
        let sub = monthly();
        assert_eq!(
            check_change_day(&sub, date("2025-12-31"))
                .unwrap_err()
                .to_string(),
            "--on: 2025-12-31 is before the subscription's first billed day 2026-01-01"
        );
        let mut ending = monthly();
        ending.end = Some(date("2026-03-31"));
        assert!(check_change_day(&ending, date("2026-04-01")).is_err());
        let mut switching = monthly();
        switching.switch = Some(RunSwitch {
            on: date("2026-05-01"),
            interval: switching.interval,
        });
        assert_eq!(
            check_change_day(&switching, date("2026-05-01"))
                .unwrap_err()
                .to_string(),
            "subscription SUB-0001 already changes on 2026-05-01; a further change must come after that day"
        );
        assert!(check_change_day(&switching, date("2026-05-02")).is_ok());
    }

    #[test]
    fn pauses_may_not_overlap_nor_end_before_they_start() {
        let mut sub = monthly();
        sub.pauses.push(Pause {
            id: 1,
            from: date("2026-07-16"),
            until: Some(date("2026-08-15")),
        });
        assert_eq!(
            check_pause(&sub, date("2026-08-01"), None)
                .unwrap_err()
                .to_string(),
            "subscription SUB-0001 is already paused from 2026-07-16 through 2026-08-15"
        );
        assert!(check_pause(&sub, date("2026-09-10"), Some(date("2026-09-01"))).is_err());
        assert!(check_pause(&sub, date("2026-08-16"), None).is_ok());
    }

    #[test]
    fn resuming_inside_a_pause_ends_it_the_day_before_and_before_it_drops_it() {
        let mut sub = monthly();
        sub.pauses.push(Pause {
            id: 1,
            from: date("2026-07-16"),
            until: None,
        });
        let (_, ended) = resume_pause(&sub, date("2026-08-10")).unwrap();
        assert_eq!(ended.unwrap().until, Some(date("2026-08-09")));
        let (_, dropped) = resume_pause(&sub, date("2026-07-01")).unwrap();
        assert_eq!(dropped, None);
        let (_, dropped) = resume_pause(&sub, date("2026-07-16")).unwrap();
        assert_eq!(dropped, None);
        sub.pauses[0].until = Some(date("2026-07-20"));
        assert!(resume_pause(&sub, date("2026-09-01")).is_err());
    }

    fn billed(net: i64, rate: Decimal, qty: Decimal, served: Period, days: i64) -> BilledLine {
        BilledLine {
            line_id: 1,
            invoice_id: 1,
            qty,
            rate,
            served,
            period_days: days,
            net,
            credited: 0,
            gaps: Vec::new(),
        }
    }

    proptest! {
        /// A month billed in advance, then changed on any day: the old line's credit and the
        /// new line's invoice leave each line billed at `rate × days served / period days`,
        /// rounded once.
        #[test]
        fn a_change_on_any_day_bills_each_line_for_the_days_it_serves(
            old_cents in 1i64..10_000_000, new_cents in 1i64..10_000_000, qty in 1i64..5, day in 0i64..31,
        ) {
            let march = Period { start: date("2026-03-01"), end: date("2026-03-31") };
            let (old_rate, new_rate, qty) = (Decimal::new(old_cents, 2), Decimal::new(new_cents, 2), Decimal::from(qty));
            let on = march.start + chrono::Duration::days(day);
            let full = line_amount(qty, old_rate, Factor { days: 31, period_days: 31 }, 2).unwrap().net;
            let old_kept = served_segments(march, Validity { from: None, until: on.pred_opt() }, &[]);
            let credit = credit_down_to(&billed(full, old_rate, qty, march, 31), &old_kept, None, 2).unwrap().map_or(0, |c| c.amount);
            let old_days = (on - march.start).num_days();
            let expected_old = line_amount(qty, old_rate, Factor { days: old_days, period_days: 31 }, 2).unwrap().net;
            prop_assert_eq!(full - credit, expected_old);
            let new_segments = served_segments(march, Validity { from: Some(on), until: None }, &[]);
            let new_days: i64 = new_segments.iter().map(Period::days).sum();
            prop_assert_eq!(old_days + new_days, 31);
            let new_billed: i64 = new_segments
                .iter()
                .map(|s| line_amount(qty, new_rate, Factor { days: s.days(), period_days: 31 }, 2).unwrap().net)
                .sum();
            let expected_new = line_amount(qty, new_rate, Factor { days: 31 - day, period_days: 31 }, 2).unwrap().net;
            prop_assert_eq!(new_billed, expected_new);
        }

        /// A month billed in advance, then paused over any span: the credit leaves the line
        /// billed at `rate × unpaused days / period days`, rounded once; a second look credits
        /// nothing more.
        #[test]
        fn a_pause_over_any_days_credits_down_to_the_days_served(
            cents in 1i64..10_000_000, from in 0i64..31, len in 0i64..40,
        ) {
            let march = Period { start: date("2026-03-01"), end: date("2026-03-31") };
            let rate = Decimal::new(cents, 2);
            let full = line_amount(Decimal::ONE, rate, Factor { days: 31, period_days: 31 }, 2).unwrap().net;
            let pause = Pause { id: 1, from: march.start + chrono::Duration::days(from), until: Some(march.start + chrono::Duration::days(from + len)) };
            let kept = served_segments(march, Validity::default(), &[pause]);
            let kept_days: i64 = kept.iter().map(Period::days).sum();
            let mut line = billed(full, rate, Decimal::ONE, march, 31);
            let credit = credit_down_to(&line, &kept, None, 2).unwrap().map_or(0, |c| c.amount);
            let expected = line_amount(Decimal::ONE, rate, Factor { days: kept_days, period_days: 31 }, 2).unwrap().net;
            prop_assert_eq!(full - credit, expected);
            line.credited = credit;
            prop_assert!(credit_down_to(&line, &kept, None, 2).unwrap().is_none());
        }
    }
}
