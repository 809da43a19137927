//! The bad-input corpus: every malformed file in `tests/corpus/` (and a few malformed
//! values typed on the command line) is run through the command that takes it. Each must
//! give one clear `error:` line naming the place, the documented exit code, and leave the
//! database exactly as it was — compared row by row, and with `sqlite3 .dump` where the
//! sqlite3 shell is installed.

use std::os::unix::fs::PermissionsExt;
use std::process::Command;

use hmac::{KeyInit, Mac};
use sha2::Sha256;

use crate::billing::coworking;
use crate::env::TestEnv;
use crate::tools;

const SECRET: &str = "whsec_corpus";

fn corpus(name: &str) -> String {
    format!("{}/tests/corpus/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// The coworking book with an invoice to pay, and webhook secrets configured.
fn books() -> TestEnv {
    let env = coworking();
    env.ok(&["invoice", "create", "--customer", "C1", "--item", "DESK"]);
    let config = env.path("config/subs/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(
        &config,
        format!("[gateways.stripe]\nwebhook_secret = \"{SECRET}\"\n"),
    )
    .unwrap();
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
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
    args: Vec<String>,
    stdin: Option<Vec<u8>>,
    code: i32,
    /// What the error line must name.
    names: &'static str,
}

fn case(args: &[&str], code: i32, names: &'static str) -> Case {
    Case {
        args: args.iter().map(|a| a.to_string()).collect(),
        stdin: None,
        code,
        names,
    }
}

fn file_case(command: &[&str], file: &str, code: i32, names: &'static str) -> Case {
    let mut args: Vec<String> = command.iter().map(|a| a.to_string()).collect();
    args.push(corpus(file));
    Case {
        args,
        stdin: None,
        code,
        names,
    }
}

fn webhook_case(file: &str, signature: Option<&str>, code: i32, names: &'static str) -> Case {
    let body = std::fs::read(corpus(file)).unwrap();
    let signature = signature
        .map(String::from)
        .unwrap_or_else(|| stripe_signature(&body, NOW_UNIX));
    Case {
        args: vec![
            "webhook".into(),
            "receive".into(),
            "--gateway".into(),
            "stripe".into(),
            "--signature".into(),
            signature,
        ],
        stdin: Some(body),
        code,
        names,
    }
}

fn cases() -> Vec<Case> {
    vec![
        // CSV imports people edit.
        file_case(
            &["customer", "import"],
            "customers-unknown-column.csv",
            65,
            "unknown column \"colour\"",
        ),
        file_case(
            &["customer", "import"],
            "customers-missing-name.csv",
            65,
            "missing column \"name\"",
        ),
        file_case(
            &["customer", "import"],
            "customers-latin1.csv",
            65,
            "customers-latin1.csv:2",
        ),
        file_case(
            &["customer", "import"],
            "customers-huge-field.csv",
            65,
            "customers-huge-field.csv:2: column name",
        ),
        file_case(
            &["customer", "import"],
            "customers-formula.csv",
            65,
            "customers-formula.csv:2: column name",
        ),
        file_case(
            &["customer", "import"],
            "customers-bad-email.csv",
            65,
            "customers-bad-email.csv:3: column email",
        ),
        file_case(
            &["customer", "import"],
            "customers-duplicate-code.csv",
            65,
            "customers-duplicate-code.csv:3: column code",
        ),
        file_case(
            &["customer", "import"],
            "customers-ragged.csv",
            65,
            "customers-ragged.csv:2",
        ),
        file_case(
            &["customer", "import"],
            "customers-bom-crlf-bad-siren.csv",
            65,
            "customers-bom-crlf-bad-siren.csv:3: column siren",
        ),
        file_case(
            &["item", "import"],
            "items-bad-vat.csv",
            65,
            "items-bad-vat.csv:3: column vat_rate",
        ),
        file_case(
            &["item", "import"],
            "items-unknown-group.csv",
            65,
            "items-unknown-group.csv:2",
        ),
        // Bank statements.
        file_case(
            &["bank", "import"],
            "bank-date-feb-30.csv",
            65,
            "bank-date-feb-30.csv:3",
        ),
        file_case(
            &["bank", "import"],
            "bank-amount-exponent.csv",
            65,
            "bank-amount-exponent.csv:2",
        ),
        file_case(
            &["bank", "import"],
            "bank-amount-nan.csv",
            65,
            "bank-amount-nan.csv:2",
        ),
        file_case(
            &["bank", "import"],
            "bank-amount-twelve-decimals.csv",
            65,
            "bank-amount-twelve-decimals.csv:2",
        ),
        file_case(
            &["bank", "import"],
            "bank-both-columns.csv",
            65,
            "bank-both-columns.csv:2",
        ),
        file_case(
            &["bank", "import"],
            "bank-wrong-columns.csv",
            65,
            "bank-wrong-columns.csv:1",
        ),
        file_case(&["bank", "import"], "bank-not-camt.xml", 65, "camt.053"),
        file_case(
            &["bank", "import"],
            "bank-truncated.xml",
            65,
            "bank-truncated.xml",
        ),
        file_case(&["bank", "import"], "bank-camt-bad-amount.xml", 65, "Amt"),
        file_case(
            &["bank", "import"],
            "bank-camt-two-amounts.xml",
            65,
            "Ntry[2]: has more than one Amt",
        ),
        file_case(
            &["bank", "import"],
            "bank-camt-escape-in-label.xml",
            65,
            "Ntry[1]/AddtlNtryInf: contains the control character U+001B",
        ),
        file_case(
            &["bank", "import"],
            "bank-label-nul.csv",
            65,
            "bank-label-nul.csv:3: column Libellé: contains the control character U+0000",
        ),
        {
            let mut c = file_case(
                &["bank", "import"],
                "bank-date-feb-30.csv",
                65,
                "mapping-unknown-key.toml",
            );
            c.args
                .extend(["--mapping".to_string(), corpus("mapping-unknown-key.toml")]);
            c
        },
        // Gateway webhooks: junk bodies with a good signature, good bodies with bad ones.
        webhook_case("webhook-not-json.txt", None, 65, "webhook body"),
        webhook_case("webhook-no-type.json", None, 65, "type"),
        webhook_case(
            "webhook-negative-amount.json",
            None,
            65,
            "amount_received -100; a payment received is a positive amount",
        ),
        webhook_case(
            "webhook-no-type.json",
            Some("t=1767222000,v1=00"),
            1,
            "webhook",
        ),
        webhook_case("webhook-no-type.json", Some("v1=abc"), 1, "webhook"),
        webhook_case("webhook-no-type.json", Some(""), 1, "webhook"),
        // Templates.
        {
            let mut c = case(
                &["template", "add", "t", "--subject", "x", "--body-file"],
                65,
                "line 1",
            );
            c.args.push(corpus("template-syntax-error.txt"));
            c
        },
        {
            let mut c = case(
                &["template", "add", "t", "--subject", "x", "--body-file"],
                65,
                "--body-file",
            );
            c.args.push(corpus("template-empty.txt"));
            c
        },
        // Values typed on the command line.
        case(
            &[
                "subscription",
                "create",
                "--customer",
                "C1",
                "--item",
                "DESK",
                "--start",
                "2026-02-30",
            ],
            65,
            "--start",
        ),
        case(
            &[
                "payment",
                "add",
                "--invoice",
                "INV-2026-00001",
                "--amount",
                "1e9",
            ],
            65,
            "--amount",
        ),
        case(
            &[
                "payment",
                "add",
                "--invoice",
                "INV-2026-00001",
                "--amount",
                "NaN",
            ],
            65,
            "--amount",
        ),
        case(
            &[
                "payment",
                "add",
                "--invoice",
                "INV-2026-00001",
                "--amount",
                "-0",
            ],
            65,
            "--amount",
        ),
        case(
            &[
                "payment",
                "add",
                "--invoice",
                "INV-2026-00001",
                "--amount",
                "10.000000000001",
            ],
            65,
            "--amount",
        ),
        case(&["price", "set", "DESK", "1e3"], 65, "RATE"),
        case(&["price", "set", "DESK", "310.000000000001"], 65, "RATE"),
        case(&["vat", "add", "X", "--rate", "NaN"], 65, "--rate"),
        case(
            &[
                "customer",
                "add",
                "X'; DROP TABLE customers; --",
                "--name",
                "x",
            ],
            65,
            "CODE",
        ),
        case(&["customer", "show", "C1' OR '1'='1"], 66, "C1' OR '1'='1"),
        case(
            &["invoice", "show", "INV-2026-00001' --"],
            66,
            "INV-2026-00001' --",
        ),
        case(&["--now", "2026-02-30", "tick"], 65, "--now"),
        // Every CSV row as long as its header, no quote left open.
        file_case(
            &["bank", "import"],
            "bank-extra-field.csv",
            65,
            "bank-extra-field.csv:3: has 6 fields; the header has 5",
        ),
        file_case(
            &["bank", "import"],
            "bank-short-row.csv",
            65,
            "bank-short-row.csv:3: has 3 fields; the header has 5",
        ),
        file_case(
            &["bank", "import"],
            "bank-unterminated-quote.csv",
            65,
            "bank-unterminated-quote.csv:3: a quote opened on this line is never closed",
        ),
        file_case(
            &["customer", "import"],
            "customers-unterminated-quote.csv",
            65,
            "customers-unterminated-quote.csv:3: a quote opened on this line is never closed",
        ),
        file_case(
            &["item", "import"],
            "items-unterminated-quote.csv",
            65,
            "items-unterminated-quote.csv:4: a quote opened on this line is never closed",
        ),
        // Text that a spreadsheet would run as a formula, where a person types it.
        file_case(
            &["customer", "import"],
            "customers-formula-email.csv",
            65,
            "customers-formula-email.csv:3: column email",
        ),
        file_case(
            &["customer", "import"],
            "customers-duplicate-mandate.csv",
            65,
            "customers-duplicate-mandate.csv:3: column mandate_id",
        ),
        file_case(
            &["customer", "import"],
            "customers-dash-formula.csv",
            65,
            "customers-dash-formula.csv:3: column name",
        ),
        case(
            &["customer", "add", "X", "--name", "X", "--email=-info@x.fr"],
            65,
            "--email",
        ),
        case(&["customer", "add", "--name", "X", "--", "-X1"], 65, "CODE"),
        case(
            &[
                "payment",
                "add",
                "--invoice",
                "INV-2026-00001",
                "--amount",
                "1",
                "--reference",
                "+33 cmd",
            ],
            65,
            "--reference",
        ),
        // A bad byte is named by its line, whatever the file.
        file_case(
            &["customer", "import"],
            "customers-latin1-line3.csv",
            65,
            "customers-latin1-line3.csv:3: is not valid UTF-8",
        ),
        file_case(
            &["bank", "import"],
            "bank-camt-latin1-line3.xml",
            65,
            "bank-camt-latin1-line3.xml:3: is not valid UTF-8",
        ),
        {
            let mut c = file_case(
                &["bank", "import"],
                "bank-date-feb-30.csv",
                65,
                "mapping-latin1-line3.toml:3: is not valid UTF-8",
            );
            c.args
                .extend(["--mapping".to_string(), corpus("mapping-latin1-line3.toml")]);
            c
        },
        template_case(
            "template-latin1-line3.txt",
            65,
            "template-latin1-line3.txt:3: is not valid UTF-8",
        ),
        // Templates read only what the context holds.
        template_case(
            "template-unknown-name.txt",
            65,
            "template t: line 3: unknown name `invoice.nmber`",
        ),
        // Inputs are capped and must be files.
        {
            let mut c = template_case("template-empty.txt", 65, "/dev/zero: is larger than 1 MiB");
            *c.args.last_mut().unwrap() = "/dev/zero".into();
            c
        },
        case(
            &[
                "webhook",
                "receive",
                "--gateway",
                "stripe",
                "--signature",
                "t=1,v1=00",
                "--file",
                "/dev/zero",
            ],
            65,
            "/dev/zero: is larger than 1 MiB",
        ),
        {
            let mut c = template_case("template-empty.txt", 66, "is a directory");
            *c.args.last_mut().unwrap() = corpus("");
            c
        },
        file_case(&["customer", "import"], "", 66, "is a directory"),
    ]
}

/// `template add t --subject x --body-file FILE`.
fn template_case(file: &str, code: i32, names: &'static str) -> Case {
    let mut c = case(
        &["template", "add", "t", "--subject", "x", "--body-file"],
        code,
        names,
    );
    c.args.push(corpus(file));
    c
}

#[test]
fn every_bad_input_is_refused_naming_the_place_and_changes_nothing() {
    let env = books();
    let rows_before = env.dump();
    let sql_before = sqlite_dump(&env);
    for case in cases() {
        let args: Vec<&str> = case.args.iter().map(String::as_str).collect();
        let run = match &case.stdin {
            Some(body) => env.run_stdin(&args, body.clone()),
            None => env.run(&args),
        };
        assert_eq!(run.code, case.code, "{args:?}: {}", run.stderr);
        let first = run.stderr.lines().next().unwrap_or("");
        assert!(
            first.starts_with("error: "),
            "{args:?}: no error line: {}",
            run.stderr
        );
        assert!(
            first.contains(case.names),
            "{args:?}: the error does not name {:?}: {first}",
            case.names
        );
        assert!(!run.stderr.contains(SECRET), "{args:?}: the secret leaked");
        assert!(
            first.chars().count() < 600,
            "{args:?}: the error line is not one readable line"
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
