//! Prices per unit of time (issue 13 §1): a UOM that names a span of time (`day`, `mois`,
//! `trimestre` = 3 months), and how many of it one billing period holds.
//!
//! Only fixed ratios count: a week is 7 days, a year 12 months, a unit of `count` spans is
//! `count` of them. Between months and days there is none (a month has 28 to 31 days): a
//! period in one family priced in the other needs the item's own conversion
//! (`uom convert HOTDESK month day 20`), or it is refused. A quantity is always exact: a
//! ratio with no finite decimal of at most six places (a month priced per trimestre, 1/3)
//! is refused too, rather than rounded before the one rounding of the line.

use std::fmt;

use rust_decimal::Decimal;

use crate::domain::period::{Interval, IntervalUnit};

/// A UOM declared as a span of time: `count` × `unit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeUnit {
    pub unit: IntervalUnit,
    pub count: u32,
}

impl TimeUnit {
    pub fn new(unit: IntervalUnit, count: u32) -> Self {
        TimeUnit { unit, count }
    }

    /// How the unit is shown: `month`, `month×3`.
    pub fn describe(&self) -> String {
        if self.count == 1 {
            self.unit.as_str().to_string()
        } else {
            format!("{}×{}", self.unit.as_str(), self.count)
        }
    }

    fn length(&self) -> Length {
        Length::of(self.unit, i64::from(self.count))
    }
}

/// A span's length in its family's base: days (day, week) or months (month, year).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Length {
    Days(i64),
    Months(i64),
}

impl Length {
    fn of(unit: IntervalUnit, count: i64) -> Self {
        match unit {
            IntervalUnit::Day => Length::Days(count),
            IntervalUnit::Week => Length::Days(7 * count),
            IntervalUnit::Month => Length::Months(count),
            IntervalUnit::Year => Length::Months(12 * count),
        }
    }
}

/// An item's own bridge between the two families: `months` months are `days` days (from a
/// declared conversion such as `uom convert HOTDESK month day 20`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bridge {
    pub months: Decimal,
    pub days: Decimal,
}

impl Bridge {
    /// The bridge a conversion `1 from = factor to` gives, when its two units are time
    /// units of different families.
    pub fn from_conversion(from: TimeUnit, to: TimeUnit, factor: Decimal) -> Option<Bridge> {
        match (from.length(), to.length()) {
            (Length::Months(m), Length::Days(d)) => Some(Bridge {
                months: Decimal::from(m),
                days: factor * Decimal::from(d),
            }),
            (Length::Days(d), Length::Months(m)) => Some(Bridge {
                months: factor * Decimal::from(m),
                days: Decimal::from(d),
            }),
            _ => None,
        }
        .filter(|b| !b.months.is_zero() && !b.days.is_zero())
    }
}

/// Why a period cannot be counted in a time unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoRatio {
    /// Months against days (either way) with no conversion declared for the item.
    NoFixedRatio { period: String, unit: String },
    /// The ratio has no exact decimal of at most six places (a month in trimestres).
    Inexact { period: String, unit: String },
}

impl fmt::Display for NoRatio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NoRatio::NoFixedRatio { period, unit } => write!(
                f,
                "a period of {period} has no fixed number of {unit}s (months and days have no fixed ratio)"
            ),
            NoRatio::Inexact { period, unit } => write!(
                f,
                "a period of {period} is not an exact number of {unit} (at most 6 decimal places)"
            ),
        }
    }
}

/// The quantity of `unit` one billing period of `interval` holds: 3 for a quarter priced per
/// month, 12 for a year, 7 for a week priced per day. Exact, or refused.
pub fn units_per_period(
    interval: Interval,
    unit: TimeUnit,
    bridge: Option<Bridge>,
) -> Result<Decimal, NoRatio> {
    let period = Length::of(interval.unit, i64::from(interval.every));
    let names = || {
        (
            TimeUnit::new(interval.unit, interval.every).describe(),
            unit.unit.as_str().to_string(),
        )
    };
    let (numerator, denominator) = match (period, unit.length(), bridge) {
        (Length::Days(p), Length::Days(u), _) | (Length::Months(p), Length::Months(u), _) => {
            (Decimal::from(p), Decimal::from(u))
        }
        // p months = p × days/months days, counted in units of u days.
        (Length::Months(p), Length::Days(u), Some(b)) => {
            (Decimal::from(p) * b.days, b.months * Decimal::from(u))
        }
        (Length::Days(p), Length::Months(u), Some(b)) => {
            (Decimal::from(p) * b.months, b.days * Decimal::from(u))
        }
        (_, _, None) => {
            let (period, unit) = names();
            return Err(NoRatio::NoFixedRatio { period, unit });
        }
    };
    exact_quotient(numerator, denominator).ok_or_else(|| NoRatio::Inexact {
        period: names().0,
        unit: unit.describe(),
    })
}

/// `a / b` when it is a finite decimal of at most six places.
fn exact_quotient(a: Decimal, b: Decimal) -> Option<Decimal> {
    let q = a.checked_div(b)?.normalize();
    (q.scale() <= 6 && q.checked_mul(b)? == a).then_some(q)
}

/// The time unit a UOM's code or name reads as, for UOMs not declared as one: `day`,
/// `jour`, `semaine`, `mois`, `an`, `trimestre`… (matched whole, ignoring case and a
/// plural `s`).
pub fn looks_like_time(code: &str, name: &str) -> Option<TimeUnit> {
    [code, name].into_iter().find_map(|text| {
        let lower = text.trim().to_lowercase();
        let word = lower
            .strip_suffix('s')
            .filter(|w| !w.is_empty() && *w != "moi");
        let read = |w: &str| -> Option<TimeUnit> {
            let (unit, count) = match w {
                "day" | "jour" | "journée" | "journee" | "daily" => (IntervalUnit::Day, 1),
                "week" | "semaine" | "weekly" | "hebdo" => (IntervalUnit::Week, 1),
                "fortnight" | "quinzaine" => (IntervalUnit::Week, 2),
                "month" | "mois" | "monthly" | "mensuel" | "mensualité" => {
                    (IntervalUnit::Month, 1)
                }
                "quarter" | "trimestre" | "quarterly" | "trimestriel" => (IntervalUnit::Month, 3),
                "semester" | "semestre" | "half-year" => (IntervalUnit::Month, 6),
                "year" | "an" | "année" | "annee" | "yearly" | "annual" | "annuel" => {
                    (IntervalUnit::Year, 1)
                }
                _ => return None,
            };
            Some(TimeUnit::new(unit, count))
        };
        read(&lower).or_else(|| word.and_then(read))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn every(unit: IntervalUnit, every: u32) -> Interval {
        Interval { unit, every }
    }

    fn month() -> TimeUnit {
        TimeUnit::new(IntervalUnit::Month, 1)
    }

    fn day() -> TimeUnit {
        TimeUnit::new(IntervalUnit::Day, 1)
    }

    #[test]
    fn the_issue_examples_hold() {
        let q = |i, u| units_per_period(i, u, None).unwrap();
        assert_eq!(q(every(IntervalUnit::Month, 3), month()), Decimal::from(3));
        assert_eq!(q(every(IntervalUnit::Year, 1), month()), Decimal::from(12));
        assert_eq!(q(every(IntervalUnit::Week, 1), day()), Decimal::from(7));
        let trimestre = TimeUnit::new(IntervalUnit::Month, 3);
        assert_eq!(q(every(IntervalUnit::Year, 1), trimestre), Decimal::from(4));
        assert_eq!(
            q(every(IntervalUnit::Month, 6), trimestre),
            Decimal::from(2)
        );
    }

    #[test]
    fn months_against_days_is_refused_without_a_bridge() {
        let err = units_per_period(every(IntervalUnit::Month, 1), day(), None).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a period of month has no fixed number of days (months and days have no fixed ratio)"
        );
        assert!(units_per_period(every(IntervalUnit::Week, 1), month(), None).is_err());
    }

    #[test]
    fn an_item_bridge_counts_months_in_days() {
        let bridge = Bridge::from_conversion(month(), day(), Decimal::from(20)).unwrap();
        assert_eq!(
            units_per_period(every(IntervalUnit::Month, 3), day(), Some(bridge)),
            Ok(Decimal::from(60))
        );
        // Declared the other way round: 20 days = 1 month.
        let back = Bridge::from_conversion(day(), month(), Decimal::new(5, 2)).unwrap();
        assert_eq!(
            units_per_period(every(IntervalUnit::Month, 1), day(), Some(back)),
            Ok(Decimal::from(20))
        );
    }

    #[test]
    fn a_ratio_without_an_exact_decimal_is_refused() {
        let trimestre = TimeUnit::new(IntervalUnit::Month, 3);
        assert!(matches!(
            units_per_period(every(IntervalUnit::Month, 1), trimestre, None),
            Err(NoRatio::Inexact { .. })
        ));
        // Half a semester is exact.
        let semestre = TimeUnit::new(IntervalUnit::Month, 6);
        assert_eq!(
            units_per_period(every(IntervalUnit::Month, 3), semestre, None),
            Ok(Decimal::new(5, 1))
        );
    }

    #[test]
    fn names_of_spans_of_time_are_recognised() {
        assert_eq!(looks_like_time("mois", "Mois"), Some(month()));
        assert_eq!(looks_like_time("jours", ""), Some(day()));
        assert_eq!(
            looks_like_time("trimestre", "Trimestre"),
            Some(TimeUnit::new(IntervalUnit::Month, 3))
        );
        assert_eq!(
            looks_like_time("an", "An"),
            Some(TimeUnit::new(IntervalUnit::Year, 1))
        );
        assert_eq!(looks_like_time("half-day", "Half day"), None);
        assert_eq!(looks_like_time("unit", "Unit"), None);
        assert_eq!(looks_like_time("pass", "Pass"), None);
    }

    fn unit() -> impl Strategy<Value = IntervalUnit> {
        prop_oneof![
            Just(IntervalUnit::Day),
            Just(IntervalUnit::Week),
            Just(IntervalUnit::Month),
            Just(IntervalUnit::Year),
        ]
    }

    fn family(u: IntervalUnit) -> bool {
        matches!(u, IntervalUnit::Day | IntervalUnit::Week)
    }

    proptest! {
        /// Within a family the quantity is exact: quantity × unit length = period length.
        #[test]
        fn the_quantity_is_exact_or_refused(
            pu in unit(), pe in 1u32..40, uu in unit(), uc in 1u32..40,
        ) {
            let result = units_per_period(every(pu, pe), TimeUnit::new(uu, uc), None);
            if family(pu) != family(uu) {
                let is_no_fixed_ratio = matches!(result, Err(NoRatio::NoFixedRatio { .. }));
                prop_assert!(is_no_fixed_ratio);
            } else {
                let (Length::Days(p) | Length::Months(p)) = Length::of(pu, i64::from(pe));
                let (Length::Days(u) | Length::Months(u)) = Length::of(uu, i64::from(uc));
                match result {
                    Ok(q) => prop_assert_eq!(q * Decimal::from(u), Decimal::from(p)),
                    Err(NoRatio::Inexact { .. }) => {
                        // No decimal of six places times u gives p.
                        let q = Decimal::from(p) / Decimal::from(u);
                        let rounded = crate::domain::money::round_half_away(q, 6);
                        prop_assert_ne!(rounded * Decimal::from(u), Decimal::from(p));
                    }
                    Err(e) => prop_assert!(false, "{e}"),
                }
            }
        }

        /// A whole number of units when the period is a multiple of the unit.
        #[test]
        fn multiples_are_whole(pu in unit(), k in 1u32..30, c in 1u32..5) {
            let u = TimeUnit::new(pu, c);
            let q = units_per_period(every(pu, k * c), u, None).unwrap();
            prop_assert_eq!(q, Decimal::from(k));
        }
    }
}
