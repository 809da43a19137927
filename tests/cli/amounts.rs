//! Exact unit rates and bounded amounts: a rate keeps up to six decimals wherever it is
//! typed and is shown as given; only booked amounts are rounded, once, half away from zero;
//! an amount beyond the largest one `subs` books (999 999 999 999.99) is bad input naming
//! its line, and in `tick` it fails its own subscription only.

use insta::assert_snapshot;
use serde_json::{Value, json};

use crate::billing::coworking;
use crate::env::TestEnv;

/// (rate, net) of each line of a document's JSON.
fn rates_and_nets(doc: &Value) -> Vec<(String, String)> {
    doc["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["rate"].as_str().unwrap().to_string(),
                l["net"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn pair(rate: &str, net: &str) -> (String, String) {
    (rate.to_string(), net.to_string())
}

#[test]
fn three_at_3_335_and_one_at_19_99_are_booked_as_10_01_and_19_99_with_33_10_in_all() {
    let env = coworking();
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "C1",
        "--item",
        "DESK:3@3.335",
        "--item",
        "BOOK:1@19.99",
    ]);
    let invoice = env.json(&["invoice", "show", "INV-2026-00001"]);
    assert_eq!(
        rates_and_nets(&invoice),
        [pair("3.335", "10.01"), pair("19.99", "19.99")]
    );
    assert_eq!(
        invoice["vat"],
        json!([
            { "rate": "5.5", "base": "19.99", "tax": "1.10" },
            { "rate": "20", "base": "10.01", "tax": "2.00" },
        ])
    );
    assert_eq!(
        (
            &invoice["net_total"],
            &invoice["tax_total"],
            &invoice["grand_total"]
        ),
        (&json!("30.00"), &json!("3.10"), &json!("33.10"))
    );
}

#[test]
fn a_rate_keeps_up_to_six_decimals_wherever_it_is_typed_and_is_shown_as_given() {
    let mut env = coworking();
    env.ok(&["price", "set", "BOOK", "0.123456"]);
    assert!(
        env.ok(&["price", "list", "--format", "csv"])
            .contains("BOOK,Standard,unit,0.123456,,")
    );
    env.ok(&["plan", "add", "P", "--item", "DESK:3@3.335"]);
    assert_eq!(
        env.json(&["plan", "show", "P"])["lines"][0]["rate"],
        "3.335"
    );
    env.ok(&[
        "order",
        "create",
        "--customer",
        "C1",
        "--item",
        "BOOK:3@3.335",
    ]);
    assert_eq!(
        rates_and_nets(&env.json(&["order", "show", "SO-0001"])),
        [pair("3.335", "10.01")]
    );
    env.ok(&[
        "bill",
        "add",
        "--supplier",
        "EDF",
        "--line",
        "Power:3@3.335",
    ]);
    assert_eq!(
        rates_and_nets(&env.json(&["bill", "show", "BILL-0001"])),
        [pair("3.335", "10.01")]
    );
    env.ok(&[
        "subscription",
        "create",
        "--customer",
        "C1",
        "--item",
        "DESK:3@3.335",
        "--start",
        "2026-01-01",
    ]);
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "C1",
        "--item",
        "DESK@310",
        "--item",
        "BOOK:2",
    ]);
    env.at("2026-01-02");
    env.ok(&["tick"]);
    // The one-off invoice (a whole rate shows the currency's decimals; the listed price
    // its own six), then the subscription's first period.
    assert_eq!(
        rates_and_nets(&env.json(&["invoice", "show", "INV-2026-00001"])),
        [pair("310.00", "310.00"), pair("0.123456", "0.25")]
    );
    assert_eq!(
        rates_and_nets(&env.json(&["invoice", "show", "INV-2026-00002"])),
        [pair("3.335", "10.01")]
    );
    assert_snapshot!(
        env.fails(&["invoice", "create", "--customer", "C1", "--item", "DESK@3.3350001"], 65),
        @r#"error: --item DESK@3.3350001: rate: "3.3350001" has 7 decimal places; at most 6 allowed"#
    );
}

#[test]
fn an_amount_beyond_the_largest_is_refused_naming_its_line_in_every_command() {
    let env = coworking();
    let before = env.dump();
    for line in [
        "DESK:99999999@999999999999.99",
        "DESK:90000@999999999999.99",
    ] {
        for command in [
            &["invoice", "create", "--customer", "C1"][..],
            &["order", "create", "--customer", "C1"],
            &["subscription", "create", "--customer", "C1"],
            &["plan", "add", "P"],
        ] {
            let mut args = command.to_vec();
            args.extend(["--item", line]);
            let error = env.fails(&args, 65);
            let qty = &line[5..line.find('@').unwrap()];
            assert_eq!(
                error,
                format!(
                    "error: --item DESK: {qty} × 999999999999.99 is beyond the largest amount subs books (999999999999.99)"
                ),
                "{args:?}"
            );
        }
    }
    assert_snapshot!(
        env.fails(&["bill", "add", "--supplier", "EDF", "--line", "Rent:90000@999999999999.99"], 65),
        @"error: --line Rent: 90000 × 999999999999.99 is beyond the largest amount subs books (999999999999.99)"
    );
    // Each line within the bound, their total not.
    assert_snapshot!(
        env.fails(&[
            "invoice", "create", "--customer", "C1",
            "--item", "DESK@999999999999.99", "--item", "DESK@999999999999.99",
        ], 65),
        @"error: lines: the net at 20 % VAT is beyond the largest amount subs books (999999999999.99)"
    );
    assert_snapshot!(
        env.fails(&["payment", "add", "--invoice", "INV-2026-00001", "--amount", "1000000000000"], 65),
        @r#"error: --amount: "1000000000000" is too large (at most 12 digits before the point)"#
    );
    assert_eq!(env.dump(), before, "a refused amount changed the books");
    // The largest amount itself is booked.
    env.ok(&[
        "item",
        "add",
        "FREE",
        "--name",
        "Untaxed",
        "--vat-rate",
        "0",
    ]);
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "C1",
        "--item",
        "FREE@999999999999.99",
    ]);
    assert_eq!(
        env.json(&["invoice", "show", "INV-2026-00001"])["grand_total"],
        "999999999999.99"
    );
}

#[test]
fn a_subscription_priced_beyond_the_largest_amount_fails_alone_in_tick_and_preview() {
    let mut env = coworking();
    env.ok(&["price", "set", "DESK", "999999999999.99"]);
    for item in ["DESK:99999999", "BOOK"] {
        env.ok(&[
            "subscription",
            "create",
            "--customer",
            "C1",
            "--item",
            item,
            "--start",
            "2026-01-01",
        ]);
    }
    let preview = env.json(&["subscription", "preview", "SUB-0001", "--periods", "1"]);
    assert_eq!(
        preview[0]["error"],
        "line DESK: 99999999 × 999999999999.99 is beyond the largest amount subs books (999999999999.99)"
    );
    env.at("2026-02-01");
    // Every run fails it again; the other is billed, once.
    for units in [2, 1] {
        let run = env.run(&["tick"]);
        assert_eq!(run.code, 3, "{}", run.stderr);
        assert_eq!(
            run.stderr,
            format!(
                "error: SUB-0001: line DESK: 99999999 × 999999999999.99 is beyond the largest amount subs books (999999999999.99)\n\
                 error: 1 of {units} units failed (each named above)\n"
            )
        );
    }
    let billed: Vec<Value> = env.json(&["invoice", "list"]).as_array().unwrap().clone();
    assert_eq!(
        billed.len(),
        2,
        "SUB-0002 is billed for January and February"
    );
    assert!(billed.iter().all(|i| i["subscription"] == "SUB-0002"));
}

/// Books in `currency`, with DESK at `price` (VAT 20 %) subscribed from 2026-01-01.
fn books_in(currency: &str, price: &str) -> TestEnv {
    let mut env = TestEnv::empty();
    env.at("2026-01-01");
    env.ok(&["init", "--company", "Test", "--currency", currency]);
    env.ok(&["vat", "add", "TVA20", "--rate", "20", "--default"]);
    env.ok(&["item", "add", "DESK", "--name", "Desk"]);
    env.ok(&["price-list", "add", "Standard", "--currency", currency]);
    env.ok(&["price", "set", "DESK", price]);
    env.ok(&["customer", "add", "C1", "--name", "Client One"]);
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
    env
}

#[test]
fn tick_prints_amounts_with_the_currency_decimals() {
    let yen = books_in("JPY", "1500");
    assert_snapshot!(yen.ok(&["tick", "--dry-run"]), @r"
    would create invoice INV-2026-00001 for SUB-0001 2026-01-01..2026-01-31 1800
    invoices: 1
    ");
    let dinar = books_in("KWD", "12.3455");
    assert_snapshot!(dinar.ok(&["tick", "-v"]), @r"
    invoice INV-2026-00001 for SUB-0001 2026-01-01..2026-01-31 14.815
    invoices: 1
    ");
}

#[test]
fn limits_say_what_they_are() {
    let env = coworking();
    assert_snapshot!(
        env.fails(&["subscription", "create", "--customer", "C1", "--item", "DESK", "--every", "10000"], 65),
        @r#"error: --every: "10000" is not a whole number from 1 to 1000"#
    );
}

#[test]
fn a_statement_amount_beyond_the_largest_or_zero_is_refused_saying_what_it_is() {
    let env = coworking();
    let before = env.dump();
    let corpus = |name: &str| format!("{}/tests/corpus/{name}", env!("CARGO_MANIFEST_DIR"));
    assert_eq!(
        env.fails(
            &["bank", "import", &corpus("bank-amount-beyond-maximum.csv")],
            65
        ),
        format!(
            "error: {}:3: column Crédit: \"1 000 000 000 000,00\" is too large (at most 12 digits before the point)",
            corpus("bank-amount-beyond-maximum.csv")
        )
    );
    assert_eq!(
        env.fails(
            &["bank", "import", &corpus("bank-amount-negative-zero.csv")],
            65
        ),
        format!(
            "error: {}:2: column Crédit: \"-0,00\" is zero and column Débit is empty; one must hold a non-zero amount",
            corpus("bank-amount-negative-zero.csv")
        )
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
    env.ok(&[
        "config",
        "set",
        "payment.link_template",
        "https://pay.example.fr/p/{token}",
    ]);
    env.ok(&[
        "subscription",
        "create",
        "--customer",
        "C1",
        "--item",
        "DESK",
        "--start",
        "2026-01-01",
        "--payment-method",
        "stripe",
    ]);
    env.ok(&["tick"]);
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
        &[
            "webhook",
            "receive",
            "--gateway",
            "stripe",
            "--signature",
            &signature,
        ],
        body,
    );
    assert_eq!(run.code, 65, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        run.stderr,
        "error: webhook body: Stripe event evt_huge (payment_intent.succeeded) has data.object.amount_received 9223372036854775807, beyond the largest amount subs books (99999999999999 minor units)\n"
    );
    assert_eq!(env.dump(), before, "the refused event changed the books");
}
