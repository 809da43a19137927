//! Locations, reservations held by subscriptions, bookings and availability: capacity is
//! never exceeded, whatever the order of commands or how many run at once.

use std::process::{Command, Stdio};

use serde_json::Value;

use crate::credits::{balance, space};
use crate::env::TestEnv;

/// `booking add` of `item` at LYON by the day.
fn book(customer: &str, item: &str, from: &str, to: &str) -> Vec<String> {
    [
        "booking",
        "add",
        "--customer",
        customer,
        "--item",
        item,
        "--location",
        "LYON",
        "--from",
        from,
        "--to",
        to,
        "--uom",
        "day",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn args(owned: &[String]) -> Vec<&str> {
    owned.iter().map(String::as_str).collect()
}

/// (date, reserved, booked, free) per day.
fn days(env: &TestEnv, item: &str, from: &str, to: &str) -> Vec<(String, i64, i64, i64)> {
    env.json(&[
        "availability",
        item,
        "--location",
        "LYON",
        "--from",
        from,
        "--to",
        to,
    ])
    .as_array()
    .unwrap()
    .iter()
    .map(|d| {
        (
            d["date"].as_str().unwrap().to_string(),
            d["reserved"].as_i64().unwrap(),
            d["booked"].as_i64().unwrap(),
            d["free"].as_i64().unwrap(),
        )
    })
    .collect()
}

fn customers(env: &TestEnv, codes: &[&str]) {
    for code in codes {
        env.ok(&["customer", "add", code, "--name", code]);
        env.ok(&["credits", "grant", code, "HALF", "20"]);
    }
}

#[test]
fn a_reservation_blocks_the_last_free_desk() {
    let env = space();
    customers(&env, &["C2", "C3"]);
    env.ok(&["credits", "grant", "C1", "HALF", "20"]);
    // Two desks: C1 reserves one for good, C2 books the other on 5 January.
    env.ok(&[
        "subscription",
        "create",
        "--customer",
        "C1",
        "--item",
        "DESK",
        "--start",
        "2026-01-01",
        "--reserve",
        "DESK@LYON",
    ]);
    let sub = env.json(&["subscription", "show", "SUB-0001"]);
    assert_eq!(sub["reservations"][0]["item"], "DESK");
    assert_eq!(sub["reservations"][0]["location"], "LYON");
    assert_eq!(sub["reservations"][0]["from"], "2026-01-01");
    assert_eq!(sub["reservations"][0]["to"], Value::Null);
    env.ok(&args(&book("C2", "DESK", "2026-01-05", "2026-01-06")));

    let before = env.dump();
    // The last desk on the 5th is C2's: no reservation can hold every day from the 1st…
    let error = env.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "C3",
            "--item",
            "DESK",
            "--start",
            "2026-01-02",
            "--reserve",
            "DESK@LYON",
        ],
        1,
    );
    assert_eq!(
        error,
        "error: no DESK free at LYON every day from 2026-01-02 on: all 2 are reserved or booked"
    );
    // …nor can anyone book it that day.
    let error = env.fails(
        &args(&book("C3", "DESK", "2026-01-05T14:00", "2026-01-05T16:00")),
        1,
    );
    assert!(error.contains("no DESK free at LYON"), "{error}");
    assert_eq!(env.dump(), before);
    // From the 6th one desk is free again: a reservation from then on fits.
    env.ok(&[
        "subscription",
        "create",
        "--customer",
        "C3",
        "--item",
        "DESK",
        "--start",
        "2026-01-06",
        "--reserve",
        "DESK@LYON",
    ]);
    assert_eq!(
        days(&env, "DESK", "2026-01-04", "2026-01-07"),
        [
            ("2026-01-04".into(), 1, 0, 1),
            ("2026-01-05".into(), 1, 1, 0),
            ("2026-01-06".into(), 2, 0, 0),
        ]
    );
}

#[test]
fn a_cancellation_frees_the_desk_from_the_day_after_the_last_day() {
    let mut env = space();
    customers(&env, &["C2"]);
    env.ok(&["location", "capacity", "LYON", "DESK", "1"]);
    env.ok(&[
        "subscription",
        "create",
        "--customer",
        "C1",
        "--item",
        "DESK",
        "--start",
        "2026-01-01",
        "--reserve",
        "DESK@LYON",
    ]);
    env.at("2026-02-01");
    env.ok(&["cancel", "SUB-0001", "--on", "2026-02-10", "--yes"]);
    let sub = env.json(&["subscription", "show", "SUB-0001"]);
    assert_eq!(sub["reservations"][0]["to"], "2026-02-10");
    env.fails(
        &args(&book("C2", "DESK", "2026-02-10T17:00", "2026-02-11T09:00")),
        1,
    );
    assert_eq!(
        env.ok(&args(&book("C2", "DESK", "2026-02-11", "2026-02-12"))),
        "BK-0001\n"
    );
    assert_eq!(
        days(&env, "DESK", "2026-02-10", "2026-02-13"),
        [
            ("2026-02-10".into(), 1, 0, 0),
            ("2026-02-11".into(), 0, 1, 0),
            ("2026-02-12".into(), 0, 0, 1),
        ]
    );
}

#[test]
fn back_to_back_bookings_share_one_unit_and_cancelling_frees_it() {
    let env = space();
    customers(&env, &["C2"]);
    env.ok(&["credits", "grant", "C1", "HALF", "20"]);
    env.ok(&["location", "capacity", "LYON", "HOTDESK", "1"]);
    let morning = [
        "booking",
        "add",
        "--customer",
        "C1",
        "--item",
        "HOTDESK",
        "--location",
        "LYON",
        "--from",
        "2026-01-05T08:00",
        "--to",
        "2026-01-05T12:00",
    ];
    let afternoon = [
        "booking",
        "add",
        "--customer",
        "C2",
        "--item",
        "HOTDESK",
        "--location",
        "LYON",
        "--from",
        "2026-01-05T12:00",
        "--to",
        "2026-01-05T16:00",
    ];
    env.ok(&morning);
    env.ok(&afternoon);
    let before = env.dump();
    env.fails(&morning, 1);
    assert_eq!(env.dump(), before);
    env.ok(&["booking", "cancel", "BK-0001"]);
    assert_eq!(balance(&env, "C1", "HALF"), "20");
    env.ok(&morning);
    let before = env.dump();
    assert_eq!(
        env.fails(&["booking", "cancel", "BK-0001"], 1),
        "error: booking BK-0001 is already cancelled (at 2026-01-01T00:00:00+01:00)"
    );
    assert_eq!(env.dump(), before);
    let list = env.json(&["booking", "list", "--customer", "C1"]);
    let statuses: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["cancelled", "confirmed"]);
}

#[test]
fn a_booking_paid_by_invoice_is_invoiced_and_its_cancellation_credited() {
    let env = space();
    assert_eq!(
        env.ok(&[
            "booking",
            "add",
            "--customer",
            "C1",
            "--item",
            "HOTDESK",
            "--location",
            "LYON",
            "--from",
            "2026-01-05",
            "--to",
            "2026-01-07",
            "--uom",
            "day",
            "--pay",
            "invoice",
        ]),
        "BK-0001\n"
    );
    let booking = env.json(&["booking", "show", "BK-0001"]);
    assert_eq!(booking["pay"], "invoice");
    assert_eq!(booking["invoice"], "INV-2026-00001");
    assert_eq!(booking["units"], "2");
    let invoice = env.json(&["invoice", "show", "INV-2026-00001"]);
    assert_eq!(invoice["net_total"], "50.00");
    assert_eq!(invoice["lines"][0]["qty"], "2");
    assert_eq!(invoice["lines"][0]["uom"], "day");
    assert_eq!(invoice["lines"][0]["period_start"], "2026-01-05");
    assert_eq!(invoice["lines"][0]["period_end"], "2026-01-06");
    assert_eq!(env.ok(&["booking", "cancel", "BK-0001"]), "CN-2026-00001\n");
    let note = env.json(&["invoice", "show", "CN-2026-00001"]);
    assert_eq!(note["credits_invoice"], "INV-2026-00001");
    assert_eq!(note["net_total"], "-50.00");
}

#[test]
fn a_booking_needs_a_type_when_several_pay_for_it() {
    let env = space();
    env.ok(&[
        "credits",
        "type",
        "add",
        "DAYS",
        "--unit",
        "day",
        "--cost",
        "HOTDESK:day:1",
    ]);
    env.ok(&["credits", "grant", "C1", "DAYS", "3"]);
    let booking: Vec<&str> = vec![
        "booking",
        "add",
        "--customer",
        "C1",
        "--item",
        "HOTDESK",
        "--location",
        "LYON",
        "--from",
        "2026-01-05",
        "--to",
        "2026-01-06",
        "--uom",
        "day",
    ];
    let before = env.dump();
    let error = env.fails(&booking, 65);
    assert!(
        error.contains("--type") && error.contains("DAYS, HALF"),
        "{error}"
    );
    assert_eq!(env.dump(), before);
    let mut typed = booking.clone();
    typed.extend(["--type", "DAYS"]);
    env.ok(&typed);
    assert_eq!(balance(&env, "C1", "DAYS"), "2");
}

#[test]
fn bad_booking_input_is_refused_naming_what_and_writes_nothing() {
    let env = space();
    env.ok(&["credits", "grant", "C1", "HALF", "10"]);
    let before = env.dump();
    let base = |item: &str, location: &str, from: &str, to: &str, extra: &[&str]| -> Vec<String> {
        let mut all: Vec<String> = [
            "booking",
            "add",
            "--customer",
            "C1",
            "--item",
            item,
            "--location",
            location,
            "--from",
            from,
            "--to",
            to,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        all.extend(extra.iter().map(|s| s.to_string()));
        all
    };
    let cases: Vec<(Vec<String>, i32, &str)> = vec![
        (
            base("NOPE", "LYON", "2026-01-05", "2026-01-06", &[]),
            66,
            "item NOPE does not exist",
        ),
        (
            base("HOTDESK", "PARIS", "2026-01-05", "2026-01-06", &[]),
            66,
            "location PARIS does not exist",
        ),
        (
            base(
                "HOTDESK",
                "LYON",
                "2026-01-05T12:00",
                "2026-01-05T09:00",
                &[],
            ),
            65,
            "--to",
        ),
        (
            base(
                "HOTDESK",
                "LYON",
                "2026-01-05T12:00",
                "2026-01-05T12:00",
                &[],
            ),
            65,
            "--to",
        ),
        (
            base("HOTDESK", "LYON", "2026-01-05 09:00", "2026-01-06", &[]),
            65,
            "--from",
        ),
        (
            base("HOTDESK", "LYON", "2026-01-05", "2026-01-32", &[]),
            65,
            "--to",
        ),
        (
            base(
                "DESK",
                "LYON",
                "2026-01-05",
                "2026-01-06",
                &["--uom", "month", "--pay", "credits"],
            ),
            65,
            "--uom: no credit type pays for DESK per month",
        ),
        (
            base(
                "DESK",
                "LYON",
                "2026-01-05",
                "2026-01-06",
                &["--uom", "month", "--type", "HALF"],
            ),
            65,
            "--uom",
        ),
        (
            base(
                "HOTDESK",
                "LYON",
                "2026-01-05",
                "2026-01-06",
                &["--uom", "month"],
            ),
            65,
            "--uom: HOTDESK is booked per half-day, per day",
        ),
        (
            base(
                "HOTDESK",
                "LYON",
                "2026-01-05",
                "2026-01-06",
                &["--uom", "week"],
            ),
            66,
            "UOM week",
        ),
        (
            base(
                "HOTDESK",
                "LYON",
                "2026-01-05",
                "2026-01-06",
                &["--type", "NOPE"],
            ),
            66,
            "credit type NOPE",
        ),
        (
            base(
                "HOTDESK",
                "LYON",
                "2026-03-29T02:30",
                "2026-03-29T04:00",
                &[],
            ),
            65,
            "--from",
        ),
    ];
    for (owned, code, needle) in &cases {
        let error = env.fails(&args(owned), *code);
        assert!(error.contains(needle), "{owned:?}: {error}");
        assert_eq!(env.dump(), before, "{owned:?} wrote something");
    }
    let error = env.fails(
        &[
            "booking",
            "add",
            "--customer",
            "NOPE",
            "--item",
            "HOTDESK",
            "--location",
            "LYON",
            "--from",
            "2026-01-05",
            "--to",
            "2026-01-06",
        ],
        66,
    );
    assert!(error.contains("customer NOPE"), "{error}");
    for (args, code) in [
        (vec!["booking", "cancel", "BK-0042"], 66),
        (vec!["booking", "show", "BK-0042"], 66),
        (vec!["location", "capacity", "PARIS", "HOTDESK", "2"], 66),
        (vec!["location", "capacity", "LYON", "NOPE", "2"], 66),
        (vec!["location", "capacity", "LYON", "HOTDESK", "-1"], 65),
        (vec!["location", "add", "LYON"], 65),
        (
            vec![
                "availability",
                "NOPE",
                "--location",
                "LYON",
                "--from",
                "2026-01-01",
                "--to",
                "2026-01-02",
            ],
            66,
        ),
        (
            vec![
                "availability",
                "HOTDESK",
                "--location",
                "PARIS",
                "--from",
                "2026-01-01",
                "--to",
                "2026-01-02",
            ],
            66,
        ),
        (
            vec![
                "availability",
                "HOTDESK",
                "--location",
                "LYON",
                "--from",
                "2026-01-02",
                "--to",
                "2026-01-01",
            ],
            65,
        ),
        (
            vec![
                "availability",
                "HOTDESK",
                "--location",
                "LYON",
                "--from",
                "2026-01-01",
                "--to",
                "2026-01-02",
                "--slot",
                "1w",
            ],
            65,
        ),
        (
            vec![
                "subscription",
                "create",
                "--customer",
                "C1",
                "--item",
                "DESK",
                "--reserve",
                "DESK",
            ],
            65,
        ),
        (
            vec![
                "subscription",
                "create",
                "--customer",
                "C1",
                "--item",
                "DESK",
                "--reserve",
                "DESK@PARIS",
            ],
            66,
        ),
        (
            vec![
                "subscription",
                "create",
                "--customer",
                "C1",
                "--item",
                "DESK",
                "--reserve",
                "NOPE@LYON",
            ],
            66,
        ),
        (
            vec![
                "subscription",
                "create",
                "--customer",
                "C1",
                "--item",
                "DESK",
                "--reserve",
                "BOOK@LYON",
            ],
            1,
        ),
    ] {
        env.fails(&args, code);
        assert_eq!(env.dump(), before, "{args:?} wrote something");
    }
}

#[test]
fn availability_by_the_hour_shows_each_slot() {
    let env = space();
    env.ok(&["credits", "grant", "C1", "HALF", "10"]);
    env.ok(&[
        "booking",
        "add",
        "--customer",
        "C1",
        "--item",
        "HOTDESK",
        "--location",
        "LYON",
        "--from",
        "2026-01-05T10:00",
        "--to",
        "2026-01-05T12:00",
        "--uom",
        "half-day",
    ]);
    env.ok(&[
        "booking",
        "add",
        "--customer",
        "C1",
        "--item",
        "HOTDESK",
        "--location",
        "LYON",
        "--from",
        "2026-01-05T11:00",
        "--to",
        "2026-01-05T11:30",
        "--uom",
        "half-day",
    ]);
    let slots = env.json(&[
        "availability",
        "HOTDESK",
        "--location",
        "LYON",
        "--from",
        "2026-01-05T09:00",
        "--to",
        "2026-01-05T13:00",
        "--slot",
        "1h",
    ]);
    let rows: Vec<(&str, &str, i64, i64)> = slots
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["from"].as_str().unwrap(),
                s["to"].as_str().unwrap(),
                s["booked"].as_i64().unwrap(),
                s["free"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                "2026-01-05T09:00:00+01:00",
                "2026-01-05T10:00:00+01:00",
                0,
                2
            ),
            (
                "2026-01-05T10:00:00+01:00",
                "2026-01-05T11:00:00+01:00",
                1,
                1
            ),
            (
                "2026-01-05T11:00:00+01:00",
                "2026-01-05T12:00:00+01:00",
                2,
                0
            ),
            (
                "2026-01-05T12:00:00+01:00",
                "2026-01-05T13:00:00+01:00",
                0,
                2
            ),
        ]
    );
    assert_eq!(slots[0]["capacity"], 2);
    assert_eq!(slots[0]["reserved"], 0);
    let table = env.ok(&[
        "availability",
        "HOTDESK",
        "--location",
        "LYON",
        "--from",
        "2026-01-05",
        "--to",
        "2026-01-06",
    ]);
    assert_eq!(
        table,
        "       DATE  CAPACITY  RESERVED  BOOKED  FREE\n 2026-01-05         2         0       2     0\n"
    );
}

#[test]
fn concurrent_bookings_for_the_last_free_units_never_exceed_capacity() {
    const CAPACITY: usize = 2;
    const RACERS: usize = 6;
    let env = space();
    let codes: Vec<String> = (1..=RACERS).map(|n| format!("R{n}")).collect();
    for code in &codes {
        env.ok(&["customer", "add", code, "--name", code]);
        env.ok(&["credits", "grant", code, "HALF", "2"]);
    }
    // Every racer starts before any finishes.
    let children: Vec<_> = codes
        .iter()
        .map(|code| {
            Command::new(env!("CARGO_BIN_EXE_subs"))
                .args([
                    "booking",
                    "add",
                    "--customer",
                    code,
                    "--item",
                    "HOTDESK",
                    "--location",
                    "LYON",
                    "--from",
                    "2026-01-05T09:00",
                    "--to",
                    "2026-01-05T18:00",
                    "--uom",
                    "day",
                ])
                .env_clear()
                .env("SUBS_DB", env.db())
                .env("SUBS_NOW", "2026-01-01")
                .env("USER", "tester")
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn subs booking add")
        })
        .collect();
    let mut booked = 0;
    for child in children {
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        match out.status.code() {
            Some(0) => booked += 1,
            Some(1) => assert!(
                stderr.starts_with("error: no HOTDESK free at LYON"),
                "{stderr}"
            ),
            Some(75) => assert!(stderr.contains("busy"), "{stderr}"),
            other => panic!("unexpected exit {other:?}: {stderr}"),
        }
    }
    assert_eq!(booked, CAPACITY);
    let confirmed = env.json(&["booking", "list"]);
    assert_eq!(confirmed.as_array().unwrap().len(), CAPACITY);
    // The losers kept their credits; the winners spent theirs.
    let spent: usize = codes
        .iter()
        .filter(|code| balance(&env, code, "HALF") == "0")
        .count();
    assert_eq!(spent, CAPACITY);
    assert_eq!(
        env.json(&[
            "availability",
            "HOTDESK",
            "--location",
            "LYON",
            "--from",
            "2026-01-05",
            "--to",
            "2026-01-06",
        ])[0]["free"],
        0
    );
}

#[test]
fn locations_list_their_capacities() {
    let env = space();
    env.ok(&["location", "add", "PARIS"]);
    let list = env.json(&["location", "list"]);
    let rows: Vec<(&str, &str, Option<&str>, Option<i64>)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["location"].as_str().unwrap(),
                r["name"].as_str().unwrap(),
                r["item"].as_str(),
                r["capacity"].as_i64(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("LYON", "Lyon Part-Dieu", Some("DESK"), Some(2)),
            ("LYON", "Lyon Part-Dieu", Some("HOTDESK"), Some(2)),
            ("PARIS", "PARIS", None, None),
        ]
    );
}
