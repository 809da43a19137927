//! Sales orders: per-period orders of a subscription, and orders confirmed into
//! subscriptions.

use crate::billing::{coworking, documents};

#[test]
fn with_order_tick_makes_one_order_per_period_to_invoice() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --with-order");
    env.at("2026-02-10");
    assert_eq!(env.ok("tick"), "orders: 2\n");
    assert!(documents(&env).is_empty());
    let orders = env.json("order list --subscription SUB-0001");
    assert_eq!(orders[0]["id"], "SO-0001");
    assert_eq!(orders[0]["status"], "to_invoice");
    assert_eq!(orders[0]["period_start"], "2026-01-01");
    assert_eq!(orders[1]["period_start"], "2026-02-01");
    assert_eq!(env.ok("order invoice SO-0001"), "INV-2026-00001\n");
    let order = env.json("order show SO-0001");
    assert_eq!(order["status"], "invoiced");
    assert_eq!(order["invoice"], "INV-2026-00001");
    let inv = env.json("invoice show INV-2026-00001");
    assert_eq!(inv["period_start"], "2026-01-01");
    assert_eq!(inv["sales_order"], "SO-0001");
    assert_eq!(inv["grand_total"], "372.00");
    assert!(env.fails("order invoice SO-0001", 1).contains("invoiced"));
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

#[test]
fn confirming_an_order_turns_recurring_lines_into_subscriptions() {
    let mut env = coworking();
    env.ok("plan add QUARTERLY-DESK --item DESK --interval month --every 3");
    assert_eq!(
        env.ok("order create --customer C1 --item DESK --item BOOK:2 --start 2026-02-01"),
        "SO-0001\n"
    );
    let draft = env.json("order show SO-0001");
    assert_eq!(draft["status"], "draft");
    assert_eq!(draft["lines"][0]["recurring"], true);
    assert_eq!(env.ok("order confirm SO-0001"), "SUB-0001\n");
    assert!(
        env.fails("order confirm SO-0001", 1)
            .contains("only a draft")
    );
    let sub = env.json("subscription show SUB-0001");
    assert_eq!(sub["start"], "2026-02-01");
    assert_eq!(sub["every"], 3);
    assert_eq!(
        env.json("order show SO-0001")["lines"][0]["subscription"],
        "SUB-0001"
    );
    assert_eq!(env.ok("order invoice SO-0001"), "INV-2026-00001\n");
    let inv = env.json("invoice show INV-2026-00001");
    assert_eq!(inv["lines"].as_array().unwrap().len(), 1);
    assert_eq!(inv["lines"][0]["item"], "BOOK");
    env.at("2026-02-01");
    env.ok("tick");
    assert_eq!(
        env.json("invoice list --subscription SUB-0001")[0]["period_end"],
        "2026-04-30"
    );
}

#[test]
fn an_order_of_only_recurring_lines_is_completed_by_confirmation() {
    let env = coworking();
    env.ok("order create --customer C1 --item DESK");
    env.ok("order confirm SO-0001");
    assert_eq!(env.json("order show SO-0001")["status"], "completed");
    assert!(env.fails("order invoice SO-0001", 1).contains("completed"));
}

#[test]
fn cancelling_withdraws_period_orders_beyond_the_last_day() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --with-order");
    env.at("2026-02-10");
    env.ok("tick");
    env.ok("cancel SUB-0001 --on 2026-01-10 --prorate --yes");
    let orders = env.json("order list");
    assert_eq!(orders[0]["period_end"], "2026-01-10");
    assert_eq!(orders[0]["net_total"], "100.00");
    assert_eq!(orders[1]["status"], "cancelled");
}

#[test]
fn bad_orders_are_refused() {
    let env = coworking();
    env.fails("order create --customer NOPE --item DESK", 66);
    env.fails("order create --customer C1 --item NOPE", 66);
    env.fails(
        "order create --customer C1 --item DESK --date 2026-13-01",
        65,
    );
    env.fails("order show SO-0099", 66);
    env.fails("order list --status lost", 65);
}
