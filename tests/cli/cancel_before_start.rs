//! Cancelling a subscription that has not started and billed nothing calls it off:
//! `cancelled` at once, nothing ever billed, whether or not `--on` is given, as long as
//! `--on` falls on or before its start.

use insta::assert_snapshot;

use crate::billing::{coworking, documents};
use crate::env::TestEnv;

/// SUB-0001: a desk by the month from 2026-02-01, created on 2026-01-01.
fn starting_in_february() -> TestEnv {
    let env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-02-01");
    env
}

fn status(env: &TestEnv) -> String {
    env.json("subscription show SUB-0001")["status"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn without_on_a_subscription_not_started_is_cancelled_outright_and_never_billed() {
    let mut env = starting_in_february();
    assert_snapshot!(env.run("cancel SUB-0001 --yes").transcript(), @r"
    --- stderr
    SUB-0001 cancelled before its start on 2026-02-01: nothing billed
    ");
    assert_eq!(status(&env), "cancelled");
    env.at("2026-06-01");
    assert_eq!(env.ok("tick"), "nothing due\n");
    assert!(documents(&env).is_empty());
    assert_eq!(status(&env), "cancelled");
}

#[test]
fn on_its_start_or_the_day_before_or_earlier_means_the_same() {
    for on in ["2026-02-01", "2026-01-31", "2026-01-10"] {
        let mut env = starting_in_february();
        let out = env.json(format!("cancel SUB-0001 --on {on} --yes"));
        assert_eq!(out["status"], "cancelled", "--on {on}");
        assert_eq!(out["credit_notes"].as_array().unwrap().len(), 0);
        env.at("2026-03-15");
        assert_eq!(env.ok("tick"), "nothing due\n", "--on {on}");
        assert!(documents(&env).is_empty(), "--on {on}");
    }
}

#[test]
fn on_after_its_start_it_is_cancelling_and_bills_up_to_that_day() {
    let mut env = starting_in_february();
    let out = env.json("cancel SUB-0001 --on 2026-02-14 --prorate --yes");
    assert_eq!(out["status"], "cancelling");
    env.at("2026-02-01");
    assert_eq!(env.ok("tick"), "invoices: 1\n");
    // 14 of February's 28 days.
    assert_eq!(documents(&env)[0].3, "186.00");
}

#[test]
fn a_desk_reserved_by_a_subscription_called_off_is_free_again() {
    let env = coworking();
    env.ok("location add LYON");
    env.ok("location capacity LYON DESK 1");
    let reserve =
        "subscription create --customer C1 --item DESK --start 2026-02-01 --reserve DESK@LYON";
    env.ok(reserve);
    env.ok("cancel SUB-0001 --yes");
    env.ok(reserve);
}
