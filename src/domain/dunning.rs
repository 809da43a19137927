//! Dunning (issue 16 §3): the reminder levels an overdue invoice reaches, and what French
//! law (Code de commerce L441-10 and D441-5) adds for business customers — the late-payment
//! penalty at the company's rate, accrued to date, and the 40 € recovery indemnity per late
//! invoice. Individuals owe neither. Pure: dates and amounts come in as arguments.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::money::{DecimalRule, parse_decimal, to_minor};
use crate::error::Error;

/// A reminder level: sent `after_days` days after the due date, from `template`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DunningLevel {
    pub level: u32,
    pub after_days: u32,
    pub template: String,
}

/// The days after the due date levels 1, 2 and 3 wait when `--after` is not given.
pub fn default_after(level: u32) -> Option<u32> {
    match level {
        1 => Some(7),
        2 => Some(15),
        3 => Some(30),
        _ => None,
    }
}

/// The highest level an invoice due on `due` has reached on `today` (levels in any order).
pub fn reached(levels: &[DunningLevel], due: NaiveDate, today: NaiveDate) -> Option<&DunningLevel> {
    let late = (today - due).num_days();
    levels
        .iter()
        .filter(|l| late >= i64::from(l.after_days) && late > 0)
        .max_by_key(|l| l.level)
}

/// The level after `sent` (the next one to come) and the day it falls on.
pub fn next_after(levels: &[DunningLevel], sent: u32, due: NaiveDate) -> Option<(u32, NaiveDate)> {
    levels
        .iter()
        .filter(|l| l.level > sent)
        .min_by_key(|l| l.level)
        .map(|l| {
            let on = due + chrono::Days::new(u64::from(l.after_days.max(1)));
            (l.level, on)
        })
}

/// What to do after the last level (`dunning.final_action`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinalAction {
    None,
    Pause,
    Cancel,
}

impl FinalAction {
    pub fn parse(text: &str) -> Option<FinalAction> {
        Some(match text {
            "none" => FinalAction::None,
            "pause" => FinalAction::Pause,
            "cancel" => FinalAction::Cancel,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FinalAction::None => "none",
            FinalAction::Pause => "pause",
            FinalAction::Cancel => "cancel",
        }
    }
}

/// The recovery indemnity of D441-5: 40 € per late invoice.
pub const RECOVERY_INDEMNITY_EUR: i64 = 40;

/// The late-payment rate (`invoice.late_penalty_rate`): a yearly percentage, at most 100,
/// up to 4 decimal places.
pub fn parse_rate(field: &str, text: &str) -> Result<Decimal, Error> {
    let rate = parse_decimal(field, text, DecimalRule::non_negative(4))?;
    if rate > Decimal::from(100) {
        return Err(Error::invalid(
            field,
            format!("{text:?} is more than 100 (a yearly percentage)"),
        ));
    }
    Ok(rate)
}

/// What a business customer owes for paying an invoice late, on a given day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Penalties {
    pub days_late: i64,
    /// Yearly percentage.
    pub rate: Decimal,
    /// The penalty accrued to date on what is still owed, minor units.
    pub penalty: i64,
    /// The recovery indemnity, minor units of the invoice's currency.
    pub indemnity: i64,
}

impl Penalties {
    pub fn total(&self) -> i64 {
        self.penalty + self.indemnity
    }
}

/// Penalties on `owed` (minor units) due on `due`, on `today`: owed × rate / 100 × days
/// late / 365, rounded once; and the 40 € indemnity (late invoices only). `None` beyond
/// the amounts' bound.
pub fn penalties(
    owed: i64,
    digits: u32,
    rate: Decimal,
    due: NaiveDate,
    today: NaiveDate,
) -> Option<Penalties> {
    let days_late = (today - due).num_days().max(0);
    let owed_value = Decimal::new(owed, digits);
    let accrued = owed_value
        .checked_mul(rate)?
        .checked_mul(Decimal::from(days_late))?
        .checked_div(Decimal::from(100 * 365))?;
    let penalty = to_minor(accrued, digits)?;
    let indemnity = if days_late > 0 {
        to_minor(Decimal::from(RECOVERY_INDEMNITY_EUR), digits)?
    } else {
        0
    };
    Some(Penalties {
        days_late,
        rate,
        penalty,
        indemnity,
    })
}

/// One overdue invoice as a reminder lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverdueLine {
    pub number: String,
    pub issue_date: Option<NaiveDate>,
    pub due_date: NaiveDate,
    pub outstanding: i64,
    pub currency: String,
    pub days_late: i64,
    /// Business customers only.
    pub penalties: Option<Penalties>,
}

/// The part of a reminder `subs` writes itself under the user's template: every overdue
/// invoice, and for a business customer the mentions L441-10 and D441-5 require (the
/// penalty rate, the penalty accrued to date, the 40 € indemnity per late invoice), in the
/// documents' language.
pub fn reminder_statement(
    m: &crate::domain::messages::Catalogue,
    lines: &[OverdueLine],
    digits: u32,
) -> String {
    let money = |minor: i64, currency: &str| m.money(Decimal::new(minor, digits), currency);
    let mut text = format!("{}\n", m.reminder_heading);
    for line in lines {
        text.push_str(&m.reminder_line(
            &line.number,
            line.issue_date,
            line.due_date,
            &money(line.outstanding, &line.currency),
            line.days_late,
        ));
        text.push('\n');
        if let Some(p) = &line.penalties {
            text.push_str(&m.reminder_penalty(p.rate, &money(p.penalty, &line.currency)));
            text.push('\n');
            text.push_str(&m.reminder_indemnity(&money(p.indemnity, &line.currency)));
            text.push('\n');
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn levels() -> Vec<DunningLevel> {
        [(1, 7), (2, 15), (3, 30)]
            .into_iter()
            .map(|(level, after_days)| DunningLevel {
                level,
                after_days,
                template: format!("rappel{level}"),
            })
            .collect()
    }

    #[test]
    fn the_highest_level_reached_counts() {
        let levels = levels();
        let due = d("2026-01-31");
        assert_eq!(reached(&levels, due, d("2026-02-06")), None);
        assert_eq!(reached(&levels, due, d("2026-02-07")).unwrap().level, 1);
        assert_eq!(reached(&levels, due, d("2026-02-20")).unwrap().level, 2);
        assert_eq!(reached(&levels, due, d("2026-06-01")).unwrap().level, 3);
        assert_eq!(next_after(&levels, 1, due), Some((2, d("2026-02-15"))));
        assert_eq!(next_after(&levels, 3, due), None);
    }

    #[test]
    fn the_penalty_accrues_by_the_day_at_the_yearly_rate_and_the_indemnity_is_40() {
        // 1 200.00 at 12 % for 73 days: 1200 × 0.12 × 73 / 365 = 28.80.
        let p = penalties(
            120_000,
            2,
            Decimal::new(12, 0),
            d("2026-01-31"),
            d("2026-04-14"),
        )
        .unwrap();
        assert_eq!(p.days_late, 73);
        assert_eq!(p.penalty, 2880);
        assert_eq!(p.indemnity, 4000);
        assert_eq!(p.total(), 6880);
        let on_time = penalties(
            120_000,
            2,
            Decimal::new(12, 0),
            d("2026-01-31"),
            d("2026-01-31"),
        )
        .unwrap();
        assert_eq!((on_time.penalty, on_time.indemnity), (0, 0));
    }

    #[test]
    fn half_a_cent_of_penalty_rounds_away_from_zero() {
        // 0.73 × 10 % × 25 / 365 = 0.005 exactly.
        let p = penalties(73, 2, Decimal::new(10, 0), d("2026-01-01"), d("2026-01-26")).unwrap();
        assert_eq!(p.penalty, 1);
    }

    #[test]
    fn a_rate_is_a_percentage_up_to_100() {
        assert_eq!(parse_rate("r", "12.37").unwrap(), Decimal::new(1237, 2));
        assert!(parse_rate("r", "101").is_err());
        assert!(parse_rate("r", "-1").is_err());
        assert!(parse_rate("r", "ten").is_err());
    }

    proptest! {
        #[test]
        fn the_penalty_never_decreases_with_time(owed in 1i64..10_000_000, days in 0i64..2000, rate in 0u32..5000) {
            let rate = Decimal::new(i64::from(rate), 2);
            let due = d("2026-01-01");
            let a = penalties(owed, 2, rate, due, due + chrono::Days::new(days as u64)).unwrap();
            let b = penalties(owed, 2, rate, due, due + chrono::Days::new(days as u64 + 1)).unwrap();
            prop_assert!(b.penalty >= a.penalty);
        }
    }
}
