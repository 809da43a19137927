//! Exact unit rates and bounded amounts: a rate keeps up to six decimals wherever it is
//! typed and is shown as given; only booked amounts are rounded, once, half away from zero;
//! an amount beyond the largest one `subs` books (999 999 999 999.99) is bad input naming
//! its line, and in `tick` it fails its own subscription only.

use insta::assert_snapshot;

use crate::billing::coworking;
use crate::corpus::with_corpus;
use crate::env::{Exit, TestEnv};
use crate::error_messages::refusals;

#[test]
fn three_at_3_335_and_one_at_19_99_are_booked_as_10_01_and_19_99_with_33_10_in_all() {
    let env = coworking();
    env.ok("invoice create --customer C1 --item DESK:3@3.335 --item BOOK:1@19.99");
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
     net_total:         30.00
     tax_total:         3.10
     grand_total:       33.10
     outstanding:       33.10
     credits_invoice:
     customer_name:     Client One
     customer_address:
     sales_order:
     reason:

    lines:
     ITEM  DESCRIPTION      QTY  UOM     RATE  FACTOR    NET  VAT_RATE  PERIOD_START  PERIOD_END
     DESK  Dedicated desk     3  month  3.335       1  10.01        20
     BOOK  Member handbook    1  unit   19.99       1  19.99       5.5

    vat:
     RATE   BASE   TAX
      5.5  19.99  1.10
       20  10.01  2.00
    ");
}

#[test]
fn a_listed_price_keeps_six_decimals_and_a_whole_rate_shows_the_currency_decimals() {
    let env = coworking();
    env.ok("price set BOOK 0.123456");
    assert!(
        env.ok("price list --format csv")
            .contains("BOOK,Standard,unit,0.123456,,")
    );
    env.ok("invoice create --customer C1 --item DESK@310 --item BOOK:2");
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
     net_total:         310.25
     tax_total:         62.01
     grand_total:       372.26
     outstanding:       372.26
     credits_invoice:
     customer_name:     Client One
     customer_address:
     sales_order:
     reason:

    lines:
     ITEM  DESCRIPTION      QTY  UOM        RATE  FACTOR     NET  VAT_RATE  PERIOD_START  PERIOD_END
     DESK  Dedicated desk     1  month    310.00       1  310.00        20
     BOOK  Member handbook    2  unit   0.123456       1    0.25       5.5

    vat:
     RATE    BASE    TAX
      5.5    0.25   0.01
       20  310.00  62.00
    ");
}

#[test]
fn a_plan_line_keeps_its_rate_as_typed() {
    let env = coworking();
    env.ok("plan add P --item DESK:3@3.335");
    assert_snapshot!(env.ok("plan show P"), @"
     code:      P
     name:      P
     interval:
     every:

    lines:
     ITEM  QTY  UOM     RATE
     DESK    3  month  3.335
    ");
}

#[test]
fn an_order_line_keeps_its_rate_as_typed() {
    let env = coworking();
    env.ok("order create --customer C1 --item BOOK:3@3.335");
    assert_snapshot!(env.ok("order show SO-0001"), @"
     id:            SO-0001
     customer:      C1
     date:          2026-01-01
     status:        draft
     subscription:
     period_start:
     period_end:
     invoice:
     currency:      EUR
     net_total:     10.01

    lines:
     ITEM  DESCRIPTION      QTY  UOM    RATE    NET  VAT_RATE  PERIOD_START  PERIOD_END  RECURRING  SUBSCRIPTION
     BOOK  Member handbook    3  unit  3.335  10.01       5.5                            false
    ");
}

#[test]
fn a_supplier_bill_line_keeps_its_rate_as_typed() {
    let env = coworking();
    env.ok("bill add --supplier EDF --line Power:3@3.335");
    assert_snapshot!(env.ok("bill show BILL-0001"), @"
     id:           BILL-0001
     supplier:     EDF
     date:         2026-01-01
     due_date:     2026-01-01
     reference:
     status:       unpaid
     currency:     EUR
     net_total:    10.01
     tax_total:    2.00
     grand_total:  12.01
     paid_on:

    lines:
     DESCRIPTION  QTY   RATE    NET  VAT_RATE
     Power          3  3.335  10.01        20

    vat:
     RATE   BASE   TAX
       20  10.01  2.00
    ");
}

#[test]
fn a_subscription_line_keeps_its_rate_in_the_invoices_tick_issues() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK:3@3.335 --start 2026-01-01");
    env.at("2026-01-02");
    env.ok("tick");
    assert_snapshot!(env.ok("invoice show INV-2026-00001"), @"
     number:            INV-2026-00001
     kind:              invoice
     status:            issued
     payment_status:    unpaid
     customer:          C1
     subscription:      SUB-0001
     issue_date:        2026-01-02
     due_date:          2026-01-31
     period_start:      2026-01-01
     period_end:        2026-01-31
     currency:          EUR
     net_total:         10.01
     tax_total:         2.00
     grand_total:       12.01
     outstanding:       12.01
     credits_invoice:
     customer_name:     Client One
     customer_address:
     sales_order:
     reason:

    lines:
     ITEM  DESCRIPTION     QTY  UOM     RATE  FACTOR    NET  VAT_RATE  PERIOD_START  PERIOD_END
     DESK  Dedicated desk    3  month  3.335       1  10.01        20    2026-01-01  2026-01-31

    vat:
     RATE   BASE   TAX
       20  10.01  2.00
    ");
}

#[test]
fn a_rate_with_seven_decimals_is_refused_naming_the_item() {
    let env = coworking();
    assert_snapshot!(
        env.fails("invoice create --customer C1 --item DESK@3.3350001", Exit::BadData),
        @r#"error: --item DESK@3.3350001: rate: "3.3350001" has 7 decimal places; at most 6 allowed"#
    );
}

#[test]
fn an_amount_beyond_the_largest_is_refused_naming_its_line_in_every_command() {
    let env = coworking();
    let before = env.dump();
    let mut lines = Vec::new();
    for item in [
        "DESK:99999999@999999999999.99",
        "DESK:90000@999999999999.99",
    ] {
        for command in [
            "invoice create --customer C1",
            "order create --customer C1",
            "subscription create --customer C1",
            "plan add P",
        ] {
            lines.push(format!("{command} --item {item}"));
        }
    }
    lines.push("bill add --supplier EDF --line Rent:90000@999999999999.99".into());
    assert_snapshot!(refusals(&env, Exit::BadData, &lines), @"
    $ subs invoice create --customer C1 --item DESK:99999999@999999999999.99
    error: --item DESK: 99999999 × 999999999999.99 is beyond the largest amount subs books (999999999999.99)
    $ subs order create --customer C1 --item DESK:99999999@999999999999.99
    error: --item DESK: 99999999 × 999999999999.99 is beyond the largest amount subs books (999999999999.99)
    $ subs subscription create --customer C1 --item DESK:99999999@999999999999.99
    error: --item DESK: 99999999 × 999999999999.99 is beyond the largest amount subs books (999999999999.99)
    $ subs plan add P --item DESK:99999999@999999999999.99
    error: --item DESK: 99999999 × 999999999999.99 is beyond the largest amount subs books (999999999999.99)
    $ subs invoice create --customer C1 --item DESK:90000@999999999999.99
    error: --item DESK: 90000 × 999999999999.99 is beyond the largest amount subs books (999999999999.99)
    $ subs order create --customer C1 --item DESK:90000@999999999999.99
    error: --item DESK: 90000 × 999999999999.99 is beyond the largest amount subs books (999999999999.99)
    $ subs subscription create --customer C1 --item DESK:90000@999999999999.99
    error: --item DESK: 90000 × 999999999999.99 is beyond the largest amount subs books (999999999999.99)
    $ subs plan add P --item DESK:90000@999999999999.99
    error: --item DESK: 90000 × 999999999999.99 is beyond the largest amount subs books (999999999999.99)
    $ subs bill add --supplier EDF --line Rent:90000@999999999999.99
    error: --line Rent: 90000 × 999999999999.99 is beyond the largest amount subs books (999999999999.99)
    ");
    assert_eq!(env.dump(), before, "a refused amount changed the books");
}

#[test]
fn lines_each_within_the_bound_whose_total_is_not_are_refused() {
    let env = coworking();
    let before = env.dump();
    assert_snapshot!(
        env.fails(
            "invoice create --customer C1 --item DESK@999999999999.99 --item DESK@999999999999.99",
            Exit::BadData
        ),
        @"error: lines: the net at 20 % VAT is beyond the largest amount subs books (999999999999.99)"
    );
    assert_eq!(env.dump(), before, "a refused amount changed the books");
}

#[test]
fn a_payment_beyond_the_largest_amount_is_refused() {
    let env = coworking();
    let before = env.dump();
    assert_snapshot!(
        env.fails("payment add --invoice INV-2026-00001 --amount 1000000000000", Exit::BadData),
        @r#"error: --amount: "1000000000000" is too large (at most 12 digits before the point)"#
    );
    assert_eq!(env.dump(), before, "a refused amount changed the books");
}

#[test]
fn the_largest_amount_itself_is_booked() {
    let env = coworking();
    env.ok("item add FREE --name Untaxed --vat-rate 0");
    env.ok("invoice create --customer C1 --item FREE@999999999999.99");
    assert_eq!(
        env.json("invoice show INV-2026-00001")["grand_total"],
        "999999999999.99"
    );
}

/// SUB-0001 a desk priced beyond the largest amount, SUB-0002 a book, both from 2026-01-01.
fn one_subscription_beyond_the_largest_amount() -> TestEnv {
    let env = coworking();
    env.ok("price set DESK 999999999999.99");
    env.ok("subscription create --customer C1 --item DESK:99999999 --start 2026-01-01");
    env.ok("subscription create --customer C1 --item BOOK --start 2026-01-01");
    env
}

#[test]
fn a_subscription_priced_beyond_the_largest_amount_shows_its_error_in_the_preview() {
    let env = one_subscription_beyond_the_largest_amount();
    assert_eq!(
        env.json("subscription preview SUB-0001 --periods 1")[0]["error"],
        "line DESK: 99999999 × 999999999999.99 is beyond the largest amount subs books (999999999999.99)"
    );
}

#[test]
fn a_subscription_priced_beyond_the_largest_amount_fails_alone_in_every_tick() {
    let mut env = one_subscription_beyond_the_largest_amount();
    env.at("2026-02-01");
    // Every run fails it again; the other is billed, once.
    assert_snapshot!(env.run("tick").transcript(), @"
    invoices: 2
    --- stderr
    warning: INV-2026-00001 and 1 more were issued to business customer C1 without SIREN or address: its e-invoice breaks the French rules (BR-FR) and a platform will refuse it; complete the customer (`subs customer edit C1 --siren … --address …`)
    error: SUB-0001: line DESK: 99999999 × 999999999999.99 is beyond the largest amount subs books (999999999999.99)
    error: 1 of 2 units failed (each named above)
    --- exit 3
    ");
    assert_snapshot!(env.run("tick").transcript(), @"
    --- stderr
    error: SUB-0001: line DESK: 99999999 × 999999999999.99 is beyond the largest amount subs books (999999999999.99)
    error: 1 of 1 units failed (each named above)
    --- exit 3
    ");
    // SUB-0002 is billed for January and February.
    assert_snapshot!(env.ok("invoice list --format csv"), @"
    number,kind,status,payment_status,customer,subscription,issue_date,due_date,period_start,period_end,currency,net_total,tax_total,grand_total,outstanding,credits_invoice
    INV-2026-00001,invoice,issued,unpaid,C1,SUB-0002,2026-02-01,2026-02-01,2026-01-01,2026-01-31,EUR,20.00,1.10,21.10,21.10,
    INV-2026-00002,invoice,issued,unpaid,C1,SUB-0002,2026-02-01,2026-03-03,2026-02-01,2026-02-28,EUR,20.00,1.10,21.10,21.10,
    ");
}

/// Books in `currency`, with DESK at `price` (VAT 20 %) subscribed from 2026-01-01.
fn books_in(currency: &str, price: &str) -> TestEnv {
    let mut env = TestEnv::empty();
    env.at("2026-01-01");
    env.ok(format!("init --company Test --currency {currency}"));
    env.ok("vat add TVA20 --rate 20 --default");
    env.ok("item add DESK --name Desk");
    env.ok(format!("price-list add Standard --currency {currency}"));
    env.ok(format!("price set DESK {price}"));
    env.ok("customer add C1 --name 'Client One'");
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env
}

#[test]
fn tick_prints_amounts_with_the_currency_decimals() {
    let yen = books_in("JPY", "1500");
    assert_snapshot!(yen.ok("tick --dry-run"), @r"
    would create invoice INV-2026-00001 for SUB-0001 2026-01-01..2026-01-31 1800
    invoices: 1
    ");
    let dinar = books_in("KWD", "12.3455");
    assert_snapshot!(dinar.ok("tick -v"), @r"
    invoice INV-2026-00001 for SUB-0001 2026-01-01..2026-01-31 14.815
    invoices: 1
    ");
}

#[test]
fn limits_say_what_they_are() {
    let env = coworking();
    assert_snapshot!(
        env.fails("subscription create --customer C1 --item DESK --every 10000", Exit::BadData),
        @r#"error: --every: "10000" is not a whole number from 1 to 1000"#
    );
}

#[test]
fn a_statement_amount_beyond_the_largest_or_zero_is_refused_saying_what_it_is() {
    let env = coworking();
    with_corpus(&env);
    let before = env.dump();
    assert_snapshot!(
        refusals(
            &env,
            Exit::BadData,
            &[
                "bank import corpus/bank-amount-beyond-maximum.csv",
                "bank import corpus/bank-amount-negative-zero.csv",
            ]
        ),
        @r#"
    $ subs bank import corpus/bank-amount-beyond-maximum.csv
    error: corpus/bank-amount-beyond-maximum.csv:3: column Crédit: "1 000 000 000 000,00" is too large (at most 12 digits before the point)
    $ subs bank import corpus/bank-amount-negative-zero.csv
    error: corpus/bank-amount-negative-zero.csv:2: column Crédit: "-0,00" is zero and column Débit is empty; one must hold a non-zero amount
    "#
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn a_gateway_payment_beyond_the_largest_amount_is_refused_and_books_nothing() {
    use hmac::{KeyInit, Mac};
    use std::os::unix::fs::PermissionsExt;
    const SECRET: &str = "whsec_amounts";
    let env = coworking();
    let config = env.path("config/subs/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(
        &config,
        format!("[gateways.stripe]\nwebhook_secret = \"{SECRET}\"\n"),
    )
    .unwrap();
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
    env.ok("config set payment.link_template 'https://pay.example.fr/p/{token}'");
    env.ok(
        "subscription create --customer C1 --item DESK --start 2026-01-01 --payment-method stripe",
    );
    env.ok("tick");
    let before = env.dump();
    let body = format!(
        r#"{{"id":"evt_huge","object":"event","type":"payment_intent.succeeded","data":{{"object":{{"id":"pi_huge","object":"payment_intent","amount":{max},"amount_received":{max},"currency":"eur","status":"succeeded","metadata":{{"payment_request":"PR-0001","invoice":"INV-2026-00001"}}}}}}}}"#,
        max = i64::MAX
    );
    // 2026-01-01T00:00:00+01:00, the moment `coworking()` runs at.
    let timestamp = 1_767_222_000;
    let mut mac = <hmac::Hmac<sha2::Sha256> as KeyInit>::new_from_slice(SECRET.as_bytes()).unwrap();
    mac.update(format!("{timestamp}.{body}").as_bytes());
    let signature = format!(
        "t={timestamp},v1={}",
        hex::encode(mac.finalize().into_bytes())
    );
    let run = env.run_stdin(
        format!("webhook receive --gateway stripe --signature {signature}"),
        body,
    );
    assert_snapshot!(run.transcript(), @"
    --- stderr
    error: webhook body: Stripe event evt_huge (payment_intent.succeeded) has data.object.amount_received 9223372036854775807, beyond the largest amount subs books (99999999999999 minor units)
    --- exit 65
    ");
    assert_eq!(env.dump(), before, "the refused event changed the books");
}
