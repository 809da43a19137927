//! Monthly recurring revenue.
//!
//! A subscription counts in a month when it is active on the month's last day (started,
//! out of trial, not ended before). Its MRR is the sum of its lines, each `qty × rate`
//! converted to a month by its interval: month ×1, year ÷12, week ×52/12, day ×365/12,
//! divided by `every` (a quarterly line, month×3, counts a third) — exact decimals, rounded
//! once per subscription to the currency's minor unit, half away from zero. Excluding VAT.
//!
//! Movements compare each customer's MRR with the month before: `new` (first MRR ever),
//! `reactivation` (back after a month at zero), `expansion` and `contraction` (up or down,
//! still above zero), `churn` (down to zero). ARR is twelve times MRR.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::money::{round_half_away, to_minor};
use crate::domain::period::IntervalUnit;

/// A subscription as MRR sees it: when it counts, its interval, and its lines.
#[derive(Debug, Clone)]
pub struct RecurringSubscription {
    pub id: String,
    pub customer: String,
    /// The first day it bills (after its trial) and its last day, if it has one.
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
    pub unit: IntervalUnit,
    pub every: u32,
    /// (item, qty, uom, fixed rate) of each line.
    pub lines: Vec<(String, String, String, Option<String>)>,
}

impl RecurringSubscription {
    /// Whether it counts on `day`: started (out of trial) and not ended before.
    pub fn active_on(&self, day: NaiveDate) -> bool {
        self.from <= day && self.until.is_none_or(|u| u >= day)
    }
}

/// How many times a line's amount is billed in a month: its interval as a monthly factor.
pub fn monthly_factor(unit: IntervalUnit, every: u32) -> Decimal {
    let per_month = match unit {
        IntervalUnit::Month => Decimal::ONE,
        IntervalUnit::Year => Decimal::ONE / Decimal::from(12),
        IntervalUnit::Week => Decimal::from(52) / Decimal::from(12),
        IntervalUnit::Day => Decimal::from(365) / Decimal::from(12),
    };
    per_month / Decimal::from(every.max(1))
}

/// The monthly amount of a subscription's lines `(qty, rate)`, in minor units.
pub fn monthly_amount(
    lines: &[(Decimal, Decimal)],
    unit: IntervalUnit,
    every: u32,
    digits: u32,
) -> i64 {
    let period: Decimal = lines.iter().map(|(qty, rate)| qty * rate).sum();
    // Multiply before dividing so that 52/12 and 365/12 stay exact to the last digit.
    let per_month = match unit {
        IntervalUnit::Month => period,
        IntervalUnit::Year => period / Decimal::from(12),
        IntervalUnit::Week => period * Decimal::from(52) / Decimal::from(12),
        IntervalUnit::Day => period * Decimal::from(365) / Decimal::from(12),
    } / Decimal::from(every.max(1));
    to_minor(round_half_away(per_month, digits), digits).unwrap_or(0)
}

/// One movement: its amount and how many customers made it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Movement {
    pub amount: i64,
    pub count: u32,
}

impl Movement {
    fn add(&mut self, amount: i64) {
        self.amount += amount;
        self.count += 1;
    }
}

/// A month's MRR and how it moved from the month before.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MonthMrr {
    /// `YYYY-MM`.
    pub month: String,
    pub mrr: i64,
    pub customers: u32,
    pub new: Movement,
    pub expansion: Movement,
    pub contraction: Movement,
    /// Lost MRR, as a positive amount.
    pub churn: Movement,
    pub reactivation: Movement,
}

impl MonthMrr {
    pub fn arr(&self) -> i64 {
        self.mrr * 12
    }
}

/// The MRR of each month from the customers' MRR per month (months in order, every month
/// present from the first one the books hold).
pub fn mrr_by_month(months: &[(String, HashMap<String, i64>)]) -> Vec<MonthMrr> {
    let mut out = Vec::with_capacity(months.len());
    let empty = HashMap::new();
    let mut ever: HashSet<&str> = HashSet::new();
    for (i, (month, now)) in months.iter().enumerate() {
        let before = if i == 0 { &empty } else { &months[i - 1].1 };
        let mut row = MonthMrr {
            month: month.clone(),
            ..MonthMrr::default()
        };
        // Sorted, so that the sums never depend on a hash order (they could not, but the
        // loop stays easy to follow in a debugger).
        let customers: BTreeMap<&str, (i64, i64)> = now
            .iter()
            .map(|(c, v)| (c.as_str(), (before.get(c).copied().unwrap_or(0), *v)))
            .chain(
                before
                    .iter()
                    .filter(|(c, _)| !now.contains_key(*c))
                    .map(|(c, v)| (c.as_str(), (*v, 0))),
            )
            .collect();
        for (customer, (was, is)) in customers {
            row.mrr += is;
            if is > 0 {
                row.customers += 1;
            }
            match (was > 0, is > 0) {
                (false, true) if ever.contains(customer) => row.reactivation.add(is),
                (false, true) => row.new.add(is),
                (true, false) => row.churn.add(was),
                (true, true) if is > was => row.expansion.add(is - was),
                (true, true) if is < was => row.contraction.add(was - is),
                _ => {}
            }
            if is > 0 {
                ever.insert(customer);
            }
        }
        out.push(row);
    }
    out
}

/// A month's churn: customers and revenue lost against the month before.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MonthChurn {
    pub month: String,
    pub customers_start: u32,
    pub customers_lost: u32,
    pub mrr_start: i64,
    /// MRR lost to churn and contraction.
    pub mrr_lost: i64,
    /// Customers lost ÷ customers at the start, in percent (two decimals).
    pub logo_churn_rate: Decimal,
    /// MRR lost ÷ MRR at the start, in percent (two decimals).
    pub revenue_churn_rate: Decimal,
}

fn percent(part: i64, whole: i64) -> Decimal {
    if whole == 0 {
        return Decimal::ZERO;
    }
    round_half_away(
        Decimal::from(part) * Decimal::from(100) / Decimal::from(whole),
        2,
    )
}

/// The churn of each month but the first, which only gives the start of the second.
pub fn churn(rows: &[MonthMrr]) -> Vec<MonthChurn> {
    rows.windows(2)
        .map(|w| {
            let (before, now) = (&w[0], &w[1]);
            let lost = now.churn.amount + now.contraction.amount;
            MonthChurn {
                month: now.month.clone(),
                customers_start: before.customers,
                customers_lost: now.churn.count,
                mrr_start: before.mrr,
                mrr_lost: lost,
                logo_churn_rate: percent(i64::from(now.churn.count), i64::from(before.customers)),
                revenue_churn_rate: percent(lost, before.mrr),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    #[test]
    fn a_line_is_converted_to_a_month_by_its_interval() {
        let line = [(dec("1"), dec("120.00"))];
        assert_eq!(monthly_amount(&line, IntervalUnit::Month, 1, 2), 12000);
        assert_eq!(monthly_amount(&line, IntervalUnit::Month, 3, 2), 4000);
        assert_eq!(monthly_amount(&line, IntervalUnit::Year, 1, 2), 1000);
        assert_eq!(monthly_amount(&line, IntervalUnit::Week, 1, 2), 52000);
        assert_eq!(
            monthly_amount(&[(dec("1"), dec("10"))], IntervalUnit::Day, 1, 2),
            30417
        );
        assert_eq!(monthly_factor(IntervalUnit::Month, 3), dec("1") / dec("3"));
    }

    fn month(name: &str, customers: &[(&str, i64)]) -> (String, HashMap<String, i64>) {
        (
            name.to_string(),
            customers.iter().map(|(c, v)| (c.to_string(), *v)).collect(),
        )
    }

    #[test]
    fn movements_compare_each_customer_with_the_month_before() {
        let months = [
            month("2026-01", &[("A", 100), ("B", 50)]),
            month("2026-02", &[("A", 150), ("C", 30)]),
            month("2026-03", &[("A", 120), ("B", 40), ("C", 30)]),
        ];
        let rows = mrr_by_month(&months);
        assert_eq!(
            (rows[0].mrr, rows[0].new),
            (
                150,
                Movement {
                    amount: 150,
                    count: 2
                }
            )
        );
        assert_eq!(
            rows[1].expansion,
            Movement {
                amount: 50,
                count: 1
            }
        );
        assert_eq!(
            rows[1].churn,
            Movement {
                amount: 50,
                count: 1
            }
        );
        assert_eq!(
            rows[1].new,
            Movement {
                amount: 30,
                count: 1
            }
        );
        assert_eq!(
            rows[2].reactivation,
            Movement {
                amount: 40,
                count: 1
            }
        );
        assert_eq!(
            rows[2].contraction,
            Movement {
                amount: 30,
                count: 1
            }
        );
        assert_eq!(rows[2].arr(), 190 * 12);
        let churn = churn(&rows);
        assert_eq!(churn[0].month, "2026-02");
        assert_eq!((churn[0].customers_lost, churn[0].customers_start), (1, 2));
        assert_eq!(churn[0].logo_churn_rate, dec("50.00"));
        assert_eq!(churn[0].revenue_churn_rate, dec("33.33"));
    }
}
