//! A customer's price list prices what it holds; what it does not, the default list does
//! (DESIGN §5), and `invoice explain` says which list priced each line.

use crate::billing::coworking;

#[test]
fn a_member_buys_an_item_priced_only_in_the_default_list_and_explain_says_so() {
    let env = coworking();
    env.ok("price-list add Membres");
    env.ok("price set DESK 250.00 --list Membres");
    env.ok("customer add M1 --name Member --price-list Membres");
    // DESK is in Membres; BOOK only in the default list (Standard, 20.00).
    let number = env
        .ok("invoice create --customer M1 --item DESK --item BOOK")
        .trim()
        .to_string();
    let invoice = env.json(&["invoice", "show", &number]);
    assert_eq!(invoice["lines"][0]["rate"], "250.00");
    assert_eq!(invoice["lines"][1]["rate"], "20.00");
    let explain = env.json(&["invoice", "explain", &number]);
    assert_eq!(explain[0]["price_source"], "price list Membres");
    assert_eq!(
        explain[1]["price_source"],
        "price list Standard (the default list: none in Membres)"
    );
}

#[test]
fn a_subscription_on_a_customer_list_without_the_item_bills_the_default_price() {
    let env = coworking();
    env.ok("price-list add Membres");
    env.ok("customer add M1 --name Member --price-list Membres");
    env.ok("subscription create --customer M1 --item DESK --start 2026-01-01");
    assert_eq!(env.ok("tick"), "invoices: 1\n");
    let invoice = env.json("invoice show INV-2026-00001");
    assert_eq!(invoice["net_total"], "310.00");
}

#[test]
fn an_item_in_neither_list_is_refused_naming_both() {
    let env = coworking();
    env.ok("price-list add Membres");
    env.ok("item add LOCKER --name Locker");
    env.ok("customer add M1 --name Member --price-list Membres");
    let before = env.dump();
    let error = env.fails("invoice create --customer M1 --item LOCKER", 1);
    assert!(
        error.contains("no price for LOCKER per unit in price list Membres or Standard"),
        "{error}"
    );
    assert_eq!(env.dump(), before);
}
