//! Subscriptions and the billing engine: periods, tick, catch-up, prices, VAT, numbering.

use insta::assert_snapshot;
use serde_json::Value;

use crate::env::TestEnv;

/// A coworking space: VAT 20 % (default) and 5.5 %, a desk by the month at 310.00 in the
/// default list, a book at 5.5 %, and one customer C1. It is 2026-01-01.
pub fn coworking() -> TestEnv {
    let mut env = TestEnv::new();
    env.at("2026-01-01");
    env.ok("vat add TVA20 --rate 20 --default");
    env.ok("vat add TVA5.5 --rate 5.5");
    env.ok("uom add month");
    env.ok("item add DESK --name 'Dedicated desk' --uom month --recurring");
    env.ok("item add BOOK --name 'Member handbook' --vat-rate TVA5.5");
    env.ok("price-list add Standard --default");
    env.ok("price set DESK 310.00");
    env.ok("price set BOOK 20.00");
    env.ok("customer add C1 --name 'Client One'");
    env
}

/// (number, period_start, period_end, grand_total) of every document, in list order.
pub fn documents(env: &TestEnv) -> Vec<(String, String, String, String)> {
    env.json("invoice list")
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let s = |k: &str| i[k].as_str().unwrap_or("").to_string();
            (
                s("number"),
                s("period_start"),
                s("period_end"),
                s("grand_total"),
            )
        })
        .collect()
}

fn periods(env: &TestEnv) -> Vec<String> {
    documents(env)
        .into_iter()
        .map(|(_, a, b, _)| format!("{a}..{b}"))
        .collect()
}

fn subscribe(env: &TestEnv, extra: &[&str]) -> String {
    let mut args = vec![
        "subscription",
        "create",
        "--customer",
        "C1",
        "--item",
        "DESK",
    ];
    args.extend_from_slice(extra);
    env.ok(&args).trim().to_string()
}

#[test]
fn create_prints_the_new_id_and_tick_bills_the_first_period() {
    let env = coworking();
    assert_eq!(subscribe(&env, &["--start", "2026-01-01"]), "SUB-0001");
    assert_eq!(env.ok("tick"), "invoices: 1\n");
    let inv = env.json("invoice show INV-2026-00001");
    assert_eq!(inv["kind"], "invoice");
    assert_eq!(inv["status"], "issued");
    assert_eq!(inv["payment_status"], "unpaid");
    assert_eq!(inv["subscription"], "SUB-0001");
    assert_eq!(inv["period_start"], "2026-01-01");
    assert_eq!(inv["period_end"], "2026-01-31");
    assert_eq!(inv["net_total"], "310.00");
    assert_eq!(inv["tax_total"], "62.00");
    assert_eq!(inv["grand_total"], "372.00");
    assert_eq!(inv["outstanding"], "372.00");
    assert_eq!(inv["lines"][0]["period_start"], "2026-01-01");
    assert_eq!(inv["lines"][0]["period_end"], "2026-01-31");
    assert_eq!(inv["vat"][0]["rate"], "20");
}

#[test]
fn a_second_tick_at_the_same_moment_creates_nothing() {
    let env = coworking();
    subscribe(&env, &["--start", "2026-01-01"]);
    env.ok("tick");
    let before = env.dump();
    assert_eq!(env.ok("tick"), "nothing due\n");
    assert_eq!(env.ok("tick -q"), "");
    assert_eq!(env.dump(), before);
}

#[test]
fn month_end_anchor_on_january_31_never_drifts() {
    let mut env = coworking();
    subscribe(&env, &["--start", "2023-01-31"]);
    env.at("2023-05-01");
    env.ok("tick");
    assert_eq!(
        periods(&env),
        [
            "2023-01-31..2023-02-27",
            "2023-02-28..2023-03-30",
            "2023-03-31..2023-04-29",
            "2023-04-30..2023-05-30"
        ]
    );
}

#[test]
fn month_end_anchors_on_january_30_and_29() {
    let mut env = coworking();
    subscribe(&env, &["--start", "2023-01-30"]);
    env.ok("customer add C2 --name 'Client Two'");
    env.ok("subscription create --customer C2 --item DESK --start 2023-01-29");
    env.at("2023-03-31");
    env.ok("tick");
    let c1: Vec<_> = env
        .json("invoice list --customer C1")
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            format!(
                "{}..{}",
                i["period_start"].as_str().unwrap(),
                i["period_end"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        c1,
        [
            "2023-01-30..2023-02-27",
            "2023-02-28..2023-03-29",
            "2023-03-30..2023-04-29"
        ]
    );
    let c2: Vec<_> = env
        .json("invoice list --customer C2")
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            format!(
                "{}..{}",
                i["period_start"].as_str().unwrap(),
                i["period_end"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        c2,
        [
            "2023-01-29..2023-02-27",
            "2023-02-28..2023-03-28",
            "2023-03-29..2023-04-28"
        ]
    );
}

#[test]
fn yearly_from_february_29_falls_on_february_28_then_back_to_29() {
    let mut env = coworking();
    env.ok("price set DESK 3000.00 --uom unit");
    env.ok("subscription create --customer C1 --item DESK@3000 --start 2024-02-29 --interval year");
    env.at("2028-03-01");
    env.ok("tick");
    assert_eq!(
        periods(&env),
        [
            "2024-02-29..2025-02-27",
            "2025-02-28..2026-02-27",
            "2026-02-28..2027-02-27",
            "2027-02-28..2028-02-28",
            "2028-02-29..2029-02-27",
        ]
    );
}

#[test]
fn catch_up_after_downtime_bills_every_missed_period_oldest_first_with_gapless_numbers() {
    let mut env = coworking();
    subscribe(&env, &["--start", "2026-01-01"]);
    env.at("2026-04-20");
    assert_eq!(env.ok("tick"), "invoices: 4\n");
    let docs = documents(&env);
    let numbers: Vec<_> = docs.iter().map(|d| d.0.as_str()).collect();
    assert_eq!(
        numbers,
        [
            "INV-2026-00001",
            "INV-2026-00002",
            "INV-2026-00003",
            "INV-2026-00004"
        ]
    );
    assert_eq!(
        periods(&env),
        [
            "2026-01-01..2026-01-31",
            "2026-02-01..2026-02-28",
            "2026-03-01..2026-03-31",
            "2026-04-01..2026-04-30"
        ]
    );
    // Each invoice is issued on the tick's date.
    for inv in env.json("invoice list").as_array().unwrap() {
        assert_eq!(inv["issue_date"], "2026-04-20");
    }
}

#[test]
fn in_arrears_a_period_is_invoiced_the_day_after_it_ends() {
    let mut env = coworking();
    subscribe(&env, &["--start", "2026-01-01", "--bill", "arrears"]);
    env.at("2026-01-31");
    assert_eq!(env.ok("tick"), "nothing due\n");
    env.at("2026-02-01");
    assert_eq!(env.ok("tick"), "invoices: 1\n");
    assert_eq!(periods(&env), ["2026-01-01..2026-01-31"]);
}

#[test]
fn due_date_is_period_start_or_end_plus_the_term_but_never_before_issue() {
    let mut env = coworking();
    subscribe(&env, &["--start", "2026-01-01", "--days-until-due", "10"]);
    env.ok("customer add C2 --name Two");
    env.ok("subscription create --customer C2 --item DESK --start 2026-01-01 --bill arrears --days-until-due 10");
    env.at("2026-02-01");
    env.ok("tick");
    let invoices = env.json("invoice list");
    let due: Vec<_> = invoices
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["customer"].as_str().unwrap().to_string(),
                i["period_start"].as_str().unwrap().to_string(),
                i["due_date"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        due.contains(&("C1".into(), "2026-01-01".into(), "2026-02-01".into())),
        "{due:?}"
    ); // max(issue 02-01, 01-01 + 10)
    assert!(
        due.contains(&("C1".into(), "2026-02-01".into(), "2026-02-11".into())),
        "{due:?}"
    );
    assert!(
        due.contains(&("C2".into(), "2026-01-01".into(), "2026-02-10".into())),
        "{due:?}"
    ); // 01-31 + 10
}

#[test]
fn trial_bills_nothing_through_its_end_and_anchors_on_the_next_day() {
    let mut env = coworking();
    subscribe(
        &env,
        &["--start", "2026-01-01", "--trial-end", "2026-01-14"],
    );
    assert_eq!(env.json("subscription show SUB-0001")["status"], "trialing");
    env.at("2026-01-14");
    assert_eq!(env.ok("tick"), "nothing due\n");
    env.at("2026-02-20");
    env.ok("tick");
    assert_eq!(
        periods(&env),
        ["2026-01-15..2026-02-14", "2026-02-15..2026-03-14"]
    );
    assert_eq!(env.json("subscription show SUB-0001")["status"], "active");
}

#[test]
fn a_price_change_applies_from_the_period_that_starts_after_it() {
    let mut env = coworking();
    env.ok("price set DESK 330.00 --from 2026-02-15");
    subscribe(&env, &["--start", "2026-01-01"]);
    env.at("2026-03-01");
    env.ok("tick");
    let totals: Vec<_> = documents(&env).into_iter().map(|d| d.3).collect();
    // Priced on each period's first day: January and February at 310, March at 330.
    assert_eq!(totals, ["372.00", "372.00", "396.00"]);
}

#[test]
fn a_customer_price_list_wins_over_the_default_list() {
    let env = coworking();
    env.ok("price-list add Association");
    env.ok("price set DESK 250.00 --list Association");
    env.ok("customer add ASSO --name Asso --price-list Association");
    env.ok("subscription create --customer ASSO --item DESK --start 2026-01-01");
    subscribe(&env, &["--start", "2026-01-01"]);
    env.ok("tick");
    let asso = env.json("invoice list --customer ASSO");
    assert_eq!(asso[0]["net_total"], "250.00");
    let c1 = env.json("invoice list --customer C1");
    assert_eq!(c1[0]["net_total"], "310.00");
    let explain = env.json(&["invoice", "explain", asso[0]["number"].as_str().unwrap()]);
    assert_eq!(explain[0]["price_source"], "price list Association");
}

#[test]
fn a_fixed_rate_overrides_the_price_list() {
    let env = coworking();
    subscribe(&env, &["--start", "2026-01-01", "--item", "BOOK:2@12.50"]);
    env.ok("tick");
    let inv = env.json("invoice show INV-2026-00001");
    assert_eq!(inv["lines"][1]["rate"], "12.50");
    assert_eq!(inv["lines"][1]["net"], "25.00");
}

#[test]
fn a_missing_price_fails_that_subscription_only_and_exits_3() {
    let env = coworking();
    env.ok("item add LOCKER --name Locker --recurring");
    env.ok("customer add C2 --name Two");
    env.ok("subscription create --customer C2 --item LOCKER --start 2026-01-01");
    subscribe(&env, &["--start", "2026-01-01"]);
    let run = env.run("tick");
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert_eq!(run.stdout, "invoices: 1\n");
    assert!(
        run.stderr.contains("error: SUB-0001: no price for LOCKER"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("error: 1 of 2 units failed"),
        "{}",
        run.stderr
    );
    assert_eq!(documents(&env).len(), 1);
    // The failure is reported in JSON too, and retried (and still failing) next time.
    let run = env.run("tick --format json");
    assert_eq!(run.code, 3);
    let report: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["failed"][0]["unit"], "SUB-0001");
    assert_eq!(report["invoices"], 0);
    // Once priced, it catches up.
    env.ok("price set LOCKER 15.00");
    assert_eq!(env.ok("tick"), "invoices: 1\n");
}

#[test]
fn vat_at_20_and_5_5_percent_on_one_invoice() {
    let env = coworking();
    subscribe(&env, &["--start", "2026-01-01", "--item", "BOOK:3"]);
    env.ok("tick");
    let inv = env.json("invoice show INV-2026-00001");
    assert_snapshot!(serde_json::to_string_pretty(&inv["vat"]).unwrap(), @r#"
    [
      {
        "rate": "5.5",
        "base": "60.00",
        "tax": "3.30"
      },
      {
        "rate": "20",
        "base": "310.00",
        "tax": "62.00"
      }
    ]
    "#);
    assert_eq!(inv["net_total"], "370.00");
    assert_eq!(inv["tax_total"], "65.30");
    assert_eq!(inv["grand_total"], "435.30");
}

#[test]
fn dry_run_shows_what_would_be_created_and_writes_nothing() {
    let mut env = coworking();
    subscribe(&env, &["--start", "2026-01-01"]);
    env.at("2026-02-10");
    let before = env.dump();
    let out = env.ok("tick --dry-run");
    assert_snapshot!(out, @r"
    would create invoice INV-2026-00001 for SUB-0001 2026-01-01..2026-01-31 372.00
    would create invoice INV-2026-00002 for SUB-0001 2026-02-01..2026-02-28 372.00
    invoices: 2
    ");
    assert_eq!(env.dump(), before);
    assert_eq!(env.json("tick --dry-run")["invoices"], 2);
}

#[test]
fn the_runaway_guard_skips_a_subscription_with_too_many_periods() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --interval day");
    env.at("2026-03-01");
    let run = env.run("tick");
    assert_eq!(run.code, 3);
    assert!(
        run.stderr
            .contains("60 periods are due, more than --max-periods 24"),
        "{}",
        run.stderr
    );
    assert!(documents(&env).is_empty());
    assert_eq!(env.ok("tick --max-periods 60"), "invoices: 60\n");
}

#[test]
fn tick_json_has_every_documented_field() {
    let env = coworking();
    subscribe(&env, &["--start", "2026-01-01"]);
    let report = env.json("tick");
    for field in [
        "now",
        "invoices",
        "credit_notes",
        "orders",
        "payment_requests",
        "emails",
        "credits_granted",
        "credits_expired",
        "repeats",
        "completed",
        "failed",
    ] {
        assert!(report.get(field).is_some(), "missing {field}: {report}");
    }
    assert_eq!(report["now"], "2026-01-01T00:00:00+01:00");
    assert_eq!(report["invoices"], 1);
}

#[test]
fn an_end_date_prorates_the_last_period_and_completes_the_subscription() {
    let mut env = coworking();
    subscribe(&env, &["--start", "2026-01-01", "--end", "2026-03-10"]);
    env.at("2026-03-11");
    let out = env.ok("tick");
    assert_eq!(out, "invoices: 3\ncompleted: 1\n");
    let totals: Vec<_> = documents(&env)
        .into_iter()
        .map(|d| (d.1, d.2, d.3))
        .collect();
    assert_eq!(
        totals[2],
        ("2026-03-01".into(), "2026-03-10".into(), "120.00".into())
    ); // 310 × 10/31 = 100 + VAT
    assert_eq!(
        env.json("subscription show SUB-0001")["status"],
        "completed"
    );
}

#[test]
fn subscription_json_has_every_documented_field() {
    let mut env = coworking();
    subscribe(&env, &["--start", "2026-01-01"]);
    env.at("2026-01-15");
    env.ok("tick");
    let sub = env.json("subscription show SUB-0001");
    assert_eq!(sub["id"], "SUB-0001");
    assert_eq!(sub["customer"], "C1");
    assert_eq!(sub["status"], "active");
    assert_eq!(sub["interval"], "month");
    assert_eq!(sub["every"], 1);
    assert_eq!(sub["bill"], "advance");
    assert_eq!(sub["current_period_start"], "2026-01-01");
    assert_eq!(sub["current_period_end"], "2026-01-31");
    assert_eq!(sub["next_invoice_date"], "2026-02-01");
    assert_eq!(sub["outstanding"], "372.00");
    assert_eq!(sub["lines"][0]["item"], "DESK");
    assert!(sub["reservations"].as_array().unwrap().is_empty());
    let list = env.json("subscription list --status active");
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(
        env.json("subscription list --status cancelled"),
        serde_json::json!([])
    );
}

#[test]
fn quarterly_billing_with_every_3_months() {
    let mut env = coworking();
    subscribe(&env, &["--start", "2023-01-31", "--every", "3"]);
    env.at("2023-05-01");
    env.ok("tick");
    assert_eq!(
        periods(&env),
        ["2023-01-31..2023-04-29", "2023-04-30..2023-07-30"]
    );
}

#[test]
fn plans_bundle_lines_and_an_interval() {
    let env = coworking();
    env.ok("plan add RESIDENT --name Resident --item DESK --item BOOK:1@10.00 --interval month --every 1");
    assert_snapshot!(env.ok("plan show RESIDENT --format json"), @r#"
    {
      "code": "RESIDENT",
      "name": "Resident",
      "interval": "month",
      "every": 1,
      "lines": [
        {
          "item": "DESK",
          "qty": "1",
          "uom": "month",
          "rate": null
        },
        {
          "item": "BOOK",
          "qty": "1",
          "uom": "unit",
          "rate": "10.00"
        }
      ]
    }
    "#);
    env.ok("subscription create --customer C1 --plan RESIDENT --start 2026-01-01");
    env.ok("tick");
    assert_eq!(
        env.json("invoice show INV-2026-00001")["net_total"],
        "320.00"
    );
    assert!(env.fails("plan show NOPE", 66).contains("plan NOPE"));
}

#[test]
fn preview_prices_the_next_periods_without_writing() {
    let env = coworking();
    env.ok("price set DESK 330.00 --from 2026-03-01");
    subscribe(&env, &["--start", "2026-01-01"]);
    let before = env.dump();
    assert_snapshot!(env.ok("subscription preview SUB-0001 --periods 3 --format csv"), @r"
    period_start,period_end,due_on,factor,net_total,tax_total,grand_total,error
    2026-01-01,2026-01-31,2026-01-01,1,310.00,62.00,372.00,
    2026-02-01,2026-02-28,2026-02-01,1,310.00,62.00,372.00,
    2026-03-01,2026-03-31,2026-03-01,1,330.00,66.00,396.00,
    ");
    assert_eq!(env.dump(), before);
}

#[test]
fn subscription_check_brings_one_up_to_date() {
    let mut env = coworking();
    subscribe(&env, &["--start", "2026-01-01"]);
    env.ok("customer add C2 --name Two");
    env.ok("subscription create --customer C2 --item DESK --start 2026-01-01");
    env.at("2026-02-01");
    assert_eq!(env.ok("subscription check SUB-0002"), "invoices: 2\n");
    assert_eq!(
        env.json("invoice list --customer C1"),
        serde_json::json!([])
    );
    env.fails("subscription check SUB-0099", 66);
}

#[test]
fn draft_invoices_wait_to_be_issued_and_get_their_number_then() {
    let mut env = coworking();
    subscribe(&env, &["--start", "2026-01-01", "--draft-invoices"]);
    env.ok("tick");
    let list = env.json("invoice list");
    assert_eq!(list[0]["number"], "draft:1");
    assert_eq!(list[0]["status"], "draft");
    assert!(list[0]["issue_date"].is_null());
    env.at("2026-01-03");
    assert_eq!(env.ok("invoice issue draft:1 --yes"), "INV-2026-00001\n");
    let inv = env.json("invoice show INV-2026-00001");
    assert_eq!(inv["issue_date"], "2026-01-03");
    env.fails("invoice issue draft:1 --yes", 66);
    env.at("2026-02-01");
    env.ok("tick");
    assert_eq!(
        env.ok("invoice issue --all-drafts --yes"),
        "INV-2026-00002\n"
    );
}

#[test]
fn an_issued_invoice_cannot_be_changed_even_through_sqlite() {
    let env = coworking();
    subscribe(&env, &["--start", "2026-01-01"]);
    env.ok("tick");
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    for sql in [
        "UPDATE invoices SET grand_total = 1 WHERE number = 'INV-2026-00001'",
        "UPDATE invoices SET customer_name = 'x' WHERE number = 'INV-2026-00001'",
        "DELETE FROM invoices WHERE number = 'INV-2026-00001'",
        "UPDATE invoice_lines SET net = 1",
        "DELETE FROM invoice_lines",
        "UPDATE invoice_vat SET tax = 0",
    ] {
        let err = conn.execute(sql, []).unwrap_err().to_string();
        assert!(err.contains("issued invoice cannot"), "{sql}: {err}");
    }
    // Payment state may change.
    conn.execute(
        "UPDATE invoices SET settled = 100 WHERE number = 'INV-2026-00001'",
        [],
    )
    .unwrap();
}

#[test]
fn numbers_restart_with_the_year_and_stay_chronological() {
    let mut env = coworking();
    subscribe(&env, &["--start", "2026-11-01"]);
    env.at("2026-12-01");
    env.ok("tick");
    env.at("2027-01-01");
    env.ok("tick");
    let numbers: Vec<_> = documents(&env).into_iter().map(|d| d.0).collect();
    assert_eq!(
        numbers,
        ["INV-2026-00001", "INV-2026-00002", "INV-2027-00001"]
    );
    // An invoice dated before the last one of its series is refused.
    env.at("2027-01-05");
    env.ok("invoice create --customer C1 --item BOOK");
    env.at("2027-01-04");
    assert!(
        env.fails("invoice create --customer C1 --item BOOK", 1)
            .contains("chronological")
    );
    env.ok("config set invoice.series 'F{YY}-{####}'");
    env.at("2027-02-01");
    assert_eq!(
        env.ok("invoice create --customer C1 --item BOOK"),
        "F27-0001\n"
    );
}

#[test]
fn bad_subscription_input_is_refused_and_writes_nothing() {
    let env = coworking();
    let before = env.dump();
    let cases: [(&[&str], i32, &str); 10] = [
        (
            &["--start", "2026-03-01", "--end", "2026-02-01"],
            65,
            "--end",
        ),
        (
            &["--start", "2026-03-01", "--trial-end", "2026-02-01"],
            65,
            "--trial-end",
        ),
        (&["--start", "2026-03-01", "--every", "0"], 65, "--every"),
        (&["--start", "2026-03-01", "--every", "-1"], 65, "--every"),
        (&["--start", "2026-02-30"], 65, "--start"),
        (&["--plan", "NOPE"], 66, "plan NOPE"),
        (&["--item", "NOPE"], 66, "item NOPE"),
        (&["--item", "DESK:0"], 65, "quantity"),
        (&["--item", "DESK@1.2345678"], 65, "rate"),
        (&["--days-until-due", "-2"], 65, "--days-until-due"),
    ];
    for (extra, code, expected) in cases {
        let mut args = vec![
            "subscription",
            "create",
            "--customer",
            "C1",
            "--item",
            "DESK",
        ];
        args.extend_from_slice(extra);
        let err = env.fails(&args, code);
        assert!(err.contains(expected), "{extra:?}: {err}");
    }
    assert!(
        env.fails("subscription create --customer NOPE --item DESK", 66)
            .contains("customer NOPE")
    );
    let run = env.run("subscription create --customer C1");
    assert_eq!(run.code, 2);
    let run = env.run("subscription create --customer C1 --item DESK --interval fortnight");
    assert_eq!(run.code, 2);
    assert_eq!(env.dump(), before);
}

#[test]
fn one_off_invoices_are_priced_today_and_issued() {
    let env = coworking();
    let number = env.ok("invoice create --customer C1 --item BOOK:2 --item DESK@100");
    assert_eq!(number, "INV-2026-00001\n");
    let inv = env.json("invoice show INV-2026-00001");
    assert_eq!(inv["net_total"], "140.00");
    assert_eq!(inv["tax_total"], "22.20");
    assert!(inv["period_start"].is_null());
    assert_eq!(inv["due_date"], "2026-01-31");
    assert_eq!(
        env.ok("invoice create --customer C1 --item BOOK --draft"),
        "draft:2\n"
    );
    assert!(
        env.fails("invoice create --customer NOPE --item BOOK", 66)
            .contains("customer NOPE")
    );
    assert!(
        env.fails("invoice show INV-2099-00001", 66)
            .contains("INV-2099-00001")
    );
}

#[test]
fn a_full_credit_note_mirrors_the_invoice_and_marks_it_credited() {
    let env = coworking();
    env.ok("invoice create --customer C1 --item BOOK:2 --item DESK");
    assert_eq!(
        env.ok("invoice credit INV-2026-00001 --reason 'cancelled order' --yes"),
        "CN-2026-00001\n"
    );
    let note = env.json("invoice show CN-2026-00001");
    assert_eq!(note["kind"], "credit_note");
    assert_eq!(note["credits_invoice"], "INV-2026-00001");
    assert_eq!(note["grand_total"], "-414.20");
    assert_eq!(note["reason"], "cancelled order");
    let inv = env.json("invoice show INV-2026-00001");
    assert_eq!(inv["payment_status"], "credited");
    assert_eq!(inv["outstanding"], "0.00");
    assert!(
        env.fails("invoice credit INV-2026-00001 --yes", 1)
            .contains("fully credited")
    );
}

#[test]
fn a_partial_credit_is_split_across_vat_rates_and_bounded() {
    let env = coworking();
    env.ok("invoice create --customer C1 --item BOOK:5 --item DESK@100");
    env.ok("invoice credit INV-2026-00001 --amount 50.00 --yes");
    let note = env.json("invoice show CN-2026-00001");
    assert_eq!(note["net_total"], "-50.00");
    assert_eq!(note["vat"].as_array().unwrap().len(), 2);
    let inv = env.json("invoice show INV-2026-00001");
    // Partly credited, no money in: unpaid (payment status counts money only).
    assert_eq!(inv["payment_status"], "unpaid");
    assert!(
        env.fails("invoice credit INV-2026-00001 --amount 150.01 --yes", 65)
            .contains("--amount")
    );
    env.ok("invoice credit INV-2026-00001 --yes");
    assert_eq!(
        env.json("invoice show INV-2026-00001")["payment_status"],
        "credited"
    );
    assert!(
        env.fails("invoice credit INV-2026-00001 --amount 0 --yes", 65)
            .contains("--amount")
    );
}

#[test]
fn explain_shows_how_each_line_was_computed() {
    let mut env = coworking();
    subscribe(&env, &["--start", "2026-01-01", "--end", "2026-01-10"]);
    env.at("2026-01-11");
    env.ok("tick");
    assert_snapshot!(env.ok("invoice explain INV-2026-00001 --format json"), @r#"
    [
    {"line":1,"item":"DESK","period_start":"2026-01-01","period_end":"2026-01-10","days":10,"period_days":31,"factor":"0.322581","qty":"1","rate":"310.00","unrounded":"100.00","rounded":"100.00","price_source":"price list Standard"}
    ]
    "#);
}

#[test]
fn invoice_list_filters_by_customer_status_and_dates() {
    let mut env = coworking();
    subscribe(&env, &["--start", "2026-01-01"]);
    env.at("2026-03-05");
    env.ok("tick");
    // Due dates are never before the issue date (03-05): January and February fall due
    // then, March on 03-31.
    env.at("2026-03-20");
    assert_eq!(
        env.json("invoice list --status overdue")
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        env.json("invoice list --status unpaid")
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        env.json("invoice list --from 2026-03-06"),
        serde_json::json!([])
    );
    assert_eq!(
        env.json("invoice list --from 2026-03-05 --to 2026-03-05")
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert_eq!(
        env.json("invoice list --subscription SUB-0001")
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert!(
        env.fails("invoice list --status lost", 65)
            .contains("--status")
    );
    assert!(
        env.fails("invoice list --customer NOPE", 66)
            .contains("NOPE")
    );
}
