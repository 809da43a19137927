//! After the collection file: `sepa import` of the bank's rejects (pain.002) and returns
//! (camt.054, camt.053), re-presentation, pre-notification, mandate amendments and expiry.
//! Every bank file fed to `sepa import` validates against its official ISO 20022 schema.

use std::path::{Path, PathBuf};
use std::process::Command;

use insta::{assert_compact_json_snapshot, assert_snapshot};

use crate::env::{Exit, TestEnv};
use crate::sepa::{invoice, sepa_books};
use crate::tools;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// xmllint's verdict on `file` against the schema its namespace names; passes when
/// xmllint is missing (unless CI requires it).
#[track_caller]
fn assert_valid(file: &Path) {
    let Some(xmllint) = tools::require("xmllint") else {
        return;
    };
    let text = std::fs::read_to_string(file).unwrap();
    let message = text
        .split("urn:iso:std:iso:20022:tech:xsd:")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("an ISO 20022 namespace");
    let out = Command::new(xmllint)
        .arg("--noout")
        .arg("--schema")
        .arg(fixtures().join(format!("schemas/{message}.xsd")))
        .arg(file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{} does not validate against {message}:\n{}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Writes the fixture `name` with `replace` applied into the test's directory, checks it
/// against its schema, and returns its file name.
fn bank_file(env: &TestEnv, name: &str, replace: &[(&str, &str)]) -> String {
    let mut text = std::fs::read_to_string(fixtures().join("sepa").join(name)).unwrap();
    for (from, to) in replace {
        assert!(text.contains(from), "{name} has no {from}");
        text = text.replace(from, to);
    }
    let out = format!("bank-{}-{name}", replace.len());
    let path = env.write(&out, text);
    assert_valid(&path);
    out
}

/// The SEPA books with S1's INV-2026-00001 and S2's INV-2026-00002 (372.00 each)
/// collected on 2026-01-31 in SEPA-20260131-0001.
fn collected() -> TestEnv {
    let mut env = sepa_books();
    invoice(&env, "S1");
    invoice(&env, "S2");
    env.at("2026-01-31");
    env.ok("sepa export --out january.xml");
    env
}

/// (invoice, status, reason, sequence, msg_id) of every debit.
fn debits(env: &TestEnv) -> Vec<[String; 5]> {
    env.json("sepa debits")
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            ["invoice", "status", "reason", "sequence", "msg_id"]
                .map(|k| d[k].as_str().unwrap().to_string())
        })
        .collect()
}

fn outstanding(env: &TestEnv, number: &str) -> String {
    env.json(format!("invoice show {number}"))["outstanding"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn every_bank_fixture_validates_against_its_official_schema() {
    for name in [
        "reject-v10.xml",
        "reject-v03.xml",
        "return-v02.xml",
        "return-v08.xml",
        "statement-v08.xml",
        "pain.002.001.03.sample.xml",
        "pain.002.001.10.sample.xml",
        "camt.054.001.02.sample.xml",
        "camt.054.001.08.sample.xml",
    ] {
        assert_valid(&fixtures().join("sepa").join(name));
    }
}

#[test]
fn a_rejected_debit_is_marked_with_its_reason_and_its_invoice_stays_owed() {
    let env = collected();
    let file = bank_file(&env, "reject-v10.xml", &[]);
    assert_snapshot!(env.run(format!("sepa import {file}")).transcript(), @"
     INVOICE         CUSTOMER  MSG_ID              STATUS    REASON  REASON_TEXT         REPORTED_ON  AMOUNT  REVERSED  NEXT
     INV-2026-00001  S1        SEPA-20260131-0001  rejected  AM04    insufficient funds   2026-02-02  372.00      0.00  retry
    --- stderr
    PSR-20260202-0001 (pain.002.001.10): 1 debit(s) marked, 0 already known
    ");
    assert_compact_json_snapshot!(env.json("sepa debits --status rejected"), @r#"
    [
      {
        "invoice": "INV-2026-00001",
        "customer": "S1",
        "msg_id": "SEPA-20260131-0001",
        "mandate_id": "RUM-S1-001",
        "sequence": "FRST",
        "amount": "372.00",
        "currency": "EUR",
        "collection_date": "2026-01-31",
        "status": "rejected",
        "reason": "AM04",
        "reason_text": "insufficient funds",
        "reported_on": "2026-02-02",
        "retry_of": ""
      }
    ]
    "#);
    assert_eq!(outstanding(&env, "INV-2026-00001"), "372.00");
}

#[test]
fn a_reject_in_pain_002_001_03_for_a_missing_mandate_flags_the_customer_and_is_never_re_presented()
{
    let mut env = collected();
    let file = bank_file(
        &env,
        "reject-v03.xml",
        &[("<Cd>AM04</Cd>", "<Cd>MD01</Cd>")],
    );
    assert_snapshot!(env.run(format!("sepa import {file}")).transcript(), @"
     INVOICE         CUSTOMER  MSG_ID              STATUS    REASON  REASON_TEXT       REPORTED_ON  AMOUNT  REVERSED  NEXT
     INV-2026-00001  S1        SEPA-20260131-0001  rejected  MD01    no valid mandate   2026-02-02  372.00      0.00  mandate_unusable
    --- stderr
    warning: customer S1: mandate RUM-S1-001 cannot be used (MD01, no valid mandate); nothing more is collected under it
    PSR-20260202-0001 (pain.002.001.03): 1 debit(s) marked, 0 already known
    ");
    // Months later, even asked to collect again, nothing goes under the refused mandate.
    invoice(&env, "S1");
    env.at("2026-04-30");
    assert_snapshot!(env.run("sepa export --again --out april.xml").transcript(), @"
    april.xml
    --- stderr
    warning: INV-2026-00001 (S1) not collected: the bank refused mandate RUM-S1-001 on 2026-02-02 (MD01, no valid mandate); nothing is collected under it: record a new mandate or IBAN with `subs customer edit S1`
    warning: INV-2026-00003 (S1) not collected: the bank refused mandate RUM-S1-001 on 2026-02-02 (MD01, no valid mandate); nothing is collected under it: record a new mandate or IBAN with `subs customer edit S1`
    SEPA-20260430-0002: 1 direct debit(s), 372.00 EUR to collect on 2026-04-30 (RCUR 1)
    ");
    assert!(
        !std::fs::read_to_string(env.path("april.xml"))
            .unwrap()
            .contains("RUM-S1-001")
    );
}

#[test]
fn a_group_reject_rejects_every_debit_of_the_file() {
    let env = collected();
    let text = std::fs::read_to_string(fixtures().join("sepa/reject-v10.xml")).unwrap();
    let start = text.find("<OrgnlPmtInfAndSts>").unwrap();
    let end = text.find("</OrgnlPmtInfAndSts>").unwrap() + "</OrgnlPmtInfAndSts>".len();
    let text = format!("{}{}", &text[..start], &text[end..]).replace(
        "<GrpSts>PART</GrpSts>",
        "<GrpSts>RJCT</GrpSts><StsRsnInf><Rsn><Cd>FF01</Cd></Rsn></StsRsnInf>",
    );
    let path = env.write("group.xml", text);
    assert_valid(&path);
    env.ok("sepa import group.xml");
    assert_eq!(
        debits(&env)
            .iter()
            .map(|d| format!("{} {} {}", d[0], d[1], d[2]))
            .collect::<Vec<_>>(),
        [
            "INV-2026-00001 rejected FF01",
            "INV-2026-00002 rejected FF01"
        ]
    );
}

#[test]
fn a_returned_debit_takes_its_payment_back_and_the_invoice_is_owed_again() {
    let env = collected();
    env.ok("payment add --invoice INV-2026-00001 --amount 372.00 --method sepa --date 2026-02-02");
    assert_eq!(outstanding(&env, "INV-2026-00001"), "0.00");
    let file = bank_file(&env, "return-v08.xml", &[]);
    assert_snapshot!(env.run(format!("sepa import {file} --format json")).transcript(), @r#"
    {
      "file": "bank-0-return-v08.xml",
      "message": "camt.054.001.08",
      "msg_id": "NTFN-20260210-0001",
      "marked": [
        {
          "invoice": "INV-2026-00001",
          "customer": "S1",
          "msg_id": "SEPA-20260131-0001",
          "status": "returned",
          "reason": "MD06",
          "reason_text": "refund requested by the debtor",
          "reported_on": "2026-02-10",
          "amount": "372.00",
          "reversed": "372.00",
          "next": "mandate_unusable"
        }
      ],
      "already_known": 0
    }
    --- stderr
    warning: customer S1: mandate RUM-S1-001 cannot be used (MD06, refund requested by the debtor); nothing more is collected under it
    NTFN-20260210-0001 (camt.054.001.08): 1 debit(s) marked, 0 already known
    "#);
    assert_eq!(outstanding(&env, "INV-2026-00001"), "372.00");
    assert_eq!(
        env.json("invoice show INV-2026-00001")["payment_status"],
        "unpaid"
    );
    env.ok("db check");
}

#[test]
fn a_return_in_camt_054_001_02_is_read_too() {
    let env = collected();
    let file = bank_file(
        &env,
        "return-v02.xml",
        &[("<Cd>MD06</Cd>", "<Cd>MS02</Cd>")],
    );
    env.ok(format!("sepa import {file}"));
    assert_eq!(
        debits(&env)[0],
        [
            "INV-2026-00001",
            "returned",
            "MS02",
            "FRST",
            "SEPA-20260131-0001"
        ]
        .map(String::from)
    );
}

#[test]
fn returns_are_read_from_a_statement_and_its_other_entries_are_left_alone() {
    let env = collected();
    let file = bank_file(&env, "statement-v08.xml", &[]);
    assert_snapshot!(env.run(format!("sepa import {file}")).transcript(), @"
     INVOICE         CUSTOMER  MSG_ID              STATUS    REASON  REASON_TEXT     REPORTED_ON  AMOUNT  REVERSED  NEXT
     INV-2026-00001  S1        SEPA-20260131-0001  returned  AC04    account closed   2026-02-11  372.00      0.00  mandate_unusable
    --- stderr
    warning: customer S1: mandate RUM-S1-001 cannot be used (AC04, account closed); nothing more is collected under it
    STMT-20260212 (camt.053.001.08): 1 debit(s) marked, 0 already known
    ");
    assert_eq!(debits(&env)[1][1], "exported");
}

#[test]
fn importing_the_same_file_twice_changes_nothing() {
    let env = collected();
    env.ok("payment add --invoice INV-2026-00001 --amount 372.00 --method sepa --date 2026-02-02");
    let file = bank_file(&env, "return-v08.xml", &[]);
    env.ok(format!("sepa import {file}"));
    let before = env.dump();
    assert_snapshot!(env.run(format!("sepa import {file}")).transcript(), @"
    --- stderr
    NTFN-20260210-0001 (camt.054.001.08): 0 debit(s) marked, 1 already known
    ");
    assert_eq!(env.dump(), before);
    // The same return reported by the statement is known too.
    let other = bank_file(&env, "return-v02.xml", &[]);
    env.ok(format!("sepa import {other}"));
    assert_eq!(env.dump(), before);
}

#[test]
fn insufficient_funds_are_re_presented_as_rcur_after_the_delay_at_most_twice() {
    let mut env = collected();
    let first = bank_file(&env, "reject-v10.xml", &[]);
    env.ok(format!("sepa import {first}"));
    env.at("2026-02-05");
    assert_snapshot!(env.run("sepa export").transcript(), @"
    --- stderr
    warning: INV-2026-00001 (S1) not collected: rejected (AM04, insufficient funds): re-presented on or after 2026-02-09 (sepa.retry_after_days = 7)
    1 invoice(s) already in an earlier file and still owed: not exported again (--again to)
    nothing to collect on 2026-02-05: no file written
    ");
    env.at("2026-02-09");
    assert_snapshot!(env.run("sepa export --out retry1.xml").transcript(), @"
    retry1.xml
    --- stderr
    1 invoice(s) already in an earlier file and still owed: not exported again (--again to)
    SEPA-20260209-0002: 1 direct debit(s), 372.00 EUR to collect on 2026-02-09 (RCUR 1)
    ");
    let xml = std::fs::read_to_string(env.path("retry1.xml")).unwrap();
    assert!(
        xml.contains("<SeqTp>RCUR</SeqTp>")
            && xml.contains("<EndToEndId>INV-2026-00001</EndToEndId>")
    );
    assert_valid(&env.path("retry1.xml"));
    // Rejected again, re-presented a second time, rejected a third: no more.
    let reject = |env: &TestEnv, msg: &str, on: &str| {
        let file = bank_file(
            env,
            "reject-v10.xml",
            &[
                ("SEPA-20260131-0001-FRST", &format!("{msg}-RCUR")),
                (
                    "<OrgnlMsgId>SEPA-20260131-0001",
                    &format!("<OrgnlMsgId>{msg}"),
                ),
                ("2026-02-02T07:15:00", &format!("{on}T07:15:00")),
                ("<SeqTp>FRST", "<SeqTp>RCUR"),
            ],
        );
        env.ok(format!("sepa import {file}"));
    };
    reject(&env, "SEPA-20260209-0002", "2026-02-10");
    env.at("2026-02-17");
    env.ok("sepa export --out retry2.xml");
    reject(&env, "SEPA-20260217-0003", "2026-02-18");
    env.at("2026-03-01");
    assert_snapshot!(env.run("sepa export").transcript(), @"
    --- stderr
    warning: INV-2026-00001 (S1) not collected: rejected (AM04, insufficient funds) after 3 attempt(s): sepa.max_retries (2) reached; --again to collect it once more
    1 invoice(s) already in an earlier file and still owed: not exported again (--again to)
    nothing to collect on 2026-03-01: no file written
    ");
    assert_compact_json_snapshot!(env.json("sepa debits --customer S1"), @r#"
    [
      {
        "invoice": "INV-2026-00001",
        "customer": "S1",
        "msg_id": "SEPA-20260131-0001",
        "mandate_id": "RUM-S1-001",
        "sequence": "FRST",
        "amount": "372.00",
        "currency": "EUR",
        "collection_date": "2026-01-31",
        "status": "rejected",
        "reason": "AM04",
        "reason_text": "insufficient funds",
        "reported_on": "2026-02-02",
        "retry_of": ""
      },
      {
        "invoice": "INV-2026-00001",
        "customer": "S1",
        "msg_id": "SEPA-20260209-0002",
        "mandate_id": "RUM-S1-001",
        "sequence": "RCUR",
        "amount": "372.00",
        "currency": "EUR",
        "collection_date": "2026-02-09",
        "status": "rejected",
        "reason": "AM04",
        "reason_text": "insufficient funds",
        "reported_on": "2026-02-10",
        "retry_of": "SEPA-20260131-0001"
      },
      {
        "invoice": "INV-2026-00001",
        "customer": "S1",
        "msg_id": "SEPA-20260217-0003",
        "mandate_id": "RUM-S1-001",
        "sequence": "RCUR",
        "amount": "372.00",
        "currency": "EUR",
        "collection_date": "2026-02-17",
        "status": "rejected",
        "reason": "AM04",
        "reason_text": "insufficient funds",
        "reported_on": "2026-02-18",
        "retry_of": "SEPA-20260209-0002"
      }
    ]
    "#);
}

#[test]
fn max_retries_zero_means_a_reject_is_never_re_presented_automatically() {
    let mut env = collected();
    env.ok("config set sepa.max_retries 0");
    let file = bank_file(&env, "reject-v10.xml", &[]);
    env.ok(format!("sepa import {file}"));
    env.at("2026-03-01");
    assert_snapshot!(env.run("sepa export").transcript(), @"
    --- stderr
    warning: INV-2026-00001 (S1) not collected: rejected (AM04, insufficient funds) after 1 attempt(s): sepa.max_retries (0) reached; --again to collect it once more
    1 invoice(s) already in an earlier file and still owed: not exported again (--again to)
    nothing to collect on 2026-03-01: no file written
    ");
}

#[test]
fn a_sepa_payer_is_pre_notified_at_issue_and_not_collected_before_the_notice_period() {
    let mut env = sepa_books();
    env.ok("customer edit S1 --email compta@dupont.example");
    env.ok("config set invoice.days_until_due 0");
    let number = invoice(&env, "S1");
    assert_eq!(
        env.json("mail list")[0]["recipients"],
        "compta@dupont.example"
    );
    let (subject, body): (String, String) = rusqlite::Connection::open(env.db())
        .unwrap()
        .query_row("SELECT subject, body FROM outbox", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_snapshot!(format!("{subject}\n\n{body}"), @"
    Prélèvement SEPA de 372.00 EUR le 15/01/2026 : facture INV-2026-00001

    Bonjour,

    Nous prélèverons 372.00 EUR sur votre compte le 15/01/2026 au titre de la facture INV-2026-00001.

    Référence unique du mandat (RUM) : RUM-S1-001
    Identifiant créancier SEPA (ICS) : FR72ZZZ123456

    Coworking Test
    ");
    env.at("2026-01-10");
    assert_snapshot!(env.run("sepa export").transcript(), @"
    --- stderr
    warning: INV-2026-00001 (S1) not collected: pre-notified on 2026-01-01, less than 14 days before; collect it on or after 2026-01-15 (sepa.prenotification_days)
    nothing to collect on 2026-01-10: no file written
    ");
    env.at("2026-01-15");
    env.ok("sepa export --out notified.xml");
    assert!(
        std::fs::read_to_string(env.path("notified.xml"))
            .unwrap()
            .contains(&number)
    );
}

#[test]
fn a_new_iban_or_reference_under_the_same_mandate_is_sent_as_an_amendment_that_validates() {
    let mut env = collected();
    env.ok("customer edit S1 --iban DE89370400440532013000 --mandate-id RUM-S1-002");
    invoice(&env, "S1");
    env.at("2026-03-02");
    env.ok("sepa export --out march.xml");
    let xml = std::fs::read_to_string(env.path("march.xml")).unwrap();
    assert_valid(&env.path("march.xml"));
    let start = xml.find("<DrctDbtTxInf>").unwrap();
    let end = xml.find("</DrctDbtTx>").unwrap();
    assert_snapshot!(&xml[start..end], @r#"
    <DrctDbtTxInf>
            <PmtId>
              <EndToEndId>INV-2026-00003</EndToEndId>
            </PmtId>
            <InstdAmt Ccy="EUR">372.00</InstdAmt>
            <DrctDbtTx>
              <MndtRltdInf>
                <MndtId>RUM-S1-002</MndtId>
                <DtOfSgntr>2025-12-01</DtOfSgntr>
                <AmdmntInd>true</AmdmntInd>
                <AmdmntInfDtls>
                  <OrgnlMndtId>RUM-S1-001</OrgnlMndtId>
                  <OrgnlDbtrAcct>
                    <Id>
                      <Othr>
                        <Id>SMNDA</Id>
                      </Othr>
                    </Id>
                  </OrgnlDbtrAcct>
                </AmdmntInfDtls>
              </MndtRltdInf>
    "#);
    assert!(xml.contains("<SeqTp>RCUR</SeqTp>") && !xml.contains("<SeqTp>FRST</SeqTp>"));
    // The next collection under the amended mandate is an ordinary one.
    invoice(&env, "S1");
    env.at("2026-04-02");
    env.ok("sepa export --out april.xml");
    assert!(
        !std::fs::read_to_string(env.path("april.xml"))
            .unwrap()
            .contains("AmdmntInd")
    );
}

#[test]
fn a_mandate_unused_for_36_months_expires() {
    let mut env = collected();
    env.at("2029-01-15");
    invoice(&env, "S1");
    env.at("2029-02-15");
    assert_snapshot!(env.run("sepa export").transcript(), @"
    --- stderr
    warning: INV-2029-00001 (S1) not collected: mandate RUM-S1-001 expired: unused since 2026-01-31 (36 months); record a new one with `subs customer edit S1 --mandate-id … --mandate-signed-on …`
    2 invoice(s) already in an earlier file and still owed: not exported again (--again to)
    nothing to collect on 2029-02-15: no file written
    ");
}

#[test]
fn a_file_that_is_not_xml_is_refused_and_changes_nothing() {
    let env = collected();
    env.write("statement.csv", "date;amount\n2026-02-01;372,00\n");
    let before = env.dump();
    assert_snapshot!(env.fails("sepa import statement.csv", Exit::BadData), @"error: statement.csv: is not XML; `sepa import` reads pain.002, camt.054 and camt.053 files");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_file_of_another_schema_is_refused_and_changes_nothing() {
    let env = collected();
    let before = env.dump();
    assert_snapshot!(env.fails("sepa import january.xml", Exit::BadData), @"error: january.xml: namespace urn:iso:std:iso:20022:tech:xsd:pain.008.001.08 is not a status report `sepa import` reads (pain.002.001.03, pain.002.001.10, camt.054.001.02, camt.054.001.08, camt.053.001.02, camt.053.001.08)");
    assert_eq!(env.dump(), before);
}

#[test]
fn an_unknown_end_to_end_id_refuses_the_whole_file_and_changes_nothing() {
    let env = collected();
    let text = std::fs::read_to_string(fixtures().join("sepa/reject-v10.xml")).unwrap();
    // Two rejects: a known debit, then one the books never collected.
    let start = text.find("<TxInfAndSts>").unwrap();
    let end = text.find("</TxInfAndSts>").unwrap() + "</TxInfAndSts>".len();
    let second = text[start..end].replace("INV-2026-00001", "INV-2026-00099");
    let text = format!("{}{}{}", &text[..end], second, &text[end..]);
    let path = env.write("two.xml", text);
    assert_valid(&path);
    let before = env.dump();
    assert_snapshot!(env.fails("sepa import two.xml", Exit::BadData), @"error: two.xml: TxInfAndSts[2]: end-to-end id INV-2026-00099 matches no collected debit in SEPA-20260131-0001; nothing was imported");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_missing_file_is_named() {
    let env = collected();
    assert_snapshot!(env.fails("sepa import nowhere.xml", Exit::NotFound), @"error: file nowhere.xml does not exist");
}

#[test]
fn tick_pre_notifies_the_sepa_payers_it_invoices_and_counts_the_e_mails() {
    let env = sepa_books();
    env.ok("customer edit S2 --email zoe@example.org");
    env.ok("subscription create --customer S2 --item DESK --start 2026-01-01");
    let tick = env.json("tick");
    assert_eq!(
        (tick["invoices"].as_u64(), tick["emails"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(env.json("mail list")[0]["recipients"], "zoe@example.org");
}
