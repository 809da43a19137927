//! Dates are years 1900 to 2199: anything else is bad input wherever a date enters (flags,
//! `--now`, files), and no date `subs` computes goes past 2199-12-31.

use insta::assert_snapshot;

use crate::billing::coworking;
use crate::corpus::with_corpus;
use crate::env::{Exit, TestEnv};
use crate::error_messages::refusals;

/// The coworking books with a subscription, an invoice and a place to book.
fn books() -> TestEnv {
    let env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env.ok("invoice create --customer C1 --item BOOK");
    env.ok("location add L1");
    env.ok("location capacity L1 DESK 2");
    env
}

#[test]
fn a_date_outside_1900_to_2199_is_refused_wherever_it_is_typed() {
    let env = books();
    let before = env.dump();
    assert_snapshot!(refusals(&env, Exit::BadData, &[
        "--now +99999-01-01 tick",
        "--now 2200-01-01T00:30:00+01:00 tick",
        "subscription create --customer C1 --item DESK --start 9999-12-31",
        "subscription create --customer C1 --item DESK --end 2200-01-01",
        "subscription create --customer C1 --item DESK --trial-end 1899-12-31",
        "cancel SUB-0001 --on 1899-12-31 --yes",
        "customer add C2 --name Two --mandate-signed-on 0000-01-01",
        "customer edit C1 --mandate-signed-on 0000-01-01",
        "price set DESK 1 --from 2200-01-01",
        "bill add --supplier EDF --line Rent:1@1 --date 1899-12-31",
        "payment add --invoice INV-2026-00001 --amount 1 --date 2200-01-01",
        "repeat add --source invoice:INV-2026-00001 --frequency monthly --start 9999-12-31",
        "contract add --customer C1 --start 0000-01-01",
        "booking add --customer C1 --item DESK --location L1 \
         --from 2200-01-01T10:00 --to 2200-01-01T11:00",
        "invoice list --from 1899-12-31",
    ]), @"
    $ subs --now +99999-01-01 tick
    error: --now: +99999-01-01 is outside the years 1900 to 2199
    $ subs --now 2200-01-01T00:30:00+01:00 tick
    error: --now: 2200-01-01 is outside the years 1900 to 2199
    $ subs subscription create --customer C1 --item DESK --start 9999-12-31
    error: --start: 9999-12-31 is outside the years 1900 to 2199
    $ subs subscription create --customer C1 --item DESK --end 2200-01-01
    error: --end: 2200-01-01 is outside the years 1900 to 2199
    $ subs subscription create --customer C1 --item DESK --trial-end 1899-12-31
    error: --trial-end: 1899-12-31 is outside the years 1900 to 2199
    $ subs cancel SUB-0001 --on 1899-12-31 --yes
    error: --on: 1899-12-31 is outside the years 1900 to 2199
    $ subs customer add C2 --name Two --mandate-signed-on 0000-01-01
    error: --mandate-signed-on: 0000-01-01 is outside the years 1900 to 2199
    $ subs customer edit C1 --mandate-signed-on 0000-01-01
    error: --mandate-signed-on: 0000-01-01 is outside the years 1900 to 2199
    $ subs price set DESK 1 --from 2200-01-01
    error: --from: 2200-01-01 is outside the years 1900 to 2199
    $ subs bill add --supplier EDF --line Rent:1@1 --date 1899-12-31
    error: --date: 1899-12-31 is outside the years 1900 to 2199
    $ subs payment add --invoice INV-2026-00001 --amount 1 --date 2200-01-01
    error: --date: 2200-01-01 is outside the years 1900 to 2199
    $ subs repeat add --source invoice:INV-2026-00001 --frequency monthly --start 9999-12-31
    error: --start: 9999-12-31 is outside the years 1900 to 2199
    $ subs contract add --customer C1 --start 0000-01-01
    error: --start: 0000-01-01 is outside the years 1900 to 2199
    $ subs booking add --customer C1 --item DESK --location L1 --from 2200-01-01T10:00 --to 2200-01-01T11:00
    error: --from: 2200-01-01 is outside the years 1900 to 2199
    $ subs invoice list --from 1899-12-31
    error: --from: 1899-12-31 is outside the years 1900 to 2199
    ");
    assert_eq!(env.dump(), before, "a refused date changed the books");
}

#[test]
fn a_now_outside_1900_to_2199_from_the_environment_is_refused() {
    let mut env = books();
    let before = env.dump();
    env.at("0000-01-01");
    assert_snapshot!(
        env.fails("invoice list", Exit::BadData),
        @"error: --now: 0000-01-01 is outside the years 1900 to 2199"
    );
    assert_eq!(env.dump(), before, "a refused date changed the books");
}

#[test]
fn a_file_dated_outside_the_range_is_refused_naming_its_line() {
    let env = books();
    with_corpus(&env);
    let before = env.dump();
    assert_snapshot!(
        refusals(
            &env,
            Exit::BadData,
            &[
                "bank import corpus/bank-date-2200.csv",
                "customer import corpus/customers-mandate-1899.csv",
                "bank import corpus/bank-camt-date-9999.xml",
            ]
        ),
        @"
    $ subs bank import corpus/bank-date-2200.csv
    error: corpus/bank-date-2200.csv:3: column Date: 2200-01-01 is outside the years 1900 to 2199
    $ subs customer import corpus/customers-mandate-1899.csv
    error: corpus/customers-mandate-1899.csv:3: column mandate_signed_on: 1899-12-31 is outside the years 1900 to 2199
    $ subs bank import corpus/bank-camt-date-9999.xml
    error: corpus/bank-camt-date-9999.xml: element Ntry[1]/BookgDt/Dt: 9999-12-31 is outside the years 1900 to 2199
    "
    );
    assert_eq!(env.dump(), before, "a refused file changed the books");
}

/// Books at 2199-10-01 with an untaxed desk and a customer, C1.
fn books_in_2199() -> TestEnv {
    let mut env = TestEnv::new();
    env.at("2199-10-01");
    env.ok("item add DESK --name Desk --vat-rate 0");
    env.ok("customer add C1 --name 'Client One'");
    env
}

#[test]
fn a_subscription_bills_the_periods_that_end_by_2199_and_none_past_it() {
    let mut env = books_in_2199();
    env.ok("subscription create --customer C1 --item DESK@100 --start 2199-10-15");
    env.at("2199-12-31");
    assert_eq!(env.ok("tick"), "invoices: 2\n");
    assert_eq!(env.ok("tick"), "nothing due\n");
    // 2199-12-15..2200-01-14 would run past the last day: it is never billed.
    assert_snapshot!(env.ok("invoice list --format csv"), @"
    number,kind,status,payment_status,customer,subscription,issue_date,due_date,period_start,period_end,currency,net_total,tax_total,grand_total,outstanding,credits_invoice
    INV-2199-00001,invoice,issued,unpaid,C1,SUB-0001,2199-12-31,2199-12-31,2199-10-15,2199-11-14,EUR,100.00,0.00,100.00,100.00,
    INV-2199-00002,invoice,issued,unpaid,C1,SUB-0001,2199-12-31,2199-12-31,2199-11-15,2199-12-14,EUR,100.00,0.00,100.00,100.00,
    ");
    assert_eq!(
        env.json("subscription preview SUB-0001"),
        serde_json::json!([])
    );
    assert_eq!(
        env.json("subscription show SUB-0001")["next_invoice_date"],
        serde_json::Value::Null
    );
}

#[test]
fn a_subscription_whose_first_period_could_not_end_by_2199_is_refused() {
    let mut env = books_in_2199();
    env.at("2199-12-31");
    assert_snapshot!(
        refusals(
            &env,
            Exit::BadData,
            &[
                "subscription create --customer C1 --item DESK --start 2199-12-15",
                "subscription create --customer C1 --item DESK --start 2026-01-01 --interval year --every 1000",
            ]
        ),
        @"
    $ subs subscription create --customer C1 --item DESK --start 2199-12-15
    error: --start: a first period from 2199-12-15 would end after 2199-12-31; dates are years 1900 to 2199
    $ subs subscription create --customer C1 --item DESK --start 2026-01-01 --interval year --every 1000
    error: --start: a first period from 2026-01-01 would end after 2199-12-31; dates are years 1900 to 2199
    "
    );
}

#[test]
fn an_invoice_whose_payment_term_runs_past_2199_cannot_be_issued() {
    let mut env = books_in_2199();
    env.at("2199-12-31");
    assert_snapshot!(
        env.fails("invoice create --customer C1 --item DESK@1", Exit::BadData),
        @"error: due date: 30 days after 2199-12-31 is past 2199-12-31, the last day subs knows"
    );
}
