//! Cancellation and proration (DESIGN §7): first day, last day, mid-period, backdated,
//! in advance and in arrears; restart.

use insta::assert_snapshot;

use crate::billing::{coworking, documents};
use crate::env::{Exit, TestEnv};

fn status(env: &TestEnv) -> String {
    env.json("subscription show SUB-0001")["status"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn design_example_in_advance_credits_210_for_the_days_not_served() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2023-03-01 --bill advance");
    env.at("2023-03-05");
    env.ok("tick");
    assert_eq!(
        env.ok("subscription cancel SUB-0001 --on 2023-03-10 --prorate --yes"),
        "CN-2023-00001\n"
    );
    assert_snapshot!(env.ok("invoice show CN-2023-00001"), @"
     number:            CN-2023-00001
     kind:              credit_note
     status:            issued
     payment_status:    paid
     customer:          C1
     subscription:      SUB-0001
     issue_date:        2023-03-05
     due_date:          2023-03-05
     period_start:      2023-03-11
     period_end:        2023-03-31
     currency:          EUR
     net_total:         -210.00
     tax_total:         -42.00
     grand_total:       -252.00
     outstanding:       0.00
     credits_invoice:   INV-2023-00001
     customer_name:     Client One
     customer_address:
     sales_order:
     reason:            Avoir pour résiliation de SUB-0001 au 10/03/2023

    lines:
     ITEM  DESCRIPTION                                             QTY  UOM      RATE    FACTOR      NET  VAT_RATE  PERIOD_START  PERIOD_END
     DESK  Dedicated desk — non servi du 11/03/2023 au 31/03/2023    1  month  310.00  0.677419  -210.00        20    2023-03-11  2023-03-31

    vat:
     RATE     BASE     TAX
       20  -210.00  -42.00
    ");
    let sub = env.json("subscription show SUB-0001");
    assert_eq!(sub["status"], "cancelling");
    assert_eq!(sub["end"], "2023-03-10");
    env.at("2023-03-11");
    assert_eq!(env.ok("tick"), "completed: 1\n");
    assert_eq!(status(&env), "cancelled");
    assert_eq!(env.ok("tick"), "nothing due\n");
}

#[test]
fn design_example_in_arrears_bills_100_for_ten_days() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2023-03-01 --bill arrears");
    env.at("2023-03-05");
    assert_eq!(
        env.ok("cancel SUB-0001 --on 2023-03-10 --prorate --yes"),
        ""
    );
    env.at("2023-03-11");
    assert_eq!(env.ok("tick"), "invoices: 1\ncompleted: 1\n");
    assert_snapshot!(env.ok("invoice list"), @"
    NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
    INV-2023-00001  invoice  issued  unpaid          C1        SUB-0001      2023-03-11  2023-04-09    2023-03-01  2023-03-10  EUR          100.00      20.00       120.00       120.00
    ");
}

#[test]
fn in_arrears_without_proration_the_final_period_is_billed_in_full() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2023-03-01 --bill arrears");
    env.ok("cancel SUB-0001 --on 2023-03-10 --yes");
    env.at("2023-03-11");
    env.ok("tick");
    assert_snapshot!(env.ok("invoice list"), @"
    NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
    INV-2023-00001  invoice  issued  unpaid          C1        SUB-0001      2023-03-11  2023-04-09    2023-03-01  2023-03-10  EUR          310.00      62.00       372.00       372.00
    ");
}

#[test]
fn in_advance_a_period_not_yet_invoiced_is_invoiced_prorated() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2023-03-01 --bill advance");
    env.at("2023-02-20");
    env.ok("cancel SUB-0001 --on 2023-03-10 --prorate --yes");
    env.at("2023-03-01");
    env.ok("tick");
    assert_snapshot!(env.ok("invoice list"), @"
    NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
    INV-2023-00001  invoice  issued  unpaid          C1        SUB-0001      2023-03-01  2023-03-31    2023-03-01  2023-03-10  EUR          100.00      20.00       120.00       120.00
    ");
}

#[test]
fn cancelling_on_the_first_day_keeps_one_day() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2023-03-01 --bill advance");
    env.at("2023-03-01");
    env.ok("tick");
    env.ok("cancel SUB-0001 --on 2023-03-01 --prorate --yes");
    assert_snapshot!(env.ok("invoice list"), @"
    NUMBER          KIND         STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
    INV-2023-00001  invoice      issued  unpaid          C1        SUB-0001      2023-03-01  2023-03-31    2023-03-01  2023-03-31  EUR          310.00      62.00       372.00        12.00
    CN-2023-00001   credit_note  issued  paid            C1        SUB-0001      2023-03-01  2023-03-01    2023-03-02  2023-03-31  EUR         -300.00     -60.00      -360.00         0.00  INV-2023-00001
    ");
}

#[test]
fn cancelling_on_the_last_day_of_the_period_credits_nothing() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2023-03-01 --bill advance");
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
    env.ok("subscription create --customer C1 --item DESK --start 2023-03-01 --bill advance");
    env.at("2023-03-05");
    env.ok("tick");
    env.ok("cancel SUB-0001 --yes");
    assert_eq!(env.json("subscription show SUB-0001")["end"], "2023-03-31");
    assert_eq!(documents(&env).len(), 1);
}

#[test]
fn without_proration_the_period_holding_the_last_day_stays_billed_in_full() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2023-03-01 --bill advance");
    env.at("2023-03-05");
    env.ok("tick");
    assert_eq!(env.ok("cancel SUB-0001 --on 2023-03-10 --yes"), "");
    assert_eq!(documents(&env).len(), 1);
}

#[test]
fn a_backdated_cancellation_across_two_billed_periods_credits_both() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2023-03-01 --bill advance");
    env.at("2023-04-15");
    env.ok("tick");
    let out = env.ok("cancel SUB-0001 --on 2023-03-10 --prorate --yes");
    assert_eq!(out, "CN-2023-00001\nCN-2023-00002\n");
    assert_snapshot!(env.ok("invoice list"), @"
    NUMBER          KIND         STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
    INV-2023-00001  invoice      issued  unpaid          C1        SUB-0001      2023-04-15  2023-04-15    2023-03-01  2023-03-31  EUR          310.00      62.00       372.00       120.00
    INV-2023-00002  invoice      issued  credited        C1        SUB-0001      2023-04-15  2023-05-01    2023-04-01  2023-04-30  EUR          310.00      62.00       372.00         0.00
    CN-2023-00001   credit_note  issued  paid            C1        SUB-0001      2023-04-15  2023-04-15    2023-03-11  2023-03-31  EUR         -210.00     -42.00      -252.00         0.00  INV-2023-00001
    CN-2023-00002   credit_note  issued  paid            C1        SUB-0001      2023-04-15  2023-04-15    2023-04-01  2023-04-30  EUR         -310.00     -62.00      -372.00         0.00  INV-2023-00002
    ");
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
    env.ok("subscription create --customer C1 --item DESK --start 2023-03-01 --bill advance");
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
    env.ok("subscription create --customer C1 --item DESK --start 2023-03-01 --bill advance");
    env.at("2023-03-05");
    env.ok("tick");
    assert_snapshot!(env.ok("cancel SUB-0001 --on 2023-03-10 --prorate --yes --format json"), @r#"
    {
      "subscription": "SUB-0001",
      "status": "cancelling",
      "end": "2023-03-10",
      "prorate": true,
      "credit_notes": [
        {
          "number": "CN-2023-00001",
          "corrects": "INV-2023-00001",
          "grand_total": "-252.00"
        }
      ],
      "adjusted": [],
      "dry_run": false
    }
    "#);
}

#[test]
fn draft_invoices_beyond_the_last_day_are_withdrawn_or_prorated_instead_of_credited() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2023-03-01 --draft-invoices");
    env.at("2023-04-15");
    env.ok("tick");
    env.ok("cancel SUB-0001 --on 2023-03-10 --prorate --yes");
    assert_snapshot!(env.ok("invoice list"), @"
    NUMBER   KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE  DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
    draft:1  invoice  draft   unpaid          C1        SUB-0001                              2023-03-01  2023-03-10  EUR          100.00      20.00       120.00       120.00
    ");
}

#[test]
fn bad_cancellations_are_refused_and_change_nothing() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2023-03-01 --bill advance");
    env.at("2023-03-05");
    env.ok("tick");
    let before = env.dump();
    #[rustfmt::skip]
    let cases = [
        ("cancel SUB-0001 --on 2023-02-28 --yes", Exit::BadData, "before the subscription's start"),
        ("cancel SUB-0001 --on 2023-02-30 --yes", Exit::BadData, "--on"),
        ("cancel SUB-0099 --yes", Exit::NotFound, "subscription SUB-0099"),
    ];
    for (line, code, named) in cases {
        let error = env.fails(line, code);
        assert!(error.contains(named), "{line}: {error}");
    }
    assert_eq!(env.dump(), before);
    env.ok("cancel SUB-0001 --on 2023-03-10 --yes");
    let before = env.dump();
    let error = env.fails("cancel SUB-0001 --on 2023-03-10 --yes", Exit::Refused);
    assert!(error.contains("already cancelled"), "{error}");
    assert_eq!(env.dump(), before);
}

/// SUB-0001, a desk billed in advance from 2023-03-01, cancelled on 2023-03-05 to end with
/// March (invoiced on 2023-03-05).
fn ending_with_march() -> TestEnv {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2023-03-01 --bill advance");
    env.at("2023-03-05");
    env.ok("tick");
    env.ok("cancel SUB-0001 --on 2023-03-31 --yes");
    env
}

#[test]
fn restart_is_refused_while_cancelling_and_before_the_end() {
    let mut env = ending_with_march();
    let before = env.dump();
    let error = env.fails(
        "subscription restart SUB-0001 --on 2023-05-01",
        Exit::Refused,
    );
    assert!(error.contains("cancelling"), "{error}");
    assert_eq!(env.dump(), before);
    env.at("2023-04-01");
    env.ok("tick");
    let before = env.dump();
    let error = env.fails(
        "subscription restart SUB-0001 --on 2023-03-15",
        Exit::BadData,
    );
    assert!(error.contains("--on"), "{error}");
    assert_eq!(env.dump(), before);
}

#[test]
fn restart_starts_a_new_run_of_periods() {
    let mut env = ending_with_march();
    env.at("2023-04-01");
    env.ok("tick");
    env.at("2023-05-20");
    env.ok("subscription restart SUB-0001 --on 2023-05-15");
    assert_eq!(status(&env), "active");
    env.ok("tick");
    assert_snapshot!(env.ok("invoice list"), @"
    NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
    INV-2023-00001  invoice  issued  overdue         C1        SUB-0001      2023-03-05  2023-03-31    2023-03-01  2023-03-31  EUR          310.00      62.00       372.00       372.00
    INV-2023-00002  invoice  issued  unpaid          C1        SUB-0001      2023-05-20  2023-06-14    2023-05-15  2023-06-14  EUR          310.00      62.00       372.00       372.00
    ");
}

fn cents(amount: &str) -> i64 {
    let negative = amount.starts_with('-');
    let digits: String = amount.chars().filter(|c| c.is_ascii_digit()).collect();
    let value: i64 = digits.parse().unwrap();
    if negative { -value } else { value }
}
