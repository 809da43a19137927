//! Locations, reservations held by subscriptions, bookings and availability: capacity is
//! never exceeded, whatever the order of commands or how many run at once.

use std::process::{Command, Stdio};

use insta::{assert_compact_json_snapshot, assert_json_snapshot, assert_snapshot};

use crate::credits::{balance, space};
use crate::env::{CommandLine, Exit, TestEnv};
use crate::payments::{fields, refusals, rows};

/// `booking add` of `item` at LYON by the day.
fn book(customer: &str, item: &str, from: &str, to: &str) -> String {
    format!(
        "booking add --customer {customer} --item {item} --location LYON \
         --from {from} --to {to} --uom day"
    )
}

/// The availability table of `item` at LYON, day by day.
fn days(env: &TestEnv, item: &str, from: &str, to: &str) -> String {
    env.ok(format!(
        "availability {item} --location LYON --from {from} --to {to}"
    ))
}

fn customers(env: &TestEnv, codes: &[&str]) {
    for code in codes {
        env.ok(format!("customer add {code} --name {code}"));
        env.ok(format!("credits grant {code} HALF 20"));
    }
}

#[test]
fn a_reservation_blocks_the_last_free_desk() {
    let env = space();
    customers(&env, &["C2", "C3"]);
    env.ok("credits grant C1 HALF 20");
    // Two desks: C1 reserves one for good, C2 books the other on 5 January.
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --reserve DESK@LYON");
    assert_snapshot!(
        rows(
            &env.json("subscription show SUB-0001")["reservations"],
            &["item", "location", "from", "to"],
        ),
        @r#"{"item":"DESK","location":"LYON","from":"2026-01-01","to":null}"#
    );
    env.ok(book("C2", "DESK", "2026-01-05", "2026-01-06"));

    let before = env.dump();
    // The last desk on the 5th is C2's: no reservation can hold every day from the 1st…
    assert_snapshot!(
        env.fails(
            "subscription create --customer C3 --item DESK --start 2026-01-02 --reserve DESK@LYON",
            Exit::Refused,
        ),
        @"error: no DESK free at LYON every day from 2026-01-02 on: all 2 are reserved or booked"
    );
    // …nor can anyone book it that day.
    let error = env.fails(
        book("C3", "DESK", "2026-01-05T14:00", "2026-01-05T16:00"),
        Exit::Refused,
    );
    assert!(error.contains("no DESK free at LYON"), "{error}");
    assert_eq!(env.dump(), before);
    // From the 6th one desk is free again: a reservation from then on fits.
    env.ok("subscription create --customer C3 --item DESK --start 2026-01-06 --reserve DESK@LYON");
    assert_snapshot!(days(&env, "DESK", "2026-01-04", "2026-01-07"), @"
          DATE  CAPACITY  RESERVED  BOOKED  FREE
    2026-01-04         2         1       0     1
    2026-01-05         2         1       1     0
    2026-01-06         2         2       0     0
    ");
}

#[test]
fn a_cancellation_frees_the_desk_from_the_day_after_the_last_day() {
    let mut env = space();
    customers(&env, &["C2"]);
    env.ok("location capacity LYON DESK 1");
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --reserve DESK@LYON");
    env.at("2026-02-01");
    env.ok("cancel SUB-0001 --on 2026-02-10 --yes");
    assert_eq!(
        env.json("subscription show SUB-0001")["reservations"][0]["to"],
        "2026-02-10"
    );
    env.fails(
        book("C2", "DESK", "2026-02-10T17:00", "2026-02-11T09:00"),
        Exit::Refused,
    );
    assert_eq!(
        env.ok(book("C2", "DESK", "2026-02-11", "2026-02-12")),
        "BK-0001\n"
    );
    assert_snapshot!(days(&env, "DESK", "2026-02-10", "2026-02-13"), @"
          DATE  CAPACITY  RESERVED  BOOKED  FREE
    2026-02-10         1         1       0     0
    2026-02-11         1         0       1     0
    2026-02-12         1         0       0     1
    ");
}

const MORNING: &str = "booking add --customer C1 --item HOTDESK --location LYON \
                       --from 2026-01-05T08:00 --to 2026-01-05T12:00";
const AFTERNOON: &str = "booking add --customer C2 --item HOTDESK --location LYON \
                         --from 2026-01-05T12:00 --to 2026-01-05T16:00";

/// One hot desk at LYON; C1 (BK-0001) has it in the morning of 5 January, C2 (BK-0002)
/// in the afternoon. Both hold 20 half-days of credit.
fn one_hot_desk_booked_all_day() -> TestEnv {
    let env = space();
    customers(&env, &["C2"]);
    env.ok("credits grant C1 HALF 20");
    env.ok("location capacity LYON HOTDESK 1");
    env.ok(MORNING);
    env.ok(AFTERNOON);
    env
}

#[test]
fn back_to_back_bookings_share_one_unit_and_cancelling_frees_it() {
    let env = one_hot_desk_booked_all_day();
    let before = env.dump();
    env.fails(MORNING, Exit::Refused);
    assert_eq!(env.dump(), before);
    env.ok("booking cancel BK-0001");
    assert_eq!(balance(&env, "C1", "HALF"), "20");
    env.ok(MORNING);
    assert_snapshot!(
        rows(&env.json("booking list --customer C1"), &["id", "status"]),
        @r#"
    {"id":"BK-0001","status":"cancelled"}
    {"id":"BK-0003","status":"confirmed"}
    "#
    );
}

#[test]
fn a_booking_cancelled_twice_is_refused_and_changes_nothing() {
    let env = one_hot_desk_booked_all_day();
    env.ok("booking cancel BK-0001");
    let before = env.dump();
    assert_snapshot!(
        env.fails("booking cancel BK-0001", Exit::Refused),
        @"error: booking BK-0001 is already cancelled (at 2026-01-01T00:00:00+01:00)"
    );
    assert_eq!(env.dump(), before);
}

/// C1 books a hot desk for 5 and 6 January, paid by invoice.
fn by_invoice() -> String {
    book("C1", "HOTDESK", "2026-01-05", "2026-01-07") + " --pay invoice"
}

#[test]
fn a_booking_paid_by_invoice_is_invoiced() {
    let env = space();
    assert_eq!(env.ok(by_invoice()), "BK-0001\n");
    assert_json_snapshot!(env.json("booking show BK-0001"), @r#"
    {
      "id": "BK-0001",
      "customer": "C1",
      "item": "HOTDESK",
      "location": "LYON",
      "from": "2026-01-05T00:00:00+01:00",
      "to": "2026-01-07T00:00:00+01:00",
      "uom": "day",
      "units": "2",
      "pay": "invoice",
      "type": null,
      "credits": null,
      "invoice": "INV-2026-00001",
      "status": "confirmed",
      "cancelled_at": null
    }
    "#);
    let invoice = env.json("invoice show INV-2026-00001");
    assert_eq!(invoice["net_total"], "50.00");
    assert_snapshot!(
        rows(&invoice["lines"], &["item", "qty", "uom", "period_start", "period_end"]),
        @r#"{"item":"HOTDESK","qty":"2","uom":"day","period_start":"2026-01-05","period_end":"2026-01-06"}"#
    );
}

#[test]
fn cancelling_a_booking_paid_by_invoice_credits_the_invoice() {
    let env = space();
    env.ok(by_invoice());
    assert_eq!(env.ok("booking cancel BK-0001"), "CN-2026-00001\n");
    assert_compact_json_snapshot!(
        fields(&env.json("invoice show CN-2026-00001"), &["credits_invoice", "net_total"]),
        @r#"{"credits_invoice": "INV-2026-00001", "net_total": "-50.00"}"#
    );
}

#[test]
fn a_booking_needs_a_type_when_several_pay_for_it() {
    let env = space();
    env.ok("credits type add DAYS --unit day --cost HOTDESK:day:1");
    env.ok("credits grant C1 DAYS 3");
    let booking = book("C1", "HOTDESK", "2026-01-05", "2026-01-06");
    let before = env.dump();
    let error = env.fails(&booking, Exit::BadData);
    assert!(
        error.contains("--type") && error.contains("DAYS, HALF"),
        "{error}"
    );
    assert_eq!(env.dump(), before);
    env.ok(format!("{booking} --type DAYS"));
    assert_eq!(balance(&env, "C1", "DAYS"), "2");
}

#[test]
fn bad_booking_input_is_refused_naming_what_and_writes_nothing() {
    let env = space();
    env.ok("credits grant C1 HALF 10");
    let before = env.dump();
    assert_snapshot!(
        refusals(
            &env,
            &[
                ("booking add --customer C1 --item NOPE --location LYON --from 2026-01-05 --to 2026-01-06", Exit::NotFound),
                ("booking add --customer C1 --item HOTDESK --location PARIS --from 2026-01-05 --to 2026-01-06", Exit::NotFound),
                ("booking add --customer NOPE --item HOTDESK --location LYON --from 2026-01-05 --to 2026-01-06", Exit::NotFound),
                ("booking add --customer C1 --item HOTDESK --location LYON --from 2026-01-05T12:00 --to 2026-01-05T09:00", Exit::BadData),
                ("booking add --customer C1 --item HOTDESK --location LYON --from 2026-01-05T12:00 --to 2026-01-05T12:00", Exit::BadData),
                ("booking add --customer C1 --item HOTDESK --location LYON --from '2026-01-05 09:00' --to 2026-01-06", Exit::BadData),
                ("booking add --customer C1 --item HOTDESK --location LYON --from 2026-01-05 --to 2026-01-32", Exit::BadData),
                // In the hour the clocks skip.
                ("booking add --customer C1 --item HOTDESK --location LYON --from 2026-03-29T02:30 --to 2026-03-29T04:00", Exit::BadData),
                ("booking add --customer C1 --item DESK --location LYON --from 2026-01-05 --to 2026-01-06 --uom month --pay credits", Exit::BadData),
                ("booking add --customer C1 --item DESK --location LYON --from 2026-01-05 --to 2026-01-06 --uom month --type HALF", Exit::BadData),
                ("booking add --customer C1 --item HOTDESK --location LYON --from 2026-01-05 --to 2026-01-06 --uom month", Exit::BadData),
                ("booking add --customer C1 --item HOTDESK --location LYON --from 2026-01-05 --to 2026-01-06 --uom week", Exit::NotFound),
                ("booking add --customer C1 --item HOTDESK --location LYON --from 2026-01-05 --to 2026-01-06 --type NOPE", Exit::NotFound),
            ],
        ),
        @r#"
    $ subs booking add --customer C1 --item NOPE --location LYON --from 2026-01-05 --to 2026-01-06
    error: item NOPE does not exist
    $ subs booking add --customer C1 --item HOTDESK --location PARIS --from 2026-01-05 --to 2026-01-06
    error: location PARIS does not exist; create it with `subs location add PARIS`
    $ subs booking add --customer NOPE --item HOTDESK --location LYON --from 2026-01-05 --to 2026-01-06
    error: customer NOPE does not exist
    $ subs booking add --customer C1 --item HOTDESK --location LYON --from 2026-01-05T12:00 --to 2026-01-05T09:00
    error: --to: 2026-01-05 09:00:00 ends before it starts (--from 2026-01-05 12:00:00)
    $ subs booking add --customer C1 --item HOTDESK --location LYON --from 2026-01-05T12:00 --to 2026-01-05T12:00
    error: --to: 2026-01-05 12:00:00 is also --from: the booking is empty (zero length); give a later --to
    $ subs booking add --customer C1 --item HOTDESK --location LYON --from '2026-01-05 09:00' --to 2026-01-06
    error: --from: "2026-01-05 09:00" is not a date or local time (expected 2026-03-02, 2026-03-02T09:00 or 2026-03-02T09:00:00)
    $ subs booking add --customer C1 --item HOTDESK --location LYON --from 2026-01-05 --to 2026-01-32
    error: --to: "2026-01-32" is not a valid date (expected YYYY-MM-DD)
    $ subs booking add --customer C1 --item HOTDESK --location LYON --from 2026-03-29T02:30 --to 2026-03-29T04:00
    error: --from: 2026-03-29 02:30:00 does not exist in Europe/Paris (the clocks skip it)
    $ subs booking add --customer C1 --item DESK --location LYON --from 2026-01-05 --to 2026-01-06 --uom month --pay credits
    error: --uom: no credit type pays for DESK per month; give one a cost (`subs credits type add … --cost DESK:month:N`) or use --pay invoice
    $ subs booking add --customer C1 --item DESK --location LYON --from 2026-01-05 --to 2026-01-06 --uom month --type HALF
    error: --uom: no credit cost for DESK per month; DESK can be paid by credits per day
    $ subs booking add --customer C1 --item HOTDESK --location LYON --from 2026-01-05 --to 2026-01-06 --uom month
    error: --uom: HOTDESK is booked per half-day, per day, not per month
    $ subs booking add --customer C1 --item HOTDESK --location LYON --from 2026-01-05 --to 2026-01-06 --uom week
    error: UOM week does not exist; create it with `subs uom add week`
    $ subs booking add --customer C1 --item HOTDESK --location LYON --from 2026-01-05 --to 2026-01-06 --type NOPE
    error: credit type NOPE does not exist; list them with `subs credits type list`
    "#
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn bad_location_availability_and_reservation_input_is_refused_and_writes_nothing() {
    let env = space();
    env.ok("credits grant C1 HALF 10");
    let before = env.dump();
    assert_snapshot!(
        refusals(
            &env,
            &[
                ("booking cancel BK-0042", Exit::NotFound),
                ("booking show BK-0042", Exit::NotFound),
                ("location capacity PARIS HOTDESK 2", Exit::NotFound),
                ("location capacity LYON NOPE 2", Exit::NotFound),
                ("location capacity LYON HOTDESK -1", Exit::BadData),
                ("location add LYON", Exit::BadData),
                ("availability NOPE --location LYON --from 2026-01-01 --to 2026-01-02", Exit::NotFound),
                ("availability HOTDESK --location PARIS --from 2026-01-01 --to 2026-01-02", Exit::NotFound),
                ("availability HOTDESK --location LYON --from 2026-01-02 --to 2026-01-01", Exit::BadData),
                ("availability HOTDESK --location LYON --from 2026-01-01 --to 2026-01-02 --slot 1w", Exit::BadData),
                ("subscription create --customer C1 --item DESK --reserve DESK", Exit::BadData),
                ("subscription create --customer C1 --item DESK --reserve DESK@PARIS", Exit::NotFound),
                ("subscription create --customer C1 --item DESK --reserve NOPE@LYON", Exit::NotFound),
                ("subscription create --customer C1 --item DESK --reserve BOOK@LYON", Exit::Refused),
            ],
        ),
        @r#"
    $ subs booking cancel BK-0042
    error: booking BK-0042 does not exist
    $ subs booking show BK-0042
    error: booking BK-0042 does not exist
    $ subs location capacity PARIS HOTDESK 2
    error: location PARIS does not exist; create it with `subs location add PARIS`
    $ subs location capacity LYON NOPE 2
    error: item NOPE does not exist
    $ subs location capacity LYON HOTDESK -1
    error: N: "-1" is not a number of units (0 to 1000000)
    $ subs location add LYON
    error: location LYON already exists
    $ subs availability NOPE --location LYON --from 2026-01-01 --to 2026-01-02
    error: item NOPE does not exist
    $ subs availability HOTDESK --location PARIS --from 2026-01-01 --to 2026-01-02
    error: location PARIS does not exist; create it with `subs location add PARIS`
    $ subs availability HOTDESK --location LYON --from 2026-01-02 --to 2026-01-01
    error: --to: 2026-01-01 00:00:00 is before --from 2026-01-02 00:00:00
    $ subs availability HOTDESK --location LYON --from 2026-01-01 --to 2026-01-02 --slot 1w
    error: --slot: "1w" is not a slot length (like 30m, 1h, 2h30m or 1d)
    $ subs subscription create --customer C1 --item DESK --reserve DESK
    error: --reserve: "DESK" is not ITEM@LOCATION (like DESK@LYON)
    $ subs subscription create --customer C1 --item DESK --reserve DESK@PARIS
    error: location PARIS does not exist; create it with `subs location add PARIS`
    $ subs subscription create --customer C1 --item DESK --reserve NOPE@LYON
    error: item NOPE does not exist
    $ subs subscription create --customer C1 --item DESK --reserve BOOK@LYON
    error: location LYON holds no BOOK; set it with `subs location capacity LYON BOOK N`
    "#
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn availability_by_the_hour_shows_each_slot() {
    let env = space();
    env.ok("credits grant C1 HALF 10");
    let at = "booking add --customer C1 --item HOTDESK --location LYON --uom half-day";
    env.ok(format!(
        "{at} --from 2026-01-05T10:00 --to 2026-01-05T12:00"
    ));
    env.ok(format!(
        "{at} --from 2026-01-05T11:00 --to 2026-01-05T11:30"
    ));
    assert_snapshot!(
        env.ok(
            "availability HOTDESK --location LYON --from 2026-01-05T09:00 --to 2026-01-05T13:00 \
             --slot 1h"
        ),
        @"
    FROM                       TO                         CAPACITY  RESERVED  BOOKED  FREE
    2026-01-05T09:00:00+01:00  2026-01-05T10:00:00+01:00         2         0       0     2
    2026-01-05T10:00:00+01:00  2026-01-05T11:00:00+01:00         2         0       1     1
    2026-01-05T11:00:00+01:00  2026-01-05T12:00:00+01:00         2         0       2     0
    2026-01-05T12:00:00+01:00  2026-01-05T13:00:00+01:00         2         0       0     2
    "
    );
    assert_snapshot!(days(&env, "HOTDESK", "2026-01-05", "2026-01-06"), @"
          DATE  CAPACITY  RESERVED  BOOKED  FREE
    2026-01-05         2         0       2     0
    ");
}

#[test]
fn concurrent_bookings_for_the_last_free_units_never_exceed_capacity() {
    const CAPACITY: usize = 2;
    const RACERS: usize = 6;
    let env = space();
    let codes: Vec<String> = (1..=RACERS).map(|n| format!("R{n}")).collect();
    for code in &codes {
        env.ok(format!("customer add {code} --name {code}"));
        env.ok(format!("credits grant {code} HALF 2"));
    }
    // Every racer starts before any finishes.
    let children: Vec<_> = codes
        .iter()
        .map(|code| {
            Command::new(env!("CARGO_BIN_EXE_subs"))
                .args(
                    format!(
                        "booking add --customer {code} --item HOTDESK --location LYON \
                         --from 2026-01-05T09:00 --to 2026-01-05T18:00 --uom day"
                    )
                    .to_args(),
                )
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
            Some(code) if code == i32::from(Exit::Refused) => assert!(
                stderr.starts_with("error: no HOTDESK free at LYON"),
                "{stderr}"
            ),
            Some(code) if code == i32::from(Exit::Busy) => {
                assert!(stderr.contains("busy"), "{stderr}")
            }
            other => panic!("unexpected exit {other:?}: {stderr}"),
        }
    }
    assert_eq!(booked, CAPACITY);
    let confirmed = env.json("booking list");
    assert_eq!(confirmed.as_array().unwrap().len(), CAPACITY);
    // The losers kept their credits; the winners spent theirs.
    let spent: usize = codes
        .iter()
        .filter(|code| balance(&env, code, "HALF") == "0")
        .count();
    assert_eq!(spent, CAPACITY);
    assert_eq!(
        env.json("availability HOTDESK --location LYON --from 2026-01-05 --to 2026-01-06")[0]["free"],
        0
    );
}

#[test]
fn locations_list_their_capacities() {
    let env = space();
    env.ok("location add PARIS");
    assert_snapshot!(
        rows(&env.json("location list"), &["location", "name", "item", "capacity"]),
        @r#"
    {"location":"LYON","name":"Lyon Part-Dieu","item":"DESK","capacity":2}
    {"location":"LYON","name":"Lyon Part-Dieu","item":"HOTDESK","capacity":2}
    {"location":"PARIS","name":"PARIS","item":null,"capacity":null}
    "#
    );
}
