//! Subscriptions and the billing engine: periods, tick, catch-up, prices, VAT, numbering.

use insta::{assert_json_snapshot, assert_snapshot};
use serde_json::json;

use crate::env::{Exit, TestEnv};

/// A coworking space: VAT 20 % (default) and 5.5 %, a desk by the month at 310.00 in the
/// default list, a book at 5.5 %, and one customer C1. It is 2026-01-01.
pub fn coworking() -> TestEnv {
    let mut env = TestEnv::new();
    env.at("2026-01-01");
    env.ok("vat add TVA20 --rate 20 --default");
    env.ok("vat add TVA5.5 --rate 5.5");
    env.ok("uom add month");
    env.ok("item add DESK --name 'Dedicated desk' --uom month --recurring");
    env.ok("item add BOOK --name 'Member handbook' --vat-rate TVA5.5");
    env.ok("price-list add Standard --default");
    env.ok("price set DESK 310.00");
    env.ok("price set BOOK 20.00");
    env.ok("customer add C1 --name 'Client One'");
    env
}

/// (number, period_start, period_end, grand_total) of every document, in list order.
pub fn documents(env: &TestEnv) -> Vec<(String, String, String, String)> {
    env.json("invoice list")
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let s = |k: &str| i[k].as_str().unwrap_or("").to_string();
            (
                s("number"),
                s("period_start"),
                s("period_end"),
                s("grand_total"),
            )
        })
        .collect()
}

/// A terminal session: each command line as typed (`$ subs …`), then what it printed (see
/// [`crate::env::Run::transcript`]) — the text to snapshot when one state is looked at
/// through several commands.
pub fn session(env: &TestEnv, lines: &[&str]) -> String {
    lines
        .iter()
        .map(|line| format!("$ subs {line}\n{}", env.run(line).transcript()))
        .collect()
}

fn status(env: &TestEnv, subscription: &str) -> String {
    env.json(format!("subscription show {subscription}"))["status"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn create_prints_the_new_id_and_tick_bills_the_first_period() {
    let env = coworking();
    assert_eq!(
        env.ok("subscription create --customer C1 --item DESK --start 2026-01-01"),
        "SUB-0001\n"
    );
    assert_eq!(env.ok("tick"), "invoices: 1\n");
    assert_snapshot!(env.ok("invoice show INV-2026-00001"), @"
     number:            INV-2026-00001
     kind:              invoice
     status:            issued
     payment_status:    unpaid
     customer:          C1
     subscription:      SUB-0001
     issue_date:        2026-01-01
     due_date:          2026-01-31
     period_start:      2026-01-01
     period_end:        2026-01-31
     currency:          EUR
     net_total:         310.00
     tax_total:         62.00
     grand_total:       372.00
     outstanding:       372.00
     credits_invoice:
     customer_name:     Client One
     customer_address:
     sales_order:
     reason:

    lines:
     ITEM  DESCRIPTION     QTY  UOM      RATE  FACTOR     NET  VAT_RATE  PERIOD_START  PERIOD_END
     DESK  Dedicated desk    1  month  310.00       1  310.00        20    2026-01-01  2026-01-31

    vat:
     RATE    BASE    TAX
       20  310.00  62.00
    ");
}

#[test]
fn a_second_tick_at_the_same_moment_creates_nothing() {
    let env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env.ok("tick");
    let before = env.dump();
    assert_eq!(env.ok("tick"), "nothing due\n");
    assert_eq!(env.ok("tick -q"), "");
    assert_eq!(env.dump(), before);
}

#[test]
fn month_end_anchor_on_january_31_never_drifts() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2023-01-31");
    env.at("2023-05-01");
    env.ok("tick");
    assert_snapshot!(env.ok("invoice list"), @"
    NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
    INV-2023-00001  invoice  issued  unpaid          C1        SUB-0001      2023-05-01  2023-05-01    2023-01-31  2023-02-27  EUR          310.00      62.00       372.00       372.00
    INV-2023-00002  invoice  issued  unpaid          C1        SUB-0001      2023-05-01  2023-05-01    2023-02-28  2023-03-30  EUR          310.00      62.00       372.00       372.00
    INV-2023-00003  invoice  issued  unpaid          C1        SUB-0001      2023-05-01  2023-05-01    2023-03-31  2023-04-29  EUR          310.00      62.00       372.00       372.00
    INV-2023-00004  invoice  issued  unpaid          C1        SUB-0001      2023-05-01  2023-05-30    2023-04-30  2023-05-30  EUR          310.00      62.00       372.00       372.00
    ");
}

#[test]
fn month_end_anchors_on_january_30_and_29() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2023-01-30");
    env.ok("customer add C2 --name 'Client Two'");
    env.ok("subscription create --customer C2 --item DESK --start 2023-01-29");
    env.at("2023-03-31");
    env.ok("tick");
    assert_snapshot!(session(&env, &["invoice list --customer C1", "invoice list --customer C2"]), @"
    $ subs invoice list --customer C1
     NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
     INV-2023-00004  invoice  issued  unpaid          C1        SUB-0001      2023-03-31  2023-03-31    2023-01-30  2023-02-27  EUR          310.00      62.00       372.00       372.00
     INV-2023-00005  invoice  issued  unpaid          C1        SUB-0001      2023-03-31  2023-03-31    2023-02-28  2023-03-29  EUR          310.00      62.00       372.00       372.00
     INV-2023-00006  invoice  issued  unpaid          C1        SUB-0001      2023-03-31  2023-04-29    2023-03-30  2023-04-29  EUR          310.00      62.00       372.00       372.00
    $ subs invoice list --customer C2
     NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
     INV-2023-00001  invoice  issued  unpaid          C2        SUB-0002      2023-03-31  2023-03-31    2023-01-29  2023-02-27  EUR          310.00      62.00       372.00       372.00
     INV-2023-00002  invoice  issued  unpaid          C2        SUB-0002      2023-03-31  2023-03-31    2023-02-28  2023-03-28  EUR          310.00      62.00       372.00       372.00
     INV-2023-00003  invoice  issued  unpaid          C2        SUB-0002      2023-03-31  2023-04-28    2023-03-29  2023-04-28  EUR          310.00      62.00       372.00       372.00
    ");
}

#[test]
fn yearly_from_february_29_falls_on_february_28_then_back_to_29() {
    let mut env = coworking();
    env.ok("price set DESK 3000.00 --uom unit");
    env.ok("subscription create --customer C1 --item DESK@3000 --start 2024-02-29 --interval year");
    env.at("2028-03-01");
    env.ok("tick");
    assert_snapshot!(env.ok("invoice list"), @"
    NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
    INV-2028-00001  invoice  issued  unpaid          C1        SUB-0001      2028-03-01  2028-03-01    2024-02-29  2025-02-27  EUR         3000.00     600.00      3600.00      3600.00
    INV-2028-00002  invoice  issued  unpaid          C1        SUB-0001      2028-03-01  2028-03-01    2025-02-28  2026-02-27  EUR         3000.00     600.00      3600.00      3600.00
    INV-2028-00003  invoice  issued  unpaid          C1        SUB-0001      2028-03-01  2028-03-01    2026-02-28  2027-02-27  EUR         3000.00     600.00      3600.00      3600.00
    INV-2028-00004  invoice  issued  unpaid          C1        SUB-0001      2028-03-01  2028-03-01    2027-02-28  2028-02-28  EUR         3000.00     600.00      3600.00      3600.00
    INV-2028-00005  invoice  issued  unpaid          C1        SUB-0001      2028-03-01  2028-03-30    2028-02-29  2029-02-27  EUR         3000.00     600.00      3600.00      3600.00
    ");
}

#[test]
fn catch_up_after_downtime_bills_every_missed_period_oldest_first_with_gapless_numbers() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env.at("2026-04-20");
    assert_eq!(env.ok("tick"), "invoices: 4\n");
    // Each invoice is issued on the tick's date.
    assert_snapshot!(env.ok("invoice list"), @"
    NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
    INV-2026-00001  invoice  issued  unpaid          C1        SUB-0001      2026-04-20  2026-04-20    2026-01-01  2026-01-31  EUR          310.00      62.00       372.00       372.00
    INV-2026-00002  invoice  issued  unpaid          C1        SUB-0001      2026-04-20  2026-04-20    2026-02-01  2026-02-28  EUR          310.00      62.00       372.00       372.00
    INV-2026-00003  invoice  issued  unpaid          C1        SUB-0001      2026-04-20  2026-04-20    2026-03-01  2026-03-31  EUR          310.00      62.00       372.00       372.00
    INV-2026-00004  invoice  issued  unpaid          C1        SUB-0001      2026-04-20  2026-05-01    2026-04-01  2026-04-30  EUR          310.00      62.00       372.00       372.00
    ");
}

#[test]
fn in_arrears_a_period_is_invoiced_the_day_after_it_ends() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --bill arrears");
    env.at("2026-01-31");
    assert_eq!(env.ok("tick"), "nothing due\n");
    env.at("2026-02-01");
    assert_eq!(env.ok("tick"), "invoices: 1\n");
    assert_snapshot!(env.ok("invoice list"), @"
    NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
    INV-2026-00001  invoice  issued  unpaid          C1        SUB-0001      2026-02-01  2026-03-02    2026-01-01  2026-01-31  EUR          310.00      62.00       372.00       372.00
    ");
}

#[test]
fn due_date_is_period_start_or_end_plus_the_term_but_never_before_issue() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --days-until-due 10");
    env.ok("customer add C2 --name Two");
    env.ok("subscription create --customer C2 --item DESK --start 2026-01-01 --bill arrears --days-until-due 10");
    env.at("2026-02-01");
    env.ok("tick");
    // C1 in advance: max(issue 02-01, 01-01 + 10) = 02-01, then 02-01 + 10; C2 in arrears:
    // 01-31 + 10.
    assert_snapshot!(env.ok("invoice list"), @"
    NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
    INV-2026-00001  invoice  issued  unpaid          C1        SUB-0001      2026-02-01  2026-02-01    2026-01-01  2026-01-31  EUR          310.00      62.00       372.00       372.00
    INV-2026-00002  invoice  issued  unpaid          C1        SUB-0001      2026-02-01  2026-02-11    2026-02-01  2026-02-28  EUR          310.00      62.00       372.00       372.00
    INV-2026-00003  invoice  issued  unpaid          C2        SUB-0002      2026-02-01  2026-02-10    2026-01-01  2026-01-31  EUR          310.00      62.00       372.00       372.00
    ");
}

#[test]
fn trial_bills_nothing_through_its_end_and_anchors_on_the_next_day() {
    let mut env = coworking();
    env.ok(
        "subscription create --customer C1 --item DESK --start 2026-01-01 --trial-end 2026-01-14",
    );
    assert_eq!(status(&env, "SUB-0001"), "trialing");
    env.at("2026-01-14");
    assert_eq!(env.ok("tick"), "nothing due\n");
    env.at("2026-02-20");
    env.ok("tick");
    assert_snapshot!(env.ok("invoice list"), @"
    NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
    INV-2026-00001  invoice  issued  unpaid          C1        SUB-0001      2026-02-20  2026-02-20    2026-01-15  2026-02-14  EUR          310.00      62.00       372.00       372.00
    INV-2026-00002  invoice  issued  unpaid          C1        SUB-0001      2026-02-20  2026-03-17    2026-02-15  2026-03-14  EUR          310.00      62.00       372.00       372.00
    ");
    assert_eq!(status(&env, "SUB-0001"), "active");
}

#[test]
fn a_price_change_applies_from_the_period_that_starts_after_it() {
    let mut env = coworking();
    env.ok("price set DESK 330.00 --from 2026-02-15");
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env.at("2026-03-01");
    env.ok("tick");
    // Priced on each period's first day: January and February at 310, March at 330.
    assert_snapshot!(env.ok("invoice list"), @"
    NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
    INV-2026-00001  invoice  issued  unpaid          C1        SUB-0001      2026-03-01  2026-03-01    2026-01-01  2026-01-31  EUR          310.00      62.00       372.00       372.00
    INV-2026-00002  invoice  issued  unpaid          C1        SUB-0001      2026-03-01  2026-03-03    2026-02-01  2026-02-28  EUR          310.00      62.00       372.00       372.00
    INV-2026-00003  invoice  issued  unpaid          C1        SUB-0001      2026-03-01  2026-03-31    2026-03-01  2026-03-31  EUR          330.00      66.00       396.00       396.00
    ");
}

#[test]
fn a_customer_price_list_wins_over_the_default_list() {
    let env = coworking();
    env.ok("price-list add Association");
    env.ok("price set DESK 250.00 --list Association");
    env.ok("customer add ASSO --name Asso --price-list Association");
    env.ok("subscription create --customer ASSO --item DESK --start 2026-01-01");
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env.ok("tick");
    assert_snapshot!(env.ok("invoice list"), @"
    NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
    INV-2026-00001  invoice  issued  unpaid          ASSO      SUB-0001      2026-01-01  2026-01-31    2026-01-01  2026-01-31  EUR          250.00      50.00       300.00       300.00
    INV-2026-00002  invoice  issued  unpaid          C1        SUB-0002      2026-01-01  2026-01-31    2026-01-01  2026-01-31  EUR          310.00      62.00       372.00       372.00
    ");
    assert_snapshot!(env.ok("invoice explain INV-2026-00001"), @"
    LINE  ITEM  PERIOD_START  PERIOD_END  DAYS  PERIOD_DAYS  FACTOR  QTY    RATE  UNROUNDED  ROUNDED  PRICE_SOURCE
       1  DESK    2026-01-01  2026-01-31    31           31       1    1  250.00     250.00   250.00  price list Association
    ");
}

#[test]
fn a_fixed_rate_overrides_the_price_list() {
    let env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --item BOOK:2@12.50");
    env.ok("tick");
    assert_snapshot!(env.ok("invoice show INV-2026-00001"), @"
     number:            INV-2026-00001
     kind:              invoice
     status:            issued
     payment_status:    unpaid
     customer:          C1
     subscription:      SUB-0001
     issue_date:        2026-01-01
     due_date:          2026-01-31
     period_start:      2026-01-01
     period_end:        2026-01-31
     currency:          EUR
     net_total:         335.00
     tax_total:         63.38
     grand_total:       398.38
     outstanding:       398.38
     credits_invoice:
     customer_name:     Client One
     customer_address:
     sales_order:
     reason:

    lines:
     ITEM  DESCRIPTION      QTY  UOM      RATE  FACTOR     NET  VAT_RATE  PERIOD_START  PERIOD_END
     DESK  Dedicated desk     1  month  310.00       1  310.00        20    2026-01-01  2026-01-31
     BOOK  Member handbook    2  unit    12.50       1   25.00       5.5    2026-01-01  2026-01-31

    vat:
     RATE    BASE    TAX
      5.5   25.00   1.38
       20  310.00  62.00
    ");
}

#[test]
fn a_missing_price_fails_that_subscription_only_and_exits_3() {
    let env = coworking();
    env.ok("item add LOCKER --name Locker --recurring");
    env.ok("customer add C2 --name Two");
    env.ok("subscription create --customer C2 --item LOCKER --start 2026-01-01");
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    let run = env.run("tick");
    assert_eq!(run.code, i32::from(Exit::PartialFailure));
    assert_snapshot!(run.transcript(), @"
    invoices: 1
    --- stderr
    warning: INV-2026-00001 was issued to business customer C1 without SIREN or address: its e-invoice breaks the French rules (BR-FR) and a platform will refuse it; complete the customer (`subs customer edit C1 --siren … --address …`)
    error: SUB-0001: no price for LOCKER per unit in price list Standard on 2026-01-01; set one with `subs price set LOCKER RATE --list Standard`
    error: 1 of 2 units failed (each named above)
    --- exit 3
    ");
    assert_eq!(documents(&env).len(), 1);
    // The failure is reported in JSON too, and retried (and still failing) next time.
    let run = env.run("tick --format json");
    assert_eq!(run.code, i32::from(Exit::PartialFailure));
    assert_snapshot!(run.transcript(), @r#"
    {
      "now": "2026-01-01T00:00:00+01:00",
      "invoices": 0,
      "credit_notes": 0,
      "orders": 0,
      "payment_requests": 0,
      "emails": 0,
      "credits_granted": 0,
      "credits_expired": 0,
      "repeats": 0,
      "completed": 0,
      "charges": 0,
      "charges_declined": 0,
      "reminders": 0,
      "failed": [
        {
          "unit": "SUB-0001",
          "error": "no price for LOCKER per unit in price list Standard on 2026-01-01; set one with `subs price set LOCKER RATE --list Standard`"
        }
      ]
    }
    --- stderr
    error: SUB-0001: no price for LOCKER per unit in price list Standard on 2026-01-01; set one with `subs price set LOCKER RATE --list Standard`
    error: 1 of 1 units failed (each named above)
    --- exit 3
    "#);
    // Once priced, it catches up.
    env.ok("price set LOCKER 15.00");
    assert_eq!(env.ok("tick"), "invoices: 1\n");
}

#[test]
fn vat_at_20_and_5_5_percent_on_one_invoice() {
    let env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --item BOOK:3");
    env.ok("tick");
    assert_snapshot!(env.ok("invoice show INV-2026-00001"), @"
     number:            INV-2026-00001
     kind:              invoice
     status:            issued
     payment_status:    unpaid
     customer:          C1
     subscription:      SUB-0001
     issue_date:        2026-01-01
     due_date:          2026-01-31
     period_start:      2026-01-01
     period_end:        2026-01-31
     currency:          EUR
     net_total:         370.00
     tax_total:         65.30
     grand_total:       435.30
     outstanding:       435.30
     credits_invoice:
     customer_name:     Client One
     customer_address:
     sales_order:
     reason:

    lines:
     ITEM  DESCRIPTION      QTY  UOM      RATE  FACTOR     NET  VAT_RATE  PERIOD_START  PERIOD_END
     DESK  Dedicated desk     1  month  310.00       1  310.00        20    2026-01-01  2026-01-31
     BOOK  Member handbook    3  unit    20.00       1   60.00       5.5    2026-01-01  2026-01-31

    vat:
     RATE    BASE    TAX
      5.5   60.00   3.30
       20  310.00  62.00
    ");
}

#[test]
fn dry_run_shows_what_would_be_created_and_writes_nothing() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env.at("2026-02-10");
    let before = env.dump();
    let out = env.ok("tick --dry-run");
    assert_snapshot!(out, @r"
    would create invoice INV-2026-00001 for SUB-0001 2026-01-01..2026-01-31 372.00
    would create invoice INV-2026-00002 for SUB-0001 2026-02-01..2026-02-28 372.00
    invoices: 2
    ");
    assert_eq!(env.dump(), before);
    assert_eq!(env.json("tick --dry-run")["invoices"], 2);
}

#[test]
fn the_runaway_guard_skips_a_subscription_with_too_many_periods() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --interval day");
    env.at("2026-03-01");
    let run = env.run("tick");
    assert_eq!(run.code, i32::from(Exit::PartialFailure));
    assert_snapshot!(run.transcript(), @"
    --- stderr
    error: SUB-0001: 60 periods are due, more than --max-periods 24; nothing billed (run `subs tick --max-periods 60` to catch up)
    error: 1 of 1 units failed (each named above)
    --- exit 3
    ");
    assert!(documents(&env).is_empty());
    assert_eq!(env.ok("tick --max-periods 60"), "invoices: 60\n");
}

#[test]
fn tick_json_has_every_documented_field() {
    let env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    assert_snapshot!(env.ok("tick --format json"), @r#"
    {
      "now": "2026-01-01T00:00:00+01:00",
      "invoices": 1,
      "credit_notes": 0,
      "orders": 0,
      "payment_requests": 0,
      "emails": 0,
      "credits_granted": 0,
      "credits_expired": 0,
      "repeats": 0,
      "completed": 0,
      "charges": 0,
      "charges_declined": 0,
      "reminders": 0,
      "failed": []
    }
    "#);
}

#[test]
fn an_end_date_prorates_the_last_period_and_completes_the_subscription() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --end 2026-03-10");
    env.at("2026-03-11");
    assert_eq!(env.ok("tick"), "invoices: 3\ncompleted: 1\n");
    // March: 310 × 10/31 = 100 + VAT.
    assert_snapshot!(env.ok("invoice list"), @"
    NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
    INV-2026-00001  invoice  issued  unpaid          C1        SUB-0001      2026-03-11  2026-03-11    2026-01-01  2026-01-31  EUR          310.00      62.00       372.00       372.00
    INV-2026-00002  invoice  issued  unpaid          C1        SUB-0001      2026-03-11  2026-03-11    2026-02-01  2026-02-28  EUR          310.00      62.00       372.00       372.00
    INV-2026-00003  invoice  issued  unpaid          C1        SUB-0001      2026-03-11  2026-03-31    2026-03-01  2026-03-10  EUR          100.00      20.00       120.00       120.00
    ");
    assert_eq!(status(&env, "SUB-0001"), "completed");
}

#[test]
fn subscription_json_has_every_documented_field() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env.at("2026-01-15");
    env.ok("tick");
    assert_snapshot!(env.ok("subscription show SUB-0001 --format json"), @r#"
    {
      "id": "SUB-0001",
      "customer": "C1",
      "status": "active",
      "start": "2026-01-01",
      "end": null,
      "trial_end": null,
      "interval": "month",
      "every": 1,
      "bill": "advance",
      "current_period_start": "2026-01-01",
      "current_period_end": "2026-01-31",
      "next_invoice_date": "2026-02-01",
      "outstanding": "372.00",
      "plan": null,
      "payment_method": null,
      "paused": false,
      "pause_from": null,
      "pause_until": null,
      "coupon": null,
      "days_until_due": null,
      "draft_invoices": false,
      "with_order": false,
      "email_template": null,
      "cancelled_at": null,
      "gateway_customer": null,
      "gateway_payment_method": null,
      "lines": [
        {
          "item": "DESK",
          "qty": "1",
          "uom": "month",
          "rate": null,
          "price_source": "price list",
          "from": null,
          "until": null
        }
      ],
      "reservations": [],
      "usage": []
    }
    "#);
}

#[test]
fn subscription_list_filters_by_status() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env.at("2026-01-15");
    env.ok("tick");
    assert_snapshot!(env.ok("subscription list --status active"), @"
    ID        CUSTOMER  STATUS       START  END  TRIAL_END  INTERVAL  EVERY  BILL     CURRENT_PERIOD_START  CURRENT_PERIOD_END  NEXT_INVOICE_DATE  OUTSTANDING  PLAN  PAYMENT_METHOD  PAUSED  PAUSE_FROM  PAUSE_UNTIL  COUPON
    SUB-0001  C1        active  2026-01-01                  month         1  advance            2026-01-01          2026-01-31         2026-02-01       372.00                        false
    ");
    assert_eq!(env.json("subscription list --status cancelled"), json!([]));
}

#[test]
fn quarterly_billing_with_every_3_months() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2023-01-31 --every 3");
    env.at("2023-05-01");
    env.ok("tick");
    assert_snapshot!(env.ok("invoice list"), @"
    NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
    INV-2023-00001  invoice  issued  unpaid          C1        SUB-0001      2023-05-01  2023-05-01    2023-01-31  2023-04-29  EUR          310.00      62.00       372.00       372.00
    INV-2023-00002  invoice  issued  unpaid          C1        SUB-0001      2023-05-01  2023-05-30    2023-04-30  2023-07-30  EUR          310.00      62.00       372.00       372.00
    ");
}

#[test]
fn plans_bundle_lines_and_an_interval() {
    let env = coworking();
    env.ok("plan add RESIDENT --name Resident --item DESK --item BOOK:1@10.00 --interval month --every 1");
    assert_snapshot!(env.ok("plan show RESIDENT --format json"), @r#"
    {
      "code": "RESIDENT",
      "name": "Resident",
      "interval": "month",
      "every": 1,
      "lines": [
        {
          "item": "DESK",
          "qty": "1",
          "uom": "month",
          "rate": null
        },
        {
          "item": "BOOK",
          "qty": "1",
          "uom": "unit",
          "rate": "10.00"
        }
      ]
    }
    "#);
    env.ok("subscription create --customer C1 --plan RESIDENT --start 2026-01-01");
    env.ok("tick");
    assert_eq!(
        env.json("invoice show INV-2026-00001")["net_total"],
        "320.00"
    );
}

#[test]
fn an_unknown_plan_customer_subscription_or_invoice_is_not_found_and_named() {
    let env = coworking();
    for (line, named) in [
        ("plan show NOPE", "plan NOPE"),
        ("subscription check SUB-0099", "SUB-0099"),
        (
            "invoice create --customer NOPE --item BOOK",
            "customer NOPE",
        ),
        ("invoice show INV-2099-00001", "INV-2099-00001"),
        ("invoice list --customer NOPE", "NOPE"),
    ] {
        let error = env.fails(line, Exit::NotFound);
        assert!(error.contains(named), "{line}: {error}");
    }
}

#[test]
fn preview_prices_the_next_periods_without_writing() {
    let env = coworking();
    env.ok("price set DESK 330.00 --from 2026-03-01");
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    let before = env.dump();
    assert_snapshot!(env.ok("subscription preview SUB-0001 --periods 3 --format csv"), @"
    period_start,period_end,due_on,factor,net_total,tax_total,grand_total,error,usage,detail,discount,lines
    2026-01-01,2026-01-31,2026-01-01,1,310.00,62.00,372.00,,0.00,,,DESK 1 month × 310.00 = 310.00
    2026-02-01,2026-02-28,2026-02-01,1,310.00,62.00,372.00,,0.00,,,DESK 1 month × 310.00 = 310.00
    2026-03-01,2026-03-31,2026-03-01,1,330.00,66.00,396.00,,0.00,,,DESK 1 month × 330.00 = 330.00
    ");
    assert_eq!(env.dump(), before);
}

#[test]
fn subscription_check_brings_one_up_to_date() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env.ok("customer add C2 --name Two");
    env.ok("subscription create --customer C2 --item DESK --start 2026-01-01");
    env.at("2026-02-01");
    assert_eq!(env.ok("subscription check SUB-0002"), "invoices: 2\n");
    assert_eq!(env.json("invoice list --customer C1"), json!([]));
}

#[test]
fn draft_invoices_wait_to_be_issued_and_get_their_number_then() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --draft-invoices");
    env.ok("tick");
    assert_json_snapshot!(env.json("invoice list"), @r#"
    [
      {
        "number": "draft:1",
        "kind": "invoice",
        "status": "draft",
        "payment_status": "unpaid",
        "customer": "C1",
        "subscription": "SUB-0001",
        "issue_date": null,
        "due_date": null,
        "period_start": "2026-01-01",
        "period_end": "2026-01-31",
        "currency": "EUR",
        "net_total": "310.00",
        "tax_total": "62.00",
        "grand_total": "372.00",
        "outstanding": "372.00",
        "credits_invoice": null
      }
    ]
    "#);
    env.at("2026-01-03");
    assert_eq!(env.ok("invoice issue draft:1 --yes"), "INV-2026-00001\n");
    assert_eq!(
        env.json("invoice show INV-2026-00001")["issue_date"],
        "2026-01-03"
    );
    env.fails("invoice issue draft:1 --yes", Exit::NotFound);
    env.at("2026-02-01");
    env.ok("tick");
    assert_eq!(
        env.ok("invoice issue --all-drafts --yes"),
        "INV-2026-00002\n"
    );
}

#[test]
fn an_issued_invoice_cannot_be_changed_even_through_sqlite() {
    let env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env.ok("tick");
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    for sql in [
        "UPDATE invoices SET grand_total = 1 WHERE number = 'INV-2026-00001'",
        "UPDATE invoices SET customer_name = 'x' WHERE number = 'INV-2026-00001'",
        "DELETE FROM invoices WHERE number = 'INV-2026-00001'",
        "UPDATE invoice_lines SET net = 1",
        "DELETE FROM invoice_lines",
        "UPDATE invoice_vat SET tax = 0",
    ] {
        let err = conn.execute(sql, []).unwrap_err().to_string();
        assert!(err.contains("issued invoice cannot"), "{sql}: {err}");
    }
    // Payment state may change.
    conn.execute(
        "UPDATE invoices SET settled = 100 WHERE number = 'INV-2026-00001'",
        [],
    )
    .unwrap();
}

/// INV-2026-00001 (November), INV-2026-00002 (December) and INV-2027-00001 (January), each
/// issued on its period's first day by `tick`; it is then 2027-01-01.
fn billed_from_november_to_january() -> TestEnv {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-11-01");
    env.at("2026-12-01");
    env.ok("tick");
    env.at("2027-01-01");
    env.ok("tick");
    env
}

#[test]
fn numbers_restart_with_the_year_and_stay_chronological() {
    let env = billed_from_november_to_january();
    assert_snapshot!(env.ok("invoice list"), @"
    NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
    INV-2026-00001  invoice  issued  overdue         C1        SUB-0001      2026-12-01  2026-12-01    2026-11-01  2026-11-30  EUR          310.00      62.00       372.00       372.00
    INV-2026-00002  invoice  issued  overdue         C1        SUB-0001      2026-12-01  2026-12-31    2026-12-01  2026-12-31  EUR          310.00      62.00       372.00       372.00
    INV-2027-00001  invoice  issued  unpaid          C1        SUB-0001      2027-01-01  2027-01-31    2027-01-01  2027-01-31  EUR          310.00      62.00       372.00       372.00
    ");
}

#[test]
fn an_invoice_dated_before_the_last_one_of_its_series_is_refused() {
    let mut env = billed_from_november_to_january();
    env.at("2027-01-05");
    env.ok("invoice create --customer C1 --item BOOK");
    env.at("2027-01-04");
    let before = env.dump();
    let error = env.fails("invoice create --customer C1 --item BOOK", Exit::Refused);
    assert!(error.contains("chronological"), "{error}");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_series_pattern_numbers_by_its_own_year_and_counter() {
    let mut env = billed_from_november_to_january();
    env.at("2027-01-05");
    env.ok("invoice create --customer C1 --item BOOK");
    env.ok("config set invoice.series 'F{YY}-{####}'");
    env.at("2027-02-01");
    assert_eq!(
        env.ok("invoice create --customer C1 --item BOOK"),
        "F27-0001\n"
    );
}

#[test]
fn bad_subscription_input_is_refused_and_writes_nothing() {
    let env = coworking();
    let before = env.dump();
    #[rustfmt::skip]
    let cases = [
        ("--start 2026-03-01 --end 2026-02-01", Exit::BadData, "--end"),
        ("--start 2026-03-01 --trial-end 2026-02-01", Exit::BadData, "--trial-end"),
        ("--start 2026-03-01 --every 0", Exit::BadData, "--every"),
        ("--start 2026-03-01 --every -1", Exit::BadData, "--every"),
        ("--start 2026-02-30", Exit::BadData, "--start"),
        ("--plan NOPE", Exit::NotFound, "plan NOPE"),
        ("--item NOPE", Exit::NotFound, "item NOPE"),
        ("--item DESK:0", Exit::BadData, "quantity"),
        ("--item DESK@1.2345678", Exit::BadData, "rate"),
        ("--days-until-due -2", Exit::BadData, "--days-until-due"),
        ("--interval fortnight", Exit::Usage, "fortnight"),
    ];
    for (extra, code, named) in cases {
        let line = format!("subscription create --customer C1 --item DESK {extra}");
        let error = env.fails(&line, code);
        assert!(error.contains(named), "{line}: {error}");
    }
    let error = env.fails(
        "subscription create --customer NOPE --item DESK",
        Exit::NotFound,
    );
    assert!(error.contains("customer NOPE"), "{error}");
    let error = env.fails("subscription create --customer C1", Exit::Usage);
    assert!(error.contains("--item"), "{error}");
    assert_eq!(env.dump(), before);
}

#[test]
fn one_off_invoices_are_priced_today_and_issued_or_left_a_draft() {
    let env = coworking();
    assert_eq!(
        env.ok("invoice create --customer C1 --item BOOK:2 --item DESK@100"),
        "INV-2026-00001\n"
    );
    assert_snapshot!(env.ok("invoice show INV-2026-00001 --format json"), @r#"
    {
      "number": "INV-2026-00001",
      "kind": "invoice",
      "status": "issued",
      "payment_status": "unpaid",
      "customer": "C1",
      "subscription": null,
      "issue_date": "2026-01-01",
      "due_date": "2026-01-31",
      "period_start": null,
      "period_end": null,
      "currency": "EUR",
      "net_total": "140.00",
      "tax_total": "22.20",
      "grand_total": "162.20",
      "outstanding": "162.20",
      "credits_invoice": null,
      "customer_name": "Client One",
      "customer_address": null,
      "sales_order": null,
      "reason": null,
      "lines": [
        {
          "item": "BOOK",
          "description": "Member handbook",
          "qty": "2",
          "uom": "unit",
          "rate": "20.00",
          "factor": "1",
          "net": "40.00",
          "vat_rate": "5.5",
          "period_start": null,
          "period_end": null
        },
        {
          "item": "DESK",
          "description": "Dedicated desk",
          "qty": "1",
          "uom": "month",
          "rate": "100.00",
          "factor": "1",
          "net": "100.00",
          "vat_rate": "20",
          "period_start": null,
          "period_end": null
        }
      ],
      "vat": [
        {
          "rate": "5.5",
          "base": "40.00",
          "tax": "2.20"
        },
        {
          "rate": "20",
          "base": "100.00",
          "tax": "20.00"
        }
      ]
    }
    "#);
    assert_eq!(
        env.ok("invoice create --customer C1 --item BOOK --draft"),
        "draft:2\n"
    );
}

#[test]
fn a_full_credit_note_mirrors_the_invoice_and_marks_it_credited() {
    let env = coworking();
    env.ok("invoice create --customer C1 --item BOOK:2 --item DESK");
    assert_eq!(
        env.ok("invoice credit INV-2026-00001 --reason 'cancelled order' --yes"),
        "CN-2026-00001\n"
    );
    assert_snapshot!(env.ok("invoice list"), @"
    NUMBER          KIND         STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
    INV-2026-00001  invoice      issued  credited        C1                      2026-01-01  2026-01-31                            EUR          350.00      64.20       414.20         0.00
    CN-2026-00001   credit_note  issued  paid            C1                      2026-01-01  2026-01-01                            EUR         -350.00     -64.20      -414.20         0.00  INV-2026-00001
    ");
    assert_eq!(
        env.json("invoice show CN-2026-00001")["reason"],
        "cancelled order"
    );
    let error = env.fails("invoice credit INV-2026-00001 --yes", Exit::Refused);
    assert!(error.contains("fully credited"), "{error}");
}

/// INV-2026-00001: five books (100.00 at 5.5 %) and a desk at 100.00 (20 %), 150.00 net.
fn books_and_a_desk() -> TestEnv {
    let env = coworking();
    env.ok("invoice create --customer C1 --item BOOK:5 --item DESK@100");
    env
}

#[test]
fn a_partial_credit_is_split_across_vat_rates() {
    let env = books_and_a_desk();
    env.ok("invoice credit INV-2026-00001 --amount 50.00 --yes");
    assert_snapshot!(env.ok("invoice show CN-2026-00001"), @"
     number:            CN-2026-00001
     kind:              credit_note
     status:            issued
     payment_status:    paid
     customer:          C1
     subscription:
     issue_date:        2026-01-01
     due_date:          2026-01-01
     period_start:
     period_end:
     currency:          EUR
     net_total:         -50.00
     tax_total:         -6.38
     grand_total:       -56.38
     outstanding:       0.00
     credits_invoice:   INV-2026-00001
     customer_name:     Client One
     customer_address:
     sales_order:
     reason:            Avoir sur la facture INV-2026-00001

    lines:
     ITEM    DESCRIPTION                                      QTY  UOM    RATE  FACTOR     NET  VAT_RATE  PERIOD_START  PERIOD_END
     CREDIT  Avoir sur la facture INV-2026-00001 (TVA 5.5 %)    1  unit  25.00       1  -25.00       5.5
     CREDIT  Avoir sur la facture INV-2026-00001 (TVA 20 %)     1  unit  25.00       1  -25.00        20

    vat:
     RATE    BASE    TAX
      5.5  -25.00  -1.38
       20  -25.00  -5.00
    ");
    // Partly credited, no money in: unpaid (payment status counts money only).
    assert_snapshot!(env.ok("invoice list"), @"
    NUMBER          KIND         STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
    INV-2026-00001  invoice      issued  unpaid          C1                      2026-01-01  2026-01-31                            EUR          200.00      25.50       225.50       169.12
    CN-2026-00001   credit_note  issued  paid            C1                      2026-01-01  2026-01-01                            EUR          -50.00      -6.38       -56.38         0.00  INV-2026-00001
    ");
}

#[test]
fn a_credit_is_bounded_by_what_is_left_to_credit() {
    let env = books_and_a_desk();
    env.ok("invoice credit INV-2026-00001 --amount 50.00 --yes");
    let error = env.fails(
        "invoice credit INV-2026-00001 --amount 150.01 --yes",
        Exit::BadData,
    );
    assert!(error.contains("--amount"), "{error}");
    env.ok("invoice credit INV-2026-00001 --yes");
    assert_eq!(
        env.json("invoice show INV-2026-00001")["payment_status"],
        "credited"
    );
    let error = env.fails(
        "invoice credit INV-2026-00001 --amount 0 --yes",
        Exit::BadData,
    );
    assert!(error.contains("--amount"), "{error}");
}

#[test]
fn explain_shows_how_each_line_was_computed() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --end 2026-01-10");
    env.at("2026-01-11");
    env.ok("tick");
    assert_snapshot!(env.ok("invoice explain INV-2026-00001 --format json"), @r#"
    [
    {"line":1,"item":"DESK","period_start":"2026-01-01","period_end":"2026-01-10","days":10,"period_days":31,"factor":"0.322581","qty":"1","rate":"310.00","unrounded":"100.00","rounded":"100.00","price_source":"price list Standard"}
    ]
    "#);
}

#[test]
fn invoice_list_filters_by_customer_status_and_dates() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env.at("2026-03-05");
    env.ok("tick");
    // Due dates are never before the issue date (03-05): January and February fall due
    // then, March on 03-31.
    env.at("2026-03-20");
    assert_snapshot!(session(&env, &[
        "invoice list --status overdue",
        "invoice list --status unpaid",
        "invoice list --from 2026-03-06",
        "invoice list --from 2026-03-05 --to 2026-03-05",
        "invoice list --subscription SUB-0001",
    ]), @"
    $ subs invoice list --status overdue
     NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
     INV-2026-00001  invoice  issued  overdue         C1        SUB-0001      2026-03-05  2026-03-05    2026-01-01  2026-01-31  EUR          310.00      62.00       372.00       372.00
     INV-2026-00002  invoice  issued  overdue         C1        SUB-0001      2026-03-05  2026-03-05    2026-02-01  2026-02-28  EUR          310.00      62.00       372.00       372.00
    $ subs invoice list --status unpaid
     NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
     INV-2026-00003  invoice  issued  unpaid          C1        SUB-0001      2026-03-05  2026-03-31    2026-03-01  2026-03-31  EUR          310.00      62.00       372.00       372.00
    $ subs invoice list --from 2026-03-06
    $ subs invoice list --from 2026-03-05 --to 2026-03-05
     NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
     INV-2026-00001  invoice  issued  overdue         C1        SUB-0001      2026-03-05  2026-03-05    2026-01-01  2026-01-31  EUR          310.00      62.00       372.00       372.00
     INV-2026-00002  invoice  issued  overdue         C1        SUB-0001      2026-03-05  2026-03-05    2026-02-01  2026-02-28  EUR          310.00      62.00       372.00       372.00
     INV-2026-00003  invoice  issued  unpaid          C1        SUB-0001      2026-03-05  2026-03-31    2026-03-01  2026-03-31  EUR          310.00      62.00       372.00       372.00
    $ subs invoice list --subscription SUB-0001
     NUMBER          KIND     STATUS  PAYMENT_STATUS  CUSTOMER  SUBSCRIPTION  ISSUE_DATE    DUE_DATE  PERIOD_START  PERIOD_END  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  OUTSTANDING  CREDITS_INVOICE
     INV-2026-00001  invoice  issued  overdue         C1        SUB-0001      2026-03-05  2026-03-05    2026-01-01  2026-01-31  EUR          310.00      62.00       372.00       372.00
     INV-2026-00002  invoice  issued  overdue         C1        SUB-0001      2026-03-05  2026-03-05    2026-02-01  2026-02-28  EUR          310.00      62.00       372.00       372.00
     INV-2026-00003  invoice  issued  unpaid          C1        SUB-0001      2026-03-05  2026-03-31    2026-03-01  2026-03-31  EUR          310.00      62.00       372.00       372.00
    ");
}

#[test]
fn invoice_list_refuses_an_unknown_status() {
    let env = coworking();
    let error = env.fails("invoice list --status lost", Exit::BadData);
    assert!(error.contains("--status"), "{error}");
}
