//! `subscription edit --item …` replaces a subscription's lines, in the order given, for
//! every subscription (not only the first one created), and the next periods bill them.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;
use subs::clock::Clock;
use subs::domain::customer::{Customer, CustomerKind, PaymentMethod};
use subs::domain::lines::LineSpec;
use subs::ops::catalogue::{self, ItemInput, PriceInput};
use subs::ops::company::{self, InitSettings};
use subs::ops::subscriptions::{self, NewSubscription, SubscriptionEdit};
use subs::ops::tick;
use subs::ops::units::TickOptions;
use subs::ops::{Session, customers};

use insta::assert_snapshot;

use crate::billing::coworking;

/// (item, qty) of each line `subscription show` lists, one per line.
fn shown_lines(env: &crate::env::TestEnv, id: &str) -> String {
    env.json(format!("subscription show {id}"))["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            format!(
                "{} {}\n",
                l["item"].as_str().unwrap(),
                l["qty"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn editing_the_lines_of_a_later_subscription_replaces_them_in_order_and_bills_them() {
    let mut env = coworking();
    for _ in 0..2 {
        env.ok("subscription create --customer C1 --item DESK --start 2026-02-01");
    }
    env.ok("subscription edit SUB-0002 --item BOOK:2 --item DESK:3");
    assert_snapshot!(shown_lines(&env, "SUB-0002"), @r"
    BOOK 2
    DESK 3
    ");
    // A second edit replaces the first one's lines, not adds to them.
    env.ok("subscription edit SUB-0002 --item DESK:1");
    assert_snapshot!(shown_lines(&env, "SUB-0002"), @"DESK 1");
    assert_snapshot!(shown_lines(&env, "SUB-0001"), @"DESK 1");
    env.at("2026-02-01");
    assert_eq!(env.ok("tick"), "invoices: 2\n");
    let billed = env.json("invoice list --subscription SUB-0002");
    assert_eq!(billed[0]["net_total"], "310.00");
}

// ── the property: random edit sequences on random subscriptions ──

const ITEMS: [&str; 3] = ["DESK", "BOOK", "LOCKER"];

/// One line as typed: an item of `ITEMS`, a whole quantity, and maybe a fixed rate.
type Line = (usize, u32, Option<u32>);

#[derive(Debug, Clone)]
enum Op {
    /// A new subscription with these lines.
    Create(Vec<Line>),
    /// `subscription edit N --item …` on the N-th subscription created (modulo their count).
    Edit(usize, Vec<Line>),
    /// A tick some days later.
    Tick(u64),
}

fn lines() -> impl Strategy<Value = Vec<Line>> {
    prop::collection::vec((0..ITEMS.len(), 1u32..5, prop::option::of(1u32..500)), 1..5)
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        lines().prop_map(Op::Create),
        (0usize..8, lines()).prop_map(|(n, l)| Op::Edit(n, l)),
        (0u64..40).prop_map(Op::Tick),
    ]
}

fn specs(lines: &[Line]) -> Vec<LineSpec> {
    lines
        .iter()
        .map(|&(item, qty, rate)| LineSpec {
            item: ITEMS[item].into(),
            qty: Decimal::from(qty),
            rate: rate.map(Decimal::from),
        })
        .collect()
}

/// (item, qty, rate) of lines as the library gives them back.
fn expected(lines: &[Line]) -> Vec<(String, Decimal, Option<Decimal>)> {
    specs(lines)
        .into_iter()
        .map(|l| (l.item, l.qty, l.rate))
        .collect()
}

fn at(s: &mut Session, day: NaiveDate) {
    let tz = s.clock.tz;
    let now =
        subs::domain::local_time::local_to_utc(day.and_hms_opt(10, 0, 0).unwrap(), tz).unwrap();
    s.set_now(Clock { now, tz });
}

fn books(dir: &std::path::Path, start: NaiveDate) -> Session {
    let settings = InitSettings {
        values: vec![("company.name", "Edits".into())],
    };
    let mut s = company::init(&dir.join("subs.db"), Some(&start.to_string()), &settings).unwrap();
    catalogue::add_vat(&mut s, "TVA20", Decimal::from(20), true).unwrap();
    catalogue::add_price_list(&mut s, "Standard", None, true).unwrap();
    for (n, code) in ITEMS.iter().enumerate() {
        let item = ItemInput {
            code: code.to_string(),
            name: code.to_string(),
            recurring: true,
            ..ItemInput::default()
        };
        catalogue::add_item(&mut s, item).unwrap();
        let price = PriceInput {
            item: code.to_string(),
            rate: format!("{}.00", 100 + n),
            list: None,
            uom: None,
            valid_from: None,
            valid_to: None,
        };
        catalogue::set_price(&mut s, price).unwrap();
    }
    let customer = Customer {
        code: "C1".into(),
        name: "Customer".into(),
        email: None,
        billing_email: None,
        address: None,
        price_list: None,
        vat_id: None,
        siren: None,
        kind: CustomerKind::Business,
        payment_method: PaymentMethod::Manual,
        disabled: false,
        mandate: Default::default(),
    };
    customers::add(&mut s, customer).unwrap();
    s
}

/// (item, qty) of the lines of the last invoice billed for a subscription, in order.
fn last_invoice_lines(db: &std::path::Path, id: &str) -> Vec<(String, String)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT item, qty FROM invoice_lines WHERE invoice =
               (SELECT max(id) FROM invoices WHERE subscription = ?1) ORDER BY position",
        )
        .unwrap();
    stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn edited_lines_replace_the_old_ones_in_order_whatever_the_sequence(
        first in lines(),
        ops in prop::collection::vec(op(), 1..16),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut today: NaiveDate = "2026-01-01".parse().unwrap();
        let mut s = books(dir.path(), today);
        // (id, its lines as last typed), in creation order.
        let mut subs_made: Vec<(String, Vec<Line>)> = Vec::new();
        let create = |s: &mut Session, lines: &[Line], today: NaiveDate| {
            let input = NewSubscription {
                customer: "C1".into(),
                lines: specs(lines),
                start: Some(today),
                ..NewSubscription::default()
            };
            subscriptions::create(s, input).unwrap().id
        };
        subs_made.push((create(&mut s, &first, today), first.clone()));
        for op in &ops {
            match op {
                Op::Create(lines) => {
                    subs_made.push((create(&mut s, lines, today), lines.clone()));
                }
                Op::Edit(n, lines) => {
                    let n = n % subs_made.len();
                    let edit = SubscriptionEdit {
                        lines: Some(specs(lines)),
                        ..SubscriptionEdit::default()
                    };
                    subscriptions::edit(&mut s, &subs_made[n].0.as_str().into(), edit).unwrap();
                    subs_made[n].1 = lines.clone();
                }
                Op::Tick(days) => {
                    today = today.checked_add_days(Days::new(*days)).unwrap();
                    at(&mut s, today);
                    let report = tick::run(&mut s, TickOptions { max_periods: 60, ..TickOptions::default() }, &mut || {}).unwrap();
                    prop_assert!(report.failed.is_empty(), "{:?}", report.failed);
                }
            }
            // Every subscription holds exactly the lines it was last given, in order.
            for (id, lines) in &subs_made {
                let got: Vec<_> = subscriptions::get(&mut s, &id.as_str().into())
                    .unwrap()
                    .subscription
                    .lines
                    .into_iter()
                    .map(|l| (l.item, l.qty, l.rate))
                    .collect();
                prop_assert_eq!(got, expected(lines), "{}", id);
            }
        }
        // The next period of each subscription bills those lines, in that order.
        today = today.checked_add_days(Days::new(31)).unwrap();
        at(&mut s, today);
        let report = tick::run(&mut s, TickOptions { max_periods: 60, ..TickOptions::default() }, &mut || {}).unwrap();
        prop_assert!(report.failed.is_empty(), "{:?}", report.failed);
        drop(s);
        for (id, lines) in &subs_made {
            let billed = last_invoice_lines(&dir.path().join("subs.db"), id);
            let typed: Vec<(String, String)> = lines
                .iter()
                .map(|&(item, qty, _)| (ITEMS[item].to_string(), qty.to_string()))
                .collect();
            prop_assert_eq!(billed, typed, "{}", id);
        }
    }
}
