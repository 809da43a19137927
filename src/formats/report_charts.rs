//! The chart of each report, from its rows: MRR as a line with its movements as stacked
//! bars, receivables as stacked bars of ageing per customer.

use crate::domain::reports::labels::Language;
use crate::domain::reports::mrr::{MonthChurn, MonthMrr};
use crate::domain::reports::occupancy::OccupancyRow;
use crate::domain::reports::receivables::Ageing;
use crate::domain::reports::revenue::RevenueRow;
use crate::formats::chart::{Chart, HeatMap, Kind, Series};

/// How amounts are written: the language, the currency and its digits.
#[derive(Debug, Clone)]
pub struct Money {
    pub language: Language,
    pub currency: String,
    pub digits: u32,
}

fn chart(
    m: &Money,
    title: &'static str,
    x: &'static str,
    kind: Kind,
    categories: Vec<String>,
    series: Vec<Series>,
) -> Chart {
    Chart {
        title: m.language.label(title).to_string(),
        x_title: m.language.label(x).to_string(),
        y_title: m.language.label("amount").to_string(),
        categories,
        series,
        kind,
        language: m.language,
        currency: m.currency.clone(),
        digits: m.digits,
    }
}

/// MRR per month, a line.
pub fn mrr(rows: &[MonthMrr], m: &Money) -> Chart {
    chart(
        m,
        "mrr",
        "month",
        Kind::Lines,
        rows.iter().map(|r| r.month.clone()).collect(),
        vec![Series {
            name: "MRR".into(),
            values: rows.iter().map(|r| r.mrr).collect(),
        }],
    )
}

/// MRR movements per month, stacked bars (contraction and churn below zero).
pub fn mrr_movements(rows: &[MonthMrr], m: &Money) -> Chart {
    let series = |key: &'static str, sign: i64, f: fn(&MonthMrr) -> i64| Series {
        name: m.language.label(key).to_string(),
        values: rows.iter().map(|r| sign * f(r)).collect(),
    };
    chart(
        m,
        "mrr_movements",
        "month",
        Kind::StackedBars,
        rows.iter().map(|r| r.month.clone()).collect(),
        vec![
            series("new", 1, |r| r.new.amount),
            series("reactivation", 1, |r| r.reactivation.amount),
            series("expansion", 1, |r| r.expansion.amount),
            series("contraction", -1, |r| r.contraction.amount),
            series("churn", -1, |r| r.churn.amount),
        ],
    )
}

/// The largest debts first, at most `limit` customers, as stacked bars of ageing.
pub fn receivables(rows: &[Ageing], m: &Money, limit: usize) -> Chart {
    let mut owing: Vec<&Ageing> = rows.iter().filter(|r| r.total > 0).collect();
    owing.sort_by(|a, b| b.total.cmp(&a.total).then(a.customer.cmp(&b.customer)));
    owing.truncate(limit);
    let keys = [
        "not_due",
        "days_1_30",
        "days_31_60",
        "days_61_90",
        "days_over_90",
    ];
    let series = keys
        .iter()
        .enumerate()
        .map(|(k, key)| Series {
            name: m.language.label(key).to_string(),
            values: owing.iter().map(|r| r.buckets[k]).collect(),
        })
        .collect();
    chart(
        m,
        "receivables",
        "customer",
        Kind::StackedBars,
        owing.iter().map(|r| r.customer.clone()).collect(),
        series,
    )
}

/// MRR lost per month (churn and contraction), as bars.
pub fn churn(rows: &[MonthChurn], m: &Money) -> Chart {
    chart(
        m,
        "churn_title",
        "month",
        Kind::StackedBars,
        rows.iter().map(|r| r.month.clone()).collect(),
        vec![Series {
            name: m.language.label("mrr_lost").to_string(),
            values: rows.iter().map(|r| r.mrr_lost).collect(),
        }],
    )
}

/// Revenue per month as lines: invoiced and deferred (by month), or invoiced per key (the
/// six largest keys over the span).
pub fn revenue(rows: &[RevenueRow], m: &Money) -> Chart {
    let mut months: Vec<String> = rows.iter().map(|r| r.month.clone()).collect();
    months.dedup();
    let at = |month: &str, key: &str, f: fn(&RevenueRow) -> i64| {
        rows.iter()
            .find(|r| r.month == month && r.key == key)
            .map_or(0, f)
    };
    let mut keys: Vec<(String, i64)> = Vec::new();
    for r in rows {
        match keys.iter_mut().find(|(k, _)| *k == r.key) {
            Some((_, sum)) => *sum += r.invoiced,
            None => keys.push((r.key.clone(), r.invoiced)),
        }
    }
    let series = if keys.len() <= 1 {
        let key = keys.first().map_or(String::new(), |(k, _)| k.clone());
        vec![
            Series {
                name: m.language.label("invoiced").to_string(),
                values: months
                    .iter()
                    .map(|mo| at(mo, &key, |r| r.invoiced))
                    .collect(),
            },
            Series {
                name: m.language.label("deferred").to_string(),
                values: months
                    .iter()
                    .map(|mo| at(mo, &key, |r| r.deferred))
                    .collect(),
            },
        ]
    } else {
        keys.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        keys.truncate(6);
        keys.iter()
            .map(|(key, _)| Series {
                name: if key.is_empty() {
                    "-".into()
                } else {
                    key.clone()
                },
                values: months
                    .iter()
                    .map(|mo| at(mo, key, |r| r.invoiced))
                    .collect(),
            })
            .collect()
    };
    chart(m, "revenue", "month", Kind::Lines, months, series)
}

/// Occupancy as a heat map: one row per location and item, one column per period.
pub fn occupancy(rows: &[OccupancyRow], m: &Money) -> HeatMap {
    let mut periods: Vec<String> = rows.iter().map(|r| r.period.to_string()).collect();
    periods.sort();
    periods.dedup();
    let mut lines: Vec<(String, Vec<i64>)> = Vec::new();
    for r in rows {
        let name = format!("{} {}", r.location, r.item);
        let at = periods
            .iter()
            .position(|p| *p == r.period.to_string())
            .unwrap_or(0);
        let basis_points = if r.capacity == 0 {
            0
        } else {
            (r.reserved + r.booked) * 10_000 / r.capacity
        };
        match lines.iter_mut().find(|(n, _)| *n == name) {
            Some((_, values)) => values[at] = basis_points,
            None => {
                let mut values = vec![0; periods.len()];
                values[at] = basis_points;
                lines.push((name, values));
            }
        }
    }
    HeatMap {
        title: m.language.label("occupancy").to_string(),
        x_title: m.language.label("period").to_string(),
        categories: periods,
        rows: lines,
    }
}
