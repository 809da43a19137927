//! A customer's price list prices what it holds; what it does not, the default list does
//! (DESIGN §5), and `invoice explain` says which list priced each line.

use insta::assert_snapshot;

use crate::billing::coworking;
use crate::env::Exit;

#[test]
fn a_member_buys_an_item_priced_only_in_the_default_list_and_explain_says_so() {
    let env = coworking();
    env.ok("price-list add Membres");
    env.ok("price set DESK 250.00 --list Membres");
    env.ok("customer add M1 --name Member --price-list Membres");
    // DESK is in Membres; BOOK only in the default list (Standard, 20.00).
    assert_eq!(
        env.ok("invoice create --customer M1 --item DESK --item BOOK"),
        "INV-2026-00001\n"
    );
    assert_snapshot!(env.ok("invoice show INV-2026-00001"), @"
     number:            INV-2026-00001
     kind:              invoice
     status:            issued
     payment_status:    unpaid
     customer:          M1
     subscription:
     issue_date:        2026-01-01
     due_date:          2026-01-31
     period_start:
     period_end:
     currency:          EUR
     net_total:         270.00
     tax_total:         51.10
     grand_total:       321.10
     outstanding:       321.10
     credits_invoice:
     customer_name:     Member
     customer_address:
     sales_order:
     reason:

    lines:
     ITEM  DESCRIPTION      QTY  UOM      RATE  FACTOR     NET  VAT_RATE  PERIOD_START  PERIOD_END
     DESK  Dedicated desk     1  month  250.00       1  250.00        20
     BOOK  Member handbook    1  unit    20.00       1   20.00       5.5

    vat:
     RATE    BASE    TAX
      5.5   20.00   1.10
       20  250.00  50.00
    ");
    assert_snapshot!(env.ok("invoice explain INV-2026-00001"), @"
    LINE  ITEM  PERIOD_START  PERIOD_END  DAYS  PERIOD_DAYS  FACTOR  QTY    RATE  UNROUNDED  ROUNDED  PRICE_SOURCE
       1  DESK                                                    1    1  250.00     250.00   250.00  price list Membres
       2  BOOK                                                    1    1   20.00      20.00    20.00  price list Standard (the default list: none in Membres)
    ");
}

#[test]
fn a_subscription_on_a_customer_list_without_the_item_bills_the_default_price() {
    let env = coworking();
    env.ok("price-list add Membres");
    env.ok("customer add M1 --name Member --price-list Membres");
    env.ok("subscription create --customer M1 --item DESK --start 2026-01-01");
    assert_eq!(env.ok("tick"), "invoices: 1\n");
    assert_eq!(
        env.json("invoice show INV-2026-00001")["net_total"],
        "310.00"
    );
}

#[test]
fn an_item_in_neither_list_is_refused_naming_both() {
    let env = coworking();
    env.ok("price-list add Membres");
    env.ok("item add LOCKER --name Locker");
    env.ok("customer add M1 --name Member --price-list Membres");
    let before = env.dump();
    let error = env.fails("invoice create --customer M1 --item LOCKER", Exit::Refused);
    assert!(
        error.contains("no price for LOCKER per unit in price list Membres or Standard"),
        "{error}"
    );
    assert_eq!(env.dump(), before);
}
