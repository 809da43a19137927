//! Error messages a user reads: said once, about the right line, one readable line, never
//! quoting a secret; and the small things a command stamps (the mail's date, the actor).

use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use insta::assert_snapshot;

use crate::billing::coworking;
use crate::credits::space;
use crate::env::{CommandLine, Exit, TestEnv};
use crate::gateway::stripe_customer;
use crate::smtp_sink::SmtpSink;

/// Runs each command line, each of which must fail with `code` and one `error:` line, and
/// gives the session as a user sees it: each line as typed, then its error.
#[track_caller]
pub fn refusals<L: AsRef<str>>(env: &TestEnv, code: Exit, lines: &[L]) -> String {
    let mut session = String::new();
    for line in lines {
        let line = line.as_ref();
        let error = env.fails(line, code);
        session.push_str(&format!("$ subs {line}\n{error}\n"));
    }
    session
}

#[test]
fn a_missing_file_is_named_once_with_the_system_s_reason() {
    let env = TestEnv::new();
    assert_snapshot!(
        env.fails("customer import missing.csv", Exit::NotFound),
        @"error: missing.csv: No such file or directory (os error 2)"
    );
}

#[test]
fn a_booking_ending_when_it_starts_is_called_empty() {
    let env = space();
    assert_snapshot!(
        env.fails(
            "booking add --customer C1 --item HOTDESK --location LYON \
             --from 2026-03-02T09:00 --to 2026-03-02T09:00",
            Exit::BadData
        ),
        @"error: --to: 2026-03-02 09:00:00 is also --from: the booking is empty (zero length); give a later --to"
    );
}

#[test]
fn a_bad_byte_is_blamed_on_its_own_line() {
    let env = coworking();
    env.write(
        "body.txt",
        b"Bonjour {{ customer.name }},\n\nVotre facture \xe9\n",
    );
    let err = env.fails(
        "template add t --subject x --body-file body.txt",
        Exit::BadData,
    );
    assert!(
        err.starts_with("error: body.txt:3: is not valid UTF-8"),
        "{err}"
    );
}

#[test]
fn db_check_shows_the_pages_sqlite_found_damaged() {
    let mut env = TestEnv::empty();
    env.at("2025-12-31");
    env.ok("demo --scale 300 --start 2026-01-01 --no-tick");
    let root: i64 = rusqlite::Connection::open(env.db())
        .unwrap()
        .query_row(
            "SELECT rootpage FROM sqlite_master WHERE name = 'customers'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    // Breaks the b-tree page header of the customers table.
    let mut bytes = std::fs::read(env.db()).unwrap();
    let page = (root as usize - 1) * 4096;
    bytes[page..page + 8].copy_from_slice(&[0x7f; 8]);
    std::fs::write(env.db(), bytes).unwrap();
    let run = env.run("db check");
    assert_eq!(run.code, Exit::Refused as i32, "{}", run.stderr);
    assert!(
        run.stdout.contains(&format!("page {root}")),
        "{}",
        run.stdout
    );
    assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
    assert!(run.stderr.contains("problem(s) found"), "{}", run.stderr);
}

#[test]
fn a_deeply_nested_statement_gives_a_short_error_line() {
    let env = coworking();
    let depth = 20_000;
    let mut xml = String::from(
        "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt><Stmt><Ntry>",
    );
    for _ in 0..depth {
        xml.push_str("<Deeper>");
    }
    xml.push_str("</Wrong>");
    env.write("deep.xml", xml);
    let err = env.fails("bank import deep.xml", Exit::BadData);
    assert!(err.chars().count() < 1000, "{} characters", err.len());
    assert!(err.contains("deep.xml: byte"), "{err}");
    assert!(err.contains("more…"), "{err}");
}

#[test]
fn a_secret_of_the_wrong_type_is_not_quoted_in_the_error() {
    let env = coworking();
    let config = env.path("config/subs/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    for (text, key) in [
        (
            "[gateways.stripe]\nwebhook_secret = 12345678\n",
            "gateways.stripe.webhook_secret",
        ),
        (
            "[smtp]\nhost = \"h\"\nfrom = \"a@b.fr\"\npassword = 87654.321\n",
            "smtp.password",
        ),
        (
            "[smtp]\nhost = \"h\"\nfrom = \"a@b.fr\"\nport = \"s3cr3t-port\"\n",
            "smtp.port",
        ),
        ("[gateways]\nstripe = \"whsec_oops\"\n", "gateways.stripe"),
    ] {
        std::fs::write(&config, text).unwrap();
        std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
        let err = env.fails("mail send", Exit::BadData);
        assert!(err.contains(key), "{err}");
        for secret in ["12345678", "87654.321", "s3cr3t-port", "whsec_oops"] {
            assert!(!err.contains(secret), "{secret} quoted: {err}");
        }
    }
}

#[test]
fn the_smtp_date_header_is_the_command_s_now() {
    let sink = SmtpSink::start();
    let mut env = stripe_customer(sink.port());
    env.ok("tick");
    env.at("2026-01-02T10:30:00");
    env.ok("mail send");
    let received = sink.wait_for(1, Duration::from_secs(10));
    let date = received[0]
        .data
        .lines()
        .find_map(|line| line.strip_prefix("Date: "))
        .unwrap()
        .to_string();
    assert_eq!(date, "Fri, 02 Jan 2026 09:30:00 +0000");
}

#[test]
fn the_actor_is_the_account_when_user_and_logname_are_unset() {
    let env = TestEnv::new();
    let out = env
        .command()
        .env_remove("USER")
        .env_remove("LOGNAME")
        .args("customer add C1 --name Client".to_args())
        .output()
        .unwrap();
    assert!(out.status.success());
    let account = std::process::Command::new("id")
        .arg("-un")
        .output()
        .unwrap();
    let account = String::from_utf8_lossy(&account.stdout).trim().to_string();
    let log = env.json("log --entity customer:C1");
    assert_eq!(log[0]["actor"], account.as_str());
    assert_ne!(log[0]["actor"], "unknown");
}
