//! Cancellation and proration (DESIGN §7): first day, last day, mid-period, backdated,
//! in advance and in arrears; restart.

use crate::billing::{coworking, documents};
use crate::env::TestEnv;

fn monthly(env: &TestEnv, start: &str, bill: &str) {
    env.ok(&[
        "subscription",
        "create",
        "--customer",
        "C1",
        "--item",
        "DESK",
        "--start",
        start,
        "--bill",
        bill,
    ]);
}

#[test]
fn design_example_in_advance_credits_210_for_the_days_not_served() {
    let mut env = coworking();
    monthly(&env, "2023-03-01", "advance");
    env.at("2023-03-05");
    env.ok("tick");
    assert_eq!(
        env.ok("subscription cancel SUB-0001 --on 2023-03-10 --prorate --yes"),
        "CN-2023-00001\n"
    );
    let note = env.json("invoice show CN-2023-00001");
    assert_eq!(note["net_total"], "-210.00");
    assert_eq!(note["credits_invoice"], "INV-2023-00001");
    assert_eq!(note["lines"][0]["period_start"], "2023-03-11");
    assert_eq!(note["lines"][0]["period_end"], "2023-03-31");
    let sub = env.json("subscription show SUB-0001");
    assert_eq!(sub["status"], "cancelling");
    assert_eq!(sub["end"], "2023-03-10");
    env.at("2023-03-11");
    assert_eq!(env.ok("tick"), "completed: 1\n");
    assert_eq!(
        env.json("subscription show SUB-0001")["status"],
        "cancelled"
    );
    assert_eq!(env.ok("tick"), "nothing due\n");
}

#[test]
fn design_example_in_arrears_bills_100_for_ten_days() {
    let mut env = coworking();
    monthly(&env, "2023-03-01", "arrears");
    env.at("2023-03-05");
    assert_eq!(
        env.ok("cancel SUB-0001 --on 2023-03-10 --prorate --yes"),
        ""
    );
    env.at("2023-03-11");
    assert_eq!(env.ok("tick"), "invoices: 1\ncompleted: 1\n");
    let docs = documents(&env);
    assert_eq!(
        docs,
        [(
            "INV-2023-00001".into(),
            "2023-03-01".into(),
            "2023-03-10".into(),
            "120.00".into()
        )]
    );
}

#[test]
fn in_arrears_without_proration_the_final_period_is_billed_in_full() {
    let mut env = coworking();
    monthly(&env, "2023-03-01", "arrears");
    env.ok("cancel SUB-0001 --on 2023-03-10 --yes");
    env.at("2023-03-11");
    env.ok("tick");
    assert_eq!(documents(&env)[0].3, "372.00");
}

#[test]
fn in_advance_a_period_not_yet_invoiced_is_invoiced_prorated() {
    let mut env = coworking();
    monthly(&env, "2023-03-01", "advance");
    env.at("2023-02-20");
    env.ok("cancel SUB-0001 --on 2023-03-10 --prorate --yes");
    env.at("2023-03-01");
    env.ok("tick");
    assert_eq!(documents(&env)[0].3, "120.00");
}

#[test]
fn cancelling_on_the_first_day_keeps_one_day() {
    let mut env = coworking();
    monthly(&env, "2023-03-01", "advance");
    env.at("2023-03-01");
    env.ok("tick");
    env.ok("cancel SUB-0001 --on 2023-03-01 --prorate --yes");
    assert_eq!(
        env.json("invoice show CN-2023-00001")["net_total"],
        "-300.00"
    );
}

#[test]
fn cancelling_on_the_last_day_of_the_period_credits_nothing() {
    let mut env = coworking();
    monthly(&env, "2023-03-01", "advance");
    env.at("2023-03-05");
    env.ok("tick");
    assert_eq!(
        env.ok("cancel SUB-0001 --on 2023-03-31 --prorate --yes"),
        ""
    );
    assert_eq!(documents(&env).len(), 1);
    env.at("2023-04-01");
    assert_eq!(env.ok("tick"), "completed: 1\n");
}

#[test]
fn without_on_the_subscription_ends_with_its_current_period() {
    let mut env = coworking();
    monthly(&env, "2023-03-01", "advance");
    env.at("2023-03-05");
    env.ok("tick");
    env.ok("cancel SUB-0001 --yes");
    assert_eq!(env.json("subscription show SUB-0001")["end"], "2023-03-31");
    assert_eq!(documents(&env).len(), 1);
}

#[test]
fn without_proration_the_period_holding_the_last_day_stays_billed_in_full() {
    let mut env = coworking();
    monthly(&env, "2023-03-01", "advance");
    env.at("2023-03-05");
    env.ok("tick");
    assert_eq!(env.ok("cancel SUB-0001 --on 2023-03-10 --yes"), "");
    assert_eq!(documents(&env).len(), 1);
}

#[test]
fn a_backdated_cancellation_across_two_billed_periods_credits_both() {
    let mut env = coworking();
    monthly(&env, "2023-03-01", "advance");
    env.at("2023-04-15");
    env.ok("tick");
    let out = env.ok("cancel SUB-0001 --on 2023-03-10 --prorate --yes");
    assert_eq!(out, "CN-2023-00001\nCN-2023-00002\n");
    let docs = documents(&env);
    assert_eq!(
        docs[2],
        (
            "CN-2023-00001".into(),
            "2023-03-11".into(),
            "2023-03-31".into(),
            "-252.00".into()
        )
    );
    assert_eq!(
        docs[3],
        (
            "CN-2023-00002".into(),
            "2023-04-01".into(),
            "2023-04-30".into(),
            "-372.00".into()
        )
    );
    // Net of credit notes: 100.00 + VAT for March, nothing for April.
    let invoices = env.json("invoice list");
    let total: i64 = invoices
        .as_array()
        .unwrap()
        .iter()
        .map(|i| cents(i["net_total"].as_str().unwrap()))
        .sum();
    assert_eq!(total, 10000);
}

#[test]
fn a_period_starting_after_the_last_day_is_credited_in_full_even_without_proration() {
    let mut env = coworking();
    monthly(&env, "2023-03-01", "advance");
    env.at("2023-04-15");
    env.ok("tick");
    assert_eq!(
        env.ok("cancel SUB-0001 --on 2023-03-10 --yes"),
        "CN-2023-00001\n"
    );
    assert_eq!(
        env.json("invoice show CN-2023-00001")["credits_invoice"],
        "INV-2023-00002"
    );
}

#[test]
fn cancellation_json_lists_the_credit_notes() {
    let mut env = coworking();
    monthly(&env, "2023-03-01", "advance");
    env.at("2023-03-05");
    env.ok("tick");
    let out = env.json("cancel SUB-0001 --on 2023-03-10 --prorate --yes");
    assert_eq!(out["subscription"], "SUB-0001");
    assert_eq!(out["status"], "cancelling");
    assert_eq!(out["end"], "2023-03-10");
    assert_eq!(out["credit_notes"][0]["number"], "CN-2023-00001");
    assert_eq!(out["credit_notes"][0]["grand_total"], "-252.00");
}

#[test]
fn draft_invoices_beyond_the_last_day_are_withdrawn_or_prorated_instead_of_credited() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2023-03-01 --draft-invoices");
    env.at("2023-04-15");
    env.ok("tick");
    env.ok("cancel SUB-0001 --on 2023-03-10 --prorate --yes");
    let docs = documents(&env);
    assert_eq!(
        docs,
        [(
            "draft:1".into(),
            "2023-03-01".into(),
            "2023-03-10".into(),
            "120.00".into()
        )]
    );
}

#[test]
fn bad_cancellations_are_refused_and_change_nothing() {
    let mut env = coworking();
    monthly(&env, "2023-03-01", "advance");
    env.at("2023-03-05");
    env.ok("tick");
    let before = env.dump();
    assert!(
        env.fails("cancel SUB-0001 --on 2023-02-28 --yes", 65)
            .contains("before the subscription's start")
    );
    assert!(
        env.fails("cancel SUB-0001 --on 2023-02-30 --yes", 65)
            .contains("--on")
    );
    assert!(
        env.fails("cancel SUB-0099 --yes", 66)
            .contains("subscription SUB-0099")
    );
    assert_eq!(env.dump(), before);
    env.ok("cancel SUB-0001 --on 2023-03-10 --yes");
    let before = env.dump();
    assert!(
        env.fails("cancel SUB-0001 --on 2023-03-10 --yes", 1)
            .contains("already cancelled")
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn restart_starts_a_new_run_of_periods() {
    let mut env = coworking();
    monthly(&env, "2023-03-01", "advance");
    env.at("2023-03-05");
    env.ok("tick");
    env.ok("cancel SUB-0001 --on 2023-03-31 --yes");
    assert!(
        env.fails("subscription restart SUB-0001 --on 2023-05-01", 1)
            .contains("cancelling")
    );
    env.at("2023-04-01");
    env.ok("tick");
    assert!(
        env.fails("subscription restart SUB-0001 --on 2023-03-15", 65)
            .contains("--on")
    );
    env.at("2023-05-20");
    env.ok("subscription restart SUB-0001 --on 2023-05-15");
    assert_eq!(env.json("subscription show SUB-0001")["status"], "active");
    env.ok("tick");
    let periods: Vec<_> = documents(&env)
        .into_iter()
        .map(|d| format!("{}..{}", d.1, d.2))
        .collect();
    assert_eq!(
        periods,
        ["2023-03-01..2023-03-31", "2023-05-15..2023-06-14"]
    );
}

fn cents(amount: &str) -> i64 {
    let negative = amount.starts_with('-');
    let digits: String = amount.chars().filter(|c| c.is_ascii_digit()).collect();
    let value: i64 = digits.parse().unwrap();
    if negative { -value } else { value }
}
