//! What the credits tests share: dates, decimals and lots written shortly.

use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;

use super::*;
use std::str::FromStr;

pub fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

pub fn at(s: &str) -> NaiveDateTime {
    s.parse().unwrap()
}

pub fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

pub fn lot(id: i64, credits: i64, starts: &str, expires: Option<&str>) -> Lot {
    Lot::new(id, credits * MILLI, date(starts), expires.map(date), id)
}

pub fn desk_rules() -> Vec<CostRule> {
    vec![
        CostRule {
            item: "desk".into(),
            uom: "day".into(),
            credits_per_unit: 2 * MILLI,
        },
        CostRule {
            item: "desk".into(),
            uom: "half-day".into(),
            credits_per_unit: MILLI,
        },
    ]
}

pub fn keys(occurrences: &[Occurrence]) -> Vec<&str> {
    occurrences.iter().map(|o| o.key.as_str()).collect()
}
