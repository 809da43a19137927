//! SEPA direct debit: creditor settings, customer mandates, and `sepa export` files that
//! validate against the official pain.008.001.08 schema.

use std::path::{Path, PathBuf};
use std::process::Command;

use insta::{assert_compact_json_snapshot, assert_json_snapshot, assert_snapshot};

use crate::billing::coworking;
use crate::env::{Exit, TestEnv};
use crate::payments::{fields, refusals, rows};
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
    env.ok(format!("config set sepa.creditor_id {CREDITOR_ID}"));
    env.ok(format!("config set sepa.iban {CREDITOR_IBAN}"));
    env.ok(
        "customer add S1 --name 'Dupont & Fils <SARL>' --payment-method sepa \
         --iban 'FR76 3000 6000 0112 3456 7890 189' \
         --mandate-id RUM-S1-001 --mandate-signed-on 2025-12-01",
    );
    env.ok(
        "customer add S2 --name 'Zoé Martin' --individual --payment-method sepa \
         --iban DE89370400440532013000 --bic COBADEFFXXX \
         --mandate-id RUM-S2-001 --mandate-signed-on 2025-12-15",
    );
    env
}

/// Issues a one-off invoice of one desk (372.00 with VAT) to `customer`; returns its number.
pub(crate) fn invoice(env: &TestEnv, customer: &str) -> String {
    env.ok(format!("invoice create --customer {customer} --item DESK"))
        .trim()
        .to_string()
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

/// The SEPA books with S1's INV-2026-00001 and S2's INV-2026-00002 collected in
/// january.xml on 2026-01-31 (SEPA-20260131-0001), and C1's INV-2026-00003, paid by hand.
fn january_exported() -> TestEnv {
    let mut env = sepa_books();
    invoice(&env, "S1");
    invoice(&env, "S2");
    invoice(&env, "C1");
    env.at("2026-01-31");
    env.ok("sepa export --out january.xml");
    env
}

#[test]
fn two_sepa_payers_are_collected_as_first_debits_in_a_file_that_validates() {
    let mut env = sepa_books();
    invoice(&env, "S1");
    invoice(&env, "S2");
    let manual = invoice(&env, "C1");
    env.at("2026-01-31");
    assert_snapshot!(env.run("sepa export --out january.xml").transcript(), @"
    january.xml
    --- stderr
    SEPA-20260131-0001: 2 direct debit(s), 744.00 EUR to collect on 2026-01-31 (FRST 2)
    ");
    assert_valid(&env.path("january.xml"));
    // The creditor's bank and S1's are given by IBAN only (NOTPROVIDED); C1 pays by hand.
    let xml = read(&env, "january.xml");
    assert!(!xml.contains(&manual), "a manual payer was collected");
    assert_snapshot!(xml, @r#"
    <?xml version="1.0" encoding="UTF-8"?>
    <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.08">
      <CstmrDrctDbtInitn>
        <GrpHdr>
          <MsgId>SEPA-20260131-0001</MsgId>
          <CreDtTm>2026-01-31T00:00:00+01:00</CreDtTm>
          <NbOfTxs>2</NbOfTxs>
          <CtrlSum>744.00</CtrlSum>
          <InitgPty>
            <Nm>Coworking Test</Nm>
          </InitgPty>
        </GrpHdr>
        <PmtInf>
          <PmtInfId>SEPA-20260131-0001-FRST</PmtInfId>
          <PmtMtd>DD</PmtMtd>
          <NbOfTxs>2</NbOfTxs>
          <CtrlSum>744.00</CtrlSum>
          <PmtTpInf>
            <SvcLvl>
              <Cd>SEPA</Cd>
            </SvcLvl>
            <LclInstrm>
              <Cd>CORE</Cd>
            </LclInstrm>
            <SeqTp>FRST</SeqTp>
          </PmtTpInf>
          <ReqdColltnDt>2026-01-31</ReqdColltnDt>
          <Cdtr>
            <Nm>Coworking Test</Nm>
          </Cdtr>
          <CdtrAcct>
            <Id>
              <IBAN>FR7630006000011234567890189</IBAN>
            </Id>
          </CdtrAcct>
          <CdtrAgt>
            <FinInstnId>
              <Othr>
                <Id>NOTPROVIDED</Id>
              </Othr>
            </FinInstnId>
          </CdtrAgt>
          <ChrgBr>SLEV</ChrgBr>
          <CdtrSchmeId>
            <Id>
              <PrvtId>
                <Othr>
                  <Id>FR72ZZZ123456</Id>
                  <SchmeNm>
                    <Prtry>SEPA</Prtry>
                  </SchmeNm>
                </Othr>
              </PrvtId>
            </Id>
          </CdtrSchmeId>
          <DrctDbtTxInf>
            <PmtId>
              <EndToEndId>INV-2026-00001</EndToEndId>
            </PmtId>
            <InstdAmt Ccy="EUR">372.00</InstdAmt>
            <DrctDbtTx>
              <MndtRltdInf>
                <MndtId>RUM-S1-001</MndtId>
                <DtOfSgntr>2025-12-01</DtOfSgntr>
              </MndtRltdInf>
            </DrctDbtTx>
            <DbtrAgt>
              <FinInstnId>
                <Othr>
                  <Id>NOTPROVIDED</Id>
                </Othr>
              </FinInstnId>
            </DbtrAgt>
            <Dbtr>
              <Nm>Dupont &amp; Fils &lt;SARL&gt;</Nm>
            </Dbtr>
            <DbtrAcct>
              <Id>
                <IBAN>FR7630006000011234567890189</IBAN>
              </Id>
            </DbtrAcct>
            <RmtInf>
              <Ustrd>Facture INV-2026-00001</Ustrd>
            </RmtInf>
          </DrctDbtTxInf>
          <DrctDbtTxInf>
            <PmtId>
              <EndToEndId>INV-2026-00002</EndToEndId>
            </PmtId>
            <InstdAmt Ccy="EUR">372.00</InstdAmt>
            <DrctDbtTx>
              <MndtRltdInf>
                <MndtId>RUM-S2-001</MndtId>
                <DtOfSgntr>2025-12-15</DtOfSgntr>
              </MndtRltdInf>
            </DrctDbtTx>
            <DbtrAgt>
              <FinInstnId>
                <BICFI>COBADEFFXXX</BICFI>
              </FinInstnId>
            </DbtrAgt>
            <Dbtr>
              <Nm>Zoé Martin</Nm>
            </Dbtr>
            <DbtrAcct>
              <Id>
                <IBAN>DE89370400440532013000</IBAN>
              </Id>
            </DbtrAcct>
            <RmtInf>
              <Ustrd>Facture INV-2026-00002</Ustrd>
            </RmtInf>
          </DrctDbtTxInf>
        </PmtInf>
      </CstmrDrctDbtInitn>
    </Document>
    "#);
}

#[test]
fn an_export_is_logged_with_what_it_collected() {
    let env = january_exported();
    assert_snapshot!(
        rows(&env.json("log --entity sepa:SEPA-20260131-0001"), &["command", "change"]),
        @r#"{"command":"sepa export","change":"{\"file\":\"january.xml\",\"collection_date\":\"2026-01-31\",\"transactions\":2,\"control_sum\":\"744.00\",\"collections\":[{\"invoice\":\"INV-2026-00001\",\"sequence\":\"FRST\",\"amount\":\"372.00\"},{\"invoice\":\"INV-2026-00002\",\"sequence\":\"FRST\",\"amount\":\"372.00\"}]}"}"#
    );
}

#[test]
fn a_month_later_new_invoices_are_recurring_collections_and_the_first_are_not_repeated() {
    let mut env = january_exported();
    // New invoices under the same mandates; January's are still unpaid.
    env.at("2026-02-01");
    let s1 = invoice(&env, "S1");
    let s2 = invoice(&env, "S2");
    env.at("2026-03-03");
    assert_json_snapshot!(env.json("sepa export --out february.xml"), @r#"
    {
      "msg_id": "SEPA-20260303-0002",
      "file": "february.xml",
      "collection_date": "2026-03-03",
      "transactions": 2,
      "control_sum": "744.00",
      "currency": "EUR",
      "skipped": 0,
      "already_exported": 2,
      "collections": [
        {
          "invoice": "INV-2026-00004",
          "customer": "S1",
          "mandate_id": "RUM-S1-001",
          "sequence": "RCUR",
          "amount": "372.00"
        },
        {
          "invoice": "INV-2026-00005",
          "customer": "S2",
          "mandate_id": "RUM-S2-001",
          "sequence": "RCUR",
          "amount": "372.00"
        }
      ]
    }
    "#);
    let xml = read(&env, "february.xml");
    assert_valid(&env.path("february.xml"));
    assert_eq!(all(&xml, "SeqTp"), ["RCUR"]);
    assert_eq!(all(&xml, "EndToEndId"), [s1, s2]);
    assert_eq!(all(&xml, "MsgId"), ["SEPA-20260303-0002"]);
}

#[test]
fn an_invoice_already_exported_is_not_exported_again() {
    let mut env = sepa_books();
    invoice(&env, "S1");
    env.at("2026-02-02");
    env.ok("sepa export --out first.xml");
    let before = env.dump();
    assert_snapshot!(env.run("sepa export --out second.xml").transcript(), @"
    --- stderr
    1 invoice(s) already in an earlier file and still owed: not exported again (--again to)
    nothing to collect on 2026-02-02: no file written
    ");
    assert!(!env.path("second.xml").exists());
    assert_eq!(
        env.dump(),
        before,
        "an export with nothing to collect wrote"
    );
}

#[test]
fn again_exports_an_invoice_once_more_as_a_recurring_debit() {
    let mut env = sepa_books();
    invoice(&env, "S1");
    env.at("2026-02-02");
    env.ok("sepa export --out first.xml");
    // --again, e.g. after the bank rejected it: the mandate has been used, so RCUR.
    assert_compact_json_snapshot!(
        fields(
            &env.json("sepa export --out second.xml --again"),
            &["transactions", "collections"],
        ),
        @r#"
    {
      "transactions": 1,
      "collections": [
        {
          "invoice": "INV-2026-00001",
          "customer": "S1",
          "mandate_id": "RUM-S1-001",
          "sequence": "RCUR",
          "amount": "372.00"
        }
      ]
    }
    "#
    );
    assert_valid(&env.path("second.xml"));
}

#[test]
fn a_partly_paid_invoice_is_collected_for_what_it_still_owes_and_a_paid_one_not_at_all() {
    let mut env = sepa_books();
    let partly = invoice(&env, "S1");
    let paid = invoice(&env, "S2");
    env.ok(format!("payment add --invoice {partly} --amount 100.50"));
    env.ok(format!("payment add --invoice {paid} --amount 372.00"));
    env.at("2026-02-02");
    assert_compact_json_snapshot!(
        fields(
            &env.json("sepa export --out partial.xml"),
            &["transactions", "control_sum", "collections"],
        ),
        @r#"
    {
      "transactions": 1,
      "control_sum": "271.50",
      "collections": [
        {
          "invoice": "INV-2026-00001",
          "customer": "S1",
          "mandate_id": "RUM-S1-001",
          "sequence": "FRST",
          "amount": "271.50"
        }
      ]
    }
    "#
    );
    let xml = read(&env, "partial.xml");
    assert_valid(&env.path("partial.xml"));
    assert_eq!(all(&xml, "EndToEndId"), [partly]);
    assert!(xml.contains("<InstdAmt Ccy=\"EUR\">271.50</InstdAmt>"));
    assert_eq!(all(&xml, "CtrlSum"), ["271.50", "271.50"]);
}

#[test]
fn nothing_is_collected_before_it_is_due() {
    let mut env = sepa_books();
    invoice(&env, "S1");
    env.at("2026-01-20");
    assert_snapshot!(env.run("sepa export").transcript(), @"
    --- stderr
    nothing to collect on 2026-01-20: no file written
    ");
}

#[test]
fn a_collection_on_the_due_date_takes_the_invoice_into_a_file_named_for_its_message() {
    let mut env = sepa_books();
    invoice(&env, "S1");
    env.at("2026-01-20");
    // Due on 2026-01-31: a collection on that day takes it; the default name is the
    // message id, in the current directory.
    assert_compact_json_snapshot!(
        fields(
            &env.json("sepa export --collection-date 2026-01-31"),
            &["msg_id", "file", "collection_date"],
        ),
        @r#"{"msg_id": "SEPA-20260120-0001", "file": "SEPA-20260120-0001.xml", "collection_date": "2026-01-31"}"#
    );
    assert_valid(&env.path("SEPA-20260120-0001.xml"));
}

#[test]
fn the_subscription_payment_method_comes_before_the_customer_s() {
    let mut env = sepa_books();
    // C1 pays by hand, but this subscription by direct debit from C1's mandate.
    env.ok("customer edit C1 --iban BE68539007547034 \
         --mandate-id RUM-C1-001 --mandate-signed-on 2025-12-20");
    env.ok(
        "subscription create --customer C1 --item DESK --start 2026-01-01 --payment-method sepa",
    );
    // S1 pays by direct debit, but this subscription by hand.
    env.ok(
        "subscription create --customer S1 --item DESK --start 2026-01-01 --payment-method manual",
    );
    env.ok("tick");
    env.at("2026-02-02");
    assert_snapshot!(
        rows(
            &env.json("sepa export --out subs.xml")["collections"],
            &["invoice", "customer"],
        ),
        @r#"{"invoice":"INV-2026-00001","customer":"C1"}"#
    );
    let xml = read(&env, "subs.xml");
    assert_valid(&env.path("subs.xml"));
    assert_eq!(
        all(&xml, "Ustrd"),
        ["Facture INV-2026-00001 du 01/01/2026 au 31/01/2026"]
    );
}

#[test]
fn a_sepa_payer_without_a_complete_mandate_is_named_and_left_out() {
    let mut env = sepa_books();
    env.ok(
        "customer add S3 --name 'No mandate yet' --payment-method sepa \
         --iban NL91ABNA0417164300",
    );
    let missing = invoice(&env, "S3");
    invoice(&env, "S1");
    env.at("2026-02-02");
    assert_snapshot!(env.run("sepa export --out f.xml -q").transcript(), @"
    f.xml
    --- stderr
    warning: INV-2026-00001 (S3) not collected: no complete mandate; set --mandate-id, --mandate-signed-on with `subs customer edit S3`
    ");
    let xml = read(&env, "f.xml");
    assert!(!xml.contains(&missing));
    assert_eq!(all(&xml, "NbOfTxs"), ["1", "1"]);
}

#[test]
fn once_the_mandate_is_complete_the_invoice_left_out_goes_in_the_next_file_as_a_first_debit() {
    let mut env = sepa_books();
    env.ok(
        "customer add S3 --name 'No mandate yet' --payment-method sepa \
         --iban NL91ABNA0417164300",
    );
    invoice(&env, "S3");
    invoice(&env, "S1");
    env.at("2026-02-02");
    env.ok("sepa export --out f.xml -q");
    env.ok("customer edit S3 --mandate-id RUM-S3-001 --mandate-signed-on 2026-01-10");
    assert_compact_json_snapshot!(
        fields(&env.json("sepa export --out g.xml"), &["skipped", "collections"]),
        @r#"
    {
      "skipped": 0,
      "collections": [
        {
          "invoice": "INV-2026-00001",
          "customer": "S3",
          "mandate_id": "RUM-S3-001",
          "sequence": "FRST",
          "amount": "372.00"
        }
      ]
    }
    "#
    );
}

#[test]
fn a_final_collection_ends_the_mandate() {
    let mut env = sepa_books();
    invoice(&env, "S1");
    env.at("2026-02-02");
    assert_eq!(
        env.json("sepa export --out last.xml --sequence fnal")["collections"][0]["sequence"],
        "FNAL"
    );
    assert_valid(&env.path("last.xml"));
    assert_eq!(all(&read(&env, "last.xml"), "SeqTp"), ["FNAL"]);

    invoice(&env, "S1");
    env.at("2026-03-05");
    assert_snapshot!(env.run("sepa export --out after.xml").transcript(), @"
    --- stderr
    warning: INV-2026-00002 (S1) not collected: mandate RUM-S1-001 ended with its FNAL collection in SEPA-20260202-0001; record a new one with `subs customer edit S1 --mandate-id … --mandate-signed-on …`
    1 invoice(s) already in an earlier file and still owed: not exported again (--again to)
    nothing to collect on 2026-03-05: no file written
    ");
    assert!(!env.path("after.xml").exists());
}

#[test]
fn missing_creditor_settings_are_refused_naming_the_setting() {
    let mut env = coworking();
    env.ok("customer add S1 --name Dupont --payment-method sepa");
    invoice(&env, "S1");
    env.at("2026-02-02");
    let before = env.dump();
    let err = env.fails("sepa export", Exit::Refused);
    assert!(
        err.contains("sepa.creditor_id is not set")
            && err.contains("subs config set sepa.creditor_id"),
        "{err}"
    );
    assert_eq!(env.dump(), before);
    env.ok(format!("config set sepa.creditor_id {CREDITOR_ID}"));
    let before_iban = env.dump();
    let err = env.fails("sepa export", Exit::Refused);
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
fn creditor_settings_are_checked() {
    let env = TestEnv::new();
    assert_snapshot!(
        refusals(
            &env,
            &[
                ("config set sepa.creditor_id FR73ZZZ123456", Exit::BadData),
                ("config set sepa.iban FR7630006000011234567890188", Exit::BadData),
                ("config set sepa.bic BNPA", Exit::BadData),
            ],
        ),
        @r#"
    $ subs config set sepa.creditor_id FR73ZZZ123456
    error: sepa.creditor_id: "FR73ZZZ123456" is not a SEPA creditor identifier: its check digits are wrong (a typing mistake?)
    $ subs config set sepa.iban FR7630006000011234567890188
    error: sepa.iban: "FR7630006000011234567890188" is not an IBAN: its check digits are wrong (a typing mistake?)
    $ subs config set sepa.bic BNPA
    error: sepa.bic: "BNPA" is not a BIC (8 or 11 letters and digits, e.g. BNPAFRPP)
    "#
    );
}

#[test]
fn creditor_settings_are_normalized() {
    let env = TestEnv::new();
    env.ok("config set sepa.creditor_id 'fr72 zzz 123456'");
    env.ok("config set sepa.bic 'bnpa fr pp'");
    assert_eq!(env.ok("config get sepa.creditor_id"), "FR72ZZZ123456\n");
    assert_eq!(env.ok("config get sepa.bic"), "BNPAFRPP\n");
}

#[test]
fn a_creditor_bic_is_written_when_set() {
    let mut env = sepa_books();
    env.ok("config set sepa.bic BNPAFRPP");
    invoice(&env, "S2");
    env.at("2026-02-02");
    env.ok("sepa export --out bic.xml");
    let xml = read(&env, "bic.xml");
    assert_valid(&env.path("bic.xml"));
    assert_eq!(all(&xml, "BICFI"), ["BNPAFRPP", "COBADEFFXXX"]);
    assert!(!xml.contains("NOTPROVIDED"));
}

#[test]
fn bad_mandate_fields_are_refused_naming_the_flag() {
    let env = sepa_books();
    let before = env.dump();
    let add = "customer add S9 --name Nine";
    assert_snapshot!(
        refusals(
            &env,
            &[
                (&format!("{add} --iban FR7630006000011234567890188"), Exit::BadData),
                (&format!("{add} --iban DE8937040044053201300"), Exit::BadData),
                (&format!("{add} --bic BNPAFR"), Exit::BadData),
                (&format!("{add} --mandate-id 'RUM 1'"), Exit::BadData),
                (&format!("{add} --mandate-id RUM-S1-001"), Exit::BadData),
                (&format!("{add} --mandate-signed-on 2025-02-30"), Exit::BadData),
                ("customer edit S2 --iban DE00", Exit::BadData),
            ],
        ),
        @r#"
    $ subs customer add S9 --name Nine --iban FR7630006000011234567890188
    error: --iban: "FR7630006000011234567890188" is not an IBAN: its check digits are wrong (a typing mistake?)
    $ subs customer add S9 --name Nine --iban DE8937040044053201300
    error: --iban: "DE8937040044053201300" is not an IBAN: DE IBANs have 22 characters, not 21
    $ subs customer add S9 --name Nine --bic BNPAFR
    error: --bic: "BNPAFR" is not a BIC (8 or 11 letters and digits, e.g. BNPAFRPP)
    $ subs customer add S9 --name Nine --mandate-id 'RUM 1'
    error: --mandate-id: "RUM 1" is not a mandate reference (1 to 35 of A-Z a-z 0-9 / - ? : ( ) . , ' + without spaces, not starting or ending with '/')
    $ subs customer add S9 --name Nine --mandate-id RUM-S1-001
    error: --mandate-id: "RUM-S1-001" is already the mandate reference of customer S1
    $ subs customer add S9 --name Nine --mandate-signed-on 2025-02-30
    error: --mandate-signed-on: "2025-02-30" is not a valid date (expected YYYY-MM-DD)
    $ subs customer edit S2 --iban DE00
    error: --iban: "DE00" is not an IBAN (e.g. FR76 3000 6000 0112 3456 7890 189)
    "#
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn mandate_fields_are_shown_and_cleared_by_an_empty_value() {
    let env = sepa_books();
    let mandate = ["iban", "bic", "mandate_id", "mandate_signed_on"];
    assert_compact_json_snapshot!(fields(&env.json("customer show S2"), &mandate), @r#"{"iban": "DE89370400440532013000", "bic": "COBADEFFXXX", "mandate_id": "RUM-S2-001", "mandate_signed_on": "2025-12-15"}"#);
    env.ok("customer edit S2 --bic '' --mandate-id ''");
    assert_compact_json_snapshot!(fields(&env.json("customer show S2"), &mandate), @r#"{"iban": "DE89370400440532013000", "bic": null, "mandate_id": null, "mandate_signed_on": "2025-12-15"}"#);
}

#[test]
fn bad_flags_of_sepa_export_are_refused_and_change_nothing() {
    let mut env = sepa_books();
    invoice(&env, "S1");
    env.at("2026-02-02");
    let before = env.dump();
    assert_snapshot!(
        refusals(
            &env,
            &[
                ("sepa export --collection-date 2026-02-30", Exit::BadData),
                ("sepa export --collection-date 2026-02-01", Exit::BadData),
                ("sepa export --sequence RPRE", Exit::BadData),
                ("sepa export --out missing/dir/f.xml", Exit::NotFound),
            ],
        ),
        @r#"
    $ subs sepa export --collection-date 2026-02-30
    error: --collection-date: "2026-02-30" is not a valid date (expected YYYY-MM-DD)
    $ subs sepa export --collection-date 2026-02-01
    error: --collection-date: 2026-02-01 is in the past; a bank collects from today on
    $ subs sepa export --sequence RPRE
    error: --sequence: "RPRE" is not FRST, RCUR, OOFF or FNAL
    $ subs sepa export --out missing/dir/f.xml
    error: directory missing/dir does not exist; create it first or give another --out
    "#
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn an_existing_file_is_kept_unless_forced() {
    let mut env = sepa_books();
    invoice(&env, "S1");
    env.at("2026-02-02");
    // It may be a collection not yet sent.
    env.write("taken.xml", "not mine");
    let before = env.dump();
    let err = env.fails("sepa export --out taken.xml", Exit::Refused);
    assert!(err.contains("--force"), "{err}");
    assert_eq!(read(&env, "taken.xml"), "not mine");
    assert_eq!(env.dump(), before);
    env.ok("sepa export --out taken.xml --force");
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
    env.ok("sepa export --out good.xml");
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
