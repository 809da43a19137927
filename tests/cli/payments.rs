//! Payments: partial, several invoices, overpayment as customer credit, credit notes after
//! payment, outstanding on invoices and subscriptions.

use insta::{assert_compact_json_snapshot, assert_json_snapshot, assert_snapshot};
use serde_json::Value;

use crate::billing::coworking;
use crate::env::{Exit, TestEnv};

/// The named fields of a JSON record, or of each record of a list, in the order named: the
/// part of what a command printed that a test is about, to snapshot. A field the record
/// lacks fails the test.
pub(crate) fn fields(value: &Value, keys: &[&str]) -> Value {
    match value {
        Value::Array(records) => records.iter().map(|r| fields(r, keys)).collect(),
        Value::Object(record) => keys
            .iter()
            .map(|&key| {
                let field = record
                    .get(key)
                    .unwrap_or_else(|| panic!("no field {key} in {value}"));
                (key.to_string(), field.clone())
            })
            .collect(),
        other => panic!("not a record: {other}"),
    }
}

/// The named fields of each record of a JSON list, one record a line: a list to snapshot.
pub(crate) fn rows(list: &Value, keys: &[&str]) -> String {
    let records = list
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {list}"));
    records
        .iter()
        .map(|record| format!("{}\n", fields(record, keys)))
        .collect()
}

/// What `subs` answers to each line, which must fail with its exit code and change nothing
/// in the books: the line as typed, then the error, as a user sees them.
pub(crate) fn refusals(env: &TestEnv, lines: &[(&str, Exit)]) -> String {
    lines
        .iter()
        .map(|&(line, code)| {
            let before = env.dump();
            let error = env.fails(line, code);
            assert_eq!(env.dump(), before, "{line} changed the books");
            format!("$ subs {line}\n{error}\n")
        })
        .collect()
}

/// C1 owes INV-2026-00001 (372.00) and INV-2026-00002 (21.10: a handbook at 20.00 + 5.5 %).
fn two_invoices() -> TestEnv {
    let env = coworking();
    env.ok("invoice create --customer C1 --item DESK");
    env.ok("invoice create --customer C1 --item BOOK@20");
    env
}

/// What an invoice's payments left: its payment status and what is still owed.
pub(crate) fn settlement(env: &TestEnv, number: &str) -> Value {
    fields(
        &env.json(format!("invoice show {number}")),
        &["payment_status", "outstanding"],
    )
}

#[test]
fn a_partial_payment_leaves_an_outstanding() {
    let env = two_invoices();
    assert_eq!(
        env.ok(
            "payment add --invoice INV-2026-00001 --amount 100 --method cheque --reference 'CHQ 1234567'"
        ),
        "PAY-0001\n"
    );
    assert_compact_json_snapshot!(
        settlement(&env, "INV-2026-00001"),
        @r#"{"payment_status": "partly_paid", "outstanding": "272.00"}"#
    );
    assert_json_snapshot!(env.json("payment show PAY-0001"), @r#"
    {
      "id": "PAY-0001",
      "customer": "C1",
      "date": "2026-01-01",
      "amount": "100.00",
      "currency": "EUR",
      "method": "cheque",
      "reference": "CHQ 1234567",
      "allocated": "100.00",
      "unallocated": "0.00",
      "invoices": "INV-2026-00001",
      "refunded": "0.00",
      "allocations": [
        {
          "invoice": "INV-2026-00001",
          "amount": "100.00"
        }
      ]
    }
    "#);
}

#[test]
fn one_payment_settles_several_invoices_in_order() {
    let env = two_invoices();
    env.ok("payment add --invoice INV-2026-00001 --invoice INV-2026-00002 --amount 393.10");
    assert_snapshot!(rows(&env.json("invoice list"), &["number", "payment_status"]), @r#"
    {"number":"INV-2026-00001","payment_status":"paid"}
    {"number":"INV-2026-00002","payment_status":"paid"}
    "#);
    assert_eq!(
        env.json("payment list")[0]["invoices"],
        "INV-2026-00001 INV-2026-00002"
    );
}

#[test]
fn an_overpayment_is_refused_unless_allowed() {
    let env = two_invoices();
    let before = env.dump();
    let err = env.fails(
        "payment add --invoice INV-2026-00002 --amount 50.00",
        Exit::BadData,
    );
    assert!(
        err.contains("--allow-overpayment") && err.contains("21.10"),
        "{err}"
    );
    assert_eq!(env.dump(), before);
    env.ok("payment add --invoice INV-2026-00002 --amount 50.00 --allow-overpayment");
    assert_eq!(env.json("payment show PAY-0001")["unallocated"], "28.90");
}

#[test]
fn an_overpayment_allowed_is_kept_as_credit_and_settles_the_next_invoice() {
    let env = two_invoices();
    env.ok("payment add --invoice INV-2026-00002 --amount 50.00 --allow-overpayment");
    // The 28.90 left settles the next invoice as soon as it is issued.
    env.ok("invoice create --customer C1 --item BOOK@20");
    assert_eq!(
        env.json("invoice show INV-2026-00003")["payment_status"],
        "paid"
    );
    assert_eq!(env.json("payment show PAY-0001")["unallocated"], "7.80");
}

#[test]
fn a_payment_on_account_settles_the_oldest_open_invoices() {
    let env = two_invoices();
    env.ok("payment add --customer C1 --amount 380.00");
    assert_snapshot!(rows(&env.json("invoice list"), &["number", "outstanding"]), @r#"
    {"number":"INV-2026-00001","outstanding":"0.00"}
    {"number":"INV-2026-00002","outstanding":"13.10"}
    "#);
}

#[test]
fn crediting_a_paid_invoice_gives_the_customer_credit() {
    let env = two_invoices();
    env.ok("payment add --invoice INV-2026-00002 --amount 21.10");
    env.ok("invoice credit INV-2026-00002 --yes");
    assert_eq!(
        env.json("invoice show INV-2026-00002")["payment_status"],
        "credited"
    );
    env.ok("invoice create --customer C1 --item BOOK@20");
    assert_eq!(
        env.json("invoice show INV-2026-00003")["payment_status"],
        "paid"
    );
}

#[test]
fn subscription_outstanding_sums_its_invoices() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env.at("2026-02-01");
    env.ok("tick");
    env.ok("payment add --invoice INV-2026-00001 --amount 372.00");
    assert_eq!(
        env.json("subscription show SUB-0001")["outstanding"],
        "372.00"
    );
}

#[test]
fn bad_payments_are_refused_and_change_nothing() {
    let env = two_invoices();
    env.ok("invoice create --customer C1 --item BOOK --draft");
    env.ok("customer add C2 --name Two");
    env.ok("invoice create --customer C2 --item BOOK");
    let before = env.dump();
    assert_snapshot!(
        refusals(
            &env,
            &[
                ("payment add --invoice INV-2026-00001 --amount 0", Exit::BadData),
                ("payment add --invoice INV-2026-00001 --amount -5", Exit::BadData),
                ("payment add --invoice INV-2026-00001 --amount 1e3", Exit::BadData),
                ("payment add --invoice INV-2026-00001 --amount 10.001", Exit::BadData),
                ("payment add --invoice INV-2099-00001 --amount 10", Exit::NotFound),
                ("payment add --invoice draft:3 --amount 10", Exit::Refused),
                (
                    "payment add --invoice INV-2026-00001 --invoice INV-2026-00003 --amount 10",
                    Exit::BadData,
                ),
                (
                    "payment add --invoice INV-2026-00001 --amount 10 --method bitcoin",
                    Exit::BadData,
                ),
                (
                    "payment add --invoice INV-2026-00001 --amount 10 --date 2026-02-30",
                    Exit::BadData,
                ),
            ],
        ),
        @r#"
    $ subs payment add --invoice INV-2026-00001 --amount 0
    error: --amount: "0" must be greater than zero
    $ subs payment add --invoice INV-2026-00001 --amount -5
    error: --amount: "-5" must not be negative
    $ subs payment add --invoice INV-2026-00001 --amount 1e3
    error: --amount: "1e3" is not a decimal number (expected digits like 12.50)
    $ subs payment add --invoice INV-2026-00001 --amount 10.001
    error: --amount: "10.001" has 3 decimal places; at most 2 allowed
    $ subs payment add --invoice INV-2099-00001 --amount 10
    error: invoice INV-2099-00001 does not exist
    $ subs payment add --invoice draft:3 --amount 10
    error: draft:3 is not an issued invoice; payments settle issued invoices
    $ subs payment add --invoice INV-2026-00001 --invoice INV-2026-00003 --amount 10
    error: --invoice: INV-2026-00003 belongs to C2, not C1
    $ subs payment add --invoice INV-2026-00001 --amount 10 --method bitcoin
    error: --method: "bitcoin" is not one of cheque, cash, transfer, card, sepa, gateway
    $ subs payment add --invoice INV-2026-00001 --amount 10 --date 2026-02-30
    error: --date: "2026-02-30" is not a valid date (expected YYYY-MM-DD)
    "#
    );
    env.fails("payment add --amount 10", Exit::Usage);
    assert_eq!(env.dump(), before);
}
