//! Repeats: documents copied on a schedule computed from the start, caught up by `tick`
//! one per missed date, stopped and restarted on the schedule, completed at the end.

use std::process::{Command, Stdio};

use insta::{assert_compact_json_snapshot, assert_json_snapshot, assert_snapshot};

use crate::billing::coworking;
use crate::env::{CommandLine, Exit, TestEnv};
use crate::payments::{fields, refusals, rows};

/// The coworking book with a one-off invoice INV-2026-00001 (a handbook, 20.00 + 5.5 %)
/// and a supplier bill BILL-0001 (rent, 1200.00 + 20 %, due ten days after its date).
fn books() -> TestEnv {
    let env = coworking();
    assert_eq!(
        env.ok("invoice create --customer C1 --item BOOK"),
        "INV-2026-00001\n"
    );
    assert_eq!(
        env.ok(
            "bill add --supplier 'Foncière Lyon' --date 2026-01-05 --due 2026-01-15 \
             --line Loyer:1@1200.00 --reference F-2026-001"
        ),
        "BILL-0001\n"
    );
    env
}

/// The date and document of every occurrence a repeat created, one a line.
fn runs(env: &TestEnv, id: &str) -> String {
    rows(
        &env.json(format!("repeat show {id}"))["runs"],
        &["date", "document"],
    )
}

#[test]
fn a_monthly_invoice_on_the_31st_takes_february_28_then_the_31st_again() {
    let mut env = books();
    assert_eq!(
        env.ok(
            "repeat add --source invoice:INV-2026-00001 --frequency monthly --start 2026-01-31 --issue"
        ),
        "REP-0001\n"
    );
    for now in ["2026-01-31", "2026-02-28", "2026-03-31"] {
        env.at(now);
        assert_eq!(env.ok("tick"), "invoices: 1\nrepeats: 1\n", "{now}");
    }
    assert_snapshot!(runs(&env, "REP-0001"), @r#"
    {"date":"2026-01-31","document":"INV-2026-00002"}
    {"date":"2026-02-28","document":"INV-2026-00003"}
    {"date":"2026-03-31","document":"INV-2026-00004"}
    "#);
    // Each issued on its date for that date, copied as it was: same item, quantity, rate
    // and totals.
    assert_snapshot!(
        rows(
            &env.json("invoice list"),
            &["number", "issue_date", "period_start", "period_end", "subscription", "grand_total"],
        ),
        @r#"
    {"number":"INV-2026-00001","issue_date":"2026-01-01","period_start":null,"period_end":null,"subscription":null,"grand_total":"21.10"}
    {"number":"INV-2026-00002","issue_date":"2026-01-31","period_start":"2026-01-31","period_end":"2026-01-31","subscription":null,"grand_total":"21.10"}
    {"number":"INV-2026-00003","issue_date":"2026-02-28","period_start":"2026-02-28","period_end":"2026-02-28","subscription":null,"grand_total":"21.10"}
    {"number":"INV-2026-00004","issue_date":"2026-03-31","period_start":"2026-03-31","period_end":"2026-03-31","subscription":null,"grand_total":"21.10"}
    "#
    );
    let lines: String = ["INV-2026-00002", "INV-2026-00003", "INV-2026-00004"]
        .iter()
        .map(|number| {
            rows(
                &env.json(format!("invoice show {number}"))["lines"],
                &["item", "qty", "rate", "period_start"],
            )
        })
        .collect();
    assert_snapshot!(lines, @r#"
    {"item":"BOOK","qty":"1","rate":"20.00","period_start":"2026-01-31"}
    {"item":"BOOK","qty":"1","rate":"20.00","period_start":"2026-02-28"}
    {"item":"BOOK","qty":"1","rate":"20.00","period_start":"2026-03-31"}
    "#);
    assert_eq!(env.json("repeat show REP-0001")["next_date"], "2026-04-30");
}

#[test]
fn a_bill_on_the_31st_takes_february_29_in_a_leap_year() {
    let mut env = books();
    env.ok("repeat add --source bill:BILL-0001 --frequency monthly --start 2028-01-31");
    env.at("2028-04-01");
    assert_eq!(env.ok("tick"), "repeats: 3\n");
    assert_snapshot!(runs(&env, "REP-0001"), @r#"
    {"date":"2028-01-31","document":"BILL-0002"}
    {"date":"2028-02-29","document":"BILL-0003"}
    {"date":"2028-03-31","document":"BILL-0004"}
    "#);
    // Due ten days after its own date, as the source; no reference of its own.
    assert_json_snapshot!(env.json("bill show BILL-0003"), @r#"
    {
      "id": "BILL-0003",
      "supplier": "Foncière Lyon",
      "date": "2028-02-29",
      "due_date": "2028-03-10",
      "reference": null,
      "status": "overdue",
      "currency": "EUR",
      "net_total": "1200.00",
      "tax_total": "240.00",
      "grand_total": "1440.00",
      "paid_on": null,
      "lines": [
        {
          "description": "Loyer",
          "qty": "1",
          "rate": "1200.00",
          "net": "1200.00",
          "vat_rate": "20"
        }
      ],
      "vat": [
        {
          "rate": "20",
          "base": "1200.00",
          "tax": "240.00"
        }
      ]
    }
    "#);
}

#[test]
fn catch_up_after_three_missed_months_creates_three_documents_and_a_second_tick_none() {
    let mut env = books();
    env.ok(
        "repeat add --source invoice:INV-2026-00001 --frequency monthly --start 2026-01-31 --issue",
    );
    env.at("2026-01-31");
    env.ok("tick");
    env.at("2026-04-30");
    assert_eq!(env.ok("tick"), "invoices: 3\nrepeats: 3\n");
    // Each for its own date, all issued today: numbers follow the service dates.
    assert_snapshot!(
        rows(
            &env.json("invoice list --from 2026-04-30"),
            &["number", "issue_date", "period_start"],
        ),
        @r#"
    {"number":"INV-2026-00003","issue_date":"2026-04-30","period_start":"2026-02-28"}
    {"number":"INV-2026-00004","issue_date":"2026-04-30","period_start":"2026-03-31"}
    {"number":"INV-2026-00005","issue_date":"2026-04-30","period_start":"2026-04-30"}
    "#
    );
    // Due from the service date: a late copy is due at once, never before it is issued.
    assert_eq!(
        env.json("invoice show INV-2026-00003")["due_date"],
        "2026-04-30"
    );
    let before = env.dump();
    assert_eq!(env.ok("tick"), "nothing due\n");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_repeat_stopped_and_restarted_skips_the_stopped_span_and_keeps_its_dates() {
    let mut env = books();
    env.ok("repeat add --source bill:BILL-0001 --frequency monthly --start 2026-01-31");
    env.at("2026-01-31");
    env.ok("tick");
    env.at("2026-02-10");
    assert_compact_json_snapshot!(
        fields(&env.json("repeat stop REP-0001"), &["status", "next_date"]),
        @r#"{"status": "stopped", "next_date": null}"#
    );
    env.at("2026-04-15");
    assert_eq!(env.ok("tick"), "nothing due\n");
    assert_compact_json_snapshot!(
        fields(&env.json("repeat start REP-0001"), &["status", "next_date"]),
        @r#"{"status": "active", "next_date": "2026-04-30"}"#
    );
    env.at("2026-05-31");
    assert_eq!(env.ok("tick"), "repeats: 2\n");
    assert_snapshot!(runs(&env, "REP-0001"), @r#"
    {"date":"2026-01-31","document":"BILL-0002"}
    {"date":"2026-04-30","document":"BILL-0003"}
    {"date":"2026-05-31","document":"BILL-0004"}
    "#);
    assert_eq!(
        env.json("repeat list --status active")[0]["next_date"],
        "2026-06-30"
    );
}

#[test]
fn stopping_a_stopped_repeat_or_starting_an_active_one_is_refused() {
    let env = books();
    env.ok("repeat add --source bill:BILL-0001 --frequency monthly --start 2026-01-31");
    env.ok("repeat stop REP-0001");
    let before = env.dump();
    let error = env.fails("repeat stop REP-0001", Exit::Refused);
    assert!(error.contains("already stopped"), "{error}");
    assert_eq!(env.dump(), before);
    env.ok("repeat start REP-0001");
    let before = env.dump();
    let error = env.fails("repeat start REP-0001", Exit::Refused);
    assert!(error.contains("already active"), "{error}");
    assert_eq!(env.dump(), before);
}

#[test]
fn restarting_from_a_past_day_catches_up_from_there_but_never_twice() {
    let mut env = books();
    env.ok("repeat add --source bill:BILL-0001 --frequency weekly --start 2026-01-05");
    env.at("2026-01-12");
    env.ok("tick");
    env.ok("repeat stop REP-0001");
    env.at("2026-02-10");
    assert_eq!(
        env.json("repeat start REP-0001 --from 2026-01-01")["next_date"],
        "2026-01-19"
    );
    env.ok("tick");
    // The bill itself is the occurrence of its date, 01-05.
    assert_snapshot!(runs(&env, "REP-0001"), @r#"
    {"date":"2026-01-12","document":"BILL-0002"}
    {"date":"2026-01-19","document":"BILL-0003"}
    {"date":"2026-01-26","document":"BILL-0004"}
    {"date":"2026-02-02","document":"BILL-0005"}
    {"date":"2026-02-09","document":"BILL-0006"}
    "#);
}

#[test]
fn the_end_date_is_the_last_possible_copy_and_completes_the_repeat() {
    let mut env = books();
    env.ok(
        "repeat add --source bill:BILL-0001 --frequency monthly --start 2026-01-05 \
         --last-day --end 2026-03-31",
    );
    env.at("2026-06-01");
    assert_eq!(env.ok("tick"), "repeats: 3\n");
    assert_snapshot!(runs(&env, "REP-0001"), @r#"
    {"date":"2026-01-31","document":"BILL-0002"}
    {"date":"2026-02-28","document":"BILL-0003"}
    {"date":"2026-03-31","document":"BILL-0004"}
    "#);
    assert_compact_json_snapshot!(
        fields(&env.json("repeat show REP-0001"), &["status", "next_date"]),
        @r#"{"status": "completed", "next_date": null}"#
    );
    for line in ["repeat stop REP-0001", "repeat start REP-0001"] {
        let error = env.fails(line, Exit::Refused);
        assert!(error.contains("completed"), "{line}: {error}");
    }
    assert_eq!(env.ok("tick"), "nothing due\n");
}

#[test]
fn a_day_of_month_counts_from_the_start_month_and_quarterly_steps_three_months() {
    let mut env = books();
    env.ok("repeat add --source bill:BILL-0001 --frequency quarterly --start 2026-01-20 --day 5");
    assert_eq!(env.json("repeat show REP-0001")["next_date"], "2026-04-05");
    env.at("2026-10-05");
    env.ok("tick");
    assert_snapshot!(runs(&env, "REP-0001"), @r#"
    {"date":"2026-04-05","document":"BILL-0002"}
    {"date":"2026-07-05","document":"BILL-0003"}
    {"date":"2026-10-05","document":"BILL-0004"}
    "#);
}

#[test]
fn an_order_repeat_makes_draft_orders_or_orders_to_invoice_dated_on_the_schedule() {
    let mut env = books();
    assert_eq!(
        env.ok("order create --customer C1 --item BOOK:3"),
        "SO-0001\n"
    );
    env.ok("repeat add --source order:SO-0001 --frequency monthly --start 2026-01-15 --issue");
    env.ok("repeat add --source order:SO-0001 --frequency yearly --start 2026-01-15");
    env.at("2026-02-20");
    assert_eq!(env.ok("tick"), "orders: 3\nrepeats: 3\n");
    assert_snapshot!(rows(&env.json("order list"), &["id", "date", "status"]), @r#"
    {"id":"SO-0001","date":"2026-01-01","status":"draft"}
    {"id":"SO-0002","date":"2026-01-15","status":"to_invoice"}
    {"id":"SO-0004","date":"2026-01-15","status":"draft"}
    {"id":"SO-0003","date":"2026-02-15","status":"to_invoice"}
    "#);
    assert_eq!(env.json("order show SO-0002")["net_total"], "60.00");
}

#[test]
fn an_order_copied_is_invoiced_for_its_own_date() {
    let mut env = books();
    env.ok("order create --customer C1 --item BOOK:3");
    env.ok("repeat add --source order:SO-0001 --frequency monthly --start 2026-01-15 --issue");
    env.at("2026-02-20");
    env.ok("tick");
    let number = env.ok("order invoice SO-0003");
    assert_compact_json_snapshot!(
        fields(
            &env.json(format!("invoice show {}", number.trim())),
            &["period_start", "sales_order"],
        ),
        @r#"{"period_start": "2026-02-15", "sales_order": "SO-0003"}"#
    );
}

#[test]
fn without_issue_invoice_copies_are_drafts_to_review() {
    let mut env = books();
    env.ok("repeat add --source invoice:INV-2026-00001 --frequency daily --start 2026-01-02");
    env.at("2026-01-03");
    assert_eq!(env.ok("tick"), "invoices: 2\nrepeats: 2\n");
    assert_snapshot!(runs(&env, "REP-0001"), @r#"
    {"date":"2026-01-02","document":"draft:2"}
    {"date":"2026-01-03","document":"draft:3"}
    "#);
    assert_compact_json_snapshot!(
        fields(&env.json("invoice show draft:2"), &["status", "period_start"]),
        @r#"{"status": "draft", "period_start": "2026-01-02"}"#
    );
    env.ok("invoice issue --all-drafts --yes");
    assert_snapshot!(runs(&env, "REP-0001"), @r#"
    {"date":"2026-01-02","document":"INV-2026-00002"}
    {"date":"2026-01-03","document":"INV-2026-00003"}
    "#);
}

#[test]
fn each_created_document_leaves_a_notice_for_the_recipients() {
    let mut env = books();
    env.ok(
        "repeat add --source bill:BILL-0001 --frequency monthly --start 2026-01-31 \
         --notify compta@lumiere.example --notify gerant@lumiere.example",
    );
    env.ok("repeat add --source bill:BILL-0001 --frequency monthly --start 2026-01-31");
    env.at("2026-02-28");
    env.ok("tick");
    let shown = env.json("repeat show REP-0001");
    assert_eq!(
        shown["notify"],
        "compta@lumiere.example gerant@lumiere.example"
    );
    assert_snapshot!(rows(&shown["runs"], &["date", "document", "notified"]), @r#"
    {"date":"2026-01-31","document":"BILL-0002","notified":true}
    {"date":"2026-02-28","document":"BILL-0003","notified":true}
    "#);
    assert_snapshot!(
        rows(&env.json("repeat show REP-0002")["runs"], &["date", "document", "notified"]),
        @r#"
    {"date":"2026-01-31","document":"BILL-0004","notified":false}
    {"date":"2026-02-28","document":"BILL-0005","notified":false}
    "#
    );
    let notices: String = env
        .dump()
        .lines()
        .filter(|l| l.starts_with("repeat_notifications:"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_snapshot!(notices, @r#"
    repeat_notifications: Integer(1)|Text("REP-0001")|Integer(1)|Text("compta@lumiere.example, gerant@lumiere.example")|Text("Coworking Test : facture fournisseur BILL-0002 du 31/01/2026")|Text("Répétition REP-0001 (mensuelle, copie de bill:BILL-0001) : facture fournisseur BILL-0002 du 31/01/2026.\n")|Text("2026-02-28T00:00:00+01:00")
    repeat_notifications: Integer(2)|Text("REP-0001")|Integer(2)|Text("compta@lumiere.example, gerant@lumiere.example")|Text("Coworking Test : facture fournisseur BILL-0003 du 28/02/2026")|Text("Répétition REP-0001 (mensuelle, copie de bill:BILL-0001) : facture fournisseur BILL-0003 du 28/02/2026.\n")|Text("2026-02-28T00:00:00+01:00")
    "#);
    // Each notice waits in the outbox for `mail send`.
    assert_snapshot!(
        rows(&env.json("mail list --status queued"), &["status", "recipients", "subject"]),
        @r#"
    {"status":"queued","recipients":"compta@lumiere.example, gerant@lumiere.example","subject":"Coworking Test : facture fournisseur BILL-0002 du 31/01/2026"}
    {"status":"queued","recipients":"compta@lumiere.example, gerant@lumiere.example","subject":"Coworking Test : facture fournisseur BILL-0003 du 28/02/2026"}
    "#
    );
}

#[test]
fn more_due_than_max_periods_fails_the_repeat_and_writes_nothing() {
    let mut env = books();
    env.ok("repeat add --source bill:BILL-0001 --frequency daily --start 2026-01-01");
    env.at("2026-03-01");
    let before = env.dump();
    // 01-06 to 03-01: the bill itself is the occurrence of its date, 01-05.
    assert_snapshot!(env.run("tick").transcript(), @"
    --- stderr
    error: REP-0001: 55 occurrences are due, more than --max-periods 24; nothing created (run `subs tick --max-periods 55` to catch up)
    error: 1 of 1 units failed (each named above)
    --- exit 3
    ");
    assert_eq!(env.dump(), before);
    assert_eq!(env.ok("tick --max-periods 55"), "repeats: 55\n");
}

#[test]
fn a_dry_run_shows_the_copies_and_writes_nothing() {
    let mut env = books();
    env.ok("repeat add --source bill:BILL-0001 --frequency monthly --start 2026-01-31");
    env.at("2026-02-28");
    let before = env.dump();
    assert_snapshot!(env.ok("tick --dry-run"), @"
    would create supplier bill BILL-0002 for REP-0001 2026-01-31..2026-01-31 1440.00
    would create supplier bill BILL-0003 for REP-0001 2026-02-28..2026-02-28 1440.00
    repeats: 2
    ");
    assert_eq!(env.dump(), before);
}

#[test]
fn two_ticks_at_once_create_each_occurrence_once() {
    let mut env = books();
    // After the source's date (2026-01-01), so that each schedule has 13 copies.
    for start in ["2026-01-02", "2026-01-03", "2026-01-04"] {
        env.ok(format!(
            "repeat add --source invoice:INV-2026-00001 --frequency weekly --start {start} --issue"
        ));
    }
    env.at("2026-03-31");
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_subs"))
            .args("tick -q".to_args())
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
    assert_eq!(env.ok("tick"), "nothing due\n");
}

#[test]
fn bad_repeats_are_refused_and_write_nothing() {
    let env = books();
    env.ok("invoice create --customer C1 --item BOOK --draft");
    env.ok("invoice credit INV-2026-00001 --amount 5.00 --yes");
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env.ok("tick");
    env.ok("order create --customer C1 --item DESK");
    let before = env.dump();
    let add = "repeat add --frequency monthly --start 2026-02-01 --source";
    // Sources that do not exist; not KIND:ID; that cannot repeat (refused by rule).
    assert_snapshot!(
        refusals(
            &env,
            &[
                (&format!("{add} invoice:INV-2026-09999"), Exit::NotFound),
                (&format!("{add} order:SO-0099"), Exit::NotFound),
                (&format!("{add} bill:BILL-0099"), Exit::NotFound),
                (&format!("{add} INV-2026-00001"), Exit::BadData),
                (&format!("{add} payment:PAY-0001"), Exit::BadData),
                (&format!("{add} invoice:CN-2026-00001"), Exit::Refused),
                (&format!("{add} invoice:draft:2"), Exit::Refused),
                (&format!("{add} invoice:INV-2026-00002"), Exit::Refused),
                (&format!("{add} order:SO-0001"), Exit::Refused),
            ],
        ),
        @r#"
    $ subs repeat add --frequency monthly --start 2026-02-01 --source invoice:INV-2026-09999
    error: invoice INV-2026-09999 does not exist
    $ subs repeat add --frequency monthly --start 2026-02-01 --source order:SO-0099
    error: order SO-0099 does not exist
    $ subs repeat add --frequency monthly --start 2026-02-01 --source bill:BILL-0099
    error: supplier bill BILL-0099 does not exist
    $ subs repeat add --frequency monthly --start 2026-02-01 --source INV-2026-00001
    error: --source: "INV-2026-00001" is not KIND:ID (invoice:NUMBER, order:SO-0001 or bill:BILL-0001)
    $ subs repeat add --frequency monthly --start 2026-02-01 --source payment:PAY-0001
    error: --source: "payment:PAY-0001" names no kind that can repeat (invoice, order or bill)
    $ subs repeat add --frequency monthly --start 2026-02-01 --source invoice:CN-2026-00001
    error: invoice:CN-2026-00001 cannot repeat: it is a credit note; only one-off invoices repeat
    $ subs repeat add --frequency monthly --start 2026-02-01 --source invoice:draft:2
    error: invoice:draft:2 cannot repeat: it is a draft, which may still change; issue it first
    $ subs repeat add --frequency monthly --start 2026-02-01 --source invoice:INV-2026-00002
    error: invoice:INV-2026-00002 cannot repeat: it bills subscription SUB-0001, which already recurs
    $ subs repeat add --frequency monthly --start 2026-02-01 --source order:SO-0001
    error: order:SO-0001 cannot repeat: it has recurring lines, which become subscriptions; repeat an order of one-off lines
    "#
    );
    // Bad schedules name the flag.
    assert_snapshot!(
        refusals(
            &env,
            &[
                (&format!("{add} bill:BILL-0001 --end 2026-01-31"), Exit::BadData),
                (&format!("{add} bill:BILL-0001 --day 0"), Exit::BadData),
                (&format!("{add} bill:BILL-0001 --day 32"), Exit::BadData),
                (&format!("{add} bill:BILL-0001 --day 3 --last-day"), Exit::BadData),
                (&format!("{add} bill:BILL-0001 --day 15 --end 2026-02-10"), Exit::BadData),
                (&format!("{add} bill:BILL-0001 --notify nobody"), Exit::BadData),
                (
                    "repeat add --source bill:BILL-0001 --frequency weekly --start 2026-02-30",
                    Exit::BadData,
                ),
            ],
        ),
        @r#"
    $ subs repeat add --frequency monthly --start 2026-02-01 --source bill:BILL-0001 --end 2026-01-31
    error: --end: 2026-01-31 is before the start 2026-02-01
    $ subs repeat add --frequency monthly --start 2026-02-01 --source bill:BILL-0001 --day 0
    error: --day: "0" is not a day of the month (1 to 31)
    $ subs repeat add --frequency monthly --start 2026-02-01 --source bill:BILL-0001 --day 32
    error: --day: "32" is not a day of the month (1 to 31)
    $ subs repeat add --frequency monthly --start 2026-02-01 --source bill:BILL-0001 --day 3 --last-day
    error: --day: give either --day N or --last-day, not both
    $ subs repeat add --frequency monthly --start 2026-02-01 --source bill:BILL-0001 --day 15 --end 2026-02-10
    error: --end: no monthly date falls between 2026-02-01 and the end
    $ subs repeat add --frequency monthly --start 2026-02-01 --source bill:BILL-0001 --notify nobody
    error: --notify: "nobody" is not an e-mail address
    $ subs repeat add --source bill:BILL-0001 --frequency weekly --start 2026-02-30
    error: --start: "2026-02-30" is not a valid date (expected YYYY-MM-DD)
    "#
    );
    let error = env.fails(
        "repeat add --source bill:BILL-0001 --frequency fortnightly --start 2026-02-01",
        Exit::Usage,
    );
    assert!(error.contains("fortnightly"), "{error}");
    for line in [
        "repeat show REP-0009",
        "repeat stop REP-0009",
        "repeat start REP-0009",
    ] {
        env.fails(line, Exit::NotFound);
    }
    env.fails("repeat list --status paused", Exit::BadData);
    assert_eq!(env.dump(), before);
}
