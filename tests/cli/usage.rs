//! Metered usage (issue 13 §5): recorded with `usage add` or a CSV import, billed in
//! arrears — on its own period's invoice in arrears, on the next period's invoice in
//! advance, on a final invoice after a cancellation — priced on its period's first day,
//! with graduated tiers per period.

use insta::assert_snapshot;

use crate::billing::coworking;
use crate::env::{Exit, TestEnv};

/// The coworking books with a printer: PRINT at 0.10 per page.
fn with_printer() -> TestEnv {
    let env = coworking();
    env.ok("uom add page");
    env.ok("item add PRINT --name Printing --uom page");
    env.ok("price set PRINT 0.10");
    env
}

/// (item, description, qty, rate, net, period_start, period_end) of an invoice's lines.
fn lines(env: &TestEnv, number: &str) -> Vec<String> {
    env.json(format!("invoice show {number}"))["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let s = |k: &str| l[k].as_str().unwrap_or("").to_string();
            format!(
                "{} {} × {} = {} for {}..{}",
                s("item"),
                s("qty"),
                s("rate"),
                s("net"),
                s("period_start"),
                s("period_end")
            )
        })
        .collect()
}

fn invoice_numbers(env: &TestEnv) -> Vec<String> {
    env.json("invoice list")
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["number"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn in_arrears_usage_is_billed_on_the_invoice_of_the_period_it_falls_in() {
    let mut env = with_printer();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --bill arrears");
    assert_eq!(
        env.ok("usage add --subscription SUB-0001 --item PRINT --qty 120 --on 2026-01-20"),
        "1\n"
    );
    env.at("2026-02-01");
    assert_eq!(env.ok("tick"), "invoices: 1\n");
    assert_eq!(
        lines(&env, "INV-2026-00001"),
        [
            "DESK 1 × 310.00 = 310.00 for 2026-01-01..2026-01-31",
            "PRINT 120 × 0.10 = 12.00 for 2026-01-01..2026-01-31"
        ]
    );
    assert_eq!(
        env.json("usage list")[0]["invoice"],
        "INV-2026-00001",
        "the usage names the invoice that billed it"
    );
}

#[test]
fn in_advance_usage_is_billed_on_the_next_periods_invoice_for_its_own_period() {
    let mut env = with_printer();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --bill advance");
    env.ok("tick");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 30 --on 2026-01-31");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 5 --on 2026-02-01");
    env.at("2026-02-01");
    assert_eq!(env.ok("tick"), "invoices: 1\n");
    assert_eq!(
        lines(&env, "INV-2026-00002"),
        [
            "DESK 1 × 310.00 = 310.00 for 2026-02-01..2026-02-28",
            "PRINT 30 × 0.10 = 3.00 for 2026-01-01..2026-01-31"
        ]
    );
    env.at("2026-03-01");
    env.ok("tick");
    assert_eq!(
        lines(&env, "INV-2026-00003"),
        [
            "DESK 1 × 310.00 = 310.00 for 2026-03-01..2026-03-31",
            "PRINT 5 × 0.10 = 0.50 for 2026-02-01..2026-02-28"
        ]
    );
}

#[test]
fn usage_is_priced_from_the_price_list_on_its_periods_first_day() {
    let mut env = with_printer();
    env.ok("price set PRINT 0.20 --from 2026-02-01");
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --bill advance");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 10 --on 2026-01-15");
    env.at("2026-02-01");
    env.ok("tick");
    assert_eq!(
        lines(&env, "INV-2026-00002")[1],
        "PRINT 10 × 0.10 = 1.00 for 2026-01-01..2026-01-31",
        "January's usage at January's price, though billed in February"
    );
}

#[test]
fn usage_left_when_an_advance_subscription_is_cancelled_goes_on_a_final_invoice() {
    let mut env = with_printer();
    env.ok("subscription create --customer C1 --item DESK --start 2026-03-01 --bill advance");
    env.at("2026-03-01");
    env.ok("tick");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 40 --on 2026-03-05");
    env.at("2026-03-08");
    env.ok("subscription cancel SUB-0001 --on 2026-03-10 --prorate --yes");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 2 --on 2026-03-10");
    env.fails(
        "usage add --subscription SUB-0001 --item PRINT --qty 2 --on 2026-03-11",
        Exit::BadData,
    );
    env.at("2026-03-11");
    assert_eq!(env.ok("tick"), "invoices: 1\ncompleted: 1\n");
    let finals = env.json("invoice show INV-2026-00002");
    assert_eq!(finals["period_start"], "2026-03-01");
    assert_eq!(finals["period_end"], "2026-03-10");
    assert_eq!(
        lines(&env, "INV-2026-00002"),
        ["PRINT 42 × 0.10 = 4.20 for 2026-03-01..2026-03-10"]
    );
    assert_eq!(env.ok("tick"), "nothing due\n");
    assert_snapshot!(
        env.fails("usage add --subscription SUB-0001 --item PRINT --qty 1 --on 2026-03-09", Exit::Refused),
        @"error: subscription SUB-0001 is cancelled: its last invoice is out, usage can no longer be billed"
    );
}

#[test]
fn usage_of_an_arrears_subscription_cancelled_mid_period_is_on_its_final_invoice() {
    let mut env = with_printer();
    env.ok("subscription create --customer C1 --item DESK --start 2023-03-01 --bill arrears");
    env.at("2023-03-05");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 7 --on 2023-03-04");
    env.ok("cancel SUB-0001 --on 2023-03-10 --prorate --yes");
    env.at("2023-03-11");
    assert_eq!(env.ok("tick"), "invoices: 1\ncompleted: 1\n");
    assert_eq!(
        lines(&env, "INV-2023-00001"),
        [
            "DESK 1 × 310.00 = 100.00 for 2023-03-01..2023-03-10",
            "PRINT 7 × 0.10 = 0.70 for 2023-03-01..2023-03-10"
        ]
    );
    assert_eq!(invoice_numbers(&env), ["INV-2023-00001"]);
}

#[test]
fn usage_recorded_after_its_period_was_billed_goes_on_the_next_invoice() {
    let mut env = with_printer();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --bill arrears");
    env.at("2026-02-01");
    env.ok("tick");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 3 --on 2026-01-31");
    env.at("2026-03-01");
    env.ok("tick");
    assert_eq!(
        lines(&env, "INV-2026-00002"),
        [
            "DESK 1 × 310.00 = 310.00 for 2026-02-01..2026-02-28",
            "PRINT 3 × 0.10 = 0.30 for 2026-01-01..2026-01-31"
        ]
    );
}

#[test]
fn graduated_tiers_bill_each_band_on_its_own_line_and_explain_shows_each_tier() {
    let mut env = with_printer();
    env.ok("price set PRINT --tier 0-100:0.10 --tier 101-:0.05");
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --bill arrears");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 90 --on 2026-01-05");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 60 --on 2026-01-25");
    env.at("2026-02-01");
    env.ok("tick");
    assert_snapshot!(env.ok("invoice explain INV-2026-00001"), @"
    LINE  ITEM   PERIOD_START  PERIOD_END  DAYS  PERIOD_DAYS  FACTOR  QTY    RATE  UNROUNDED  ROUNDED  PRICE_SOURCE
       1  DESK     2026-01-01  2026-01-31    31           31       1    1  310.00     310.00   310.00  price list Standard
       2  PRINT    2026-01-01  2026-01-31    31           31       1  100    0.10      10.00    10.00  usage, tier 1 (0-100), price list Standard
       3  PRINT    2026-01-01  2026-01-31    31           31       1   50    0.05       2.50     2.50  usage, tier 2 (101-), price list Standard
    ");
    assert_eq!(
        env.json("invoice show INV-2026-00001")["net_total"],
        "322.50"
    );
}

#[test]
fn tiers_count_per_period_and_start_again_in_the_next_one() {
    let mut env = with_printer();
    env.ok("price set PRINT --tier 0-100:0.10 --tier 101-:0.05");
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --bill arrears");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 100 --on 2026-01-31");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 100 --on 2026-02-01");
    env.at("2026-03-01");
    env.ok("tick");
    assert_eq!(
        lines(&env, "INV-2026-00001")[1..],
        ["PRINT 100 × 0.10 = 10.00 for 2026-01-01..2026-01-31"]
    );
    assert_eq!(
        lines(&env, "INV-2026-00002")[1..],
        ["PRINT 100 × 0.10 = 10.00 for 2026-02-01..2026-02-28"]
    );
}

#[test]
fn late_usage_climbs_the_tiers_from_what_its_period_already_billed() {
    let mut env = with_printer();
    env.ok("price set PRINT --tier 0-100:0.10 --tier 101-:0.05");
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --bill arrears");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 95 --on 2026-01-10");
    env.at("2026-02-01");
    env.ok("tick");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 10 --on 2026-01-30");
    env.at("2026-03-01");
    env.ok("tick");
    assert_eq!(
        lines(&env, "INV-2026-00002")[1..],
        [
            "PRINT 5 × 0.10 = 0.50 for 2026-01-01..2026-01-31",
            "PRINT 5 × 0.05 = 0.25 for 2026-01-01..2026-01-31"
        ]
    );
}

#[test]
fn a_tiered_price_on_a_subscription_line_is_refused_by_name_not_billed_at_a_guess() {
    let env = with_printer();
    env.ok("price set PRINT --tier 0-100:0.10 --tier 101-:0.05");
    env.ok("subscription create --customer C1 --item PRINT:500 --start 2026-01-01");
    let run = env.run("tick");
    assert_eq!(run.code, 3);
    assert_snapshot!(run.stderr.trim_end(), @"
    error: SUB-0001: line PRINT: PRINT has graduated tiers in price list Standard; tiers price metered usage only (`subs usage add`)
    error: 1 of 1 units failed (each named above)
    ");
    assert!(invoice_numbers(&env).is_empty());
}

#[test]
fn bad_tiers_are_refused_naming_the_tier_and_nothing_changes() {
    let env = with_printer();
    let before = env.dump();
    assert_snapshot!(
        env.fails("price set PRINT --tier 0-100:0.10 --tier 150-:0.05", Exit::BadData),
        @r#"error: --tier: "150-:0.05" must start at 101 (right after "0-100")"#
    );
    assert_snapshot!(
        env.fails("price set PRINT --tier 0-100:0.10", Exit::BadData),
        @r#"error: --tier: the last tier "0-100" must be open (e.g. 101-:RATE) so that every unit has a rate"#
    );
    env.fails("price set PRINT 0.10 --tier 0-:0.10", Exit::Usage);
    assert_eq!(env.dump(), before);
}

#[test]
fn price_list_shows_the_tiers() {
    let env = with_printer();
    env.ok("price set PRINT --tier 0-100:0.10 --tier 101-:0.05");
    let prices = env.json("price list --item PRINT");
    assert_eq!(prices[0]["rate"], "0.10");
    assert_eq!(prices[0]["tiers"], "0-100:0.1;101-:0.05");
}

#[test]
fn preview_shows_usage_recorded_but_not_yet_billed() {
    let env = with_printer();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --bill advance");
    env.ok("tick");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 25 --on 2026-01-10");
    assert_snapshot!(env.ok("subscription preview SUB-0001 --periods 2"), @"
    PERIOD_START  PERIOD_END      DUE_ON  FACTOR  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  ERROR  USAGE  DETAIL  DISCOUNT  LINES
      2026-02-01  2026-02-28  2026-02-01       1     312.50      62.50       375.00          2.50                    DESK 1 month × 310.00 = 310.00; PRINT 25 page × 0.10 = 2.50
      2026-03-01  2026-03-31  2026-03-01       1     310.00      62.00       372.00          0.00                    DESK 1 month × 310.00 = 310.00
    ");
}

#[test]
fn usage_list_shows_each_usage_and_the_invoice_that_billed_it() {
    let mut env = with_printer();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --bill arrears");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 1.5 --on 2026-01-02 --reference job-1");
    env.at("2026-02-01");
    env.ok("tick");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 4 --on 2026-02-03");
    assert_snapshot!(env.ok("usage list --format csv"), @"
    id,subscription,item,qty,date,reference,recorded_at,invoice
    1,SUB-0001,PRINT,1.5,2026-01-02,job-1,2026-01-01T00:00:00+01:00,INV-2026-00001
    2,SUB-0001,PRINT,4,2026-02-03,,2026-02-01T00:00:00+01:00,
    ");
    assert_eq!(
        env.json("usage list --unbilled").as_array().unwrap().len(),
        1
    );
}

#[test]
fn subscription_show_lists_the_usage_not_billed_yet() {
    let mut env = with_printer();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --bill arrears");
    env.ok(
        "usage add --subscription SUB-0001 --item PRINT --qty 8 --on 2026-01-09 --reference job-1",
    );
    env.at("2026-02-01");
    env.ok("tick");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 2 --on 2026-02-02");
    let usage = &env.json("subscription show SUB-0001")["usage"];
    assert_eq!(usage.as_array().unwrap().len(), 1);
    assert_eq!(usage[0]["qty"], "2");
    assert_eq!(usage[0]["date"], "2026-02-02");
    assert_eq!(usage[0]["invoice"], serde_json::Value::Null);
}

#[test]
fn a_reference_recorded_already_is_skipped_by_usage_add() {
    let env = with_printer();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 3 --reference job-7");
    let before = env.dump();
    let run = env.run("usage add --subscription SUB-0001 --item PRINT --qty 3 --reference job-7");
    assert_eq!(run.code, 0);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "usage job-7 is recorded already; nothing added\n"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn a_re_sent_import_skips_the_references_it_recorded_and_adds_the_new_ones() {
    let env = with_printer();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --bill arrears");
    env.write(
        "usage.csv",
        "subscription,item,qty,date,reference\n\
         SUB-0001,PRINT,10,2026-01-03,p-1\n\
         SUB-0001,PRINT,20,2026-01-04,p-2\n",
    );
    assert_snapshot!(env.run("usage import usage.csv").transcript(), @"
    --- stderr
    2 recorded, 0 skipped (recorded already)
    ");
    let before = env.dump();
    assert_snapshot!(env.run("usage import usage.csv").transcript(), @"
    --- stderr
    0 recorded, 2 skipped (recorded already)
    ");
    assert_eq!(env.dump(), before, "a re-sent file changes nothing");
    env.write(
        "usage.csv",
        "subscription,item,qty,date,reference\n\
         SUB-0001,PRINT,10,2026-01-03,p-1\n\
         SUB-0001,PRINT,20,2026-01-04,p-2\n\
         SUB-0001,PRINT,5,2026-01-05,p-3\n",
    );
    assert_snapshot!(env.run("usage import usage.csv").transcript(), @"
    --- stderr
    1 recorded, 2 skipped (recorded already)
    ");
    assert_eq!(env.json("usage list").as_array().unwrap().len(), 3);
}

#[test]
fn a_bad_line_in_an_import_is_named_and_nothing_is_recorded() {
    let env = with_printer();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    let before = env.dump();
    let file = |third: &str| {
        format!("subscription,item,qty,date,reference\nSUB-0001,PRINT,10,2026-01-03,a\n{third}\n")
    };
    env.write("usage.csv", file("SUB-0001,PRINT,-4,2026-01-03,b"));
    assert_snapshot!(env.fails("usage import usage.csv", Exit::BadData), @r#"error: usage.csv:3: column qty: "-4" must not be negative"#);
    env.write("usage.csv", file("SUB-0001,PRINT,lots,2026-01-03,b"));
    assert_snapshot!(env.fails("usage import usage.csv", Exit::BadData), @r#"error: usage.csv:3: column qty: "lots" is not a decimal number (expected digits like 12.50)"#);
    env.write("usage.csv", file("SUB-0009,PRINT,1,2026-01-03,b"));
    assert_snapshot!(env.fails("usage import usage.csv", Exit::BadData), @"error: usage.csv:3: subscription SUB-0009 does not exist");
    env.write("usage.csv", file("SUB-0001,INK,1,2026-01-03,b"));
    assert_snapshot!(env.fails("usage import usage.csv", Exit::BadData), @"error: usage.csv:3: item INK does not exist");
    assert_eq!(env.dump(), before);
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --with-order");
    env.write("usage.csv", file("SUB-0002,PRINT,1,2026-01-03,b"));
    assert_snapshot!(env.fails("usage import usage.csv", Exit::BadData), @"error: usage.csv:3: subscription SUB-0002 bills through sales orders, which do not carry usage");
    let before = env.dump();
    env.write("usage.csv", file("SUB-0001,PRINT,1,2026-01-03,a"));
    assert_snapshot!(env.fails("usage import usage.csv", Exit::BadData), @r#"error: usage.csv:3: column reference: "a" appears twice in the file"#);
    env.write("usage.csv", file("SUB-0001,PRINT,1,2025-12-31,b"));
    assert_snapshot!(env.fails("usage import usage.csv", Exit::BadData), @"error: usage.csv:3: column date: 2025-12-31 is before 2026-01-01, the first billed day of SUB-0001");
    assert_eq!(env.dump(), before);
}

#[test]
fn bad_usage_is_refused_naming_the_field_and_nothing_changes() {
    let env = with_printer();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    let before = env.dump();
    assert_snapshot!(
        env.fails("usage add --subscription SUB-0009 --item PRINT --qty 1", Exit::NotFound),
        @"error: subscription SUB-0009 does not exist"
    );
    assert_snapshot!(
        env.fails("usage add --subscription SUB-0001 --item INK --qty 1", Exit::NotFound),
        @"error: item INK does not exist"
    );
    assert_snapshot!(
        env.fails("usage add --subscription SUB-0001 --item PRINT --qty -3", Exit::BadData),
        @r#"error: --qty: "-3" must not be negative"#
    );
    assert_snapshot!(
        env.fails("usage add --subscription SUB-0001 --item PRINT --qty 1,5", Exit::BadData),
        @r#"error: --qty: "1,5" is not a decimal number (expected digits like 12.50)"#
    );
    assert_snapshot!(
        env.fails("usage add --subscription SUB-0001 --item PRINT --qty 0", Exit::BadData),
        @r#"error: --qty: "0" must be greater than zero"#
    );
    assert_snapshot!(
        env.fails("usage add --subscription SUB-0001 --item PRINT --qty 1 --on 2025-12-31", Exit::BadData),
        @"error: --on: 2025-12-31 is before 2026-01-01, the first billed day of SUB-0001"
    );
    assert_eq!(env.dump(), before);
}

/// A demo book of `members` monthly subscriptions from 2026-01-01 billed in advance, not
/// billed yet, with two hours of the laser cutter recorded for each in January.
fn demo_with_usage(members: u32) -> TestEnv {
    let env = TestEnv::empty();
    env.ok(format!(
        "demo --scale {members} --start 2026-01-01 --no-tick --now 2026-01-01"
    ));
    let mut csv = String::from("subscription,item,qty,date,reference\n");
    for n in 1..=members {
        csv.push_str(&format!("SUB-{n:04},LASER,1.5,2026-01-05,l-{n}-a\n"));
        csv.push_str(&format!("SUB-{n:04},LASER,0.5,2026-01-20,l-{n}-b\n"));
    }
    env.write("usage.csv", csv);
    env.ok("usage import usage.csv --now 2026-01-31");
    env
}

fn spawn_tick(env: &TestEnv) -> std::process::Child {
    std::process::Command::new(env!("CARGO_BIN_EXE_subs"))
        .args(["tick", "-q"])
        .env_clear()
        .env("SUBS_DB", env.db())
        .env("SUBS_NOW", "2026-02-15")
        .env("USER", "tester")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn subs tick")
}

/// (usages not billed, usage hours on invoices, usage hours recorded).
fn usage_billed(env: &TestEnv) -> (i64, String, String) {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let unbilled = conn
        .query_row(
            "SELECT count(*) FROM usage_records WHERE invoice IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let sum = |sql: &str| -> String {
        let qtys: Vec<String> = conn
            .prepare(sql)
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        qtys.iter()
            .map(|q| q.parse::<rust_decimal::Decimal>().unwrap())
            .sum::<rust_decimal::Decimal>()
            .normalize()
            .to_string()
    };
    (
        unbilled,
        sum(
            "SELECT l.qty FROM invoice_lines l JOIN invoices i ON i.id = l.invoice
             WHERE l.item = 'LASER' AND l.price_source LIKE 'usage%'",
        ),
        sum("SELECT qty FROM usage_records"),
    )
}

#[test]
fn a_tick_killed_and_re_run_bills_each_usage_exactly_once() {
    const MEMBERS: u32 = 1500;
    let reference = demo_with_usage(MEMBERS);
    assert!(spawn_tick(&reference).wait().unwrap().success());
    let (unbilled, on_invoices, recorded) = usage_billed(&reference);
    assert_eq!((unbilled, on_invoices.as_str()), (0, recorded.as_str()));
    assert_eq!(recorded, (2 * MEMBERS).to_string());

    let subject = demo_with_usage(MEMBERS);
    let mut interrupted = 0;
    for pause in [20u64, 45, 70, 95, 120, 150, 35, 60, 85, 110] {
        let mut child = spawn_tick(&subject);
        std::thread::sleep(std::time::Duration::from_millis(pause));
        if child.try_wait().unwrap().is_none() {
            interrupted += 1;
        }
        child.kill().ok(); // SIGKILL
        child.wait().unwrap();
        // Whatever moment it died at, no usage is on two invoices.
        let (_, on_invoices, recorded) = usage_billed(&subject);
        let (billed, total) = (
            on_invoices.parse::<rust_decimal::Decimal>().unwrap(),
            recorded.parse::<rust_decimal::Decimal>().unwrap(),
        );
        assert!(billed <= total, "{billed} hours billed of {total} recorded");
    }
    assert!(
        interrupted >= 5,
        "only {interrupted} runs were killed mid-way: the test lost its point"
    );
    assert!(spawn_tick(&subject).wait().unwrap().success());
    assert_eq!(usage_billed(&subject), usage_billed(&reference));
    assert!(
        subject.dump() == reference.dump(),
        "the killed-and-resumed books differ from the reference"
    );
}

#[test]
fn a_backdated_cancellation_before_recorded_usage_is_refused_until_that_usage_goes() {
    let mut env = with_printer();
    env.ok("subscription create --customer C1 --item DESK --start 2026-03-01 --bill arrears");
    env.at("2026-03-20");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 4 --on 2026-03-15");
    let before = env.dump();
    assert_snapshot!(
        env.fails("cancel SUB-0001 --on 2026-03-10 --yes", Exit::Refused),
        @"error: SUB-0001 has usage recorded after 2026-03-10 (usage 1 on 2026-03-15); cancel on or after 2026-03-15, or remove it with `subs usage remove 1`"
    );
    assert_eq!(env.dump(), before);
    env.ok("usage remove 1");
    env.ok("cancel SUB-0001 --on 2026-03-10 --yes");
    assert_eq!(env.json("usage list"), serde_json::json!([]));
}

#[test]
fn a_billed_usage_cannot_be_removed() {
    let mut env = with_printer();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --bill arrears");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 4 --on 2026-01-15");
    env.at("2026-02-01");
    env.ok("tick");
    let before = env.dump();
    assert_snapshot!(
        env.fails("usage remove 1", Exit::Refused),
        @"error: usage 1 is billed on INV-2026-00001; correct that invoice with `subs invoice credit INV-2026-00001`"
    );
    assert_snapshot!(env.fails("usage remove 9", Exit::NotFound), @"error: usage 9 does not exist");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_cancellation_trimming_a_draft_keeps_its_usage_lines_whole() {
    let mut env = with_printer();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --draft-invoices");
    env.ok("usage add --subscription SUB-0001 --item PRINT --qty 30 --on 2026-01-05");
    env.at("2026-02-01");
    env.ok("tick");
    assert_eq!(
        lines(&env, "draft:2"),
        [
            "DESK 1 × 310.00 = 310.00 for 2026-02-01..2026-02-28",
            "PRINT 30 × 0.10 = 3.00 for 2026-01-01..2026-01-31"
        ]
    );
    env.ok("cancel SUB-0001 --on 2026-01-20 --prorate --yes");
    assert_eq!(
        lines(&env, "draft:2"),
        ["PRINT 30 × 0.10 = 3.00 for 2026-01-01..2026-01-31"],
        "February is gone; January's usage is billed whole, not prorated"
    );
    env.at("2026-02-02");
    env.ok("tick");
    assert_eq!(
        env.json("invoice list").as_array().unwrap().len(),
        2,
        "no second invoice for usage the draft bills"
    );
}
