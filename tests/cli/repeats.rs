//! Repeats: documents copied on a schedule computed from the start, caught up by `tick`
//! one per missed date, stopped and restarted on the schedule, completed at the end.

use std::process::{Command, Stdio};

use serde_json::Value;

use crate::billing::coworking;
use crate::env::TestEnv;

/// The coworking book with a one-off invoice INV-2026-00001 (a handbook, 20.00 + 5.5 %)
/// and a supplier bill BILL-0001 (rent, 1200.00 + 20 %, due ten days after its date).
fn books() -> TestEnv {
    let env = coworking();
    assert_eq!(
        env.ok(&["invoice", "create", "--customer", "C1", "--item", "BOOK"]),
        "INV-2026-00001\n"
    );
    assert_eq!(
        env.ok(&[
            "bill",
            "add",
            "--supplier",
            "Foncière Lyon",
            "--date",
            "2026-01-05",
            "--due",
            "2026-01-15",
            "--line",
            "Loyer:1@1200.00",
            "--reference",
            "F-2026-001",
        ]),
        "BILL-0001\n"
    );
    env
}

fn repeat(env: &TestEnv, args: &[&str]) -> String {
    let mut full = vec!["repeat", "add"];
    full.extend_from_slice(args);
    env.ok(&full).trim().to_string()
}

/// (date, document) of every occurrence a repeat created.
fn runs(env: &TestEnv, id: &str) -> Vec<(String, String)> {
    env.json(&["repeat", "show", id])["runs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["date"].as_str().unwrap().to_string(),
                r["document"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn dates(env: &TestEnv, id: &str) -> Vec<String> {
    runs(env, id).into_iter().map(|(d, _)| d).collect()
}

#[test]
fn a_monthly_invoice_on_the_31st_takes_february_28_then_the_31st_again() {
    let mut env = books();
    let id = repeat(
        &env,
        &[
            "--source",
            "invoice:INV-2026-00001",
            "--frequency",
            "monthly",
            "--start",
            "2026-01-31",
            "--issue",
        ],
    );
    assert_eq!(id, "REP-0001");
    for (now, expected) in [
        ("2026-01-31", "INV-2026-00002"),
        ("2026-02-28", "INV-2026-00003"),
        ("2026-03-31", "INV-2026-00004"),
    ] {
        env.at(now);
        assert_eq!(env.ok(&["tick"]), "invoices: 1\nrepeats: 1\n", "{now}");
        let inv = env.json(&["invoice", "show", expected]);
        assert_eq!(inv["issue_date"], now);
        assert_eq!(inv["period_start"], now);
        assert_eq!(inv["period_end"], now);
        assert_eq!(inv["lines"][0]["period_start"], now);
        assert_eq!(inv["subscription"], Value::Null);
        // Copied as it was: same item, quantity, rate and totals.
        assert_eq!(inv["lines"][0]["item"], "BOOK");
        assert_eq!(inv["lines"][0]["rate"], "20.00");
        assert_eq!(inv["grand_total"], "21.10");
    }
    assert_eq!(
        dates(&env, "REP-0001"),
        ["2026-01-31", "2026-02-28", "2026-03-31"]
    );
    assert_eq!(
        env.json(&["repeat", "show", "REP-0001"])["next_date"],
        "2026-04-30"
    );
}

#[test]
fn a_bill_on_the_31st_takes_february_29_in_a_leap_year() {
    let mut env = books();
    repeat(
        &env,
        &[
            "--source",
            "bill:BILL-0001",
            "--frequency",
            "monthly",
            "--start",
            "2028-01-31",
        ],
    );
    env.at("2028-04-01");
    assert_eq!(env.ok(&["tick"]), "repeats: 3\n");
    assert_eq!(
        runs(&env, "REP-0001"),
        [
            ("2028-01-31".into(), "BILL-0002".into()),
            ("2028-02-29".into(), "BILL-0003".into()),
            ("2028-03-31".into(), "BILL-0004".into()),
        ]
    );
    let copy = env.json(&["bill", "show", "BILL-0003"]);
    assert_eq!(copy["date"], "2028-02-29");
    assert_eq!(copy["due_date"], "2028-03-10");
    assert_eq!(copy["status"], "overdue");
    assert_eq!(copy["reference"], Value::Null);
    assert_eq!(copy["grand_total"], "1440.00");
    assert_eq!(copy["lines"][0]["description"], "Loyer");
}

#[test]
fn catch_up_after_three_missed_months_creates_three_documents_and_a_second_tick_none() {
    let mut env = books();
    repeat(
        &env,
        &[
            "--source",
            "invoice:INV-2026-00001",
            "--frequency",
            "monthly",
            "--start",
            "2026-01-31",
            "--issue",
        ],
    );
    env.at("2026-01-31");
    env.ok(&["tick"]);
    env.at("2026-04-30");
    assert_eq!(env.ok(&["tick"]), "invoices: 3\nrepeats: 3\n");
    // Each for its own date, all issued today: numbers follow the service dates.
    let list = env.json(&["invoice", "list", "--from", "2026-04-30"]);
    let got: Vec<(&str, &str, &str)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["number"].as_str().unwrap(),
                i["issue_date"].as_str().unwrap(),
                i["period_start"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("INV-2026-00003", "2026-04-30", "2026-02-28"),
            ("INV-2026-00004", "2026-04-30", "2026-03-31"),
            ("INV-2026-00005", "2026-04-30", "2026-04-30"),
        ]
    );
    // Due from the service date: a late copy is due at once, never before it is issued.
    let late = env.json(&["invoice", "show", "INV-2026-00003"]);
    assert_eq!(late["due_date"], "2026-04-30");
    let before = env.dump();
    assert_eq!(env.ok(&["tick"]), "nothing due\n");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_repeat_stopped_and_restarted_skips_the_stopped_span_and_keeps_its_dates() {
    let mut env = books();
    repeat(
        &env,
        &[
            "--source",
            "bill:BILL-0001",
            "--frequency",
            "monthly",
            "--start",
            "2026-01-31",
        ],
    );
    env.at("2026-01-31");
    env.ok(&["tick"]);
    env.at("2026-02-10");
    let stopped = env.json(&["repeat", "stop", "REP-0001"]);
    assert_eq!(stopped["status"], "stopped");
    assert_eq!(stopped["next_date"], Value::Null);
    assert!(
        env.fails(&["repeat", "stop", "REP-0001"], 1)
            .contains("already stopped")
    );
    env.at("2026-04-15");
    assert_eq!(env.ok(&["tick"]), "nothing due\n");
    let resumed = env.json(&["repeat", "start", "REP-0001"]);
    assert_eq!(resumed["status"], "active");
    assert_eq!(resumed["next_date"], "2026-04-30");
    assert!(
        env.fails(&["repeat", "start", "REP-0001"], 1)
            .contains("already active")
    );
    env.at("2026-05-31");
    assert_eq!(env.ok(&["tick"]), "repeats: 2\n");
    assert_eq!(
        dates(&env, "REP-0001"),
        ["2026-01-31", "2026-04-30", "2026-05-31"]
    );
    assert_eq!(
        env.json(&["repeat", "list", "--status", "active"])[0]["next_date"],
        "2026-06-30"
    );
}

#[test]
fn restarting_from_a_past_day_catches_up_from_there_but_never_twice() {
    let mut env = books();
    repeat(
        &env,
        &[
            "--source",
            "bill:BILL-0001",
            "--frequency",
            "weekly",
            "--start",
            "2026-01-05",
        ],
    );
    env.at("2026-01-12");
    env.ok(&["tick"]);
    env.ok(&["repeat", "stop", "REP-0001"]);
    env.at("2026-02-10");
    let resumed = env.json(&["repeat", "start", "REP-0001", "--from", "2026-01-01"]);
    assert_eq!(resumed["next_date"], "2026-01-19");
    env.ok(&["tick"]);
    // The bill itself is the occurrence of its date, 01-05.
    assert_eq!(
        dates(&env, "REP-0001"),
        [
            "2026-01-12",
            "2026-01-19",
            "2026-01-26",
            "2026-02-02",
            "2026-02-09"
        ]
    );
}

#[test]
fn the_end_date_is_the_last_possible_copy_and_completes_the_repeat() {
    let mut env = books();
    repeat(
        &env,
        &[
            "--source",
            "bill:BILL-0001",
            "--frequency",
            "monthly",
            "--start",
            "2026-01-05",
            "--last-day",
            "--end",
            "2026-03-31",
        ],
    );
    env.at("2026-06-01");
    assert_eq!(env.ok(&["tick"]), "repeats: 3\n");
    assert_eq!(
        dates(&env, "REP-0001"),
        ["2026-01-31", "2026-02-28", "2026-03-31"]
    );
    let done = env.json(&["repeat", "show", "REP-0001"]);
    assert_eq!(done["status"], "completed");
    assert_eq!(done["next_date"], Value::Null);
    assert!(
        env.fails(&["repeat", "stop", "REP-0001"], 1)
            .contains("completed")
    );
    assert!(
        env.fails(&["repeat", "start", "REP-0001"], 1)
            .contains("completed")
    );
    assert_eq!(env.ok(&["tick"]), "nothing due\n");
}

#[test]
fn a_day_of_month_counts_from_the_start_month_and_quarterly_steps_three_months() {
    let mut env = books();
    repeat(
        &env,
        &[
            "--source",
            "bill:BILL-0001",
            "--frequency",
            "quarterly",
            "--start",
            "2026-01-20",
            "--day",
            "5",
        ],
    );
    assert_eq!(
        env.json(&["repeat", "show", "REP-0001"])["next_date"],
        "2026-04-05"
    );
    env.at("2026-10-05");
    env.ok(&["tick"]);
    assert_eq!(
        dates(&env, "REP-0001"),
        ["2026-04-05", "2026-07-05", "2026-10-05"]
    );
}

#[test]
fn an_order_repeat_makes_draft_orders_or_orders_to_invoice_dated_on_the_schedule() {
    let mut env = books();
    assert_eq!(
        env.ok(&["order", "create", "--customer", "C1", "--item", "BOOK:3"]),
        "SO-0001\n"
    );
    repeat(
        &env,
        &[
            "--source",
            "order:SO-0001",
            "--frequency",
            "monthly",
            "--start",
            "2026-01-15",
            "--issue",
        ],
    );
    repeat(
        &env,
        &[
            "--source",
            "order:SO-0001",
            "--frequency",
            "yearly",
            "--start",
            "2026-01-15",
        ],
    );
    env.at("2026-02-20");
    assert_eq!(env.ok(&["tick"]), "orders: 3\nrepeats: 3\n");
    let orders = env.json(&["order", "list"]);
    let got: Vec<(&str, &str, &str)> = orders
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["id"].as_str().unwrap(),
                o["date"].as_str().unwrap(),
                o["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("SO-0001", "2026-01-01", "draft"),
            ("SO-0002", "2026-01-15", "to_invoice"),
            ("SO-0004", "2026-01-15", "draft"),
            ("SO-0003", "2026-02-15", "to_invoice"),
        ]
    );
    assert_eq!(
        env.json(&["order", "show", "SO-0002"])["net_total"],
        "60.00"
    );
    let number = env.ok(&["order", "invoice", "SO-0003"]);
    let inv = env.json(&["invoice", "show", number.trim()]);
    assert_eq!(inv["period_start"], "2026-02-15");
    assert_eq!(inv["sales_order"], "SO-0003");
}

#[test]
fn without_issue_invoice_copies_are_drafts_to_review() {
    let mut env = books();
    repeat(
        &env,
        &[
            "--source",
            "invoice:INV-2026-00001",
            "--frequency",
            "daily",
            "--start",
            "2026-01-02",
        ],
    );
    env.at("2026-01-03");
    assert_eq!(env.ok(&["tick"]), "invoices: 2\nrepeats: 2\n");
    let runs = runs(&env, "REP-0001");
    assert_eq!(runs[0].1, "draft:2");
    let draft = env.json(&["invoice", "show", "draft:2"]);
    assert_eq!(draft["status"], "draft");
    assert_eq!(draft["period_start"], "2026-01-02");
    env.ok(&["invoice", "issue", "--all-drafts", "--yes"]);
    assert_eq!(
        env.json(&["repeat", "show", "REP-0001"])["runs"][0]["document"],
        "INV-2026-00002"
    );
}

#[test]
fn each_created_document_leaves_a_notice_for_the_recipients() {
    let mut env = books();
    repeat(
        &env,
        &[
            "--source",
            "bill:BILL-0001",
            "--frequency",
            "monthly",
            "--start",
            "2026-01-31",
            "--notify",
            "compta@lumiere.example",
            "--notify",
            "gerant@lumiere.example",
        ],
    );
    repeat(
        &env,
        &[
            "--source",
            "bill:BILL-0001",
            "--frequency",
            "monthly",
            "--start",
            "2026-01-31",
        ],
    );
    env.at("2026-02-28");
    env.ok(&["tick"]);
    let shown = env.json(&["repeat", "show", "REP-0001"]);
    assert_eq!(
        shown["notify"],
        "compta@lumiere.example gerant@lumiere.example"
    );
    assert_eq!(shown["runs"][1]["notified"], true);
    assert_eq!(
        env.json(&["repeat", "show", "REP-0002"])["runs"][0]["notified"],
        false
    );
    let notices: Vec<String> = env
        .dump()
        .lines()
        .filter(|l| l.starts_with("repeat_notifications:"))
        .map(String::from)
        .collect();
    assert_eq!(notices.len(), 2, "{notices:#?}");
    assert!(
        notices[1].contains("compta@lumiere.example, gerant@lumiere.example")
            && notices[1].contains("facture fournisseur BILL-0003 du 28/02/2026"),
        "{}",
        notices[1]
    );
    // Each notice waits in the outbox for `mail send`.
    let outbox = env.json(&["mail", "list", "--status", "queued"]);
    assert_eq!(outbox.as_array().unwrap().len(), 2);
    assert_eq!(
        outbox[1]["recipients"],
        "compta@lumiere.example, gerant@lumiere.example"
    );
}

#[test]
fn more_due_than_max_periods_fails_the_repeat_and_writes_nothing() {
    let mut env = books();
    repeat(
        &env,
        &[
            "--source",
            "bill:BILL-0001",
            "--frequency",
            "daily",
            "--start",
            "2026-01-01",
        ],
    );
    env.at("2026-03-01");
    let before = env.dump();
    let run = env.run(&["tick"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    // 01-06 to 03-01: the bill itself is the occurrence of its date, 01-05.
    assert!(
        run.stderr
            .contains("error: REP-0001: 55 occurrences are due, more than --max-periods 24"),
        "{}",
        run.stderr
    );
    assert_eq!(env.dump(), before);
    assert_eq!(env.ok(&["tick", "--max-periods", "55"]), "repeats: 55\n");
}

#[test]
fn a_dry_run_shows_the_copies_and_writes_nothing() {
    let mut env = books();
    repeat(
        &env,
        &[
            "--source",
            "bill:BILL-0001",
            "--frequency",
            "monthly",
            "--start",
            "2026-01-31",
        ],
    );
    env.at("2026-02-28");
    let before = env.dump();
    let out = env.ok(&["tick", "--dry-run"]);
    assert!(
        out.starts_with(
            "would create supplier bill BILL-0002 for REP-0001 2026-01-31..2026-01-31 1440.00\n"
        ),
        "{out}"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn two_ticks_at_once_create_each_occurrence_once() {
    let mut env = books();
    // After the source's date (2026-01-01), so that each schedule has 13 copies.
    for start in ["2026-01-02", "2026-01-03", "2026-01-04"] {
        repeat(
            &env,
            &[
                "--source",
                "invoice:INV-2026-00001",
                "--frequency",
                "weekly",
                "--start",
                start,
                "--issue",
            ],
        );
    }
    env.at("2026-03-31");
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_subs"))
            .args(["tick", "-q"])
            .env_clear()
            .env("SUBS_DB", env.db())
            .env("SUBS_NOW", "2026-03-31")
            .env("USER", "tester")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn subs tick")
    };
    let (a, b) = (spawn(), spawn());
    for child in [a, b] {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let (runs, invoices, max_seq): (i64, i64, i64) = conn
        .query_row(
            "SELECT (SELECT count(*) FROM repeat_runs),
                    (SELECT count(*) FROM invoices WHERE status = 'issued'),
                    (SELECT max(seq) FROM invoices)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(runs, 3 * 13);
    assert_eq!(invoices, 1 + 3 * 13);
    assert_eq!(max_seq, invoices, "numbers without gaps");
    assert_eq!(env.ok(&["tick"]), "nothing due\n");
}

#[test]
fn bad_repeats_are_refused_and_write_nothing() {
    let env = books();
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "C1",
        "--item",
        "BOOK",
        "--draft",
    ]);
    env.ok(&[
        "invoice",
        "credit",
        "INV-2026-00001",
        "--amount",
        "5.00",
        "--yes",
    ]);
    env.ok(&[
        "subscription",
        "create",
        "--customer",
        "C1",
        "--item",
        "DESK",
        "--start",
        "2026-01-01",
    ]);
    env.ok(&["tick"]);
    env.ok(&["order", "create", "--customer", "C1", "--item", "DESK"]);
    let before = env.dump();
    let add = |source: &str, extra: &[&str], code: i32| -> String {
        let mut args = vec![
            "repeat",
            "add",
            "--source",
            source,
            "--frequency",
            "monthly",
            "--start",
            "2026-02-01",
        ];
        args.extend_from_slice(extra);
        env.fails(&args, code)
    };
    // Sources that do not exist.
    assert!(add("invoice:INV-2026-09999", &[], 66).contains("INV-2026-09999 does not exist"));
    assert!(add("order:SO-0099", &[], 66).contains("SO-0099"));
    assert!(add("bill:BILL-0099", &[], 66).contains("BILL-0099"));
    // Not KIND:ID.
    assert!(add("INV-2026-00001", &[], 65).starts_with("error: --source"));
    assert!(add("payment:PAY-0001", &[], 65).starts_with("error: --source"));
    // Sources that cannot repeat: refused by rule.
    assert!(add("invoice:CN-2026-00001", &[], 1).contains("credit note"));
    assert!(add("invoice:draft:2", &[], 1).contains("draft"));
    assert!(add("invoice:INV-2026-00002", &[], 1).contains("subscription SUB-0001"));
    assert!(add("order:SO-0001", &[], 1).contains("recurring lines"));
    // Bad schedules name the flag.
    assert!(
        add("bill:BILL-0001", &["--end", "2026-01-31"], 65)
            .starts_with("error: --end: 2026-01-31 is before the start 2026-02-01")
    );
    assert!(add("bill:BILL-0001", &["--day", "0"], 65).starts_with("error: --day"));
    assert!(add("bill:BILL-0001", &["--day", "32"], 65).starts_with("error: --day"));
    assert!(add("bill:BILL-0001", &["--day", "3", "--last-day"], 65).starts_with("error: --day"));
    assert!(
        add(
            "bill:BILL-0001",
            &["--day", "15", "--end", "2026-02-10"],
            65
        )
        .starts_with("error: --end")
    );
    assert!(add("bill:BILL-0001", &["--notify", "nobody"], 65).starts_with("error: --notify"));
    assert!(
        env.fails(
            &[
                "repeat",
                "add",
                "--source",
                "bill:BILL-0001",
                "--frequency",
                "fortnightly",
                "--start",
                "2026-02-01"
            ],
            2
        )
        .contains("fortnightly")
    );
    env.fails(
        &[
            "repeat",
            "add",
            "--source",
            "bill:BILL-0001",
            "--frequency",
            "weekly",
            "--start",
            "2026-02-30",
        ],
        65,
    );
    env.fails(&["repeat", "show", "REP-0009"], 66);
    env.fails(&["repeat", "stop", "REP-0009"], 66);
    env.fails(&["repeat", "start", "REP-0009"], 66);
    env.fails(&["repeat", "list", "--status", "paused"], 65);
    assert_eq!(env.dump(), before);
}
