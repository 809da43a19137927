//! SEPA direct debit: creditor settings, customer mandates, and `sepa export` files that
//! validate against the official pain.008.001.08 schema.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::billing::coworking;
use crate::env::TestEnv;
use crate::tools;

const CREDITOR_ID: &str = "FR72ZZZ123456";
const CREDITOR_IBAN: &str = "FR7630006000011234567890189";

fn schema() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schemas/pain.008.001.08.xsd")
}

/// xmllint's verdict on `file` against the pain.008.001.08 schema: `None` when xmllint is
/// not installed (the test then checks the rest), `Some((valid, messages))` otherwise.
fn xmllint(file: &Path) -> Option<(bool, String)> {
    let xmllint = tools::require("xmllint")?;
    let out = Command::new(xmllint)
        .arg("--noout")
        .arg("--schema")
        .arg(schema())
        .arg(file)
        .output()
        .expect("run xmllint");
    Some((
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

#[track_caller]
fn assert_valid(file: &Path) {
    if let Some((valid, messages)) = xmllint(file) {
        assert!(valid, "{} does not validate:\n{messages}", file.display());
        assert!(messages.contains("validates"), "{messages}");
    }
}

/// The coworking books (C1 pays by hand) with the creditor settings, and two customers
/// paying by SEPA direct debit: S1 (French IBAN, no BIC, a name that needs escaping) and
/// S2 (German IBAN with its BIC). It is 2026-01-01; invoices are due 30 days after issue.
pub(crate) fn sepa_books() -> TestEnv {
    let env = coworking();
    env.ok(&["config", "set", "sepa.creditor_id", CREDITOR_ID]);
    env.ok(&["config", "set", "sepa.iban", CREDITOR_IBAN]);
    env.ok(&[
        "customer",
        "add",
        "S1",
        "--name",
        "Dupont & Fils <SARL>",
        "--payment-method",
        "sepa",
        "--iban",
        "FR76 3000 6000 0112 3456 7890 189",
        "--mandate-id",
        "RUM-S1-001",
        "--mandate-signed-on",
        "2025-12-01",
    ]);
    env.ok(&[
        "customer",
        "add",
        "S2",
        "--name",
        "Zoé Martin",
        "--individual",
        "--payment-method",
        "sepa",
        "--iban",
        "DE89370400440532013000",
        "--bic",
        "COBADEFFXXX",
        "--mandate-id",
        "RUM-S2-001",
        "--mandate-signed-on",
        "2025-12-15",
    ]);
    env
}

/// Issues a one-off invoice of one desk (372.00 with VAT) to `customer`; returns its number.
pub(crate) fn invoice(env: &TestEnv, customer: &str) -> String {
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        customer,
        "--item",
        "DESK",
    ])
    .trim()
    .to_string()
}

fn export(env: &TestEnv, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["sepa", "export"];
    args.extend_from_slice(extra);
    env.json(&args)
}

fn read(env: &TestEnv, name: &str) -> String {
    std::fs::read_to_string(env.path(name)).expect("exported file")
}

/// The text of every `<tag>` element, in document order.
fn all(xml: &str, tag: &str) -> Vec<String> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    xml.split(&open)
        .skip(1)
        .filter_map(|rest| rest.split_once(&close).map(|(text, _)| text.to_string()))
        .collect()
}

#[test]
fn two_sepa_payers_are_collected_first_then_recurring_in_files_that_validate() {
    let mut env = sepa_books();
    let s1 = invoice(&env, "S1");
    let s2 = invoice(&env, "S2");
    let manual = invoice(&env, "C1");

    env.at("2026-01-31");
    let run = env.run(&["sepa", "export", "--out", "january.xml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "january.xml\n");
    assert!(
        run.stderr
            .contains("2 direct debit(s), 744.00 EUR to collect on 2026-01-31 (FRST 2)"),
        "{}",
        run.stderr
    );
    let xml = read(&env, "january.xml");
    assert_valid(&env.path("january.xml"));
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    assert_eq!(all(&xml, "NbOfTxs"), ["2", "2"]);
    assert_eq!(all(&xml, "CtrlSum"), ["744.00", "744.00"]);
    assert_eq!(all(&xml, "SeqTp"), ["FRST"]);
    assert_eq!(all(&xml, "ReqdColltnDt"), ["2026-01-31"]);
    assert_eq!(all(&xml, "EndToEndId"), [s1.clone(), s2.clone()]);
    assert!(!xml.contains(&manual), "a manual payer was collected");
    assert_eq!(
        xml.matches("<InstdAmt Ccy=\"EUR\">372.00</InstdAmt>")
            .count(),
        2
    );
    assert_eq!(all(&xml, "MndtId"), ["RUM-S1-001", "RUM-S2-001"]);
    assert_eq!(all(&xml, "DtOfSgntr"), ["2025-12-01", "2025-12-15"]);
    assert_eq!(
        all(&xml, "IBAN"),
        [
            CREDITOR_IBAN,
            "FR7630006000011234567890189",
            "DE89370400440532013000"
        ]
    );
    assert_eq!(all(&xml, "BICFI"), ["COBADEFFXXX"]);
    // The creditor's bank and S1's are given by IBAN only.
    assert_eq!(
        all(&xml, "Id")
            .iter()
            .filter(|i| *i == "NOTPROVIDED")
            .count(),
        2
    );
    assert!(xml.contains(&format!("<Id>{CREDITOR_ID}</Id>")));
    assert!(xml.contains("<Nm>Dupont &amp; Fils &lt;SARL&gt;</Nm>"));
    assert!(xml.contains("<Nm>Zoé Martin</Nm>"));
    assert!(xml.contains(&format!("<Ustrd>Facture {s1}</Ustrd>")));
    let msg_id = all(&xml, "MsgId").remove(0);
    assert!(msg_id.starts_with("SEPA-20260131-"), "{msg_id}");
    assert_eq!(all(&xml, "PmtInfId"), [format!("{msg_id}-FRST")]);
    let log = env.ok(&["log", "--entity", &format!("sepa:{msg_id}")]);
    assert!(
        log.contains("\"transactions\":2") && log.contains(&s1),
        "{log}"
    );

    // A month later: new invoices under the same mandates are recurring collections, and
    // January's, still unpaid, are not repeated.
    env.at("2026-02-01");
    let s1_feb = invoice(&env, "S1");
    let s2_feb = invoice(&env, "S2");
    env.at("2026-03-03");
    let report = export(&env, &["--out", "february.xml"]);
    assert_eq!(report["transactions"], 2);
    assert_eq!(report["control_sum"], "744.00");
    assert_eq!(report["already_exported"], 2);
    assert_eq!(report["collections"][0]["sequence"], "RCUR");
    let xml = read(&env, "february.xml");
    assert_valid(&env.path("february.xml"));
    assert_eq!(all(&xml, "SeqTp"), ["RCUR"]);
    assert_eq!(all(&xml, "EndToEndId"), [s1_feb, s2_feb]);
    assert_ne!(all(&xml, "MsgId")[0], msg_id);
}

#[test]
fn an_invoice_already_exported_is_not_exported_again_unless_asked() {
    let mut env = sepa_books();
    let number = invoice(&env, "S1");
    env.at("2026-02-02");
    export(&env, &["--out", "first.xml"]);

    let before = env.dump();
    let run = env.run(&["sepa", "export", "--out", "second.xml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr
            .contains("1 invoice(s) already in an earlier file")
            && run
                .stderr
                .contains("nothing to collect on 2026-02-02: no file written"),
        "{}",
        run.stderr
    );
    assert!(!env.path("second.xml").exists());
    assert_eq!(
        env.dump(),
        before,
        "an export with nothing to collect wrote"
    );

    // --again, e.g. after the bank rejected it: the mandate has been used, so RCUR.
    let report = export(&env, &["--out", "second.xml", "--again"]);
    assert_eq!(report["transactions"], 1);
    assert_eq!(report["collections"][0]["invoice"], number.as_str());
    assert_eq!(report["collections"][0]["sequence"], "RCUR");
    assert_valid(&env.path("second.xml"));
}

#[test]
fn a_partly_paid_invoice_is_collected_for_what_it_still_owes_and_a_paid_one_not_at_all() {
    let mut env = sepa_books();
    let partly = invoice(&env, "S1");
    let paid = invoice(&env, "S2");
    env.ok(&["payment", "add", "--invoice", &partly, "--amount", "100.50"]);
    env.ok(&["payment", "add", "--invoice", &paid, "--amount", "372.00"]);
    env.at("2026-02-02");
    let report = export(&env, &["--out", "partial.xml"]);
    assert_eq!(report["transactions"], 1);
    assert_eq!(report["control_sum"], "271.50");
    let xml = read(&env, "partial.xml");
    assert_valid(&env.path("partial.xml"));
    assert_eq!(all(&xml, "EndToEndId"), [partly]);
    assert!(xml.contains("<InstdAmt Ccy=\"EUR\">271.50</InstdAmt>"));
    assert_eq!(all(&xml, "CtrlSum"), ["271.50", "271.50"]);
}

#[test]
fn only_invoices_due_by_the_collection_date_are_collected_default_today() {
    let mut env = sepa_books();
    invoice(&env, "S1");
    env.at("2026-01-20");
    let nothing = env.run(&["sepa", "export"]);
    assert_eq!(nothing.code, 0, "{}", nothing.stderr);
    assert!(
        nothing.stderr.contains("nothing to collect on 2026-01-20"),
        "{}",
        nothing.stderr
    );
    // Due on 2026-01-31: a collection on that day takes it; the default name is the
    // message id, in the current directory.
    let report = export(&env, &["--collection-date", "2026-01-31"]);
    let msg_id = report["msg_id"].as_str().unwrap();
    assert_eq!(report["file"], format!("{msg_id}.xml"));
    assert_eq!(report["collection_date"], "2026-01-31");
    assert_valid(&env.path(&format!("{msg_id}.xml")));
}

#[test]
fn the_subscription_payment_method_comes_before_the_customer_s() {
    let mut env = sepa_books();
    // C1 pays by hand, but this subscription by direct debit from C1's mandate.
    env.ok(&[
        "customer",
        "edit",
        "C1",
        "--iban",
        "BE68539007547034",
        "--mandate-id",
        "RUM-C1-001",
        "--mandate-signed-on",
        "2025-12-20",
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
        "sepa",
    ]);
    // S1 pays by direct debit, but this subscription by hand.
    env.ok(&[
        "subscription",
        "create",
        "--customer",
        "S1",
        "--item",
        "DESK",
        "--start",
        "2026-01-01",
        "--payment-method",
        "manual",
    ]);
    env.ok(&["tick"]);
    env.at("2026-02-02");
    let report = export(&env, &["--out", "subs.xml"]);
    let customers: Vec<_> = report["collections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["customer"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(customers, ["C1"]);
    let xml = read(&env, "subs.xml");
    assert_valid(&env.path("subs.xml"));
    assert!(
        xml.contains("<Ustrd>Facture INV-2026-00001 du 01/01/2026 au 31/01/2026</Ustrd>"),
        "{xml}"
    );
}

#[test]
fn a_sepa_payer_without_a_complete_mandate_is_named_and_left_out() {
    let mut env = sepa_books();
    env.ok(&[
        "customer",
        "add",
        "S3",
        "--name",
        "No mandate yet",
        "--payment-method",
        "sepa",
        "--iban",
        "NL91ABNA0417164300",
    ]);
    let missing = invoice(&env, "S3");
    invoice(&env, "S1");
    env.at("2026-02-02");
    let run = env.run(&["sepa", "export", "--out", "f.xml", "-q"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        format!(
            "warning: {missing} (S3) not collected: no complete mandate; set --mandate-id, \
             --mandate-signed-on with `subs customer edit S3`\n"
        )
    );
    let xml = read(&env, "f.xml");
    assert!(!xml.contains(&missing));
    assert_eq!(all(&xml, "NbOfTxs"), ["1", "1"]);

    // Once the mandate is complete, the invoice goes in the next file, as a first debit.
    env.ok(&[
        "customer",
        "edit",
        "S3",
        "--mandate-id",
        "RUM-S3-001",
        "--mandate-signed-on",
        "2026-01-10",
    ]);
    let report = export(&env, &["--out", "g.xml"]);
    assert_eq!(report["collections"][0]["invoice"], missing.as_str());
    assert_eq!(report["collections"][0]["sequence"], "FRST");
    assert_eq!(report["skipped"], 0);
}

#[test]
fn a_final_collection_ends_the_mandate() {
    let mut env = sepa_books();
    invoice(&env, "S1");
    env.at("2026-02-02");
    let report = export(&env, &["--out", "last.xml", "--sequence", "fnal"]);
    assert_eq!(report["collections"][0]["sequence"], "FNAL");
    assert_valid(&env.path("last.xml"));
    assert_eq!(all(&read(&env, "last.xml"), "SeqTp"), ["FNAL"]);

    let next = invoice(&env, "S1");
    env.at("2026-03-05");
    let run = env.run(&["sepa", "export", "--out", "after.xml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!(
            "warning: {next} (S1) not collected: mandate RUM-S1-001 ended with its FNAL collection"
        )),
        "{}",
        run.stderr
    );
    assert!(!env.path("after.xml").exists());
}

#[test]
fn missing_creditor_settings_are_refused_naming_the_setting() {
    let mut env = coworking();
    env.ok(&[
        "customer",
        "add",
        "S1",
        "--name",
        "Dupont",
        "--payment-method",
        "sepa",
    ]);
    invoice(&env, "S1");
    env.at("2026-02-02");
    let before = env.dump();
    let err = env.fails(&["sepa", "export"], 1);
    assert!(
        err.contains("sepa.creditor_id is not set")
            && err.contains("subs config set sepa.creditor_id"),
        "{err}"
    );
    assert_eq!(env.dump(), before);
    env.ok(&["config", "set", "sepa.creditor_id", CREDITOR_ID]);
    let before_iban = env.dump();
    let err = env.fails(&["sepa", "export"], 1);
    assert!(err.contains("sepa.iban is not set"), "{err}");
    assert_eq!(env.dump(), before_iban);
    assert_eq!(
        std::fs::read_dir(env.dir.path())
            .unwrap()
            .filter(|e| e
                .as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "xml"))
            .count(),
        0
    );
}

#[test]
fn creditor_settings_are_checked_and_normalized() {
    let env = TestEnv::new();
    env.fails(&["config", "set", "sepa.creditor_id", "FR73ZZZ123456"], 65);
    env.fails(
        &["config", "set", "sepa.iban", "FR7630006000011234567890188"],
        65,
    );
    env.fails(&["config", "set", "sepa.bic", "BNPA"], 65);
    env.ok(&["config", "set", "sepa.creditor_id", "fr72 zzz 123456"]);
    env.ok(&["config", "set", "sepa.bic", "bnpa fr pp"]);
    assert_eq!(
        env.ok(&["config", "get", "sepa.creditor_id"]),
        "FR72ZZZ123456\n"
    );
    assert_eq!(env.ok(&["config", "get", "sepa.bic"]), "BNPAFRPP\n");
}

#[test]
fn a_creditor_bic_is_written_when_set() {
    let mut env = sepa_books();
    env.ok(&["config", "set", "sepa.bic", "BNPAFRPP"]);
    invoice(&env, "S2");
    env.at("2026-02-02");
    export(&env, &["--out", "bic.xml"]);
    let xml = read(&env, "bic.xml");
    assert_valid(&env.path("bic.xml"));
    assert_eq!(all(&xml, "BICFI"), ["BNPAFRPP", "COBADEFFXXX"]);
    assert!(!xml.contains("NOTPROVIDED"));
}

#[test]
fn mandate_fields_are_checked_on_customer_add_and_edit() {
    let env = sepa_books();
    let before = env.dump();
    for (flag, value, says) in [
        ("--iban", "FR7630006000011234567890188", "check digits"),
        (
            "--iban",
            "DE8937040044053201300",
            "DE IBANs have 22 characters",
        ),
        ("--bic", "BNPAFR", "not a BIC"),
        ("--mandate-id", "RUM 1", "not a mandate reference"),
        (
            "--mandate-id",
            "RUM-S1-001",
            "already the mandate reference of customer S1",
        ),
        ("--mandate-signed-on", "2025-02-30", "not a valid date"),
    ] {
        let err = env.fails(
            &["customer", "add", "S9", "--name", "Nine", flag, value],
            65,
        );
        assert!(
            err.starts_with(&format!("error: {flag}: ")) && err.contains(says),
            "{flag} {value}: {err}"
        );
    }
    assert_eq!(env.dump(), before);

    let shown = env.json(&["customer", "show", "S2"]);
    assert_eq!(shown["iban"], "DE89370400440532013000");
    assert_eq!(shown["bic"], "COBADEFFXXX");
    assert_eq!(shown["mandate_id"], "RUM-S2-001");
    assert_eq!(shown["mandate_signed_on"], "2025-12-15");
    env.ok(&["customer", "edit", "S2", "--bic", "", "--mandate-id", ""]);
    let shown = env.json(&["customer", "show", "S2"]);
    assert!(shown["bic"].is_null() && shown["mandate_id"].is_null());
    assert_eq!(shown["iban"], "DE89370400440532013000");
    env.fails(&["customer", "edit", "S2", "--iban", "DE00"], 65);
}

#[test]
fn bad_flags_of_sepa_export_are_refused_and_change_nothing() {
    let mut env = sepa_books();
    invoice(&env, "S1");
    env.at("2026-02-02");
    let before = env.dump();
    let err = env.fails(&["sepa", "export", "--collection-date", "2026-02-30"], 65);
    assert!(err.starts_with("error: --collection-date: "), "{err}");
    let err = env.fails(&["sepa", "export", "--collection-date", "2026-02-01"], 65);
    assert!(err.contains("in the past"), "{err}");
    let err = env.fails(&["sepa", "export", "--sequence", "RPRE"], 65);
    assert!(err.starts_with("error: --sequence: "), "{err}");
    let err = env.fails(&["sepa", "export", "--out", "missing/dir/f.xml"], 66);
    assert!(err.contains("missing/dir"), "{err}");
    assert_eq!(env.dump(), before);

    // An existing file may be a collection not yet sent: kept unless --force.
    env.write("taken.xml", "not mine");
    let err = env.fails(&["sepa", "export", "--out", "taken.xml"], 1);
    assert!(err.contains("--force"), "{err}");
    assert_eq!(read(&env, "taken.xml"), "not mine");
    assert_eq!(env.dump(), before);
    export(&env, &["--out", "taken.xml", "--force"]);
    assert_valid(&env.path("taken.xml"));
    // No temporary file is left behind.
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn xmllint_rejects_a_tampered_export_so_the_validation_proves_something() {
    let mut env = sepa_books();
    invoice(&env, "S1");
    env.at("2026-02-02");
    export(&env, &["--out", "good.xml"]);
    if xmllint(&env.path("good.xml")).is_none() {
        return;
    }
    assert_valid(&env.path("good.xml"));
    let good = read(&env, "good.xml");
    for (name, tampered) in [
        (
            "lowercase IBAN",
            good.replacen("<IBAN>FR76", "<IBAN>fr76", 1),
        ),
        (
            "no collection date",
            good.replacen("<ReqdColltnDt>2026-02-02</ReqdColltnDt>", "", 1),
        ),
        (
            "unknown sequence type",
            good.replacen("<SeqTp>FRST</SeqTp>", "<SeqTp>NEXT</SeqTp>", 1),
        ),
        (
            "an amount with more decimals than the schema allows",
            good.replacen("\"EUR\">372.00<", "\"EUR\">372.000001<", 1),
        ),
    ] {
        assert_ne!(tampered, good, "{name}: nothing replaced");
        let path = env.write("tampered.xml", &tampered);
        let (valid, _) = xmllint(&path).unwrap();
        assert!(!valid, "{name}: a broken file validated");
    }
}
