//! Occupancy: per location and item, the units reserved by subscriptions and booked, day by
//! day, against the capacity; summed per day or per week (from Monday) as unit-days, with
//! the rate `(reserved + booked) ÷ capacity` in percent. A booking occupies its unit on
//! every day it touches.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::domain::money::round_half_away;

/// Units held over a span of days (inclusive), at a place.
#[derive(Debug, Clone)]
pub struct Held {
    pub location: String,
    pub item: String,
    pub from: NaiveDate,
    /// `None`: still held.
    pub to: Option<NaiveDate>,
    pub booking: bool,
}

/// One row: a day or week, a place, and its unit-days.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OccupancyRow {
    /// The day, or the Monday of the week.
    pub period: NaiveDate,
    pub location: String,
    pub item: String,
    pub capacity: i64,
    pub reserved: i64,
    pub booked: i64,
    pub rate: Decimal,
}

/// Changes of units reserved and booked per day (a difference array each).
type Deltas = (Vec<i64>, Vec<i64>);

/// Occupancy from `from` through `to` of each (location, item, capacity per day), per day
/// or (`weekly`) per week.
pub fn occupancy(
    capacities: &[(String, String, i64)],
    held: &[Held],
    from: NaiveDate,
    to: NaiveDate,
    weekly: bool,
) -> Vec<OccupancyRow> {
    let days = usize::try_from((to - from).num_days() + 1).unwrap_or(0);
    // Per place, a difference array of units per day for reservations and bookings.
    let mut deltas: BTreeMap<(&str, &str), Deltas> = capacities
        .iter()
        .map(|(l, i, _)| {
            (
                (l.as_str(), i.as_str()),
                (vec![0; days + 1], vec![0; days + 1]),
            )
        })
        .collect();
    for h in held {
        let Some((reserved, booked)) = deltas.get_mut(&(h.location.as_str(), h.item.as_str()))
        else {
            continue;
        };
        let start = h.from.max(from);
        let end = h.to.unwrap_or(to).min(to);
        if end < start {
            continue;
        }
        let (a, b) = (
            usize::try_from((start - from).num_days()).unwrap_or(0),
            usize::try_from((end - from).num_days()).unwrap_or(0) + 1,
        );
        let target = if h.booking { booked } else { reserved };
        target[a] += 1;
        target[b] -= 1;
    }
    let mut rows: BTreeMap<(NaiveDate, String, String), OccupancyRow> = BTreeMap::new();
    for (location, item, capacity) in capacities {
        let (reserved, booked) = &deltas[&(location.as_str(), item.as_str())];
        let (mut r, mut b) = (0i64, 0i64);
        for day in 0..days {
            r += reserved[day];
            b += booked[day];
            let date = from + chrono::Days::new(day as u64);
            let period = if weekly {
                date - chrono::Days::new(u64::from(date.weekday().num_days_from_monday()))
            } else {
                date
            };
            let row = rows
                .entry((period, location.clone(), item.clone()))
                .or_insert_with(|| OccupancyRow {
                    period,
                    location: location.clone(),
                    item: item.clone(),
                    ..OccupancyRow::default()
                });
            row.capacity += capacity;
            row.reserved += r;
            row.booked += b;
        }
    }
    rows.into_values()
        .map(|mut row| {
            row.rate = if row.capacity == 0 {
                Decimal::ZERO
            } else {
                round_half_away(
                    Decimal::from(row.reserved + row.booked) * Decimal::from(100)
                        / Decimal::from(row.capacity),
                    2,
                )
            };
            row
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, day).unwrap()
    }

    #[test]
    fn reserved_and_booked_units_count_against_capacity_per_day_and_week() {
        let capacities = [("LYON".to_string(), "DESK".to_string(), 2)];
        let held = [
            Held {
                location: "LYON".into(),
                item: "DESK".into(),
                from: d(1),
                to: None,
                booking: false,
            },
            Held {
                location: "LYON".into(),
                item: "DESK".into(),
                from: d(3),
                to: Some(d(3)),
                booking: true,
            },
        ];
        let days = occupancy(&capacities, &held, d(2), d(4), false);
        assert_eq!(
            days.iter()
                .map(|r| (r.reserved, r.booked))
                .collect::<Vec<_>>(),
            [(1, 0), (1, 1), (1, 0)]
        );
        assert_eq!(days[1].rate, Decimal::from(100));
        // 2026-03-02 is a Monday: one week, 6 unit-days of capacity, 4 used.
        let weeks = occupancy(&capacities, &held, d(2), d(4), true);
        assert_eq!(
            (weeks.len(), weeks[0].capacity, weeks[0].rate),
            (1, 6, "66.67".parse().unwrap())
        );
    }
}
