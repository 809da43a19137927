//! Fiscal years: a year is named by the calendar year its closing date falls in
//! (`company.fiscal_year_end`, `MM-DD`, 12-31 by default; 02-29 closes on 02-28 in a
//! common year).

use chrono::{Datelike, NaiveDate};

/// A fiscal year's first and last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FiscalYear {
    pub start: NaiveDate,
    pub closing: NaiveDate,
}

fn closing_in(year: i32, month: u32, day: u32) -> NaiveDate {
    (0..4)
        .find_map(|back| NaiveDate::from_ymd_opt(year, month, day - back))
        .unwrap_or_default()
}

/// `(month, day)` of a stored `MM-DD` setting (12-31 when unreadable).
pub fn month_day(setting: &str) -> (u32, u32) {
    let mut parts = setting.split('-').map(|p| p.parse::<u32>().ok());
    match (parts.next().flatten(), parts.next().flatten()) {
        (Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d) => (m, d),
        _ => (12, 31),
    }
}

/// The fiscal year closing in calendar year `year`.
pub fn fiscal_year(year: i32, end: (u32, u32)) -> FiscalYear {
    let closing = closing_in(year, end.0, end.1);
    let previous = closing_in(year - 1, end.0, end.1);
    FiscalYear {
        start: previous.succ_opt().unwrap_or(previous),
        closing,
    }
}

/// The name (closing year) of the fiscal year `date` falls in.
pub fn year_of(date: NaiveDate, end: (u32, u32)) -> i32 {
    if date <= closing_in(date.year(), end.0, end.1) {
        date.year()
    } else {
        date.year() + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_calendar_fiscal_year_is_the_year() {
        let fy = fiscal_year(2026, (12, 31));
        assert_eq!((fy.start, fy.closing), (d(2026, 1, 1), d(2026, 12, 31)));
        assert_eq!(year_of(d(2026, 12, 31), (12, 31)), 2026);
    }

    #[test]
    fn a_year_closing_in_june_starts_in_july_before() {
        let fy = fiscal_year(2026, (6, 30));
        assert_eq!((fy.start, fy.closing), (d(2025, 7, 1), d(2026, 6, 30)));
        assert_eq!(year_of(d(2026, 7, 1), (6, 30)), 2027);
        assert_eq!(fiscal_year(2025, (2, 29)).closing, d(2025, 2, 28));
    }
}
