//! The bad-input corpus: every malformed file in `tests/corpus/` (and a few malformed
//! values typed on the command line) is run through the command that takes it. Each must
//! give one clear `error:` line naming the place, the documented exit code, and leave the
//! database exactly as it was — compared row by row, and with `sqlite3 .dump` where the
//! sqlite3 shell is installed.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use hmac::{KeyInit, Mac};
use sha2::Sha256;

use crate::billing::coworking;
use crate::env::{Exit, TestEnv};
use crate::tools;

const SECRET: &str = "whsec_corpus";

/// Copies `tests/corpus/` into the environment's directory as `corpus/`, so that a command
/// names a file as a user would (`bank import corpus/bank-date-feb-30.csv`) and its error
/// names it the same way on every machine. A copy, not a link: a command must never write
/// over the corpus.
pub fn with_corpus(env: &TestEnv) {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let target = env.path("corpus");
    std::fs::create_dir_all(&target).unwrap();
    for entry in std::fs::read_dir(source).unwrap() {
        let from = entry.unwrap().path();
        std::fs::copy(&from, target.join(from.file_name().unwrap())).unwrap();
    }
}

/// The coworking book with an invoice to pay, webhook secrets configured, and the corpus.
fn books() -> TestEnv {
    let env = coworking();
    env.ok("invoice create --customer C1 --item DESK");
    let config = env.path("config/subs/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(
        &config,
        format!("[gateways.stripe]\nwebhook_secret = \"{SECRET}\"\n"),
    )
    .unwrap();
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
    with_corpus(&env);
    env
}

fn sqlite_dump(env: &TestEnv) -> Option<String> {
    let sqlite3 = tools::require("sqlite3")?;
    let out = Command::new(sqlite3)
        .arg(env.db())
        .arg(".dump")
        .output()
        .unwrap();
    assert!(out.status.success());
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn stripe_signature(body: &[u8], timestamp: i64) -> String {
    let mut mac = <hmac::Hmac<Sha256> as KeyInit>::new_from_slice(SECRET.as_bytes()).unwrap();
    mac.update(format!("{timestamp}.").as_bytes());
    mac.update(body);
    format!(
        "t={timestamp},v1={}",
        hex::encode(mac.finalize().into_bytes())
    )
}

/// 2026-01-01T00:00:00+01:00, the moment `coworking()` runs at.
const NOW_UNIX: i64 = 1_767_222_000;

struct Case {
    line: String,
    stdin: Option<Vec<u8>>,
    code: Exit,
    /// What the error line must name.
    names: &'static str,
}

/// A command line typed in the books' directory (corpus files as `corpus/NAME`).
fn case(line: &str, code: Exit, names: &'static str) -> Case {
    Case {
        line: line.to_string(),
        stdin: None,
        code,
        names,
    }
}

/// `webhook receive` of the corpus file `file` on stdin, signed with `signature` or, by
/// default, with the books' secret.
fn webhook_case(file: &str, signature: Option<&str>, code: Exit, names: &'static str) -> Case {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(file);
    let body = std::fs::read(path).unwrap();
    let signature = signature
        .map(String::from)
        .unwrap_or_else(|| stripe_signature(&body, NOW_UNIX));
    Case {
        line: format!("webhook receive --gateway stripe --signature '{signature}'"),
        stdin: Some(body),
        code,
        names,
    }
}

fn cases() -> Vec<Case> {
    use Exit::{BadData, NotFound, Refused};
    vec![
        // CSV imports people edit.
        case(
            "customer import corpus/customers-unknown-column.csv",
            BadData,
            "unknown column \"colour\"",
        ),
        case(
            "customer import corpus/customers-missing-name.csv",
            BadData,
            "missing column \"name\"",
        ),
        case(
            "customer import corpus/customers-latin1.csv",
            BadData,
            "customers-latin1.csv:2",
        ),
        case(
            "customer import corpus/customers-huge-field.csv",
            BadData,
            "customers-huge-field.csv:2: column name",
        ),
        case(
            "customer import corpus/customers-formula.csv",
            BadData,
            "customers-formula.csv:2: column name",
        ),
        case(
            "customer import corpus/customers-bad-email.csv",
            BadData,
            "customers-bad-email.csv:3: column email",
        ),
        case(
            "customer import corpus/customers-duplicate-code.csv",
            BadData,
            "customers-duplicate-code.csv:3: column code",
        ),
        case(
            "customer import corpus/customers-ragged.csv",
            BadData,
            "customers-ragged.csv:2",
        ),
        case(
            "customer import corpus/customers-bom-crlf-bad-siren.csv",
            BadData,
            "customers-bom-crlf-bad-siren.csv:3: column siren",
        ),
        case(
            "item import corpus/items-bad-vat.csv",
            BadData,
            "items-bad-vat.csv:3: column vat_rate",
        ),
        case(
            "item import corpus/items-unknown-group.csv",
            BadData,
            "items-unknown-group.csv:2",
        ),
        // Bank statements.
        case(
            "bank import corpus/bank-date-feb-30.csv",
            BadData,
            "bank-date-feb-30.csv:3",
        ),
        case(
            "bank import corpus/bank-amount-exponent.csv",
            BadData,
            "bank-amount-exponent.csv:2",
        ),
        case(
            "bank import corpus/bank-amount-nan.csv",
            BadData,
            "bank-amount-nan.csv:2",
        ),
        case(
            "bank import corpus/bank-amount-twelve-decimals.csv",
            BadData,
            "bank-amount-twelve-decimals.csv:2",
        ),
        case(
            "bank import corpus/bank-both-columns.csv",
            BadData,
            "bank-both-columns.csv:2",
        ),
        case(
            "bank import corpus/bank-wrong-columns.csv",
            BadData,
            "bank-wrong-columns.csv:1",
        ),
        case("bank import corpus/bank-not-camt.xml", BadData, "camt.053"),
        case(
            "bank import corpus/bank-truncated.xml",
            BadData,
            "bank-truncated.xml",
        ),
        case(
            "bank import corpus/bank-camt-bad-amount.xml",
            BadData,
            "Amt",
        ),
        case(
            "bank import corpus/bank-camt-two-amounts.xml",
            BadData,
            "Ntry[2]: has more than one Amt",
        ),
        case(
            "bank import corpus/bank-camt-escape-in-label.xml",
            BadData,
            "Ntry[1]/AddtlNtryInf: contains the control character U+001B",
        ),
        case(
            "bank import corpus/bank-label-nul.csv",
            BadData,
            "bank-label-nul.csv:3: column Libellé: contains the control character U+0000",
        ),
        case(
            "bank import corpus/bank-date-feb-30.csv --mapping corpus/mapping-unknown-key.toml",
            BadData,
            "mapping-unknown-key.toml",
        ),
        // Gateway webhooks: junk bodies with a good signature, good bodies with bad ones.
        webhook_case("webhook-not-json.txt", None, BadData, "webhook body"),
        webhook_case("webhook-no-type.json", None, BadData, "type"),
        webhook_case(
            "webhook-negative-amount.json",
            None,
            BadData,
            "amount_received -100; a payment received is a positive amount",
        ),
        webhook_case(
            "webhook-no-type.json",
            Some("t=1767222000,v1=00"),
            Refused,
            "webhook",
        ),
        webhook_case("webhook-no-type.json", Some("v1=abc"), Refused, "webhook"),
        webhook_case("webhook-no-type.json", Some(""), Refused, "webhook"),
        // Templates.
        case(
            "template add t --subject x --body-file corpus/template-syntax-error.txt",
            BadData,
            "line 1",
        ),
        case(
            "template add t --subject x --body-file corpus/template-empty.txt",
            BadData,
            "--body-file",
        ),
        // Values typed on the command line.
        case(
            "subscription create --customer C1 --item DESK --start 2026-02-30",
            BadData,
            "--start",
        ),
        case(
            "payment add --invoice INV-2026-00001 --amount 1e9",
            BadData,
            "--amount",
        ),
        case(
            "payment add --invoice INV-2026-00001 --amount NaN",
            BadData,
            "--amount",
        ),
        case(
            "payment add --invoice INV-2026-00001 --amount -0",
            BadData,
            "--amount",
        ),
        case(
            "payment add --invoice INV-2026-00001 --amount 10.000000000001",
            BadData,
            "--amount",
        ),
        case("price set DESK 1e3", BadData, "RATE"),
        case("price set DESK 310.000000000001", BadData, "RATE"),
        case("vat add X --rate NaN", BadData, "--rate"),
        case(
            r#"customer add "X'; DROP TABLE customers; --" --name x"#,
            BadData,
            "CODE",
        ),
        case(
            r#"customer show "C1' OR '1'='1""#,
            NotFound,
            "C1' OR '1'='1",
        ),
        case(
            r#"invoice show "INV-2026-00001' --""#,
            NotFound,
            "INV-2026-00001' --",
        ),
        case("--now 2026-02-30 tick", BadData, "--now"),
        // Every CSV row as long as its header, no quote left open.
        case(
            "bank import corpus/bank-extra-field.csv",
            BadData,
            "bank-extra-field.csv:3: has 6 fields; the header has 5",
        ),
        case(
            "bank import corpus/bank-short-row.csv",
            BadData,
            "bank-short-row.csv:3: has 3 fields; the header has 5",
        ),
        case(
            "bank import corpus/bank-unterminated-quote.csv",
            BadData,
            "bank-unterminated-quote.csv:3: a quote opened on this line is never closed",
        ),
        case(
            "customer import corpus/customers-unterminated-quote.csv",
            BadData,
            "customers-unterminated-quote.csv:3: a quote opened on this line is never closed",
        ),
        case(
            "item import corpus/items-unterminated-quote.csv",
            BadData,
            "items-unterminated-quote.csv:4: a quote opened on this line is never closed",
        ),
        // Text that a spreadsheet would run as a formula, where a person types it.
        case(
            "customer import corpus/customers-formula-email.csv",
            BadData,
            "customers-formula-email.csv:3: column email",
        ),
        case(
            "customer import corpus/customers-duplicate-mandate.csv",
            BadData,
            "customers-duplicate-mandate.csv:3: column mandate_id",
        ),
        case(
            "customer import corpus/customers-dash-formula.csv",
            BadData,
            "customers-dash-formula.csv:3: column name",
        ),
        case(
            "customer add X --name X --email=-info@x.fr",
            BadData,
            "--email",
        ),
        case("customer add --name X -- -X1", BadData, "CODE"),
        case(
            "payment add --invoice INV-2026-00001 --amount 1 --reference '+33 cmd'",
            BadData,
            "--reference",
        ),
        // A bad byte is named by its line, whatever the file.
        case(
            "customer import corpus/customers-latin1-line3.csv",
            BadData,
            "customers-latin1-line3.csv:3: is not valid UTF-8",
        ),
        case(
            "bank import corpus/bank-camt-latin1-line3.xml",
            BadData,
            "bank-camt-latin1-line3.xml:3: is not valid UTF-8",
        ),
        case(
            "bank import corpus/bank-date-feb-30.csv --mapping corpus/mapping-latin1-line3.toml",
            BadData,
            "mapping-latin1-line3.toml:3: is not valid UTF-8",
        ),
        case(
            "template add t --subject x --body-file corpus/template-latin1-line3.txt",
            BadData,
            "template-latin1-line3.txt:3: is not valid UTF-8",
        ),
        // Templates read only what the context holds.
        case(
            "template add t --subject x --body-file corpus/template-unknown-name.txt",
            BadData,
            "template t: line 3: unknown name `invoice.nmber`",
        ),
        // Inputs are capped and must be files.
        case(
            "template add t --subject x --body-file /dev/zero",
            BadData,
            "/dev/zero: is larger than 1 MiB",
        ),
        case(
            "webhook receive --gateway stripe --signature t=1,v1=00 --file /dev/zero",
            BadData,
            "/dev/zero: is larger than 1 MiB",
        ),
        case(
            "template add t --subject x --body-file corpus/",
            NotFound,
            "is a directory",
        ),
        case("customer import corpus/", NotFound, "is a directory"),
    ]
}

#[test]
fn every_bad_input_is_refused_naming_the_place_and_changes_nothing() {
    let env = books();
    let rows_before = env.dump();
    let sql_before = sqlite_dump(&env);
    for case in cases() {
        let line = &case.line;
        let run = match &case.stdin {
            Some(body) => env.run_stdin(line, body.clone()),
            None => env.run(line),
        };
        assert_eq!(run.code, case.code as i32, "subs {line}: {}", run.stderr);
        let first = run.stderr.lines().next().unwrap_or("");
        assert!(
            first.starts_with("error: "),
            "subs {line}: no error line: {}",
            run.stderr
        );
        assert!(
            first.contains(case.names),
            "subs {line}: the error does not name {:?}: {first}",
            case.names
        );
        assert!(
            !run.stderr.contains(SECRET),
            "subs {line}: the secret leaked"
        );
        assert!(
            first.chars().count() < 600,
            "subs {line}: the error line is not one readable line"
        );
    }
    assert_eq!(
        env.dump(),
        rows_before,
        "a refused input changed the database"
    );
    if let Some(before) = sql_before {
        assert_eq!(sqlite_dump(&env).unwrap(), before, "sqlite3 .dump differs");
    }
}
