//! The chart of each report, from its rows: MRR as a line with its movements as stacked
//! bars, receivables as stacked bars of ageing per customer.

use crate::domain::reports::labels::Language;
use crate::domain::reports::mrr::MonthMrr;
use crate::domain::reports::receivables::Ageing;
use crate::formats::chart::{Chart, Kind, Series};

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
