//! Changing a subscription mid-period (issue 13 §3): the period split by days, the old
//! lines credited and the new ones invoiced when billed in advance, both parts on one
//! invoice in arrears, a change of interval starting a new run.

use insta::assert_snapshot;

use crate::billing::documents;
use crate::env::{Exit, TestEnv};

/// VAT 0, plan A at 100.00 a month and plan B at 200.00, customer C1; it is 2026-03-01.
pub fn plans() -> TestEnv {
    let mut env = TestEnv::new();
    env.at("2026-03-01");
    env.ok("vat add ZERO --rate 0 --default");
    env.ok("uom add month");
    env.ok("item add SPACE --name 'Open space' --uom month --recurring");
    env.ok("item add DESK --name 'Fixed desk' --uom month --recurring");
    env.ok("plan add A --item SPACE@100.00");
    env.ok("plan add B --item DESK@200.00");
    env.ok("customer add C1 --name 'Client One'");
    env
}

fn doc(number: &str, start: &str, end: &str, total: &str) -> (String, String, String, String) {
    (number.into(), start.into(), end.into(), total.into())
}

#[test]
fn issue_example_in_advance_credits_51_61_and_invoices_103_23_then_april_bills_200() {
    let mut env = plans();
    env.ok("subscription create --customer C1 --plan A --start 2026-03-01");
    env.ok("tick");
    env.at("2026-03-10");
    assert_snapshot!(env.ok("subscription change SUB-0001 --plan B --on 2026-03-16"), @"
    CN-2026-00001
    INV-2026-00002
    ");
    env.at("2026-04-01");
    env.ok("tick");
    assert_eq!(
        documents(&env),
        [
            doc("INV-2026-00001", "2026-03-01", "2026-03-31", "100.00"),
            doc("CN-2026-00001", "2026-03-16", "2026-03-31", "-51.61"),
            doc("INV-2026-00002", "2026-03-16", "2026-03-31", "103.23"),
            doc("INV-2026-00003", "2026-04-01", "2026-04-30", "200.00"),
        ]
    );
}

#[test]
fn the_change_is_a_credit_note_for_the_old_lines_days_and_an_invoice_for_the_new_ones() {
    let mut env = plans();
    env.ok("subscription create --customer C1 --plan A --start 2026-03-01");
    env.ok("tick");
    env.at("2026-03-10");
    env.ok("subscription change SUB-0001 --plan B --on 2026-03-16");
    let note = env.json("invoice show CN-2026-00001");
    assert_eq!(note["credits_invoice"], "INV-2026-00001");
    assert_eq!(note["lines"][0]["item"], "SPACE");
    assert_eq!(note["lines"][0]["net"], "-51.61");
    assert_snapshot!(env.ok("invoice show INV-2026-00002"), @"
     number:            INV-2026-00002
     kind:              invoice
     status:            issued
     payment_status:    unpaid
     customer:          C1
     subscription:      SUB-0001
     issue_date:        2026-03-10
     due_date:          2026-04-15
     period_start:      2026-03-16
     period_end:        2026-03-31
     currency:          EUR
     net_total:         103.23
     tax_total:         0.00
     grand_total:       103.23
     outstanding:       103.23
     credits_invoice:
     customer_name:     Client One
     customer_address:
     sales_order:
     reason:

    lines:
     ITEM  DESCRIPTION               QTY  UOM      RATE    FACTOR     NET  VAT_RATE  PERIOD_START  PERIOD_END
     DESK  Fixed desk (16/31 jours)    1  month  200.00  0.516129  103.23         0    2026-03-16  2026-03-31

    vat:
     RATE    BASE   TAX
        0  103.23  0.00
    ");
}

#[test]
fn in_arrears_the_periods_invoice_carries_the_old_and_the_new_lines() {
    let mut env = plans();
    env.ok("subscription create --customer C1 --plan A --start 2026-03-01 --bill arrears");
    env.at("2026-03-10");
    assert_eq!(
        env.ok("subscription change SUB-0001 --plan B --on 2026-03-16"),
        ""
    );
    env.at("2026-04-01");
    env.ok("tick");
    let invoice = env.json("invoice show INV-2026-00001");
    let lines: Vec<(String, String, String, String)> = invoice["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let s = |k: &str| l[k].as_str().unwrap().to_string();
            (s("item"), s("period_start"), s("period_end"), s("net"))
        })
        .collect();
    assert_eq!(
        lines,
        [
            (
                "SPACE".into(),
                "2026-03-01".into(),
                "2026-03-15".into(),
                "48.39".into()
            ),
            (
                "DESK".into(),
                "2026-03-16".into(),
                "2026-03-31".into(),
                "103.23".into()
            ),
        ]
    );
    assert_eq!(invoice["grand_total"], "151.62");
    assert_eq!(documents(&env).len(), 1);
}

#[test]
fn without_a_day_the_change_waits_for_the_next_period_and_bills_nothing_at_once() {
    let mut env = plans();
    env.ok("subscription create --customer C1 --plan A --start 2026-03-01");
    env.ok("tick");
    env.at("2026-03-10");
    let run = env.run("subscription change SUB-0001 --plan B");
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "SUB-0001 changes on 2026-04-01; nothing to bill or credit now\n"
    );
    env.at("2026-04-01");
    env.ok("tick");
    assert_eq!(
        documents(&env),
        [
            doc("INV-2026-00001", "2026-03-01", "2026-03-31", "100.00"),
            doc("INV-2026-00002", "2026-04-01", "2026-04-30", "200.00"),
        ]
    );
}

#[test]
fn a_change_then_a_prorated_cancellation_bills_each_plan_for_its_days() {
    let mut env = plans();
    env.ok("subscription create --customer C1 --plan A --start 2026-03-01");
    env.ok("tick");
    env.at("2026-03-10");
    env.ok("subscription change SUB-0001 --plan B --on 2026-03-16");
    env.ok("subscription cancel SUB-0001 --on 2026-03-20 --prorate --yes");
    // A: 15/31 of 100.00 = 48.39; B: 5/31 of 200.00 = 32.26.
    assert_eq!(
        documents(&env),
        [
            doc("INV-2026-00001", "2026-03-01", "2026-03-31", "100.00"),
            doc("CN-2026-00001", "2026-03-16", "2026-03-31", "-51.61"),
            doc("INV-2026-00002", "2026-03-16", "2026-03-31", "103.23"),
            doc("CN-2026-00002", "2026-03-21", "2026-03-31", "-70.97"),
        ]
    );
    env.at("2026-04-01");
    assert_eq!(env.ok("tick"), "completed: 1\n");
    assert_eq!(documents(&env).len(), 4);
}

#[test]
fn a_cancellation_before_a_scheduled_change_leaves_the_new_lines_unbilled() {
    let mut env = plans();
    env.ok("subscription create --customer C1 --plan A --start 2026-03-01 --bill arrears");
    env.at("2026-03-10");
    env.ok("subscription change SUB-0001 --plan B --on 2026-03-16");
    env.ok("subscription cancel SUB-0001 --on 2026-03-12 --prorate --yes");
    env.at("2026-03-13");
    env.ok("tick");
    // 12/31 of 100.00; plan B never served.
    assert_eq!(
        documents(&env),
        [doc("INV-2026-00001", "2026-03-01", "2026-03-12", "38.71")]
    );
}

#[test]
fn a_change_of_interval_ends_the_run_the_day_before_and_starts_a_new_one() {
    let mut env = plans();
    env.ok("subscription create --customer C1 --plan A --start 2026-03-01");
    env.ok("tick");
    env.at("2026-03-10");
    env.ok("subscription change SUB-0001 --plan B --on 2026-03-16 --interval month --every 3");
    env.at("2026-03-16");
    env.ok("tick");
    env.at("2026-06-16");
    env.ok("tick");
    assert_eq!(
        documents(&env),
        [
            doc("INV-2026-00001", "2026-03-01", "2026-03-31", "100.00"),
            doc("CN-2026-00001", "2026-03-16", "2026-03-31", "-51.61"),
            doc("INV-2026-00002", "2026-03-16", "2026-06-15", "200.00"),
            doc("INV-2026-00003", "2026-06-16", "2026-09-15", "200.00"),
        ]
    );
    let sub = env.json("subscription show SUB-0001");
    assert_eq!(
        (sub["interval"].as_str(), sub["every"].as_u64()),
        (Some("month"), Some(3))
    );
    assert_eq!(sub["current_period_start"], "2026-06-16");
}

#[test]
fn a_change_of_interval_in_arrears_bills_the_old_runs_last_days_then_the_new_run() {
    let mut env = plans();
    env.ok("subscription create --customer C1 --plan A --start 2026-03-01 --bill arrears");
    env.at("2026-03-10");
    env.ok("subscription change SUB-0001 --interval week --every 2 --on 2026-03-16");
    env.at("2026-03-30");
    env.ok("tick");
    // The old run's last period is 03-01..03-15 (15/31 of 100.00); the new run bills
    // A's 100.00 per two weeks.
    assert_eq!(
        documents(&env),
        [
            doc("INV-2026-00001", "2026-03-01", "2026-03-15", "48.39"),
            doc("INV-2026-00002", "2026-03-16", "2026-03-29", "100.00"),
        ]
    );
}

#[test]
fn preview_shows_a_scheduled_change_splitting_its_period() {
    let env = plans();
    env.ok("subscription create --customer C1 --plan A --start 2026-03-01");
    env.ok("tick");
    env.ok("subscription change SUB-0001 --plan B --on 2026-04-16");
    assert_snapshot!(env.ok("subscription preview SUB-0001 --periods 2"), @"
    PERIOD_START  PERIOD_END      DUE_ON  FACTOR  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  ERROR  USAGE  DETAIL                                                   DISCOUNT  LINES
      2026-04-01  2026-04-30  2026-04-01       1     150.00       0.00       150.00          0.00  SPACE 15/30 from 2026-04-01, DESK 15/30 from 2026-04-16            SPACE 1 month × 100.00 × 15/30 = 50.00; DESK 1 month × 200.00 × 15/30 = 100.00
      2026-05-01  2026-05-31  2026-05-01       1     200.00       0.00       200.00          0.00                                                                     DESK 1 month × 200.00 = 200.00
    ");
}

#[test]
fn a_change_before_the_start_or_not_after_another_is_refused_and_changes_nothing() {
    let mut env = plans();
    env.ok("subscription create --customer C1 --plan A --start 2026-03-01");
    env.ok("tick");
    env.ok("subscription change SUB-0001 --plan B --on 2026-04-16");
    let before = env.dump();
    assert_eq!(
        env.fails(
            "subscription change SUB-0001 --plan A --on 2026-02-20",
            Exit::BadData
        ),
        "error: --on: 2026-02-20 is before the subscription's first billed day 2026-03-01"
    );
    assert_eq!(
        env.fails(
            "subscription change SUB-0001 --plan A --on 2026-04-10",
            Exit::Refused
        ),
        "error: subscription SUB-0001 already changes on 2026-04-16; a further change must come after that day"
    );
    env.fails(
        "subscription change SUB-0001 --plan NOPE --on 2026-05-01",
        Exit::NotFound,
    );
    env.fails("subscription change SUB-0001 --on 2026-05-01", Exit::Usage);
    env.fails(
        "subscription change SUB-0001 --interval month --on 2026-05-01",
        Exit::Usage,
    );
    assert_eq!(env.dump(), before);
    env.at("2026-04-01");
    env.ok("subscription cancel SUB-0001 --yes");
    env.at("2026-05-01");
    env.ok("tick");
    assert_eq!(
        env.fails(
            "subscription change SUB-0001 --plan A --on 2026-05-10",
            Exit::Refused
        ),
        "error: subscription SUB-0001 is cancelled; only a running subscription can change or pause"
    );
}

/// Changes and pauses on the first members of a demo book billed through 2026-02-15.
fn changed_book() -> TestEnv {
    let mut env = crate::safety::seeded(2500);
    env.at("2026-02-15");
    env.ok("tick -q");
    env.at("2026-02-20");
    for n in 1..=5 {
        env.ok(format!(
            "subscription change SUB-{n:04} --interval month --every 2 --on 2026-03-16"
        ));
    }
    for n in 6..=10 {
        env.ok(format!(
            "subscription pause SUB-{n:04} --from 2026-03-10 --until 2026-04-20"
        ));
    }
    env
}

#[test]
fn tick_killed_around_changes_and_pauses_ends_like_an_uninterrupted_run() {
    use crate::safety::{Lcg, assert_gapless, spawn_tick};
    const NOW: &str = "2026-05-15";
    let reference = changed_book();
    assert!(spawn_tick(&reference, NOW).wait().unwrap().success());
    let issued = assert_gapless(&reference);

    let subject = changed_book();
    let mut rng = Lcg(0xc4a6e);
    let mut interrupted = 0;
    for _ in 0..12 {
        let mut child = spawn_tick(&subject, NOW);
        std::thread::sleep(std::time::Duration::from_millis(rng.next_in(15, 160)));
        if child.try_wait().unwrap().is_none() {
            interrupted += 1;
        }
        child.kill().ok();
        child.wait().unwrap();
        assert_gapless(&subject);
    }
    assert!(
        interrupted >= 6,
        "only {interrupted} runs were killed mid-way"
    );
    assert!(spawn_tick(&subject, NOW).wait().unwrap().success());
    assert_eq!(assert_gapless(&subject), issued);
    assert!(
        crate::env::dump(&subject.db()) == crate::env::dump(&reference.db()),
        "the killed-and-resumed books differ from the reference"
    );
    // A changed member bills its new two-month run from 2026-03-16 (the next one is due
    // on 05-16); a paused one bills around its pause.
    let periods = |sub: &str| -> Vec<String> {
        reference
            .json(format!("invoice list --subscription {sub}").as_str())
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["kind"] == "invoice")
            .map(|i| {
                format!(
                    "{}..{}",
                    i["period_start"].as_str().unwrap(),
                    i["period_end"].as_str().unwrap()
                )
            })
            .collect()
    };
    assert_eq!(
        periods("SUB-0001"),
        [
            "2026-01-01..2026-01-31",
            "2026-02-01..2026-02-28",
            "2026-03-01..2026-03-15",
            "2026-03-16..2026-05-15"
        ]
    );
    assert_eq!(
        periods("SUB-0006"),
        [
            "2026-01-01..2026-01-31",
            "2026-02-01..2026-02-28",
            "2026-03-01..2026-03-09",
            "2026-04-21..2026-04-30",
            "2026-05-01..2026-05-31"
        ]
    );
}

#[test]
fn a_subscription_billed_as_drafts_changes_only_after_its_billed_periods() {
    let mut env = plans();
    env.ok("subscription create --customer C1 --plan A --start 2026-03-01 --draft-invoices");
    env.ok("tick");
    env.at("2026-03-10");
    let before = env.dump();
    assert_eq!(
        env.fails(
            "subscription change SUB-0001 --plan B --on 2026-03-16",
            Exit::Refused
        ),
        "error: subscription SUB-0001 bills through draft invoices and has a period billed through 2026-03-16 or later; change or pause it from a day after its billed periods"
    );
    assert_eq!(env.dump(), before);
    env.ok("subscription change SUB-0001 --plan B --on 2026-04-01");
}
