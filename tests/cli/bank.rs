//! Bank statements: French CSV and camt.053 import, re-import, automatic and manual
//! reconciliation, bad files.

use crate::env::TestEnv;

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/bank/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Four invoices at 0 % VAT: C1 owes INV-2026-00001 (10.00) and INV-2026-00002 (100.00),
/// ACME owes INV-2026-00003 (1000.00) and INV-2026-00004 (250.50). The names match the
/// shared French statement.
fn books() -> TestEnv {
    let mut env = TestEnv::new();
    env.at("2026-02-01");
    env.ok(&["vat", "add", "EXO", "--rate", "0"]);
    env.ok(&["item", "add", "FEE", "--name", "Fee", "--vat-rate", "EXO"]);
    env.ok(&["customer", "add", "C1", "--name", "Client Un"]);
    env.ok(&["customer", "add", "ACME", "--name", "Acme SARL"]);
    for (customer, rate) in [
        ("C1", "10"),
        ("C1", "100"),
        ("ACME", "1000"),
        ("ACME", "250.50"),
    ] {
        env.ok(&[
            "invoice",
            "create",
            "--customer",
            customer,
            "--item",
            &format!("FEE@{rate}"),
        ]);
    }
    env
}

#[test]
fn the_french_csv_imports_once_and_reimporting_adds_nothing() {
    let env = books();
    let run = env.run(&[
        "bank",
        "import",
        &fixture("releve-fr.csv"),
        "--mapping",
        &fixture("mapping-fr.toml"),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("5 lines read, 5 new"), "{}", run.stderr);
    let run = env.run(&["bank", "import", &fixture("releve-fr.csv")]);
    assert!(
        run.stderr
            .contains("5 lines read, 0 new, 5 already imported"),
        "{}",
        run.stderr
    );
    let lines = env.json(&["bank", "list"]);
    assert_eq!(lines.as_array().unwrap().len(), 5);
    assert_eq!(lines[0]["amount"], "100.00");
    assert_eq!(lines[1]["amount"], "-84.12");
    assert_eq!(
        lines[2]["label"],
        "VIR INST ACME SARL FACTURE INV-2026-00003 ET INV-2026-00004"
    );
}

#[test]
fn auto_reconciliation_matches_by_invoice_number_and_records_the_rule() {
    let env = books();
    env.ok(&["bank", "import", &fixture("releve-fr.csv")]);
    let matches = env.json(&["bank", "reconcile", "--auto"]);
    assert_eq!(matches.as_array().unwrap().len(), 2, "{matches}");
    assert_eq!(matches[0]["rule"], "invoice_number");
    assert_eq!(matches[0]["invoices"], "INV-2026-00002");
    assert_eq!(matches[1]["invoices"], "INV-2026-00003 INV-2026-00004");
    assert_eq!(
        env.json(&["invoice", "show", "INV-2026-00002"])["payment_status"],
        "paid"
    );
    assert_eq!(
        env.json(&["invoice", "show", "INV-2026-00004"])["payment_status"],
        "paid"
    );
    let payment = env.json(&["payment", "show", "PAY-0002"]);
    assert_eq!(payment["method"], "transfer");
    assert_eq!(payment["date"], "2026-02-05");
    // What stays unmatched is listed for `bank match`.
    let unmatched = env.json(&["bank", "list", "--status", "unmatched"]);
    assert_eq!(unmatched.as_array().unwrap().len(), 3);
    let listed = env.ok(&["bank", "reconcile", "--format", "csv"]);
    assert_eq!(listed.lines().count(), 4, "{listed}");
    // Running it again matches nothing more.
    assert_eq!(
        env.json(&["bank", "reconcile", "--auto"]),
        serde_json::json!([])
    );
}

#[test]
fn a_known_payer_with_one_open_invoice_of_that_amount_is_matched() {
    let env = books();
    env.write(
        "releve.csv",
        "Date;Libellé;Débit;Crédit;Référence\r\n10/02/2026;VIR ACME SARL;;1000,00;\r\n",
    );
    env.ok(&["bank", "import", "releve.csv"]);
    let matches = env.json(&["bank", "reconcile", "--auto"]);
    assert_eq!(matches[0]["rule"], "amount_and_payer");
    assert_eq!(matches[0]["invoices"], "INV-2026-00003");
}

#[test]
fn a_line_is_matched_by_hand_and_an_excess_becomes_credit_when_allowed() {
    let env = books();
    env.ok(&["bank", "import", &fixture("releve-fr.csv")]);
    let cheque = env
        .json(&["bank", "list"])
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["label"] == "REMISE CHEQUE 1234567")
        .unwrap()["id"]
        .clone();
    let id = cheque.as_i64().unwrap().to_string();
    // As with `payment add`, the excess needs --allow-overpayment.
    let before = env.dump();
    let err = env.fails(&["bank", "match", &id, "--invoice", "INV-2026-00001"], 65);
    assert!(err.contains("--allow-overpayment"), "{err}");
    assert_eq!(env.dump(), before);
    assert_eq!(
        env.ok(&[
            "bank",
            "match",
            &id,
            "--invoice",
            "INV-2026-00001",
            "--allow-overpayment"
        ]),
        "PAY-0001\n"
    );
    let payment = env.json(&["payment", "show", "PAY-0001"]);
    assert_eq!(payment["amount"], "45.00");
    assert_eq!(payment["unallocated"], "35.00");
    assert!(
        env.fails(&["bank", "match", &id, "--invoice", "INV-2026-00001"], 1)
            .contains("already matched")
    );
    let debit = env
        .json(&["bank", "list"])
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["amount"] == "-84.12")
        .unwrap()["id"]
        .as_i64()
        .unwrap()
        .to_string();
    assert!(
        env.fails(&["bank", "match", &debit, "--invoice", "INV-2026-00002"], 1)
            .contains("going out")
    );
    env.fails(&["bank", "match", "999", "--invoice", "INV-2026-00002"], 66);
}

#[test]
fn camt053_statements_import_and_reconcile_like_csv() {
    let env = books();
    let run = env.run(&["bank", "import", &fixture("camt053-v08.xml")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let matches = env.json(&["bank", "reconcile", "--auto"]);
    let invoices: Vec<_> = matches
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["invoices"].as_str().unwrap().to_string())
        .collect();
    assert!(
        invoices.contains(&"INV-2026-00002".to_string()),
        "{invoices:?}"
    );
    assert!(
        invoices.contains(&"INV-2026-00003 INV-2026-00004".to_string()),
        "{invoices:?}"
    );
    // The same statement in the older version is the same lines: nothing new.
    let run = env.run(&["bank", "import", &fixture("camt053-v02.xml")]);
    assert!(run.stderr.contains(" 0 new"), "{}", run.stderr);
}

#[test]
fn bad_statements_name_the_place_and_import_nothing() {
    let env = books();
    let before = env.dump();
    env.write(
        "bad.csv",
        "Date;Libellé;Débit;Crédit;Référence\n02/02/2026;OK;;10,00;\n30/02/2026;BAD DATE;;10,00;\n",
    );
    let err = env.fails(&["bank", "import", "bad.csv"], 65);
    assert!(err.contains("bad.csv:3"), "{err}");
    env.write(
        "amount.csv",
        "Date;Libellé;Débit;Crédit;Référence\n02/02/2026;X;;1e9;\n",
    );
    assert!(
        env.fails(&["bank", "import", "amount.csv"], 65)
            .contains("amount.csv:2")
    );
    let err = env.fails(
        &["bank", "import", &fixture("pain.008.001.02.sample.xml")],
        65,
    );
    assert!(err.contains("camt.053"), "{err}");
    env.write("truncated.xml", "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>");
    env.fails(&["bank", "import", "truncated.xml"], 65);
    env.write("map.toml", "separator = \";\"\n");
    assert!(
        env.fails(
            &[
                "bank",
                "import",
                &fixture("releve-fr.csv"),
                "--mapping",
                "map.toml"
            ],
            65
        )
        .contains("map.toml")
    );
    env.fails(&["bank", "import", "missing.csv"], 66);
    assert_eq!(env.dump(), before);
}

#[test]
fn statement_format_forces_how_bank_import_reads_a_statement() {
    let env = books();
    let before = env.dump();
    let err = env.fails(
        &[
            "bank",
            "import",
            &fixture("releve-fr.csv"),
            "--statement-format",
            "camt053",
        ],
        65,
    );
    assert!(err.contains("releve-fr.csv:1: is not valid UTF-8"), "{err}");
    assert_eq!(
        env.run(&[
            "bank",
            "import",
            &fixture("releve-fr.csv"),
            "--statement-format",
            "json"
        ])
        .code,
        2
    );
    // --format is the output format only; camt053 there says where it belongs now.
    for args in [
        &[
            "bank",
            "import",
            &fixture("releve-fr.csv"),
            "--format",
            "camt053",
        ][..],
        &["customer", "list", "--format", "camt053"][..],
    ] {
        let err = env.fails(args, 2);
        assert!(err.contains("--statement-format camt053"), "{err}");
    }
    assert_eq!(env.dump(), before);
    // SUBS_FORMAT is about output: it does not change how a statement is read.
    let run = env
        .command()
        .env("SUBS_FORMAT", "json")
        .args(["bank", "import", &fixture("releve-fr.csv")])
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}
