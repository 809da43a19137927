//! Customer accounts: what a customer owes (`balance`) and what is held for them
//! (`credit`), the statement with its running balance, refunds of held credit, and the
//! overpayment rule of `bank match`.

use insta::assert_snapshot;

use crate::billing::coworking;
use crate::env::TestEnv;

/// C1's month of January:
/// - 01-01 INV-2026-00001, a desk, 372.00;
/// - 01-05 PAY-0001, 500.00 by transfer: INV-2026-00001 paid, 128.00 held;
/// - 01-10 INV-2026-00002, a handbook, 21.10, settled from the credit held (106.90 left);
/// - 01-12 RF-0001, 50.00 paid back (56.90 left);
/// - 01-15 CN-2026-00001 credits INV-2026-00002 whole: 21.10 more held (78.00).
fn january() -> TestEnv {
    let mut env = coworking();
    env.ok(&["invoice", "create", "--customer", "C1", "--item", "DESK"]);
    env.at("2026-01-05");
    env.ok(&[
        "payment",
        "add",
        "--customer",
        "C1",
        "--amount",
        "500",
        "--allow-overpayment",
        "--reference",
        "VIR 1",
    ]);
    env.at("2026-01-10");
    env.ok(&["invoice", "create", "--customer", "C1", "--item", "BOOK@20"]);
    env.at("2026-01-12");
    assert_eq!(
        env.ok(&[
            "payment",
            "refund",
            "--customer",
            "C1",
            "--amount",
            "50",
            "--reference",
            "VIR REMB 1"
        ]),
        "RF-0001\n"
    );
    env.at("2026-01-15");
    env.ok(&[
        "invoice",
        "credit",
        "INV-2026-00002",
        "--reason",
        "returned",
        "--yes",
    ]);
    env
}

#[test]
fn customer_show_gives_what_the_customer_owes_and_what_is_held_for_them() {
    let env = january();
    let customer = env.json(&["customer", "show", "C1"]);
    assert_eq!(customer["code"], "C1");
    assert_eq!(customer["balance"], "0.00");
    assert_eq!(customer["credit"], "78.00");
    assert_eq!(customer["currency"], "EUR");
    env.ok(&["invoice", "create", "--customer", "C1", "--item", "DESK"]);
    // The new invoice takes the credit held: 372.00 − 78.00 owed, nothing held.
    let customer = env.json(&["customer", "show", "C1"]);
    assert_eq!(customer["balance"], "294.00");
    assert_eq!(customer["credit"], "0.00");
    let table = env.ok(&["customer", "show", "C1"]);
    assert!(
        table.contains("balance") && table.contains("294.00"),
        "{table}"
    );
}

#[test]
fn the_statement_lists_documents_payments_refunds_and_credit_use_with_a_running_balance() {
    let env = january();
    assert_snapshot!(env.ok(&["customer", "statement", "C1", "--format", "csv"]), @r"
    date,kind,reference,description,debit,credit,credit_used,balance
    2026-01-01,invoice,INV-2026-00001,,372.00,,,372.00
    2026-01-05,payment,PAY-0001,transfer VIR 1,,500.00,,-128.00
    2026-01-10,invoice,INV-2026-00002,,21.10,,,-106.90
    2026-01-10,credit_use,INV-2026-00002,held credit from PAY-0001,,,21.10,-106.90
    2026-01-12,refund,RF-0001,transfer VIR REMB 1,50.00,,,-56.90
    2026-01-15,credit_note,CN-2026-00001,corrects INV-2026-00002: returned,,21.10,,-78.00
    ");
    let run = env.run(&["customer", "statement", "C1"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stderr
            .contains("C1: owes 0.00 EUR, credit held 78.00 EUR"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("CREDIT_USE") || run.stdout.contains("credit_use"));
}

#[test]
fn a_statement_from_a_date_opens_with_the_balance_brought_forward() {
    let env = january();
    let rows = env.json(&["customer", "statement", "C1", "--from", "2026-01-10"]);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows[0]["kind"], "opening");
    assert_eq!(rows[0]["date"], "2026-01-10");
    assert_eq!(rows[0]["balance"], "-128.00");
    assert_eq!(rows[1]["reference"], "INV-2026-00002");
    assert_eq!(rows.last().unwrap()["balance"], "-78.00");
    assert_eq!(rows.len(), 5);
    env.fails(&["customer", "statement", "C1", "--from", "2026-02-30"], 65);
    env.fails(&["customer", "statement", "NOPE"], 66);
}

#[test]
fn a_refund_pays_back_held_credit_and_is_recorded_and_audited() {
    let env = january();
    let refund = env.json(&[
        "payment",
        "refund",
        "--customer",
        "C1",
        "--amount",
        "78",
        "--method",
        "cheque",
        "--date",
        "2026-01-16",
    ]);
    assert_eq!(refund["id"], "RF-0002");
    assert_eq!(refund["amount"], "78.00");
    assert_eq!(refund["method"], "cheque");
    assert_eq!(refund["date"], "2026-01-16");
    assert_eq!(env.json(&["customer", "show", "C1"])["credit"], "0.00");
    // Drawn oldest first: what PAY-0001 still held (56.90), then CN-2026-00001 (21.10).
    let payment = env.json(&["payment", "show", "PAY-0001"]);
    assert_eq!(payment["allocated"], "393.10");
    assert_eq!(payment["refunded"], "106.90");
    assert_eq!(payment["unallocated"], "0.00");
    let log = env.json(&["log", "--entity", "refund:RF-0002"]);
    assert_eq!(log.as_array().unwrap().len(), 1);
    // What was paid back no longer settles the next invoice.
    env.ok(&["invoice", "create", "--customer", "C1", "--item", "DESK"]);
    assert_eq!(
        env.json(&["invoice", "show", "INV-2026-00003"])["payment_status"],
        "unpaid"
    );
    assert_eq!(env.run(&["db", "check"]).code, 0);
}

#[test]
fn a_refund_above_the_credit_held_is_refused_and_changes_nothing() {
    let env = january();
    let before = env.dump();
    assert_eq!(
        env.fails(
            &["payment", "refund", "--customer", "C1", "--amount", "78.01"],
            1
        ),
        "error: 78.01 EUR is more than the 78.00 EUR held for C1 on 2026-01-15; a refund pays back held credit only"
    );
    env.fails(
        &["payment", "refund", "--customer", "C1", "--amount", "0"],
        65,
    );
    env.fails(
        &["payment", "refund", "--customer", "C1", "--amount", "-5"],
        65,
    );
    env.fails(
        &["payment", "refund", "--customer", "NOPE", "--amount", "5"],
        66,
    );
    // Before the payment came in, nothing was held to pay back.
    assert!(
        env.fails(
            &[
                "payment",
                "refund",
                "--customer",
                "C1",
                "--amount",
                "1",
                "--date",
                "2026-01-04"
            ],
            1
        )
        .contains("0.00 EUR held for C1 on 2026-01-04")
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn bank_match_refuses_an_overpayment_unless_allowed_like_payment_add() {
    let env = coworking();
    env.ok(&["invoice", "create", "--customer", "C1", "--item", "DESK"]);
    env.write(
        "releve.csv",
        "Date;Libellé;Débit;Crédit;Référence\n02/01/2026;VIR CLIENT ONE;;400,00;\n",
    );
    env.ok(&["bank", "import", "releve.csv"]);
    let before = env.dump();
    let err = env.fails(&["bank", "match", "1", "--invoice", "INV-2026-00001"], 65);
    assert_eq!(
        err,
        "error: bank line 1: 400.00 is more than the 372.00 still owed on INV-2026-00001; \
         give --allow-overpayment to keep 28.00 as the customer's credit"
    );
    assert_eq!(env.dump(), before);
    env.ok(&[
        "bank",
        "match",
        "1",
        "--invoice",
        "INV-2026-00001",
        "--allow-overpayment",
    ]);
    assert_eq!(env.json(&["customer", "show", "C1"])["credit"], "28.00");
}
