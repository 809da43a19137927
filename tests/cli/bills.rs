//! Supplier bills: exact totals by the invoice rules, paid or not, listed by status.

use insta::assert_snapshot;

use crate::billing::{coworking, session};
use crate::env::{Exit, TestEnv};

#[test]
fn a_bill_totals_its_lines_with_vat_per_rate() {
    let env = coworking();
    assert_eq!(
        env.ok("bill add --supplier 'EDF Entreprises' --date 2026-01-10 --due 2026-02-09 --line 'Électricité: janvier:3@33.33' --line Abonnement:1@10.00:TVA5.5 --line Taxe:1@4.00:0 --reference EDF-778"),
        "BILL-0001\n"
    );
    // 20 % of 99.99 = 19.998 → 20.00; 5.5 % of 10.00 = 0.55; 0 % of 4.00.
    assert_snapshot!(env.ok("bill show BILL-0001"), @"
     id:           BILL-0001
     supplier:     EDF Entreprises
     date:         2026-01-10
     due_date:     2026-02-09
     reference:    EDF-778
     status:       unpaid
     currency:     EUR
     net_total:    113.99
     tax_total:    20.55
     grand_total:  134.54
     paid_on:

    lines:
     DESCRIPTION           QTY   RATE    NET  VAT_RATE
     Électricité: janvier    3  33.33  99.99        20
     Abonnement              1  10.00  10.00       5.5
     Taxe                    1   4.00   4.00         0

    vat:
     RATE   BASE    TAX
        0   4.00   0.00
      5.5  10.00   0.55
       20  99.99  20.00
    ");
}

/// Three bills of 100.00 + VAT, seen on 2026-02-01: BILL-0001 from Nettoyage Pro (due
/// 2026-01-20, overdue), BILL-0002 from Foncière (paid on its date, 2026-01-01) and BILL-0003
/// from Nettoyage Pro (due 2026-02-28).
fn three_bills() -> TestEnv {
    let mut env = coworking();
    for line in [
        "bill add --supplier 'Nettoyage Pro' --date 2026-01-02 --line Service:1@100.00 --due 2026-01-20",
        "bill add --supplier Foncière --date 2026-01-01 --line Service:1@100.00 --paid",
        "bill add --supplier 'Nettoyage Pro' --date 2026-01-03 --line Service:1@100.00 --due 2026-02-28",
    ] {
        env.ok(line);
    }
    env.at("2026-02-01");
    env
}

#[test]
fn bills_are_listed_by_status() {
    let env = three_bills();
    assert_snapshot!(session(&env, &[
        "bill list --status paid",
        "bill list --status overdue",
        "bill list --status unpaid",
    ]), @"
    $ subs bill list --status paid
     ID         SUPPLIER        DATE    DUE_DATE  REFERENCE  STATUS  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL     PAID_ON
     BILL-0002  Foncière  2026-01-01  2026-01-01             paid    EUR          100.00      20.00       120.00  2026-01-01
    $ subs bill list --status overdue
     ID         SUPPLIER             DATE    DUE_DATE  REFERENCE  STATUS   CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  PAID_ON
     BILL-0001  Nettoyage Pro  2026-01-02  2026-01-20             overdue  EUR          100.00      20.00       120.00
    $ subs bill list --status unpaid
     ID         SUPPLIER             DATE    DUE_DATE  REFERENCE  STATUS  CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  PAID_ON
     BILL-0003  Nettoyage Pro  2026-01-03  2026-02-28             unpaid  EUR          100.00      20.00       120.00
    ");
}

#[test]
fn a_bill_is_paid_on_its_date_or_later_and_only_once() {
    let env = three_bills();
    assert_eq!(env.json("bill show BILL-0002")["paid_on"], "2026-01-01");
    let paid = env.json("bill pay BILL-0001 --on 2026-01-25");
    assert_eq!(paid["status"], "paid");
    assert_eq!(paid["paid_on"], "2026-01-25");
    let before = env.dump();
    let error = env.fails("bill pay BILL-0001", Exit::Refused);
    assert!(error.contains("already paid"), "{error}");
    assert_eq!(env.dump(), before);
}

#[test]
fn bills_are_listed_by_supplier_and_as_csv() {
    let env = three_bills();
    assert_snapshot!(env.ok("bill list --supplier 'Nettoyage Pro'"), @"
    ID         SUPPLIER             DATE    DUE_DATE  REFERENCE  STATUS   CURRENCY  NET_TOTAL  TAX_TOTAL  GRAND_TOTAL  PAID_ON
    BILL-0001  Nettoyage Pro  2026-01-02  2026-01-20             overdue  EUR          100.00      20.00       120.00
    BILL-0003  Nettoyage Pro  2026-01-03  2026-02-28             unpaid   EUR          100.00      20.00       120.00
    ");
    assert_snapshot!(env.ok("bill list --format csv"), @"
    id,supplier,date,due_date,reference,status,currency,net_total,tax_total,grand_total,paid_on
    BILL-0002,Foncière,2026-01-01,2026-01-01,,paid,EUR,100.00,20.00,120.00,2026-01-01
    BILL-0001,Nettoyage Pro,2026-01-02,2026-01-20,,overdue,EUR,100.00,20.00,120.00,
    BILL-0003,Nettoyage Pro,2026-01-03,2026-02-28,,unpaid,EUR,100.00,20.00,120.00,
    ");
    assert!(env.json("bill list")[0]["reference"].is_null());
}

#[test]
fn bad_bills_are_refused_and_write_nothing() {
    let env = coworking();
    env.ok("bill add --supplier A --line Rent:1@10");
    let before = env.dump();
    assert_snapshot!(session(&env, &[
        "bill add --supplier EDF --date 2026-01-10 --line Rent",
        "bill add --supplier EDF --date 2026-01-10 --line Rent:0@10",
        "bill add --supplier EDF --date 2026-01-10 --line Rent:1@10.0000001",
        "bill add --supplier EDF --date 2026-01-10 --line Rent:1@-10",
        "bill add --supplier EDF --date 2026-01-10 --line Rent:1@10:TVA99",
        "bill add --supplier EDF --date 2026-01-10 --line Rent:1@10 --due 2026-01-09",
        "bill add --supplier EDF --date 2026-01-10 --line '=HYPERLINK():1@10'",
        "bill add --supplier ' ' --line Rent:1@10",
        "bill pay BILL-0001 --on 2025-12-31",
        "bill list --status late",
    ]), @r#"
    $ subs bill add --supplier EDF --date 2026-01-10 --line Rent
    --- stderr
    error: --line Rent: expected DESCRIPTION:QTY@RATE[:VAT], e.g. "Rent:1@1200.00"
    --- exit 65
    $ subs bill add --supplier EDF --date 2026-01-10 --line Rent:0@10
    --- stderr
    error: --line Rent:0@10: quantity: "0" must be greater than zero
    --- exit 65
    $ subs bill add --supplier EDF --date 2026-01-10 --line Rent:1@10.0000001
    --- stderr
    error: --line Rent:1@10.0000001: rate: "10.0000001" has 7 decimal places; at most 6 allowed
    --- exit 65
    $ subs bill add --supplier EDF --date 2026-01-10 --line Rent:1@-10
    --- stderr
    error: --line Rent:1@-10: rate: "-10" must not be negative
    --- exit 65
    $ subs bill add --supplier EDF --date 2026-01-10 --line Rent:1@10:TVA99
    --- stderr
    error: --line: VAT: "TVA99" is not a decimal number (expected digits like 12.50)
    --- exit 65
    $ subs bill add --supplier EDF --date 2026-01-10 --line Rent:1@10 --due 2026-01-09
    --- stderr
    error: --due: 2026-01-09 is before the bill's date 2026-01-10
    --- exit 65
    $ subs bill add --supplier EDF --date 2026-01-10 --line '=HYPERLINK():1@10'
    --- stderr
    error: --line =HYPERLINK():1@10: description: "=HYPERLINK()" starts with '=', which makes a spreadsheet read it as a formula; reword it
    --- exit 65
    $ subs bill add --supplier ' ' --line Rent:1@10
    --- stderr
    error: --supplier: must not be empty
    --- exit 65
    $ subs bill pay BILL-0001 --on 2025-12-31
    --- stderr
    error: --on: 2025-12-31 is before the bill's date 2026-01-01
    --- exit 65
    $ subs bill list --status late
    --- stderr
    error: --status: "late" is not a bill status
    --- exit 65
    "#);
    #[rustfmt::skip]
    let cases = [
        ("bill add --supplier EDF", Exit::Usage),
        ("bill show BILL-0099", Exit::NotFound),
        ("bill pay BILL-0099", Exit::NotFound),
    ];
    for (line, code) in cases {
        env.fails(line, code);
    }
    assert_eq!(env.dump(), before);
}
