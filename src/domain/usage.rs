//! Metered usage (issue 13 §5): what a subscription used (pages printed, hours of a room
//! beyond its credits), recorded on a day and billed in arrears.
//!
//! Which invoice bills a usage is decided by its day alone: the invoice of a period bills
//! every usage not billed yet up to [`billed_through`] that period, so each usage is billed
//! exactly once, on the first invoice whose cut-off reaches it; late records go on the next
//! invoice. Each usage is billed for its own period (the one holding its day), priced on
//! that period's first day.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

use crate::domain::billing::{BillMode, BillingPeriod, Timeline};
use crate::domain::period::Period;
use crate::error::Error;

/// A usage as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Usage {
    pub id: i64,
    pub subscription: String,
    pub item: String,
    pub qty: Decimal,
    pub on: NaiveDate,
    pub reference: Option<String>,
    pub recorded_at: String,
    /// The invoice that billed it (its id), once billed.
    pub invoice: Option<i64>,
    /// That invoice's number, once issued.
    pub invoice_number: Option<String>,
}

/// Which usages `usage list` shows.
#[derive(Debug, Clone, Default)]
pub struct UsageFilter {
    pub subscription: Option<String>,
    /// Only those no invoice has billed yet.
    pub unbilled: bool,
}

/// A usage about to be recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUsage {
    pub subscription: String,
    pub item: String,
    pub qty: Decimal,
    pub on: NaiveDate,
    pub reference: Option<String>,
}

/// The last usage day the invoice of `period` bills: its last day in arrears (the
/// invoice goes out after it), the day before it in advance (the invoice goes out on its
/// first day, so the usage of the period before is billed with it).
pub fn billed_through(bill: BillMode, period: &BillingPeriod) -> Option<NaiveDate> {
    match bill {
        BillMode::Arrears => Some(period.served.end),
        BillMode::Advance => period.served.start.checked_sub_days(Days::new(1)),
    }
}

/// How a usage line's price source begins (`invoice explain` shows it): what tells a
/// usage line from a subscription line on a draft a cancellation trims.
pub const USAGE_SOURCE: &str = "usage, ";

/// Whether an invoice line bills usage, by its price source.
pub fn is_usage_line(price_source: &str) -> bool {
    price_source.starts_with(USAGE_SOURCE)
}

/// The usage of one item in one period: one invoice line (one per tier).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageGroup {
    pub item: String,
    /// The period holding the usage days (served: cut at the end date).
    pub period: Period,
    pub qty: Decimal,
    pub ids: Vec<i64>,
}

/// Groups usages by item and by the period of `timeline` that holds their day, periods
/// in order. A day in no period (before the first billed day, after the end) is refused,
/// naming the usage.
pub fn group_by_period(timeline: &Timeline, usages: &[Usage]) -> Result<Vec<UsageGroup>, Error> {
    let mut groups: BTreeMap<(NaiveDate, String), UsageGroup> = BTreeMap::new();
    for usage in usages {
        let period = timeline
            .index_containing(usage.on)
            .and_then(|index| timeline.period(index))
            .ok_or_else(|| {
                Error::refused(format!(
                    "usage {} of {} on {} falls in no billing period of the subscription",
                    usage.id, usage.subscription, usage.on
                ))
            })?;
        let group = groups
            .entry((period.served.start, usage.item.clone()))
            .or_insert_with(|| UsageGroup {
                item: usage.item.clone(),
                period: period.served,
                qty: Decimal::ZERO,
                ids: Vec::new(),
            });
        group.qty += usage.qty;
        group.ids.push(usage.id);
    }
    Ok(groups.into_values().collect())
}

/// Refuses a usage day the subscription cannot bill: before its first billed day (a trial,
/// or before a restart) or after its last day of service.
pub fn check_day(
    subscription: &str,
    first_billed_day: NaiveDate,
    end: Option<NaiveDate>,
    on: NaiveDate,
) -> Result<(), Error> {
    if on < first_billed_day {
        return Err(Error::refused(format!(
            "{on} is before {first_billed_day}, the first billed day of {subscription}"
        )));
    }
    if let Some(end) = end.filter(|end| on > *end) {
        return Err(Error::refused(format!(
            "{on} is after {end}, the last day of service of {subscription}"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::period::{Interval, IntervalUnit};
    use proptest::prelude::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn monthly(bill: BillMode, end: Option<&str>) -> Timeline {
        Timeline::new(
            date("2026-01-01"),
            Interval {
                unit: IntervalUnit::Month,
                every: 1,
            },
            end.map(date),
            true,
            bill,
        )
    }

    fn usage(id: i64, item: &str, qty: i64, on: &str) -> Usage {
        Usage {
            id,
            subscription: "SUB-0001".into(),
            item: item.into(),
            qty: Decimal::from(qty),
            on: date(on),
            reference: None,
            recorded_at: String::new(),
            invoice: None,
            invoice_number: None,
        }
    }

    #[test]
    fn in_arrears_a_period_bills_its_own_usage_in_advance_the_usage_before_it() {
        let march = monthly(BillMode::Arrears, None).period(2).unwrap();
        assert_eq!(
            billed_through(BillMode::Arrears, &march),
            Some(date("2026-03-31"))
        );
        let march = monthly(BillMode::Advance, None).period(2).unwrap();
        assert_eq!(
            billed_through(BillMode::Advance, &march),
            Some(date("2026-02-28"))
        );
    }

    #[test]
    fn usage_is_grouped_per_item_and_per_period_in_order() {
        let t = monthly(BillMode::Advance, None);
        let groups = group_by_period(
            &t,
            &[
                usage(1, "PRINT", 10, "2026-02-03"),
                usage(2, "PRINT", 5, "2026-01-31"),
                usage(3, "ROOM", 2, "2026-01-10"),
                usage(4, "PRINT", 7, "2026-01-01"),
            ],
        )
        .unwrap();
        let shape: Vec<_> = groups
            .iter()
            .map(|g| {
                (
                    g.item.as_str(),
                    g.period.start.to_string(),
                    g.qty,
                    g.ids.clone(),
                )
            })
            .collect();
        assert_eq!(
            shape,
            [
                ("PRINT", "2026-01-01".into(), Decimal::from(12), vec![2, 4]),
                ("ROOM", "2026-01-01".into(), Decimal::from(2), vec![3]),
                ("PRINT", "2026-02-01".into(), Decimal::from(10), vec![1]),
            ]
        );
    }

    #[test]
    fn the_period_of_a_usage_is_cut_at_the_end() {
        let t = monthly(BillMode::Advance, Some("2026-03-10"));
        let groups = group_by_period(&t, &[usage(1, "PRINT", 1, "2026-03-10")]).unwrap();
        assert_eq!(groups[0].period.end, date("2026-03-10"));
        assert!(group_by_period(&t, &[usage(2, "PRINT", 1, "2026-03-11")]).is_err());
    }

    #[test]
    fn a_day_outside_service_is_refused() {
        let first = date("2026-01-01");
        assert!(check_day("SUB-0001", first, None, date("2025-12-31")).is_err());
        assert!(
            check_day(
                "SUB-0001",
                first,
                Some(date("2026-03-10")),
                date("2026-03-11")
            )
            .is_err()
        );
        assert!(
            check_day(
                "SUB-0001",
                first,
                Some(date("2026-03-10")),
                date("2026-03-10")
            )
            .is_ok()
        );
    }

    proptest! {
        /// Walking the invoices of a timeline in order, each taking what is not billed yet up
        /// to its cut-off, every usage day is billed exactly once, never before its period
        /// has begun, and (in arrears) on its own period's invoice.
        #[test]
        fn every_usage_day_is_billed_once_on_the_first_invoice_that_reaches_it(
            offsets in prop::collection::vec(0i64..700, 1..20), advance in any::<bool>(),
            every in 1u32..4, weekly in any::<bool>(),
        ) {
            let bill = if advance { BillMode::Advance } else { BillMode::Arrears };
            let unit = if weekly { IntervalUnit::Week } else { IntervalUnit::Month };
            let t = Timeline::new(date("2024-01-31"), Interval { unit, every }, None, false, bill);
            let days: Vec<NaiveDate> = offsets.iter().map(|o| date("2024-01-31") + chrono::Duration::days(*o)).collect();
            let mut billed_on: Vec<Option<u64>> = vec![None; days.len()];
            for index in 0..400u64 {
                let Some(period) = t.period(index) else { break };
                let Some(through) = billed_through(bill, &period) else { continue };
                for (day, slot) in days.iter().zip(billed_on.iter_mut()) {
                    if slot.is_none() && *day <= through {
                        *slot = Some(index);
                    }
                }
            }
            for (day, slot) in days.iter().zip(&billed_on) {
                let index = slot.expect("every day is billed");
                let own = t.index_containing(*day).unwrap();
                match bill {
                    BillMode::Arrears => prop_assert_eq!(index, own),
                    BillMode::Advance => prop_assert_eq!(index, own + 1),
                }
                let groups = group_by_period(&t, &[usage(1, "P", 1, &day.to_string())]).unwrap();
                prop_assert!(groups[0].period.contains(*day));
            }
        }
    }
}
