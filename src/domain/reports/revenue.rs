//! Revenue invoiced per month (net, credit notes deducted) and deferred revenue: the part
//! of what was invoiced by a day for service after it (`produits constatés d'avance`), in
//! proportion of the days of each line's service period, rounded once per line.

use chrono::NaiveDate;

use crate::domain::money::share;

/// How revenue is split.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RevenueBy {
    Month,
    Item,
    ItemGroup,
    Location,
}

/// One row: a month, a key (empty by month), what was invoiced in it and what was
/// deferred at its end.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RevenueRow {
    pub month: String,
    pub key: String,
    pub invoiced: i64,
    pub deferred: i64,
}

/// The part of `net` for the days of `[start, end]` after `on`.
pub fn deferred(net: i64, start: NaiveDate, end: NaiveDate, on: NaiveDate) -> i64 {
    if end <= on {
        return 0;
    }
    let total = (end - start).num_days() + 1;
    let after = (end - on.max(start.pred_opt().unwrap_or(start)))
        .num_days()
        .min(total);
    share(net, after, total).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    #[test]
    fn the_part_of_a_line_for_days_after_the_date_is_deferred() {
        // A quarter of 91 days billed 910.00 in advance: 31 days served in January.
        assert_eq!(deferred(91000, d(1, 1), d(4, 1), d(1, 31)), 60000);
        assert_eq!(deferred(91000, d(1, 1), d(4, 1), d(4, 1)), 0);
        assert_eq!(deferred(91000, d(2, 1), d(4, 1), d(1, 31)), 91000);
        assert_eq!(deferred(-3000, d(1, 1), d(1, 30), d(1, 10)), -2000);
    }
}
