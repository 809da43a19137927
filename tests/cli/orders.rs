//! Sales orders: per-period orders of a subscription, and orders confirmed into
//! subscriptions.

use insta::assert_snapshot;

use crate::billing::{coworking, documents};
use crate::env::{Exit, TestEnv};

#[test]
fn with_order_tick_makes_one_order_per_period_to_invoice() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --with-order");
    env.at("2026-02-10");
    assert_eq!(env.ok("tick"), "orders: 2\n");
    assert!(documents(&env).is_empty());
    assert_snapshot!(env.ok("order list --subscription SUB-0001"), @"
    ID       CUSTOMER        DATE  STATUS      SUBSCRIPTION  PERIOD_START  PERIOD_END  INVOICE  CURRENCY  NET_TOTAL
    SO-0001  C1        2026-02-10  to_invoice  SUB-0001        2026-01-01  2026-01-31           EUR          310.00
    SO-0002  C1        2026-02-10  to_invoice  SUB-0001        2026-02-01  2026-02-28           EUR          310.00
    ");
    assert_eq!(env.ok("order invoice SO-0001"), "INV-2026-00001\n");
    assert_snapshot!(env.ok("order show SO-0001"), @"
     id:            SO-0001
     customer:      C1
     date:          2026-02-10
     status:        invoiced
     subscription:  SUB-0001
     period_start:  2026-01-01
     period_end:    2026-01-31
     invoice:       INV-2026-00001
     currency:      EUR
     net_total:     310.00

    lines:
     ITEM  DESCRIPTION     QTY  UOM      RATE     NET  VAT_RATE  PERIOD_START  PERIOD_END  RECURRING  SUBSCRIPTION
     DESK  Dedicated desk    1  month  310.00  310.00        20    2026-01-01  2026-01-31  false
    ");
    assert_snapshot!(env.ok("invoice show INV-2026-00001"), @"
     number:            INV-2026-00001
     kind:              invoice
     status:            issued
     payment_status:    unpaid
     customer:          C1
     subscription:      SUB-0001
     issue_date:        2026-02-10
     due_date:          2026-02-10
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
     sales_order:       SO-0001
     reason:

    lines:
     ITEM  DESCRIPTION     QTY  UOM      RATE  FACTOR     NET  VAT_RATE  PERIOD_START  PERIOD_END
     DESK  Dedicated desk    1  month  310.00       1  310.00        20    2026-01-01  2026-01-31

    vat:
     RATE    BASE    TAX
       20  310.00  62.00
    ");
    let error = env.fails("order invoice SO-0001", Exit::Refused);
    assert!(error.contains("invoiced"), "{error}");
    assert_eq!(env.ok("tick"), "nothing due\n");
}

#[test]
fn with_invoice_orders_tick_invoices_each_order_at_once() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --with-order --invoice-orders");
    env.at("2026-02-10");
    assert_eq!(env.ok("tick"), "invoices: 2\norders: 2\n");
    assert_eq!(env.json("order show SO-0002")["invoice"], "INV-2026-00002");
}

/// SO-0001 for C1: a desk from 2026-02-01 (recurring) and two books (one-off); the
/// QUARTERLY-DESK plan bills the desk every 3 months.
fn desk_and_books_ordered() -> TestEnv {
    let env = coworking();
    env.ok("plan add QUARTERLY-DESK --item DESK --interval month --every 3");
    assert_eq!(
        env.ok("order create --customer C1 --item DESK --item BOOK:2 --start 2026-02-01"),
        "SO-0001\n"
    );
    env
}

#[test]
fn confirming_an_order_turns_recurring_lines_into_subscriptions() {
    let mut env = desk_and_books_ordered();
    assert_snapshot!(env.ok("order show SO-0001 --format json"), @r#"
    {
      "id": "SO-0001",
      "customer": "C1",
      "date": "2026-01-01",
      "status": "draft",
      "subscription": null,
      "period_start": null,
      "period_end": null,
      "invoice": null,
      "currency": "EUR",
      "net_total": "350.00",
      "lines": [
        {
          "item": "DESK",
          "description": "Dedicated desk",
          "qty": "1",
          "uom": "month",
          "rate": "310.00",
          "net": "310.00",
          "vat_rate": "20",
          "period_start": null,
          "period_end": null,
          "recurring": true,
          "subscription": null
        },
        {
          "item": "BOOK",
          "description": "Member handbook",
          "qty": "2",
          "uom": "unit",
          "rate": "20.00",
          "net": "40.00",
          "vat_rate": "5.5",
          "period_start": null,
          "period_end": null,
          "recurring": false,
          "subscription": null
        }
      ]
    }
    "#);
    assert_eq!(env.ok("order confirm SO-0001"), "SUB-0001\n");
    let sub = env.json("subscription show SUB-0001");
    assert_eq!(sub["start"], "2026-02-01");
    assert_eq!(sub["every"], 3);
    assert_snapshot!(env.ok("order show SO-0001"), @"
     id:            SO-0001
     customer:      C1
     date:          2026-01-01
     status:        to_invoice
     subscription:
     period_start:
     period_end:
     invoice:
     currency:      EUR
     net_total:     350.00

    lines:
     ITEM  DESCRIPTION      QTY  UOM      RATE     NET  VAT_RATE  PERIOD_START  PERIOD_END  RECURRING  SUBSCRIPTION
     DESK  Dedicated desk     1  month  310.00  310.00        20                            true       SUB-0001
     BOOK  Member handbook    2  unit    20.00   40.00       5.5                            false
    ");
    env.at("2026-02-01");
    env.ok("tick");
    assert_eq!(
        env.json("invoice list --subscription SUB-0001")[0]["period_end"],
        "2026-04-30"
    );
}

#[test]
fn a_confirmed_order_is_not_confirmed_twice() {
    let env = desk_and_books_ordered();
    env.ok("order confirm SO-0001");
    let before = env.dump();
    let error = env.fails("order confirm SO-0001", Exit::Refused);
    assert!(error.contains("only a draft"), "{error}");
    assert_eq!(env.dump(), before);
}

#[test]
fn invoicing_a_confirmed_order_bills_its_one_off_lines_only() {
    let env = desk_and_books_ordered();
    env.ok("order confirm SO-0001");
    assert_eq!(env.ok("order invoice SO-0001"), "INV-2026-00001\n");
    assert_snapshot!(env.ok("invoice show INV-2026-00001"), @"
     number:            INV-2026-00001
     kind:              invoice
     status:            issued
     payment_status:    unpaid
     customer:          C1
     subscription:
     issue_date:        2026-01-01
     due_date:          2026-01-31
     period_start:
     period_end:
     currency:          EUR
     net_total:         40.00
     tax_total:         2.20
     grand_total:       42.20
     outstanding:       42.20
     credits_invoice:
     customer_name:     Client One
     customer_address:
     sales_order:       SO-0001
     reason:

    lines:
     ITEM  DESCRIPTION      QTY  UOM    RATE  FACTOR    NET  VAT_RATE  PERIOD_START  PERIOD_END
     BOOK  Member handbook    2  unit  20.00       1  40.00       5.5

    vat:
     RATE   BASE   TAX
      5.5  40.00  2.20
    ");
}

#[test]
fn an_order_of_only_recurring_lines_is_completed_by_confirmation() {
    let env = coworking();
    env.ok("order create --customer C1 --item DESK");
    env.ok("order confirm SO-0001");
    assert_eq!(env.json("order show SO-0001")["status"], "completed");
    let error = env.fails("order invoice SO-0001", Exit::Refused);
    assert!(error.contains("completed"), "{error}");
}

#[test]
fn cancelling_withdraws_period_orders_beyond_the_last_day() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --with-order");
    env.at("2026-02-10");
    env.ok("tick");
    env.ok("cancel SUB-0001 --on 2026-01-10 --prorate --yes");
    assert_snapshot!(env.ok("order list"), @"
    ID       CUSTOMER        DATE  STATUS      SUBSCRIPTION  PERIOD_START  PERIOD_END  INVOICE  CURRENCY  NET_TOTAL
    SO-0001  C1        2026-02-10  to_invoice  SUB-0001        2026-01-01  2026-01-10           EUR          100.00
    SO-0002  C1        2026-02-10  cancelled   SUB-0001        2026-02-01  2026-02-28           EUR          310.00
    ");
}

#[test]
fn bad_orders_are_refused() {
    let env = coworking();
    #[rustfmt::skip]
    let cases = [
        ("order create --customer NOPE --item DESK", Exit::NotFound),
        ("order create --customer C1 --item NOPE", Exit::NotFound),
        ("order create --customer C1 --item DESK --date 2026-13-01", Exit::BadData),
        ("order show SO-0099", Exit::NotFound),
        ("order list --status lost", Exit::BadData),
    ];
    for (line, code) in cases {
        env.fails(line, code);
    }
}
