//! Per-call cost of the pure billing core: period arithmetic, the due scan, pricing,
//! proration, VAT totals and credit lot selection. `cargo bench --bench core`.

use std::hint::black_box;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use subs::domain::billing::{BillMode, Factor, Timeline};
use subs::domain::cancellation::{BilledLine, plan_credits};
use subs::domain::catalogue::{ItemPrice, UomConversion};
use subs::domain::credits::{Lot, plan_use};
use subs::domain::invoice::{line_amount, totals};
use subs::domain::period::{Cadence, Interval, IntervalUnit, Period};
use subs::domain::pricing::pick_list_price;

fn main() {
    divan::main();
}

fn date(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

fn monthly() -> Cadence {
    Cadence::new(
        date("2024-01-31"),
        Interval {
            unit: IntervalUnit::Month,
            every: 1,
        },
    )
}

#[divan::bench(args = [0, 12, 120])]
fn period_of_index(k: u64) -> Option<Period> {
    black_box(monthly()).period(black_box(k))
}

#[divan::bench]
fn period_containing_a_date_ten_years_on() -> Option<u64> {
    black_box(monthly()).index_containing(black_box(date("2034-06-15")))
}

#[divan::bench]
fn due_scan_of_three_missed_months() -> usize {
    let timeline = Timeline::new(
        date("2026-01-31"),
        Interval {
            unit: IntervalUnit::Month,
            every: 1,
        },
        None,
        false,
        BillMode::Advance,
    );
    black_box(timeline)
        .scan(0, black_box(date("2026-04-15")), 24)
        .due
        .len()
}

#[divan::bench]
fn price_from_a_list_with_a_conversion() -> Option<Decimal> {
    let prices = [ItemPrice {
        item: "DESK".into(),
        price_list: "Standard".into(),
        uom: "half-day".into(),
        rate: Decimal::from(15),
        valid_from: Some(date("2026-01-01")),
        valid_to: None,
        tiers: None,
    }];
    let conversions = [UomConversion {
        item: "DESK".into(),
        from: "day".into(),
        to: "half-day".into(),
        factor: Decimal::from(2),
    }];
    pick_list_price(black_box(&prices), "day", date("2026-03-01"), &conversions).map(|p| p.rate)
}

#[divan::bench]
fn prorated_line_amount() -> i64 {
    line_amount(
        black_box(Decimal::ONE),
        black_box(Decimal::new(31000, 2)),
        Factor {
            days: 10,
            period_days: 31,
        },
        2,
    )
    .expect("within the bound")
    .net
}

#[divan::bench]
fn vat_totals_of_a_two_rate_invoice() -> i64 {
    let rate20 = Decimal::from(20);
    let rate55 = Decimal::from_str("5.5").expect("rate");
    totals(
        black_box([(rate20, 31000), (rate55, 4990), (rate20, 1500)]),
        2,
    )
    .expect("within the bound")
    .grand
}

#[divan::bench]
fn cancellation_credits_over_twelve_billed_periods() -> usize {
    let schedule = monthly();
    let lines: Vec<BilledLine> = (0..12)
        .map(|k| {
            let p = schedule.period(k).expect("period");
            BilledLine {
                line_id: k as i64,
                invoice_id: k as i64,
                qty: Decimal::ONE,
                rate: Decimal::new(31000, 2),
                served: p,
                period_days: p.days(),
                net: 31000,
                credited: 0,
                gaps: Vec::new(),
            }
        })
        .collect();
    plan_credits(black_box(&lines), date("2024-06-10"), true, 2)
        .expect("within the bound")
        .len()
}

#[divan::bench(args = [4, 64])]
fn lot_selection_for_a_booking(lots: i64) -> usize {
    let lots: Vec<Lot> = (0..lots)
        .map(|n| {
            Lot::new(
                n,
                4000,
                date("2026-01-01"),
                Some(date("2026-01-01") + chrono::Duration::days(30 + n)),
                n,
            )
        })
        .collect();
    plan_use(black_box(&lots), 6000, date("2026-01-15"))
        .map(|moves| moves.len())
        .unwrap_or(0)
}
