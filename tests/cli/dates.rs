//! Dates are years 1900 to 2199: anything else is bad input wherever a date enters (flags,
//! `--now`, files), and no date `subs` computes goes past 2199-12-31.

use crate::billing::coworking;
use crate::env::TestEnv;

fn corpus(name: &str) -> String {
    format!("{}/tests/corpus/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// The coworking books with a subscription, an invoice and a place to book.
fn books() -> TestEnv {
    let env = coworking();
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
    env.ok(&["invoice", "create", "--customer", "C1", "--item", "BOOK"]);
    env.ok(&["location", "add", "L1"]);
    env.ok(&["location", "capacity", "L1", "DESK", "2"]);
    env
}

#[test]
fn a_date_outside_1900_to_2199_is_refused_wherever_it_is_typed() {
    let mut env = books();
    let before = env.dump();
    let cases: &[(&[&str], &str, &str)] = &[
        (&["--now", "+99999-01-01", "tick"], "--now", "+99999-01-01"),
        (
            &["--now", "2200-01-01T00:30:00+01:00", "tick"],
            "--now",
            "2200-01-01",
        ),
        (
            &[
                "subscription",
                "create",
                "--customer",
                "C1",
                "--item",
                "DESK",
                "--start",
                "9999-12-31",
            ],
            "--start",
            "9999-12-31",
        ),
        (
            &[
                "subscription",
                "create",
                "--customer",
                "C1",
                "--item",
                "DESK",
                "--end",
                "2200-01-01",
            ],
            "--end",
            "2200-01-01",
        ),
        (
            &[
                "subscription",
                "create",
                "--customer",
                "C1",
                "--item",
                "DESK",
                "--trial-end",
                "1899-12-31",
            ],
            "--trial-end",
            "1899-12-31",
        ),
        (
            &["cancel", "SUB-0001", "--on", "1899-12-31", "--yes"],
            "--on",
            "1899-12-31",
        ),
        (
            &[
                "customer",
                "add",
                "C2",
                "--name",
                "Two",
                "--mandate-signed-on",
                "0000-01-01",
            ],
            "--mandate-signed-on",
            "0000-01-01",
        ),
        (
            &[
                "customer",
                "edit",
                "C1",
                "--mandate-signed-on",
                "0000-01-01",
            ],
            "--mandate-signed-on",
            "0000-01-01",
        ),
        (
            &["price", "set", "DESK", "1", "--from", "2200-01-01"],
            "--from",
            "2200-01-01",
        ),
        (
            &[
                "bill",
                "add",
                "--supplier",
                "EDF",
                "--line",
                "Rent:1@1",
                "--date",
                "1899-12-31",
            ],
            "--date",
            "1899-12-31",
        ),
        (
            &[
                "payment",
                "add",
                "--invoice",
                "INV-2026-00001",
                "--amount",
                "1",
                "--date",
                "2200-01-01",
            ],
            "--date",
            "2200-01-01",
        ),
        (
            &[
                "repeat",
                "add",
                "--source",
                "invoice:INV-2026-00001",
                "--frequency",
                "monthly",
                "--start",
                "9999-12-31",
            ],
            "--start",
            "9999-12-31",
        ),
        (
            &[
                "contract",
                "add",
                "--customer",
                "C1",
                "--start",
                "0000-01-01",
            ],
            "--start",
            "0000-01-01",
        ),
        (
            &[
                "booking",
                "add",
                "--customer",
                "C1",
                "--item",
                "DESK",
                "--location",
                "L1",
                "--from",
                "2200-01-01T10:00",
                "--to",
                "2200-01-01T11:00",
            ],
            "--from",
            "2200-01-01",
        ),
        (
            &["invoice", "list", "--from", "1899-12-31"],
            "--from",
            "1899-12-31",
        ),
    ];
    for (args, field, date) in cases {
        let error = env.fails(args, 65);
        assert_eq!(
            error,
            format!("error: {field}: {date} is outside the years 1900 to 2199"),
            "{args:?}"
        );
    }
    env.at("0000-01-01");
    assert_eq!(
        env.fails(&["invoice", "list"], 65),
        "error: --now: 0000-01-01 is outside the years 1900 to 2199"
    );
    env.at("2026-01-01");
    assert_eq!(env.dump(), before, "a refused date changed the books");
}

#[test]
fn a_file_dated_outside_the_range_is_refused_naming_its_line() {
    let env = books();
    let before = env.dump();
    assert_eq!(
        env.fails(&["bank", "import", &corpus("bank-date-2200.csv")], 65),
        format!(
            "error: {}:3: column Date: 2200-01-01 is outside the years 1900 to 2199",
            corpus("bank-date-2200.csv")
        )
    );
    let camt = env.fails(&["bank", "import", &corpus("bank-camt-date-9999.xml")], 65);
    assert!(
        camt.contains("BookgDt")
            && camt.ends_with(": 9999-12-31 is outside the years 1900 to 2199"),
        "{camt}"
    );
    assert_eq!(
        env.fails(
            &["customer", "import", &corpus("customers-mandate-1899.csv")],
            65
        ),
        format!(
            "error: {}:3: column mandate_signed_on: 1899-12-31 is outside the years 1900 to 2199",
            corpus("customers-mandate-1899.csv")
        )
    );
    assert_eq!(env.dump(), before, "a refused file changed the books");
}

#[test]
fn a_subscription_bills_the_periods_that_end_by_2199_and_none_past_it() {
    let mut env = TestEnv::new();
    env.at("2199-10-01");
    env.ok(&["item", "add", "DESK", "--name", "Desk", "--vat-rate", "0"]);
    env.ok(&["customer", "add", "C1", "--name", "Client One"]);
    env.ok(&[
        "subscription",
        "create",
        "--customer",
        "C1",
        "--item",
        "DESK@100",
        "--start",
        "2199-10-15",
    ]);
    env.at("2199-12-31");
    assert_eq!(env.ok(&["tick"]), "invoices: 2\n");
    assert_eq!(env.ok(&["tick"]), "nothing due\n");
    let periods: Vec<(String, String)> = env
        .json(&["invoice", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["period_start"].as_str().unwrap().to_string(),
                i["period_end"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    // 2199-12-15..2200-01-14 would run past the last day: it is never billed.
    assert_eq!(
        periods,
        [
            ("2199-10-15".to_string(), "2199-11-14".to_string()),
            ("2199-11-15".to_string(), "2199-12-14".to_string())
        ]
    );
    assert!(
        env.json(&["subscription", "preview", "SUB-0001"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    let sub = env.json(&["subscription", "show", "SUB-0001"]);
    assert_eq!(sub["next_invoice_date"], serde_json::Value::Null);
    // A subscription whose first period could not end by then is refused outright.
    for extra in [
        &["--start", "2199-12-15"][..],
        &[
            "--start",
            "2026-01-01",
            "--interval",
            "year",
            "--every",
            "1000",
        ],
    ] {
        let mut args = vec![
            "subscription",
            "create",
            "--customer",
            "C1",
            "--item",
            "DESK",
        ];
        args.extend_from_slice(extra);
        let error = env.fails(&args, 65);
        assert!(
            error.starts_with("error: --start: a first period from ")
                && error.ends_with(" would end after 2199-12-31; dates are years 1900 to 2199"),
            "{error}"
        );
    }
    // An invoice whose payment term would run past the last day cannot be issued.
    assert_eq!(
        env.fails(
            &["invoice", "create", "--customer", "C1", "--item", "DESK@1"],
            65
        ),
        "error: due date: 30 days after 2199-12-31 is past 2199-12-31, the last day subs knows"
    );
}
