//! Coupons and manual discounts (issue 13 §2): a discount line per VAT rate named after the
//! coupon, for N periods or for ever, only on the plans named; never a negative invoice;
//! prorated and credited like the lines it is taken on.

use insta::assert_snapshot;

use crate::billing::{coworking, documents};
use crate::env::{Exit, TestEnv};

fn nets(env: &TestEnv) -> Vec<String> {
    env.json("invoice list")
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["net_total"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn twenty_percent_for_three_periods_bills_248_three_times_then_310() {
    let mut env = coworking();
    env.ok("coupon add WELCOME20 --percent 20 --periods 3");
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --coupon WELCOME20");
    for day in ["2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01"] {
        env.at(day);
        env.ok("tick");
    }
    assert_eq!(nets(&env), ["248.00", "248.00", "248.00", "310.00"]);
}

#[test]
fn the_discount_is_its_own_line_named_after_the_coupon() {
    let env = coworking();
    env.ok("coupon add WELCOME20 --percent 20 --periods 3");
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --coupon WELCOME20");
    env.ok("tick");
    assert_snapshot!(env.ok("invoice explain INV-2026-00001"), @"
    LINE  ITEM       PERIOD_START  PERIOD_END  DAYS  PERIOD_DAYS  FACTOR  QTY    RATE  UNROUNDED  ROUNDED  PRICE_SOURCE
       1  DESK         2026-01-01  2026-01-31    31           31       1    1  310.00     310.00   310.00  price list Standard
       2  WELCOME20    2026-01-01  2026-01-31    31           31       1    1  -62.00     -62.00   -62.00  coupon WELCOME20: 20 % of 310.00 at 20 % VAT
    ");
}

#[test]
fn preview_shows_the_discount_of_each_period() {
    let env = coworking();
    env.ok("coupon add WELCOME20 --percent 20 --periods 2");
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --coupon WELCOME20");
    assert_snapshot!(env.ok("subscription preview SUB-0001 --periods 3"), @"
    PERIOD_START  PERIOD_END      DUE_ON  FACTOR  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  ERROR  USAGE  DETAIL  DISCOUNT  LINES
      2026-01-01  2026-01-31  2026-01-01       1     248.00      49.60       297.60          0.00            -62.00  DESK 1 month × 310.00 = 310.00; WELCOME20 -62.00
      2026-02-01  2026-02-28  2026-02-01       1     248.00      49.60       297.60          0.00            -62.00  DESK 1 month × 310.00 = 310.00; WELCOME20 -62.00
      2026-03-01  2026-03-31  2026-03-01       1     310.00      62.00       372.00          0.00                    DESK 1 month × 310.00 = 310.00
    ");
}

#[test]
fn an_amount_is_split_across_vat_rates_in_proportion_and_sums_exactly() {
    let env = coworking();
    env.ok("coupon add FIFTY --amount 50.00");
    env.ok("subscription create --customer C1 --item DESK --item BOOK --start 2026-01-01 --coupon FIFTY");
    env.ok("tick");
    // 50.00 × 310/330 = 46.97 at 20 %, 50.00 × 20/330 = 3.03 at 5.5 %.
    assert_snapshot!(env.ok("invoice show INV-2026-00001 --format json"), @r#"
    {
      "number": "INV-2026-00001",
      "kind": "invoice",
      "status": "issued",
      "payment_status": "unpaid",
      "customer": "C1",
      "subscription": "SUB-0001",
      "issue_date": "2026-01-01",
      "due_date": "2026-01-31",
      "period_start": "2026-01-01",
      "period_end": "2026-01-31",
      "currency": "EUR",
      "net_total": "280.00",
      "tax_total": "53.54",
      "grand_total": "333.54",
      "outstanding": "333.54",
      "credits_invoice": null,
      "customer_name": "Client One",
      "customer_address": null,
      "sales_order": null,
      "reason": null,
      "lines": [
        {
          "item": "DESK",
          "description": "Dedicated desk",
          "qty": "1",
          "uom": "month",
          "rate": "310.00",
          "factor": "1",
          "net": "310.00",
          "vat_rate": "20",
          "period_start": "2026-01-01",
          "period_end": "2026-01-31"
        },
        {
          "item": "BOOK",
          "description": "Member handbook",
          "qty": "1",
          "uom": "unit",
          "rate": "20.00",
          "factor": "1",
          "net": "20.00",
          "vat_rate": "5.5",
          "period_start": "2026-01-01",
          "period_end": "2026-01-31"
        },
        {
          "item": "FIFTY",
          "description": "FIFTY (−50.00)",
          "qty": "1",
          "uom": "unit",
          "rate": "-46.97",
          "factor": "1",
          "net": "-46.97",
          "vat_rate": "20",
          "period_start": "2026-01-01",
          "period_end": "2026-01-31"
        },
        {
          "item": "FIFTY",
          "description": "FIFTY (−50.00)",
          "qty": "1",
          "uom": "unit",
          "rate": "-3.03",
          "factor": "1",
          "net": "-3.03",
          "vat_rate": "5.5",
          "period_start": "2026-01-01",
          "period_end": "2026-01-31"
        }
      ],
      "vat": [
        {
          "rate": "5.5",
          "base": "16.97",
          "tax": "0.93"
        },
        {
          "rate": "20",
          "base": "263.03",
          "tax": "52.61"
        }
      ]
    }
    "#);
}

#[test]
fn a_discount_larger_than_the_invoice_stops_at_zero() {
    let env = coworking();
    env.ok("coupon add BIG --amount 500.00 --periods 1");
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --coupon BIG");
    env.ok("tick");
    let invoice = &env.json("invoice list")[0];
    assert_eq!(
        (&invoice["net_total"], &invoice["grand_total"]),
        (&"0.00".into(), &"0.00".into())
    );
}

#[test]
fn cancelling_a_discounted_period_credits_the_discounted_amount_for_the_days_not_served() {
    let mut env = coworking();
    env.ok("coupon add WELCOME20 --percent 20 --periods 3");
    env.ok("subscription create --customer C1 --item DESK --start 2026-03-01 --coupon WELCOME20");
    env.at("2026-03-01");
    env.ok("tick");
    env.at("2026-03-05");
    env.ok("subscription cancel SUB-0001 --on 2026-03-10 --prorate --yes");
    // 248.00 billed; 248.00 × 10/31 = 80.00 served: 210.00 of desk credited, 42.00 of
    // discount given back, 168.00 net.
    assert_snapshot!(env.ok("invoice show CN-2026-00001"), @"
     number:            CN-2026-00001
     kind:              credit_note
     status:            issued
     payment_status:    paid
     customer:          C1
     subscription:      SUB-0001
     issue_date:        2026-03-05
     due_date:          2026-03-05
     period_start:      2026-03-11
     period_end:        2026-03-31
     currency:          EUR
     net_total:         -168.00
     tax_total:         -33.60
     grand_total:       -201.60
     outstanding:       0.00
     credits_invoice:   INV-2026-00001
     customer_name:     Client One
     customer_address:
     sales_order:
     reason:            Avoir pour résiliation de SUB-0001 au 10/03/2026

    lines:
     ITEM       DESCRIPTION                                                QTY  UOM      RATE    FACTOR      NET  VAT_RATE  PERIOD_START  PERIOD_END
     DESK       Dedicated desk — non servi du 11/03/2026 au 31/03/2026       1  month  310.00  0.677419  -210.00        20    2026-03-11  2026-03-31
     WELCOME20  WELCOME20 (−20 %) — non servi du 11/03/2026 au 31/03/2026    1  unit   -62.00  0.677419    42.00        20    2026-03-11  2026-03-31

    vat:
     RATE     BASE     TAX
       20  -168.00  -33.60
    ");
}

#[test]
fn a_prorated_last_period_bills_the_discounted_amount_pro_rata() {
    let mut env = coworking();
    env.ok("coupon add WELCOME20 --percent 20");
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --end 2026-01-10 --bill arrears --coupon WELCOME20");
    env.at("2026-01-11");
    env.ok("tick");
    // (310.00 − 62.00) × 10/31 = 80.00
    assert_eq!(nets(&env), ["80.00"]);
}

#[test]
fn a_coupon_for_one_plan_is_refused_on_another_and_changes_nothing() {
    let env = coworking();
    env.ok("plan add DESKPLAN --item DESK");
    env.ok("plan add BOOKPLAN --item BOOK");
    env.ok("coupon add DESKONLY --percent 10 --plan DESKPLAN");
    let before = env.dump();
    let err = env.fails(
        "subscription create --customer C1 --plan BOOKPLAN --start 2026-01-01 --coupon DESKONLY",
        Exit::Refused,
    );
    assert_snapshot!(err, @"error: coupon DESKONLY applies only to plan DESKPLAN; the subscription's plan is BOOKPLAN");
    assert_eq!(env.dump(), before);
    env.ok(
        "subscription create --customer C1 --plan DESKPLAN --start 2026-01-01 --coupon DESKONLY",
    );
    env.ok("tick");
    assert_eq!(nets(&env), ["279.00"]);
}

#[test]
fn a_disabled_coupon_is_refused_to_new_subscriptions_and_kept_by_those_that_carry_it() {
    let mut env = coworking();
    env.ok("coupon add WELCOME20 --percent 20");
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --coupon WELCOME20");
    env.ok("coupon disable WELCOME20");
    let err = env.fails(
        "subscription create --customer C1 --item DESK --start 2026-01-01 --coupon WELCOME20",
        Exit::Refused,
    );
    assert!(err.contains("coupon WELCOME20 is disabled"), "{err}");
    env.at("2026-02-01");
    env.ok("tick");
    assert_eq!(nets(&env), ["248.00", "248.00"]);
}

#[test]
fn a_coupon_past_its_last_day_is_refused() {
    let env = coworking();
    env.ok("coupon add XMAS --percent 10 --until 2025-12-31");
    let err = env.fails(
        "subscription create --customer C1 --item DESK --start 2026-01-01 --coupon XMAS",
        Exit::Refused,
    );
    assert!(err.contains("until 2025-12-31"), "{err}");
}

#[test]
fn a_coupon_added_by_edit_applies_from_the_next_period_billed() {
    let mut env = coworking();
    env.ok("coupon add LOYAL --percent 10 --periods 1");
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env.ok("tick");
    env.ok("subscription edit SUB-0001 --coupon LOYAL");
    assert_eq!(env.json("subscription show SUB-0001")["coupon"], "LOYAL");
    for day in ["2026-02-01", "2026-03-01"] {
        env.at(day);
        env.ok("tick");
    }
    assert_eq!(nets(&env), ["310.00", "279.00", "310.00"]);
}

#[test]
fn coupon_list_and_show_give_the_terms_and_the_subscriptions_carrying_it() {
    let env = coworking();
    env.ok("plan add DESKPLAN --item DESK");
    env.ok("coupon add WELCOME20 --percent 20 --periods 3 --plan DESKPLAN --until 2026-06-30");
    env.ok("coupon add FIFTY --amount 50");
    env.ok(
        "subscription create --customer C1 --plan DESKPLAN --start 2026-01-01 --coupon WELCOME20",
    );
    assert_snapshot!(env.ok("coupon list --format csv"), @"
    code,percent,amount,periods,plans,until,disabled
    FIFTY,,50.00,,,,false
    WELCOME20,20,,3,DESKPLAN,2026-06-30,false
    ");
    assert_snapshot!(env.ok("coupon show WELCOME20 --format json"), @r#"
    {
      "code": "WELCOME20",
      "percent": "20",
      "amount": null,
      "periods": 3,
      "plans": "DESKPLAN",
      "until": "2026-06-30",
      "disabled": false,
      "subscriptions": 1
    }
    "#);
    assert_eq!(env.json("subscription list")[0]["coupon"], "WELCOME20");
}

#[test]
fn bad_coupons_name_the_field_and_change_nothing() {
    let env = coworking();
    let before = env.dump();
    let err = env.fails("coupon add BAD --percent 120", Exit::BadData);
    assert!(err.contains("--percent"), "{err}");
    let err = env.fails("coupon add BAD --amount -5", Exit::BadData);
    assert!(err.contains("--amount"), "{err}");
    let err = env.fails("coupon add BAD --percent 10 --periods 0", Exit::BadData);
    assert!(err.contains("--periods"), "{err}");
    env.fails("coupon add BAD --percent 10 --amount 5", Exit::Usage);
    let err = env.fails("coupon add BAD --percent 10 --plan NOPE", Exit::NotFound);
    assert!(err.contains("plan NOPE does not exist"), "{err}");
    let err = env.fails(
        "subscription create --customer C1 --item DESK --start 2026-01-01 --coupon NOPE",
        Exit::NotFound,
    );
    assert!(err.contains("coupon NOPE does not exist"), "{err}");
    assert_eq!(env.dump(), before);
    env.ok("coupon add TEN --percent 10");
    let err = env.fails("coupon add TEN --percent 10", Exit::BadData);
    assert!(err.contains("TEN"), "{err}");
}

#[test]
fn a_manual_discount_line_with_a_negative_rate_is_allowed_on_a_one_off_invoice() {
    let env = coworking();
    env.ok("item add PROMO --name 'Remise'");
    env.ok("invoice create --customer C1 --item DESK --item PROMO@-50.00");
    assert_eq!(nets(&env), ["260.00"]);
}

#[test]
fn a_manual_discount_that_takes_the_invoice_below_zero_is_refused() {
    let env = coworking();
    env.ok("item add PROMO --name 'Remise'");
    let before = env.dump();
    let err = env.fails(
        "invoice create --customer C1 --item DESK --item PROMO@-400.00",
        Exit::Refused,
    );
    assert_snapshot!(err, @"error: the invoice would total -108.00: lines with a negative rate may discount it, not take it below zero");
    let err = env.fails(
        "order create --customer C1 --item DESK --item PROMO@-400.00",
        Exit::Refused,
    );
    assert!(err.contains("the order would total -108.00"), "{err}");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_manual_discount_line_on_a_subscription_bills_and_is_credited_on_cancellation() {
    let mut env = coworking();
    env.ok("item add PROMO --name 'Remise' --recurring");
    env.ok("subscription create --customer C1 --item DESK --item PROMO@-10.00 --start 2026-03-01");
    env.at("2026-03-01");
    env.ok("tick");
    env.at("2026-03-05");
    env.ok("subscription cancel SUB-0001 --on 2026-03-10 --prorate --yes");
    // Desk 310.00 − 100.00 (10/31) = 210.00 credited; of the −10.00 line, −3.23 (10/31)
    // stays and −6.77 is given back: 203.23 net credited, 96.77 net billed in the end.
    assert_eq!(nets(&env), ["300.00", "-203.23"]);
    assert_eq!(documents(&env).len(), 2);
}

#[test]
fn a_subscription_whose_fixed_lines_total_below_zero_is_refused() {
    let env = coworking();
    env.ok("item add PROMO --name 'Remise' --recurring");
    let before = env.dump();
    let err = env.fails(
        "subscription create --customer C1 --item DESK@100 --item PROMO@-150 --start 2026-01-01",
        Exit::Refused,
    );
    assert!(
        err.contains("would bill less than zero per period"),
        "{err}"
    );
    assert_eq!(env.dump(), before);
}
