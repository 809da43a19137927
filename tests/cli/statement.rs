//! Customer accounts: what a customer owes (`balance`) and what is held for them
//! (`credit`), the statement with its running balance, refunds of held credit, and the
//! overpayment rule of `bank match`.

use insta::{assert_compact_json_snapshot, assert_json_snapshot, assert_snapshot};

use crate::billing::coworking;
use crate::env::{Exit, TestEnv};
use crate::payments::fields;

/// C1's month of January:
/// - 01-01 INV-2026-00001, a desk, 372.00;
/// - 01-05 PAY-0001, 500.00 by transfer: INV-2026-00001 paid, 128.00 held;
/// - 01-10 INV-2026-00002, a handbook, 21.10, settled from the credit held (106.90 left);
/// - 01-12 RF-0001, 50.00 paid back (56.90 left);
/// - 01-15 CN-2026-00001 credits INV-2026-00002 whole: 21.10 more held (78.00).
fn january() -> TestEnv {
    let mut env = coworking();
    env.ok("invoice create --customer C1 --item DESK");
    env.at("2026-01-05");
    env.ok("payment add --customer C1 --amount 500 --allow-overpayment --reference 'VIR 1'");
    env.at("2026-01-10");
    env.ok("invoice create --customer C1 --item BOOK@20");
    env.at("2026-01-12");
    assert_eq!(
        env.ok("payment refund --customer C1 --amount 50 --reference 'VIR REMB 1'"),
        "RF-0001\n"
    );
    env.at("2026-01-15");
    env.ok("invoice credit INV-2026-00002 --reason returned --yes");
    env
}

#[test]
fn customer_show_gives_what_the_customer_owes_and_what_is_held_for_them() {
    let env = january();
    assert_compact_json_snapshot!(
        fields(&env.json("customer show C1"), &["code", "balance", "credit", "currency"]),
        @r#"{"code": "C1", "balance": "0.00", "credit": "78.00", "currency": "EUR"}"#
    );
}

#[test]
fn a_new_invoice_takes_the_credit_held_and_the_customer_then_owes_the_rest() {
    let env = january();
    env.ok("invoice create --customer C1 --item DESK");
    // 372.00 − 78.00 owed, nothing held.
    assert_compact_json_snapshot!(
        fields(&env.json("customer show C1"), &["balance", "credit"]),
        @r#"{"balance": "294.00", "credit": "0.00"}"#
    );
    assert_snapshot!(env.ok("customer show C1"), @"
    code:               C1
    name:               Client One
    email:
    address:
    price_list:
    vat_id:
    siren:
    kind:               business
    payment_method:     manual
    disabled:           false
    iban:
    bic:
    mandate_id:
    mandate_signed_on:
    billing_email:
    currency:           EUR
    balance:            294.00
    credit:             0.00
    ");
}

#[test]
fn the_statement_lists_documents_payments_refunds_and_credit_use_with_a_running_balance() {
    let env = january();
    assert_snapshot!(env.ok("customer statement C1 --format csv"), @r"
    date,kind,reference,description,debit,credit,credit_used,balance
    2026-01-01,invoice,INV-2026-00001,,372.00,,,372.00
    2026-01-05,payment,PAY-0001,transfer VIR 1,,500.00,,-128.00
    2026-01-10,invoice,INV-2026-00002,,21.10,,,-106.90
    2026-01-10,credit_use,INV-2026-00002,held credit from PAY-0001,,,21.10,-106.90
    2026-01-12,refund,RF-0001,transfer VIR REMB 1,50.00,,,-56.90
    2026-01-15,credit_note,CN-2026-00001,corrects INV-2026-00002: returned,,21.10,,-78.00
    ");
}

#[test]
fn the_statement_table_ends_with_what_is_owed_and_what_is_held() {
    let env = january();
    assert_snapshot!(env.run("customer statement C1").transcript(), @"
           DATE  KIND         REFERENCE       DESCRIPTION                         DEBIT  CREDIT  CREDIT_USED  BALANCE
     2026-01-01  invoice      INV-2026-00001                                     372.00                        372.00
     2026-01-05  payment      PAY-0001        transfer VIR 1                             500.00               -128.00
     2026-01-10  invoice      INV-2026-00002                                      21.10                       -106.90
     2026-01-10  credit_use   INV-2026-00002  held credit from PAY-0001                                21.10  -106.90
     2026-01-12  refund       RF-0001         transfer VIR REMB 1                 50.00                        -56.90
     2026-01-15  credit_note  CN-2026-00001   corrects INV-2026-00002: returned           21.10                -78.00
    --- stderr
    C1: owes 0.00 EUR, credit held 78.00 EUR
    ");
}

#[test]
fn a_statement_from_a_date_opens_with_the_balance_brought_forward() {
    let env = january();
    assert_snapshot!(env.ok("customer statement C1 --from 2026-01-10 --format csv"), @"
    date,kind,reference,description,debit,credit,credit_used,balance
    2026-01-10,opening,,balance brought forward,,,,-128.00
    2026-01-10,invoice,INV-2026-00002,,21.10,,,-106.90
    2026-01-10,credit_use,INV-2026-00002,held credit from PAY-0001,,,21.10,-106.90
    2026-01-12,refund,RF-0001,transfer VIR REMB 1,50.00,,,-56.90
    2026-01-15,credit_note,CN-2026-00001,corrects INV-2026-00002: returned,,21.10,,-78.00
    ");
}

#[test]
fn a_statement_from_an_impossible_date_or_of_an_unknown_customer_is_refused() {
    let env = january();
    env.fails("customer statement C1 --from 2026-02-30", Exit::BadData);
    env.fails("customer statement NOPE", Exit::NotFound);
}

#[test]
fn a_refund_pays_back_held_credit_and_is_recorded_and_audited() {
    let env = january();
    let refund =
        env.json("payment refund --customer C1 --amount 78 --method cheque --date 2026-01-16");
    assert_json_snapshot!(refund, @r#"
    {
      "id": "RF-0002",
      "customer": "C1",
      "date": "2026-01-16",
      "amount": "78.00",
      "currency": "EUR",
      "method": "cheque",
      "reference": null
    }
    "#);
    assert_eq!(env.json("customer show C1")["credit"], "0.00");
    // Drawn oldest first: what PAY-0001 still held (56.90), then CN-2026-00001 (21.10).
    assert_compact_json_snapshot!(
        fields(&env.json("payment show PAY-0001"), &["allocated", "refunded", "unallocated"]),
        @r#"{"allocated": "393.10", "refunded": "106.90", "unallocated": "0.00"}"#
    );
    let log = env.json("log --entity refund:RF-0002");
    assert_eq!(log.as_array().unwrap().len(), 1, "{log}");
    env.ok("db check");
}

#[test]
fn what_was_paid_back_no_longer_settles_the_next_invoice() {
    let env = january();
    env.ok("payment refund --customer C1 --amount 78 --method cheque --date 2026-01-16");
    env.ok("invoice create --customer C1 --item DESK");
    assert_eq!(
        env.json("invoice show INV-2026-00003")["payment_status"],
        "unpaid"
    );
    env.ok("db check");
}

#[test]
fn a_refund_above_the_credit_held_is_refused_and_changes_nothing() {
    let env = january();
    let before = env.dump();
    assert_snapshot!(
        env.fails("payment refund --customer C1 --amount 78.01", Exit::Refused),
        @"error: 78.01 EUR is more than the 78.00 EUR held for C1 on 2026-01-15; a refund pays back held credit only"
    );
    env.fails("payment refund --customer C1 --amount 0", Exit::BadData);
    env.fails("payment refund --customer C1 --amount -5", Exit::BadData);
    env.fails("payment refund --customer NOPE --amount 5", Exit::NotFound);
    // Before the payment came in, nothing was held to pay back.
    let error = env.fails(
        "payment refund --customer C1 --amount 1 --date 2026-01-04",
        Exit::Refused,
    );
    assert!(
        error.contains("0.00 EUR held for C1 on 2026-01-04"),
        "{error}"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn bank_match_refuses_an_overpayment_unless_allowed_like_payment_add() {
    let env = coworking();
    env.ok("invoice create --customer C1 --item DESK");
    env.write(
        "releve.csv",
        "Date;Libellé;Débit;Crédit;Référence\n02/01/2026;VIR CLIENT ONE;;400,00;\n",
    );
    env.ok("bank import releve.csv");
    let before = env.dump();
    assert_snapshot!(
        env.fails("bank match 1 --invoice INV-2026-00001", Exit::BadData),
        @"error: bank line 1: 400.00 is more than the 372.00 still owed on INV-2026-00001; give --allow-overpayment to keep 28.00 as the customer's credit"
    );
    assert_eq!(env.dump(), before);
    env.ok("bank match 1 --invoice INV-2026-00001 --allow-overpayment");
    assert_eq!(env.json("customer show C1")["credit"], "28.00");
}
