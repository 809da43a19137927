//! Booking credits: types, lots bought on invoices, granted by subscriptions or by hand,
//! spent, refunded, revoked and expired, and the balances and ledger that show them.

use std::str::FromStr;

use insta::assert_snapshot;
use rust_decimal::Decimal;

use crate::billing::coworking;
use crate::env::{Exit, TestEnv};

/// The coworking space of `billing::coworking` (2026-01-01, customer C1, DESK by the month)
/// with bookable items and credits: a hot desk by the half-day or the day (25.00 a day),
/// a pass of 10 half-day tickets (100.00), the HALF credit type sold by the pass (10 per
/// pass) and costing 2 for a day, 1 for a half-day; and the LYON location with 2 hot desks
/// and 2 desks.
pub fn space() -> TestEnv {
    let env = coworking();
    env.ok("uom add half-day");
    env.ok("uom add day");
    env.ok("item add HOTDESK --name 'Hot desk' --uom day --booking-uom half-day --booking-uom day");
    env.ok("item add PASS10 --name 'Pass of 10 half-days'");
    env.ok("price set HOTDESK 25.00 --uom day");
    env.ok("price set PASS10 100.00");
    env.ok("credits type add HALF --unit half-day --sold-as PASS10:unit:10 --cost HOTDESK:day:2 --cost HOTDESK:half-day:1 --cost DESK:day:2");
    env.ok("location add LYON --name 'Lyon Part-Dieu'");
    env.ok("location capacity LYON HOTDESK 2");
    env.ok("location capacity LYON DESK 2");
    env
}

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

/// The usable balance of one customer's type, "0" when they hold none.
pub fn balance(env: &TestEnv, customer: &str, credit_type: &str) -> String {
    env.json(format!("credits balance {customer}"))
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["type"] == credit_type)
        .map_or("0".into(), |b| b["balance"].as_str().unwrap().to_string())
}

/// The sum of a customer's ledger rows.
fn ledger_sum(env: &TestEnv, customer: &str) -> Decimal {
    env.json(format!("credits ledger {customer}"))
        .as_array()
        .unwrap()
        .iter()
        .map(|row| dec(row["credits"].as_str().unwrap()))
        .sum()
}

#[test]
fn four_half_day_tickets_pay_a_full_day_desk_and_leave_two() {
    let env = space();
    assert_eq!(env.ok("credits grant C1 HALF 4"), "1\n");
    assert_eq!(
        env.ok("booking add --customer C1 --item HOTDESK --location LYON --from 2026-01-05T09:00 --to 2026-01-05T18:00 --uom day"),
        "BK-0001\n"
    );
    assert_eq!(balance(&env, "C1", "HALF"), "2");
    assert_snapshot!(env.ok("booking show BK-0001"), @"
    id:            BK-0001
    customer:      C1
    item:          HOTDESK
    location:      LYON
    from:          2026-01-05T09:00:00+01:00
    to:            2026-01-05T18:00:00+01:00
    uom:           day
    units:         1
    pay:           credits
    type:          HALF
    credits:       2
    invoice:
    status:        confirmed
    cancelled_at:
    ");
    assert_snapshot!(env.ok("credits ledger C1"), @"
          DATE  CUSTOMER  LOT  TYPE  KIND   CREDITS  ORIGIN           BOOKING  REASON
    2026-01-01  C1          1  HALF  grant        4  manual
    2026-01-01  C1          1  HALF  use         -2  booking:BK-0001  BK-0001
    ");
    // By the half-day (the item's first booking unit), one ticket.
    env.ok("booking add --customer C1 --item HOTDESK --location LYON --from 2026-01-06T08:00 --to 2026-01-06T12:00");
    assert_eq!(balance(&env, "C1", "HALF"), "1");
}

#[test]
fn an_invoice_of_two_ten_credit_passes_opens_a_lot_of_twenty() {
    let env = space();
    assert_eq!(
        env.ok("invoice create --customer C1 --item PASS10:2"),
        "INV-2026-00001\n"
    );
    assert_snapshot!(env.ok("credits lots C1 --format json"), @r#"
    [
    {"lot":1,"customer":"C1","type":"HALF","origin":"invoice:INV-2026-00001","quantity":"20","remaining":"20","starts":"2026-01-01","expires":null,"expired":false}
    ]
    "#);
    assert_snapshot!(env.ok("credits ledger C1"), @"
          DATE  CUSTOMER  LOT  TYPE  KIND      CREDITS  ORIGIN                  BOOKING  REASON
    2026-01-01  C1          1  HALF  purchase       20  invoice:INV-2026-00001
    ");
    // A draft buys nothing until it is issued.
    env.ok("invoice create --customer C1 --item PASS10 --draft");
    assert_eq!(balance(&env, "C1", "HALF"), "20");
    env.ok("invoice issue --all-drafts --yes");
    assert_eq!(balance(&env, "C1", "HALF"), "30");
}

#[test]
fn crediting_a_pass_invoice_revokes_what_is_left_of_its_lot() {
    let env = space();
    env.ok("invoice create --customer C1 --item PASS10:2");
    env.ok("credits use C1 HALF 3 --reason printer");
    assert_eq!(
        env.ok("invoice credit INV-2026-00001 --yes"),
        "CN-2026-00001\n"
    );
    assert_eq!(balance(&env, "C1", "HALF"), "0");
    assert_snapshot!(env.ok("credits ledger C1"), @"
          DATE  CUSTOMER  LOT  TYPE  KIND      CREDITS  ORIGIN                     BOOKING  REASON
    2026-01-01  C1          1  HALF  purchase       20  invoice:INV-2026-00001
    2026-01-01  C1          1  HALF  use            -3  manual                              printer
    2026-01-01  C1          1  HALF  revoke        -17  credit_note:CN-2026-00001           Avoir sur la facture INV-2026-00001
    ");
}

#[test]
fn a_lot_expiring_mid_month_lapses_while_another_lasts() {
    let mut env = space();
    env.ok("credits grant C1 HALF 5 --expires 2026-01-15");
    env.ok("credits grant C1 HALF 5");
    // The lot expiring first is spent first.
    env.ok("credits use C1 HALF 2");
    assert_snapshot!(env.ok("credits lots C1"), @"
    LOT  CUSTOMER  TYPE  ORIGIN  QUANTITY  REMAINING      STARTS     EXPIRES  EXPIRED
      1  C1        HALF  manual         5          3  2026-01-01  2026-01-15  false
      2  C1        HALF  manual         5          5  2026-01-01              false
    ");
    assert_snapshot!(env.ok("credits balance C1"), @"
    CUSTOMER  TYPE  UNIT      BALANCE  NEXT_EXPIRY
    C1        HALF  half-day        8   2026-01-15
    ");
    assert_snapshot!(env.ok("credits balance C1 --at 2026-01-16 --format json"), @r#"
    [
    {"customer":"C1","type":"HALF","unit":"half-day","balance":"5","next_expiry":null}
    ]
    "#);

    env.at("2026-01-15");
    assert_eq!(env.ok("tick"), "nothing due\n");
    assert_eq!(balance(&env, "C1", "HALF"), "8");
    env.at("2026-01-16T08:00:00");
    assert_eq!(env.ok("tick"), "credits expired: 1\n");
    assert_eq!(env.ok("tick"), "nothing due\n");
    assert_eq!(balance(&env, "C1", "HALF"), "5");
    assert_snapshot!(env.ok("credits lots C1 --format json"), @r#"
    [
    {"lot":1,"customer":"C1","type":"HALF","origin":"manual","quantity":"5","remaining":"0","starts":"2026-01-01","expires":"2026-01-15","expired":true},
    {"lot":2,"customer":"C1","type":"HALF","origin":"manual","quantity":"5","remaining":"5","starts":"2026-01-01","expires":null,"expired":false}
    ]
    "#);
    assert_snapshot!(env.ok("credits ledger C1 --format json"), @r#"
    [
    {"date":"2026-01-01","customer":"C1","lot":1,"type":"HALF","kind":"grant","credits":"5","origin":"manual","booking":null,"reason":null},
    {"date":"2026-01-01","customer":"C1","lot":2,"type":"HALF","kind":"grant","credits":"5","origin":"manual","booking":null,"reason":null},
    {"date":"2026-01-01","customer":"C1","lot":1,"type":"HALF","kind":"use","credits":"-2","origin":"manual","booking":null,"reason":null},
    {"date":"2026-01-16","customer":"C1","lot":1,"type":"HALF","kind":"expire","credits":"-3","origin":"expiry","booking":null,"reason":null}
    ]
    "#);
    assert_eq!(ledger_sum(&env, "C1"), dec("5"));
}

#[test]
fn validity_counts_the_first_day() {
    let env = space();
    env.ok("credits type add MONTHPASS --unit ticket --validity-days 30");
    env.ok("credits grant C1 MONTHPASS 1");
    assert_eq!(env.json("credits lots C1")[0]["expires"], "2026-01-30");
}

/// Runs `tick` at 09:00 and 18:00 on every day from `first` through `last`.
fn tick_twice_a_day(env: &mut TestEnv, first: &str, last: &str) {
    let mut day: chrono::NaiveDate = first.parse().unwrap();
    let last: chrono::NaiveDate = last.parse().unwrap();
    while day <= last {
        for hour in ["09:00:00", "18:00:00"] {
            env.at(&format!("{day}T{hour}"));
            env.ok("tick -q");
        }
        day = day.succ_opt().unwrap();
    }
}

#[test]
fn a_monthly_grant_over_three_periods_with_ticks_twice_a_day_grants_each_month_once() {
    let mut env = space();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --credits HALF:4:month:31");
    tick_twice_a_day(&mut env, "2026-01-01", "2026-03-31");
    assert_snapshot!(env.ok("credits lots C1"), @"
    LOT  CUSTOMER  TYPE  ORIGIN                 QUANTITY  REMAINING      STARTS     EXPIRES  EXPIRED
      1  C1        HALF  subscription:SUB-0001         4          0  2026-01-01  2026-01-31  true
      2  C1        HALF  subscription:SUB-0001         4          0  2026-02-01  2026-03-03  true
      3  C1        HALF  subscription:SUB-0001         4          4  2026-03-01  2026-03-31  false
    ");
    // Each lot lapsed the day after its last day; the March one is still usable.
    assert_eq!(balance(&env, "C1", "HALF"), "4");
    assert_snapshot!(env.ok("credits ledger C1"), @"
          DATE  CUSTOMER  LOT  TYPE  KIND    CREDITS  ORIGIN                 BOOKING  REASON
    2026-01-01  C1          1  HALF  grant         4  subscription:SUB-0001
    2026-02-01  C1          2  HALF  grant         4  subscription:SUB-0001
    2026-02-01  C1          1  HALF  expire       -4  expiry
    2026-03-01  C1          3  HALF  grant         4  subscription:SUB-0001
    2026-03-04  C1          2  HALF  expire       -4  expiry
    ");
    assert_eq!(ledger_sum(&env, "C1"), dec("4"));
    // Three periods billed as well, each once.
    assert_eq!(env.json("invoice list").as_array().unwrap().len(), 3);
}

#[test]
fn overlapping_ticks_at_the_same_moment_grant_nothing_twice() {
    let mut env = space();
    env.ok(
        "subscription create --customer C1 --item DESK --start 2026-01-01 --credits HALF:2:week",
    );
    env.at("2026-01-20");
    let children: Vec<_> = (0..3)
        .map(|_| {
            std::process::Command::new(env!("CARGO_BIN_EXE_subs"))
                .args(["tick", "-q"])
                .env_clear()
                .env("SUBS_DB", env.db())
                .env("SUBS_NOW", "2026-01-20")
                .env("USER", "tester")
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn subs tick")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // 01-01, 01-08, 01-15: three weeks, three lots.
    assert_snapshot!(env.ok("credits lots C1"), @"
    LOT  CUSTOMER  TYPE  ORIGIN                 QUANTITY  REMAINING      STARTS  EXPIRES  EXPIRED
      1  C1        HALF  subscription:SUB-0001         2          2  2026-01-01           false
      2  C1        HALF  subscription:SUB-0001         2          2  2026-01-08           false
      3  C1        HALF  subscription:SUB-0001         2          2  2026-01-15           false
    ");
    assert_eq!(balance(&env, "C1", "HALF"), "6");
    assert_eq!(env.ok("tick"), "nothing due\n");
}

#[test]
fn grant_rules_once_and_per_period_follow_the_subscription() {
    let mut env = space();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-15 --trial-end 2026-01-19 --credits HALF:10:once --credits HALF:3:period:10");
    env.at("2026-01-19");
    assert_eq!(env.ok("tick"), "nothing due\n");
    env.at("2026-03-01");
    assert_eq!(
        env.ok("tick"),
        "invoices: 2\ncredits granted: 3\ncredits expired: 1\n"
    );
    // Granted from the first billed day (after the trial): once, then per period.
    assert_snapshot!(env.ok("credits lots C1"), @"
    LOT  CUSTOMER  TYPE  ORIGIN                 QUANTITY  REMAINING      STARTS     EXPIRES  EXPIRED
      1  C1        HALF  subscription:SUB-0001        10         10  2026-01-20              false
      2  C1        HALF  subscription:SUB-0001         3          0  2026-01-20  2026-01-29  true
      3  C1        HALF  subscription:SUB-0001         3          3  2026-02-20  2026-03-01  false
    ");
    env.ok("cancel SUB-0001 --on 2026-03-10 --yes");
    env.at("2026-06-01");
    env.ok("tick");
    // No grant after the last day of service: the same three lots.
    assert_snapshot!(env.ok("credits lots C1"), @"
    LOT  CUSTOMER  TYPE  ORIGIN                 QUANTITY  REMAINING      STARTS     EXPIRES  EXPIRED
      1  C1        HALF  subscription:SUB-0001        10         10  2026-01-20              false
      2  C1        HALF  subscription:SUB-0001         3          0  2026-01-20  2026-01-29  true
      3  C1        HALF  subscription:SUB-0001         3          0  2026-02-20  2026-03-01  true
    ");
}

#[test]
fn tick_dry_run_shows_the_grants_and_writes_nothing() {
    let env = space();
    env.ok(
        "subscription create --customer C1 --item DESK --start 2026-01-01 --credits HALF:4:month",
    );
    let before = env.dump();
    assert_snapshot!(env.ok("tick --dry-run"), @"
    would create invoice INV-2026-00001 for SUB-0001 2026-01-01..2026-01-31 372.00
    would create credit grant 4 HALF (lot 1) for SUB-0001 2026-01-01..2026-01-01
    invoices: 1
    credits granted: 1
    ");
    assert_eq!(env.dump(), before);
}

#[test]
fn the_ledger_of_a_customer_sums_to_their_balance() {
    let mut env = space();
    env.ok("customer add C2 --name 'Client Two'");
    env.ok("invoice create --customer C1 --item PASS10");
    env.ok("credits grant C1 HALF 6 --expires 2026-01-10");
    env.ok("credits grant C2 HALF 1");
    env.ok("booking add --customer C1 --item HOTDESK --location LYON --from 2026-01-05 --to 2026-01-06 --uom day");
    env.ok("booking add --customer C1 --item HOTDESK --location LYON --from 2026-01-07T09:00 --to 2026-01-07T13:00");
    env.ok("credits use C1 HALF 1");
    env.ok("credits revoke C1 HALF 1 --reason 'goodwill undone'");
    env.ok("booking cancel BK-0001");
    env.at("2026-01-12");
    assert_eq!(env.ok("tick"), "credits expired: 1\n");
    env.ok("booking cancel BK-0002");
    for customer in ["C1", "C2"] {
        let sum = ledger_sum(&env, customer);
        assert_eq!(sum, dec(&balance(&env, customer, "HALF")), "{customer}");
    }
    assert_eq!(balance(&env, "C1", "HALF"), "10");
    // The second cancellation came after its lot lapsed: nothing to give back.
    assert_snapshot!(env.ok("credits ledger C1"), @"
          DATE  CUSTOMER  LOT  TYPE  KIND      CREDITS  ORIGIN                  BOOKING  REASON
    2026-01-01  C1          1  HALF  purchase       10  invoice:INV-2026-00001
    2026-01-01  C1          2  HALF  grant           6  manual
    2026-01-01  C1          2  HALF  use            -2  booking:BK-0001         BK-0001
    2026-01-01  C1          2  HALF  use            -1  booking:BK-0002         BK-0002
    2026-01-01  C1          2  HALF  use            -1  manual
    2026-01-01  C1          2  HALF  revoke         -1  manual                           goodwill undone
    2026-01-01  C1          2  HALF  refund          2  booking:BK-0001         BK-0001
    2026-01-11  C1          2  HALF  expire         -3  expiry
    ");
}

#[test]
fn the_balance_without_a_customer_lists_every_holder() {
    let env = space();
    env.ok("customer add C2 --name 'Client Two'");
    env.ok("invoice create --customer C1 --item PASS10");
    env.ok("credits grant C2 HALF 1");
    assert_snapshot!(env.ok("credits balance"), @"
    CUSTOMER  TYPE  UNIT      BALANCE  NEXT_EXPIRY
    C1        HALF  half-day       10
    C2        HALF  half-day        1
    ");
}

#[test]
fn cancelling_a_booking_after_its_lot_lapsed_gives_nothing_back() {
    let mut env = space();
    env.ok("credits grant C1 HALF 2 --expires 2026-01-03");
    env.ok("booking add --customer C1 --item HOTDESK --location LYON --from 2026-01-10 --to 2026-01-11 --uom day");
    env.at("2026-01-04");
    assert_snapshot!(env.run("booking cancel BK-0001").transcript(), @"
    --- stderr
    BK-0001 cancelled; 0 HALF credits refunded
    ");
    assert_snapshot!(env.ok("credits ledger C1"), @"
          DATE  CUSTOMER  LOT  TYPE  KIND   CREDITS  ORIGIN           BOOKING  REASON
    2026-01-01  C1          1  HALF  grant        2  manual
    2026-01-01  C1          1  HALF  use         -2  booking:BK-0001  BK-0001
    ");
}

#[test]
fn using_more_credits_than_held_is_refused_and_writes_nothing() {
    let env = space();
    env.ok("credits grant C1 HALF 2");
    let before = env.dump();
    let error = env.fails("credits use C1 HALF 3", Exit::Refused);
    assert_eq!(
        error,
        "error: not enough HALF credits for C1: 3 needed, 2 available"
    );
    assert_eq!(env.dump(), before);
    let error = env.fails(
        "booking add --customer C1 --item HOTDESK --location LYON --from 2026-01-05 --to 2026-01-07 --uom day",
        Exit::Refused,
    );
    assert!(error.contains("4 needed, 2 available"), "{error}");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_fractional_type_counts_thousandths_and_a_whole_type_refuses_them() {
    let env = space();
    env.ok("credits type add PRINT --unit page --fractional");
    env.ok("credits grant C1 PRINT 2.5");
    let left = env.json("credits use C1 PRINT 0.125");
    assert_eq!(left["balance"], "2.375");
    let before = env.dump();
    let error = env.fails("credits grant C1 HALF 2.5", Exit::BadData);
    assert!(error.contains("QTY") && error.contains("whole"), "{error}");
    assert_eq!(env.dump(), before);
}

#[test]
fn bad_credit_input_is_refused_naming_what_and_writes_nothing() {
    let env = space();
    env.ok("credits grant C1 HALF 2");
    let before = env.dump();
    #[rustfmt::skip]
    let cases = [
        ("credits grant C1 NOPE 1", Exit::NotFound, "credit type NOPE does not exist"),
        ("credits grant NOPE HALF 1", Exit::NotFound, "customer NOPE does not exist"),
        ("credits use C1 NOPE 1", Exit::NotFound, "credit type NOPE"),
        ("credits balance NOPE", Exit::NotFound, "customer NOPE"),
        ("credits ledger NOPE", Exit::NotFound, "customer NOPE"),
        ("credits use C1 HALF 1.5", Exit::BadData, "QTY"),
        ("credits use C1 HALF -1", Exit::BadData, "QTY"),
        ("credits use C1 HALF 0", Exit::BadData, "QTY"),
        ("credits grant C1 HALF 1e3", Exit::BadData, "QTY"),
        ("credits grant C1 HALF 1 --expires 2025-12-31", Exit::BadData, "--expires"),
        ("credits grant C1 HALF 1 --expires 2026-02-30", Exit::BadData, "--expires"),
        ("credits balance C1 --at soon", Exit::BadData, "--at"),
        ("credits type add HALF --unit x", Exit::BadData, "credit type HALF already exists"),
        ("credits type add T2 --unit x --cost NOPE:day:1", Exit::NotFound, "item NOPE"),
        ("credits type add T2 --unit x --cost DESK:week:1", Exit::NotFound, "UOM week"),
        ("credits type add T2 --unit x --cost DESK:day", Exit::BadData, "--cost"),
        ("credits type add T2 --unit x --cost DESK:day:1 --cost DESK:day:2", Exit::BadData, "given twice"),
        ("credits type add T2 --unit x --sold-as PASS10:unit:10", Exit::BadData, "already sells credit type HALF"),
        ("credits type add T2 --unit x --sold-as PASS10:unit:1.5", Exit::BadData, "--sold-as"),
        ("credits type add T2 --unit x --validity-days 0", Exit::BadData, "--validity-days"),
        ("credits type add 'T 2' --unit x", Exit::BadData, "CODE"),
        ("subscription create --customer C1 --item DESK --credits HALF:4", Exit::BadData, "--credits"),
        ("subscription create --customer C1 --item DESK --credits HALF:4:year", Exit::BadData, "--credits"),
        ("subscription create --customer C1 --item DESK --credits HALF:2.5:month", Exit::BadData, "--credits HALF"),
        ("subscription create --customer C1 --item DESK --credits NOPE:2:month", Exit::NotFound, "credit type NOPE"),
    ];
    for (line, code, named) in cases {
        let error = env.fails(line, code);
        assert!(error.contains(named), "{line}: {error}");
        assert_eq!(env.dump(), before, "{line} wrote something");
    }
}

#[test]
fn subscription_check_grants_at_once_and_a_restart_grants_again_from_its_first_day() {
    let mut env = space();
    env.ok(
        "subscription create --customer C1 --item DESK --start 2026-01-01 --credits HALF:4:month",
    );
    env.ok("subscription check SUB-0001");
    assert_eq!(balance(&env, "C1", "HALF"), "4");
    env.ok("cancel SUB-0001 --on 2026-01-31 --yes");
    env.at("2026-03-01");
    env.ok("tick");
    assert_eq!(
        balance(&env, "C1", "HALF"),
        "4",
        "nothing granted after the end"
    );
    env.ok("subscription restart SUB-0001 --on 2026-03-01");
    env.ok("tick");
    assert_snapshot!(env.ok("credits lots C1"), @"
    LOT  CUSTOMER  TYPE  ORIGIN                 QUANTITY  REMAINING      STARTS  EXPIRES  EXPIRED
      1  C1        HALF  subscription:SUB-0001         4          4  2026-01-01           false
      2  C1        HALF  subscription:SUB-0001         4          4  2026-03-01           false
    ");
}
