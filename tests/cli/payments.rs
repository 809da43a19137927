//! Payments: partial, several invoices, overpayment as customer credit, credit notes after
//! payment, outstanding on invoices and subscriptions.

use crate::billing::coworking;
use crate::env::TestEnv;

/// C1 owes INV-2026-00001 (372.00) and INV-2026-00002 (21.10: a handbook at 20.00 + 5.5 %).
fn two_invoices() -> TestEnv {
    let env = coworking();
    env.ok(&["invoice", "create", "--customer", "C1", "--item", "DESK"]);
    env.ok(&["invoice", "create", "--customer", "C1", "--item", "BOOK@20"]);
    env
}

#[test]
fn a_partial_payment_leaves_an_outstanding() {
    let env = two_invoices();
    assert_eq!(
        env.ok(&[
            "payment",
            "add",
            "--invoice",
            "INV-2026-00001",
            "--amount",
            "100",
            "--method",
            "cheque",
            "--reference",
            "CHQ 1234567"
        ]),
        "PAY-0001\n"
    );
    let inv = env.json(&["invoice", "show", "INV-2026-00001"]);
    assert_eq!(inv["payment_status"], "partly_paid");
    assert_eq!(inv["outstanding"], "272.00");
    let pay = env.json(&["payment", "show", "PAY-0001"]);
    assert_eq!(pay["amount"], "100.00");
    assert_eq!(pay["method"], "cheque");
    assert_eq!(pay["reference"], "CHQ 1234567");
    assert_eq!(pay["allocations"][0]["invoice"], "INV-2026-00001");
    assert_eq!(pay["unallocated"], "0.00");
}

#[test]
fn one_payment_settles_several_invoices_in_order() {
    let env = two_invoices();
    env.ok(&[
        "payment",
        "add",
        "--invoice",
        "INV-2026-00001",
        "--invoice",
        "INV-2026-00002",
        "--amount",
        "393.10",
    ]);
    assert_eq!(
        env.json(&["invoice", "show", "INV-2026-00001"])["payment_status"],
        "paid"
    );
    assert_eq!(
        env.json(&["invoice", "show", "INV-2026-00002"])["payment_status"],
        "paid"
    );
    assert_eq!(
        env.json(&["payment", "list"])[0]["invoices"],
        "INV-2026-00001 INV-2026-00002"
    );
}

#[test]
fn an_overpayment_is_refused_unless_allowed_and_then_kept_as_credit_for_the_next_invoice() {
    let env = two_invoices();
    let before = env.dump();
    let err = env.fails(
        &[
            "payment",
            "add",
            "--invoice",
            "INV-2026-00002",
            "--amount",
            "50.00",
        ],
        65,
    );
    assert!(
        err.contains("--allow-overpayment") && err.contains("21.10"),
        "{err}"
    );
    assert_eq!(env.dump(), before);
    env.ok(&[
        "payment",
        "add",
        "--invoice",
        "INV-2026-00002",
        "--amount",
        "50.00",
        "--allow-overpayment",
    ]);
    assert_eq!(
        env.json(&["payment", "show", "PAY-0001"])["unallocated"],
        "28.90"
    );
    // The 28.90 left settles the next invoice as soon as it is issued.
    env.ok(&["invoice", "create", "--customer", "C1", "--item", "BOOK@20"]);
    let next = env.json(&["invoice", "show", "INV-2026-00003"]);
    assert_eq!(next["payment_status"], "paid");
    assert_eq!(
        env.json(&["payment", "show", "PAY-0001"])["unallocated"],
        "7.80"
    );
}

#[test]
fn a_payment_on_account_settles_the_oldest_open_invoices() {
    let env = two_invoices();
    env.ok(&["payment", "add", "--customer", "C1", "--amount", "380.00"]);
    assert_eq!(
        env.json(&["invoice", "show", "INV-2026-00001"])["outstanding"],
        "0.00"
    );
    assert_eq!(
        env.json(&["invoice", "show", "INV-2026-00002"])["outstanding"],
        "13.10"
    );
}

#[test]
fn crediting_a_paid_invoice_gives_the_customer_credit() {
    let env = two_invoices();
    env.ok(&[
        "payment",
        "add",
        "--invoice",
        "INV-2026-00002",
        "--amount",
        "21.10",
    ]);
    env.ok(&["invoice", "credit", "INV-2026-00002", "--yes"]);
    assert_eq!(
        env.json(&["invoice", "show", "INV-2026-00002"])["payment_status"],
        "credited"
    );
    env.ok(&["invoice", "create", "--customer", "C1", "--item", "BOOK@20"]);
    assert_eq!(
        env.json(&["invoice", "show", "INV-2026-00003"])["payment_status"],
        "paid"
    );
}

#[test]
fn subscription_outstanding_sums_its_invoices() {
    let mut env = coworking();
    env.ok(&[
        "subscription",
        "create",
        "--customer",
        "C1",
        "--item",
        "DESK",
        "--start",
        "2026-01-01",
    ]);
    env.at("2026-02-01");
    env.ok(&["tick"]);
    env.ok(&[
        "payment",
        "add",
        "--invoice",
        "INV-2026-00001",
        "--amount",
        "372.00",
    ]);
    assert_eq!(
        env.json(&["subscription", "show", "SUB-0001"])["outstanding"],
        "372.00"
    );
}

#[test]
fn bad_payments_are_refused_and_change_nothing() {
    let env = two_invoices();
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "C1",
        "--item",
        "BOOK",
        "--draft",
    ]);
    env.ok(&["customer", "add", "C2", "--name", "Two"]);
    env.ok(&["invoice", "create", "--customer", "C2", "--item", "BOOK"]);
    let before = env.dump();
    let cases: [(&[&str], i32, &str); 9] = [
        (
            &["--invoice", "INV-2026-00001", "--amount", "0"],
            65,
            "--amount",
        ),
        (
            &["--invoice", "INV-2026-00001", "--amount", "-5"],
            65,
            "--amount",
        ),
        (
            &["--invoice", "INV-2026-00001", "--amount", "1e3"],
            65,
            "--amount",
        ),
        (
            &["--invoice", "INV-2026-00001", "--amount", "10.001"],
            65,
            "--amount",
        ),
        (
            &["--invoice", "INV-2099-00001", "--amount", "10"],
            66,
            "INV-2099-00001",
        ),
        (
            &["--invoice", "draft:3", "--amount", "10"],
            1,
            "not an issued invoice",
        ),
        (
            &[
                "--invoice",
                "INV-2026-00001",
                "--invoice",
                "INV-2026-00003",
                "--amount",
                "10",
            ],
            65,
            "belongs to C2",
        ),
        (
            &[
                "--invoice",
                "INV-2026-00001",
                "--amount",
                "10",
                "--method",
                "bitcoin",
            ],
            65,
            "--method",
        ),
        (
            &[
                "--invoice",
                "INV-2026-00001",
                "--amount",
                "10",
                "--date",
                "2026-02-30",
            ],
            65,
            "--date",
        ),
    ];
    for (args, code, expected) in cases {
        let mut full = vec!["payment", "add"];
        full.extend_from_slice(args);
        let err = env.fails(&full, code);
        assert!(err.contains(expected), "{args:?}: {err}");
    }
    assert_eq!(env.run(&["payment", "add", "--amount", "10"]).code, 2);
    assert_eq!(env.dump(), before);
}
