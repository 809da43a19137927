//! Pausing a subscription (issue 13 §4): paused days are not billed, a period billed in
//! advance is credited for them, the anchor and reservations stay, per-period credits are
//! not granted for a period wholly paused; resuming gives the days back.

use insta::assert_snapshot;

use crate::billing::documents;
use crate::change::plans;
use crate::env::{Exit, TestEnv};

fn doc(number: &str, start: &str, end: &str, total: &str) -> (String, String, String, String) {
    (number.into(), start.into(), end.into(), total.into())
}

/// Plan A (100.00 a month, VAT 0) from 2026-01-01, billed in advance and up to date on `now`.
fn monthly_at(now: &str) -> TestEnv {
    let mut env = plans();
    env.at("2026-01-01");
    env.ok("subscription create --customer C1 --plan A --start 2026-01-01");
    env.at(now);
    env.ok("tick");
    env
}

#[test]
fn issue_example_july_bills_48_39_august_51_61_september_100() {
    let mut env = monthly_at("2026-06-20");
    env.ok("subscription pause SUB-0001 --from 2026-07-16 --until 2026-08-15");
    env.at("2026-09-01");
    env.ok("tick");
    let docs = documents(&env);
    assert_eq!(
        docs[6..],
        [
            doc("INV-2026-00007", "2026-07-01", "2026-07-15", "48.39"),
            doc("INV-2026-00008", "2026-08-16", "2026-08-31", "51.61"),
            doc("INV-2026-00009", "2026-09-01", "2026-09-30", "100.00"),
        ]
    );
    // The anchor did not move: periods still start on the 1st.
    assert_eq!(
        env.json("subscription show SUB-0001")["current_period_start"],
        "2026-09-01"
    );
}

#[test]
fn a_period_billed_in_advance_is_credited_for_its_paused_days() {
    let mut env = monthly_at("2026-07-05");
    assert_eq!(
        env.ok("subscription pause SUB-0001 --from 2026-07-16 --until 2026-08-15"),
        "CN-2026-00001\n"
    );
    assert_snapshot!(env.ok("invoice show CN-2026-00001 --format json"), @r#"
    {
      "number": "CN-2026-00001",
      "kind": "credit_note",
      "status": "issued",
      "payment_status": "paid",
      "customer": "C1",
      "subscription": "SUB-0001",
      "issue_date": "2026-07-05",
      "due_date": "2026-07-05",
      "period_start": "2026-07-16",
      "period_end": "2026-07-31",
      "currency": "EUR",
      "net_total": "-51.61",
      "tax_total": "0.00",
      "grand_total": "-51.61",
      "outstanding": "0.00",
      "credits_invoice": "INV-2026-00007",
      "customer_name": "Client One",
      "customer_address": null,
      "sales_order": null,
      "reason": "Avoir pour suspension de SUB-0001 à partir du 16/07/2026",
      "lines": [
        {
          "item": "SPACE",
          "description": "Open space — non servi du 16/07/2026 au 31/07/2026",
          "qty": "1",
          "uom": "month",
          "rate": "100.00",
          "factor": "0.516129",
          "net": "-51.61",
          "vat_rate": "0",
          "period_start": "2026-07-16",
          "period_end": "2026-07-31"
        }
      ],
      "vat": [
        {
          "rate": "0",
          "base": "-51.61",
          "tax": "0.00"
        }
      ]
    }
    "#);
    env.at("2026-09-01");
    env.ok("tick");
    let docs = documents(&env);
    assert_eq!(
        docs[6..],
        [
            doc("INV-2026-00007", "2026-07-01", "2026-07-31", "100.00"),
            doc("CN-2026-00001", "2026-07-16", "2026-07-31", "-51.61"),
            doc("INV-2026-00008", "2026-08-16", "2026-08-31", "51.61"),
            doc("INV-2026-00009", "2026-09-01", "2026-09-30", "100.00"),
        ]
    );
}

#[test]
fn a_paused_subscription_shows_paused_and_its_pause_dates() {
    let mut env = monthly_at("2026-06-20");
    env.ok("subscription pause SUB-0001 --from 2026-07-16 --until 2026-08-15");
    let sub = env.json("subscription show SUB-0001");
    assert_eq!(
        (
            &sub["status"],
            &sub["paused"],
            &sub["pause_from"],
            &sub["pause_until"]
        ),
        (
            &"active".into(),
            &false.into(),
            &"2026-07-16".into(),
            &"2026-08-15".into()
        )
    );
    env.at("2026-07-20");
    let sub = env.json("subscription list")[0].clone();
    assert_eq!(
        (&sub["status"], &sub["paused"]),
        (&"paused".into(), &true.into())
    );
    assert_eq!(
        env.json("subscription list --status paused")
            .as_array()
            .unwrap()
            .len(),
        1
    );
    env.at("2026-08-16");
    assert_eq!(env.json("subscription show SUB-0001")["status"], "active");
}

#[test]
fn a_period_wholly_paused_bills_nothing_and_grants_no_per_period_credits() {
    let mut env = plans();
    env.at("2026-01-01");
    env.ok("credits type add HALF --unit half-day");
    env.ok("subscription create --customer C1 --plan A --start 2026-01-01 --credits HALF:3:period");
    env.ok("tick");
    env.ok("subscription pause SUB-0001 --from 2026-02-01 --until 2026-02-28");
    env.at("2026-03-01");
    env.ok("tick");
    assert_eq!(
        documents(&env),
        [
            doc("INV-2026-00001", "2026-01-01", "2026-01-31", "100.00"),
            doc("INV-2026-00002", "2026-03-01", "2026-03-31", "100.00"),
        ]
    );
    assert_snapshot!(env.ok("credits lots C1"), @"
    LOT  CUSTOMER  TYPE  ORIGIN                 QUANTITY  REMAINING      STARTS  EXPIRES  EXPIRED
      1  C1        HALF  subscription:SUB-0001         3          3  2026-01-01           false
      2  C1        HALF  subscription:SUB-0001         3          3  2026-03-01           false
    ");
}

#[test]
fn a_reservation_is_kept_through_a_pause() {
    let env = plans();
    env.ok("location add LYON");
    env.ok("location capacity LYON DESK 1");
    env.ok("subscription create --customer C1 --plan B --start 2026-01-01 --reserve DESK@LYON");
    env.ok("subscription pause SUB-0001 --from 2026-02-01 --until 2026-02-28");
    assert_eq!(
        env.json("subscription show SUB-0001")["reservations"][0]["to"],
        serde_json::Value::Null
    );
    let day = env.json("availability DESK --location LYON --from 2026-02-10 --to 2026-02-11");
    assert_eq!(
        (&day[0]["reserved"], &day[0]["free"]),
        (&1.into(), &0.into())
    );
}

#[test]
fn resuming_early_invoices_the_days_given_back_in_a_period_already_credited() {
    let mut env = monthly_at("2026-07-05");
    env.ok("subscription pause SUB-0001 --from 2026-07-16");
    env.at("2026-07-20");
    assert_eq!(
        env.ok("subscription resume SUB-0001 --on 2026-07-25"),
        "INV-2026-00008\n"
    );
    env.at("2026-08-01");
    env.ok("tick");
    // July: 100.00 − 51.61 (16 days paused) + 22.58 (7 days back) = 70.97, 22/31 rounded
    // per booked amount.
    assert_eq!(
        documents(&env)[6..],
        [
            doc("INV-2026-00007", "2026-07-01", "2026-07-31", "100.00"),
            doc("CN-2026-00001", "2026-07-16", "2026-07-31", "-51.61"),
            doc("INV-2026-00008", "2026-07-25", "2026-07-31", "22.58"),
            doc("INV-2026-00009", "2026-08-01", "2026-08-31", "100.00"),
        ]
    );
    assert_eq!(env.json("subscription show SUB-0001")["paused"], false);
}

#[test]
fn an_open_pause_bills_nothing_until_resumed_on_a_period_boundary() {
    let mut env = monthly_at("2026-06-20");
    env.ok("subscription pause SUB-0001 --from 2026-07-01");
    env.at("2026-09-15");
    env.ok("tick");
    assert_eq!(documents(&env).len(), 6);
    env.ok("subscription resume SUB-0001 --on 2026-10-01");
    env.at("2026-10-01");
    env.ok("tick");
    assert_eq!(
        documents(&env)[6..],
        [doc("INV-2026-00007", "2026-10-01", "2026-10-31", "100.00")]
    );
}

#[test]
fn a_pause_then_a_prorated_cancellation_credits_only_the_days_still_billed() {
    let env = monthly_at("2026-07-05");
    env.ok("subscription pause SUB-0001 --from 2026-07-05 --until 2026-07-10");
    // 6 days paused: 100.00 × 6/31 = 19.35 credited.
    env.ok("subscription cancel SUB-0001 --on 2026-07-20 --prorate --yes");
    // Served 07-01..07-04 and 07-11..07-20: 14 days = 45.16 billed in all.
    assert_eq!(
        documents(&env)[6..],
        [
            doc("INV-2026-00007", "2026-07-01", "2026-07-31", "100.00"),
            doc("CN-2026-00001", "2026-07-05", "2026-07-10", "-19.35"),
            doc("CN-2026-00002", "2026-07-21", "2026-07-31", "-35.49"),
        ]
    );
}

#[test]
fn preview_shows_a_scheduled_pause() {
    let env = monthly_at("2026-06-20");
    env.ok("subscription pause SUB-0001 --from 2026-07-16 --until 2026-08-31");
    assert_snapshot!(env.ok("subscription preview SUB-0001 --periods 3"), @"
    PERIOD_START  PERIOD_END      DUE_ON  FACTOR  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  ERROR  USAGE  DETAIL                       DISCOUNT  LINES
      2026-07-01  2026-07-31  2026-07-01       1      48.39       0.00        48.39          0.00  SPACE 15/31 from 2026-07-01            SPACE 1 month × 100.00 × 15/31 = 48.39
      2026-08-01  2026-08-31  2026-08-01       1       0.00       0.00         0.00          0.00  paused
      2026-09-01  2026-09-30  2026-09-01       1     100.00       0.00       100.00          0.00                                         SPACE 1 month × 100.00 = 100.00
    ");
}

#[test]
fn overlapping_or_backwards_pauses_and_resuming_what_is_not_paused_are_refused() {
    let env = monthly_at("2026-06-20");
    env.ok("subscription pause SUB-0001 --from 2026-07-16 --until 2026-08-15");
    let before = env.dump();
    assert_eq!(
        env.fails(
            "subscription pause SUB-0001 --from 2026-08-01",
            Exit::Refused
        ),
        "error: subscription SUB-0001 is already paused from 2026-07-16 through 2026-08-15"
    );
    assert_eq!(
        env.fails(
            "subscription pause SUB-0001 --from 2026-09-10 --until 2026-09-01",
            Exit::BadData
        ),
        "error: --until: 2026-09-01 is before --from 2026-09-10"
    );
    assert_eq!(
        env.fails(
            "subscription resume SUB-0001 --on 2026-09-01",
            Exit::Refused
        ),
        "error: subscription SUB-0001 is not paused on 2026-09-01; nothing to resume"
    );
    env.fails(
        "subscription pause SUB-0009 --from 2026-09-01",
        Exit::NotFound,
    );
    env.fails("subscription pause SUB-0001", Exit::Usage);
    assert_eq!(env.dump(), before);
}

#[test]
fn resuming_inside_a_period_passed_over_while_paused_invoices_its_remaining_days() {
    let mut env = monthly_at("2026-06-20");
    env.ok("subscription pause SUB-0001 --from 2026-07-01");
    env.at("2026-09-15");
    env.ok("tick");
    assert_eq!(env.json("subscription show SUB-0001")["status"], "paused");
    // September was passed over; resuming on 09-20 bills its last 11 days (11/30).
    assert_eq!(
        env.ok("subscription resume SUB-0001 --on 2026-09-20"),
        "INV-2026-00007\n"
    );
    env.at("2026-10-01");
    env.ok("tick");
    assert_eq!(
        documents(&env)[6..],
        [
            doc("INV-2026-00007", "2026-09-20", "2026-09-30", "36.67"),
            doc("INV-2026-00008", "2026-10-01", "2026-10-31", "100.00"),
        ]
    );
}

#[test]
fn a_pause_left_open_at_a_cancellation_does_not_reach_into_a_restart() {
    let mut env = monthly_at("2026-06-20");
    env.ok("subscription pause SUB-0001 --from 2026-07-01");
    env.ok("subscription cancel SUB-0001 --on 2026-07-31 --yes");
    env.at("2026-08-05");
    env.ok("tick");
    env.ok("subscription restart SUB-0001 --on 2026-09-01");
    env.at("2026-09-01");
    env.ok("tick");
    assert_eq!(
        documents(&env)[6..],
        [doc("INV-2026-00007", "2026-09-01", "2026-09-30", "100.00")]
    );
    assert_eq!(env.json("subscription show SUB-0001")["paused"], false);
}
