//! Bank statements: French CSV and camt.053 import, re-import, automatic and manual
//! reconciliation, bad files.

use insta::{assert_compact_json_snapshot, assert_json_snapshot, assert_snapshot};

use crate::env::{CommandLine, Exit, TestEnv};
use crate::payments::{fields, rows};

/// The shared statements (`tests/fixtures/bank/`), placed in the book's directory.
const STATEMENTS: [&str; 5] = [
    "releve-fr.csv",
    "mapping-fr.toml",
    "camt053-v08.xml",
    "camt053-v02.xml",
    "pain.008.001.02.sample.xml",
];

/// Four invoices at 0 % VAT: C1 owes INV-2026-00001 (10.00) and INV-2026-00002 (100.00),
/// ACME owes INV-2026-00003 (1000.00) and INV-2026-00004 (250.50). The names match the
/// shared French statement, which is in the book's directory with the other shared
/// statements.
fn books() -> TestEnv {
    let mut env = TestEnv::new();
    env.at("2026-02-01");
    env.ok("vat add EXO --rate 0");
    env.ok("item add FEE --name Fee --vat-rate EXO");
    env.ok("customer add C1 --name 'Client Un'");
    env.ok("customer add ACME --name 'Acme SARL'");
    for (customer, rate) in [
        ("C1", "10"),
        ("C1", "100"),
        ("ACME", "1000"),
        ("ACME", "250.50"),
    ] {
        env.ok(format!(
            "invoice create --customer {customer} --item FEE@{rate}"
        ));
    }
    for name in STATEMENTS {
        let fixture = format!("{}/tests/fixtures/bank/{name}", env!("CARGO_MANIFEST_DIR"));
        env.write(name, std::fs::read(fixture).expect("bank fixture"));
    }
    env
}

/// The books with the French statement imported and reconciled automatically: lines 1
/// and 3 matched (INV-2026-00002, then INV-2026-00003 and INV-2026-00004).
fn reconciled() -> TestEnv {
    let env = books();
    env.ok("bank import releve-fr.csv");
    env.ok("bank reconcile --auto");
    env
}

#[test]
fn the_french_csv_imports_every_line() {
    let env = books();
    assert_snapshot!(
        env.run("bank import releve-fr.csv --mapping mapping-fr.toml").transcript(),
        @"
    --- stderr
    5 lines read, 5 new, 0 already imported
    "
    );
    assert_snapshot!(env.ok("bank list --format csv"), @"
    id,date,amount,label,reference,counterparty,status,match_rule,customer,payment,currency,note
    1,2026-02-02,100.00,VIR SEPA CLIENT UN REF INV-2026-00002,E2E-0001,,unmatched,,,,EUR,
    2,2026-02-03,-84.12,PRLV SEPA EDF,,,unmatched,,,,EUR,
    3,2026-02-05,1250.50,VIR INST ACME SARL FACTURE INV-2026-00003 ET INV-2026-00004,,,unmatched,,,,EUR,
    4,2026-02-06,45.00,REMISE CHEQUE 1234567,,,unmatched,,,,EUR,
    5,2026-02-07,-32.90,CB LEROY MERLIN 06/02,,,unmatched,,,,EUR,
    ");
}

#[test]
fn reimporting_a_statement_adds_nothing() {
    let env = books();
    env.ok("bank import releve-fr.csv --mapping mapping-fr.toml");
    let before = env.ok("bank list --format csv");
    assert_snapshot!(env.run("bank import releve-fr.csv").transcript(), @"
    --- stderr
    5 lines read, 0 new, 5 already imported
    ");
    assert_eq!(env.ok("bank list --format csv"), before);
}

#[test]
fn auto_reconciliation_matches_by_invoice_number_and_records_the_rule() {
    let env = books();
    env.ok("bank import releve-fr.csv");
    assert_json_snapshot!(env.json("bank reconcile --auto"), @r#"
    [
      {
        "transaction": 1,
        "rule": "invoice_number",
        "customer": "C1",
        "payment": "PAY-0001",
        "invoices": "INV-2026-00002"
      },
      {
        "transaction": 3,
        "rule": "invoice_number",
        "customer": "ACME",
        "payment": "PAY-0002",
        "invoices": "INV-2026-00003 INV-2026-00004"
      }
    ]
    "#);
    assert_snapshot!(rows(&env.json("invoice list"), &["number", "payment_status"]), @r#"
    {"number":"INV-2026-00001","payment_status":"unpaid"}
    {"number":"INV-2026-00002","payment_status":"paid"}
    {"number":"INV-2026-00003","payment_status":"paid"}
    {"number":"INV-2026-00004","payment_status":"paid"}
    "#);
    assert_compact_json_snapshot!(
        fields(&env.json("payment show PAY-0002"), &["method", "date"]),
        @r#"{"method": "transfer", "date": "2026-02-05"}"#
    );
}

#[test]
fn what_stays_unmatched_is_listed_for_bank_match() {
    let env = reconciled();
    assert_snapshot!(env.ok("bank list --status unmatched --format csv"), @"
    id,date,amount,label,reference,counterparty,status,match_rule,customer,payment,currency,note
    2,2026-02-03,-84.12,PRLV SEPA EDF,,,unmatched,,,,EUR,
    4,2026-02-06,45.00,REMISE CHEQUE 1234567,,,unmatched,,,,EUR,
    5,2026-02-07,-32.90,CB LEROY MERLIN 06/02,,,unmatched,,,,EUR,
    ");
    assert_snapshot!(env.ok("bank reconcile --format csv"), @"
    id,date,amount,label,reference,counterparty,status,match_rule,customer,payment,currency,note
    2,2026-02-03,-84.12,PRLV SEPA EDF,,,unmatched,,,,EUR,
    4,2026-02-06,45.00,REMISE CHEQUE 1234567,,,unmatched,,,,EUR,
    5,2026-02-07,-32.90,CB LEROY MERLIN 06/02,,,unmatched,,,,EUR,
    ");
}

#[test]
fn reconciling_again_matches_nothing_more() {
    let env = reconciled();
    assert_eq!(env.json("bank reconcile --auto"), serde_json::json!([]));
}

#[test]
fn a_known_payer_with_one_open_invoice_of_that_amount_is_matched() {
    let env = books();
    env.write(
        "releve.csv",
        "Date;Libellé;Débit;Crédit;Référence\r\n10/02/2026;VIR ACME SARL;;1000,00;\r\n",
    );
    env.ok("bank import releve.csv");
    assert_compact_json_snapshot!(
        fields(&env.json("bank reconcile --auto"), &["rule", "invoices"]),
        @r#"[{"rule": "amount_and_payer", "invoices": "INV-2026-00003"}]"#
    );
}

#[test]
fn a_line_is_matched_by_hand_and_an_excess_becomes_credit_only_when_allowed() {
    let env = books();
    env.ok("bank import releve-fr.csv");
    // Line 4: REMISE CHEQUE 1234567, 45.00. As with `payment add`, the excess over the
    // 10.00 owed needs --allow-overpayment.
    let before = env.dump();
    let err = env.fails("bank match 4 --invoice INV-2026-00001", Exit::BadData);
    assert!(err.contains("--allow-overpayment"), "{err}");
    assert_eq!(env.dump(), before);
    assert_eq!(
        env.ok("bank match 4 --invoice INV-2026-00001 --allow-overpayment"),
        "PAY-0001\n"
    );
    assert_compact_json_snapshot!(
        fields(&env.json("payment show PAY-0001"), &["amount", "unallocated"]),
        @r#"{"amount": "45.00", "unallocated": "35.00"}"#
    );
}

#[test]
fn a_line_matched_already_going_out_or_unknown_cannot_be_matched_by_hand() {
    let env = books();
    env.ok("bank import releve-fr.csv");
    env.ok("bank match 4 --invoice INV-2026-00001 --allow-overpayment");
    let error = env.fails("bank match 4 --invoice INV-2026-00001", Exit::Refused);
    assert!(error.contains("already matched"), "{error}");
    // Line 2: PRLV SEPA EDF, -84.12.
    let error = env.fails("bank match 2 --invoice INV-2026-00002", Exit::Refused);
    assert!(error.contains("going out"), "{error}");
    env.fails("bank match 999 --invoice INV-2026-00002", Exit::NotFound);
}

#[test]
fn camt053_statements_import_and_reconcile_like_csv() {
    let env = books();
    env.ok("bank import camt053-v08.xml");
    assert_snapshot!(rows(&env.json("bank reconcile --auto"), &["rule", "invoices"]), @r#"
    {"rule":"invoice_number","invoices":"INV-2026-00002"}
    {"rule":"invoice_number","invoices":"INV-2026-00003 INV-2026-00004"}
    "#);
}

#[test]
fn the_same_statement_in_the_older_camt053_version_adds_nothing() {
    let env = books();
    env.ok("bank import camt053-v08.xml");
    assert_snapshot!(env.run("bank import camt053-v02.xml").transcript(), @"
    --- stderr
    4 lines read, 0 new, 4 already imported
    ");
}

#[test]
fn bad_statements_name_the_place_and_import_nothing() {
    let env = books();
    let before = env.dump();
    env.write(
        "bad.csv",
        "Date;Libellé;Débit;Crédit;Référence\n02/02/2026;OK;;10,00;\n30/02/2026;BAD DATE;;10,00;\n",
    );
    env.write(
        "amount.csv",
        "Date;Libellé;Débit;Crédit;Référence\n02/02/2026;X;;1e9;\n",
    );
    env.write(
        "truncated.xml",
        "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>",
    );
    env.write("map.toml", "separator = \";\"\n");
    for (line, says) in [
        ("bank import bad.csv", "bad.csv:3"),
        ("bank import amount.csv", "amount.csv:2"),
        ("bank import pain.008.001.02.sample.xml", "camt.053"),
        ("bank import releve-fr.csv --mapping map.toml", "map.toml"),
    ] {
        let error = env.fails(line, Exit::BadData);
        assert!(error.contains(says), "{line}: {error}");
    }
    env.fails("bank import truncated.xml", Exit::BadData);
    env.fails("bank import missing.csv", Exit::NotFound);
    assert_eq!(env.dump(), before);
}

#[test]
fn statement_format_forces_how_bank_import_reads_a_statement() {
    let env = books();
    let before = env.dump();
    let error = env.fails(
        "bank import releve-fr.csv --statement-format camt053",
        Exit::BadData,
    );
    assert!(
        error.contains("releve-fr.csv:1: is not valid UTF-8"),
        "{error}"
    );
    env.fails(
        "bank import releve-fr.csv --statement-format json",
        Exit::Usage,
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn camt053_given_as_the_output_format_says_where_it_belongs_now() {
    let env = books();
    let before = env.dump();
    for line in [
        "bank import releve-fr.csv --format camt053",
        "customer list --format camt053",
    ] {
        let error = env.fails(line, Exit::Usage);
        assert!(error.contains("--statement-format camt053"), "{error}");
    }
    assert_eq!(env.dump(), before);
}

#[test]
fn subs_format_is_about_output_and_does_not_change_how_a_statement_is_read() {
    let env = books();
    let run = env
        .command()
        .env("SUBS_FORMAT", "json")
        .args("bank import releve-fr.csv".to_args())
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}
