//! The source of a repeat is the occurrence on its own date (as in Frappe's auto repeat):
//! copies are made for the later schedule dates only, and `--start` defaults to that date.

use insta::assert_snapshot;

use crate::billing::coworking;
use crate::env::{Exit, TestEnv};

/// The coworking book on 2026-01-31 with a one-off invoice INV-2026-00001 of that day.
fn invoiced_on_january_31() -> TestEnv {
    let mut env = coworking();
    env.at("2026-01-31");
    assert_eq!(
        env.ok("invoice create --customer C1 --item BOOK"),
        "INV-2026-00001\n"
    );
    env
}

#[test]
fn a_monthly_repeat_from_the_invoices_own_date_copies_it_for_the_later_dates_only() {
    let mut env = invoiced_on_january_31();
    env.ok(
        "repeat add --source invoice:INV-2026-00001 --frequency monthly --start 2026-01-31 --issue",
    );
    env.at("2026-05-01");
    assert_eq!(env.ok("tick"), "invoices: 3\nrepeats: 3\n");
    assert_snapshot!(env.ok("repeat show REP-0001"), @"
     id:         REP-0001
     source:     invoice:INV-2026-00001
     frequency:  monthly
     start:      2026-01-31
     end:
     day:
     issue:      true
     notify:
     status:     active
     next_date:  2026-05-31
     created:    3

    runs:
           DATE  KIND     DOCUMENT        NOTIFIED
     2026-02-28  invoice  INV-2026-00002  false
     2026-03-31  invoice  INV-2026-00003  false
     2026-04-30  invoice  INV-2026-00004  false
    ");
    // No copy of the source for its own date, to the same customer.
    let invoices = env.json("invoice list --customer C1");
    assert_eq!(invoices.as_array().unwrap().len(), 4);
}

#[test]
fn start_defaults_to_the_sources_date() {
    let mut env = invoiced_on_january_31();
    assert_snapshot!(env.ok("repeat add --source invoice:INV-2026-00001 --frequency monthly --format json"), @r#"
    {
      "id": "REP-0001",
      "source": "invoice:INV-2026-00001",
      "frequency": "monthly",
      "start": "2026-01-31",
      "end": null,
      "day": null,
      "issue": false,
      "notify": "",
      "status": "active",
      "next_date": "2026-02-28"
    }
    "#);
    env.at("2026-05-01");
    env.ok("tick");
    assert_snapshot!(env.ok("repeat show REP-0001"), @"
     id:         REP-0001
     source:     invoice:INV-2026-00001
     frequency:  monthly
     start:      2026-01-31
     end:
     day:
     issue:      false
     notify:
     status:     active
     next_date:  2026-05-31
     created:    3

    runs:
           DATE  KIND     DOCUMENT  NOTIFIED
     2026-02-28  invoice  draft:2   false
     2026-03-31  invoice  draft:3   false
     2026-04-30  invoice  draft:4   false
    ");
}

#[test]
fn a_bill_repeated_without_start_is_first_copied_a_period_after_its_date() {
    let mut env = coworking();
    env.ok("bill add --supplier 'Foncière Lyon' --date 2026-01-05 --line Loyer:1@1200.00");
    env.ok("repeat add --source bill:BILL-0001 --frequency monthly");
    env.at("2026-03-05");
    assert_eq!(env.ok("tick"), "repeats: 2\n");
    assert_snapshot!(env.ok("repeat show REP-0001"), @"
     id:         REP-0001
     source:     bill:BILL-0001
     frequency:  monthly
     start:      2026-01-05
     end:
     day:
     issue:      false
     notify:
     status:     active
     next_date:  2026-04-05
     created:    2

    runs:
           DATE  KIND  DOCUMENT   NOTIFIED
     2026-02-05  bill  BILL-0002  false
     2026-03-05  bill  BILL-0003  false
    ");
}

#[test]
fn a_schedule_ending_before_any_date_after_the_source_is_refused() {
    let env = invoiced_on_january_31();
    let before = env.dump();
    let error = env.fails(
        "repeat add --source invoice:INV-2026-00001 --frequency monthly --end 2026-02-20",
        Exit::BadData,
    );
    assert!(error.contains("--end"), "{error}");
    assert!(error.contains("2026-01-31"), "{error}");
    assert_eq!(env.dump(), before);
}
