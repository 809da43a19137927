//! The database file: creation, modes, versions, backups, checks and the audit chain.

use std::os::unix::fs::PermissionsExt;

use insta::{assert_json_snapshot, assert_snapshot};

use crate::env::{Exit, TestEnv};

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn init_creates_the_database_readable_by_its_owner_only() {
    let env = TestEnv::new();
    assert_eq!(mode(&env.db()), 0o600);
}

#[test]
fn init_twice_is_refused_and_changes_nothing() {
    let env = TestEnv::new();
    let before = env.dump();
    let err = env.fails("init --company Other", Exit::Refused);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(env.dump(), before);
}

#[test]
fn init_without_a_company_and_without_a_terminal_is_a_usage_error() {
    let env = TestEnv::empty();
    assert_snapshot!(env.fails("init", Exit::Usage), @"error: --company is required");
    assert!(!env.db().exists());
}

#[test]
fn init_with_a_bad_time_zone_names_the_setting_and_creates_nothing() {
    let env = TestEnv::empty();
    let err = env.fails("init --company X --timezone Mars/Base", Exit::BadData);
    assert!(err.contains("company.timezone"), "{err}");
    assert!(!env.db().exists());
}

#[test]
fn a_command_on_a_missing_database_says_how_to_create_it() {
    let env = TestEnv::empty();
    let err = env.fails("customer list", Exit::NotFound);
    assert!(err.contains("subs init"), "{err}");
}

#[test]
fn db_path_prints_the_path_in_use() {
    let env = TestEnv::empty();
    assert_eq!(env.ok("db path").trim(), env.db().display().to_string());
}

#[test]
fn db_path_defaults_to_the_xdg_data_dir() {
    let env = TestEnv::empty();
    let out = env
        .command()
        .env_remove("SUBS_DB")
        .args(["db", "path"])
        .output()
        .unwrap();
    let expected = env.dir.path().join("data/subs/subs.db");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        expected.display().to_string()
    );
}

#[test]
fn a_database_newer_than_the_binary_is_refused() {
    let env = TestEnv::new();
    rusqlite::Connection::open(env.db())
        .unwrap()
        .pragma_update(None, "user_version", 999)
        .unwrap();
    let err = env.fails("customer list", Exit::Refused);
    assert!(err.contains("schema version 999"), "{err}");
}

#[test]
fn a_file_that_is_not_a_database_is_refused() {
    let env = TestEnv::empty();
    std::fs::write(env.db(), "hello").unwrap();
    let err = env.fails("customer list", Exit::BadData);
    assert!(err.contains("not an SQLite database"), "{err}");
}

#[test]
fn backup_copies_the_live_database_with_owner_only_mode() {
    let env = TestEnv::new();
    env.ok("customer add C1 --name Client");
    env.ok("db backup backup.db");
    assert_eq!(mode(&env.path("backup.db")), 0o600);
    let out = env
        .command()
        .env("SUBS_DB", env.path("backup.db"))
        .args(["customer", "list", "--format", "csv"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("C1,Client"));
}

#[test]
fn backup_onto_an_earlier_backup_needs_force() {
    let env = TestEnv::new();
    env.ok("db backup backup.db");
    env.fails("db backup backup.db", Exit::Refused);
    env.ok("db backup backup.db --force");
}

#[test]
fn db_check_passes_on_a_sound_database() {
    let env = TestEnv::new();
    let run = env.run("db check");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("ok: integrity"), "{}", run.stderr);
}

#[test]
fn db_migrate_reports_the_version() {
    let env = TestEnv::new();
    let run = env.run("db migrate");
    assert_eq!(run.code, 0);
    let version = format!("schema version {}", subs::store::SCHEMA_VERSION);
    assert!(run.stderr.contains(&version), "{}", run.stderr);
}

#[test]
fn every_change_is_in_the_audit_log_with_who_and_which_command() {
    let env = TestEnv::new();
    env.ok("customer add C1 --name Client");
    assert_json_snapshot!(env.json("log --entity customer"), @r#"
    [
      {
        "id": 3,
        "at": "2026-01-15T00:00:00+01:00",
        "actor": "tester",
        "command": "customer add",
        "entity": "customer:C1",
        "change": "{\"name\":\"Client\",\"email\":null,\"billing_email\":null,\"address\":null,\"price_list\":null,\"vat_id\":null,\"siren\":null,\"kind\":\"business\",\"payment_method\":\"manual\",\"disabled\":false,\"iban\":null,\"bic\":null,\"mandate_id\":null,\"mandate_signed_on\":null}"
      }
    ]
    "#);
}

#[test]
fn log_verify_detects_an_edited_audit_row() {
    let env = TestEnv::new();
    env.ok("customer add C1 --name Client");
    env.ok("log verify");
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(
        "DROP TRIGGER audit_log_no_update;
         UPDATE audit_log SET change = '{\"name\":\"Someone else\"}' WHERE entity = 'customer:C1';",
    )
    .unwrap();
    drop(conn);
    let err = env.fails("log verify", Exit::Refused);
    assert!(err.contains("edited"), "{err}");
}

#[test]
fn log_verify_detects_a_removed_audit_row() {
    let env = TestEnv::new();
    env.ok("customer add C1 --name Client");
    env.ok("customer add C2 --name 'Client 2'");
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(
        "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE entity = 'customer:C1';",
    )
    .unwrap();
    drop(conn);
    let err = env.fails("log verify", Exit::Refused);
    assert!(err.contains("removed"), "{err}");
}

#[test]
fn the_audit_log_refuses_updates_through_sqlite() {
    let env = TestEnv::new();
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let err = conn
        .execute("UPDATE audit_log SET actor = 'x'", [])
        .unwrap_err();
    assert!(err.to_string().contains("append-only"));
}

#[test]
fn config_get_prints_a_value_given_at_init_or_the_default() {
    let env = TestEnv::new();
    assert_eq!(env.ok("config get company.name"), "Coworking Test\n");
    assert_eq!(env.ok("config get invoice.series"), "INV-{YYYY}-{#####}\n");
}

#[test]
fn config_set_changes_a_value_and_unset_restores_the_default() {
    let env = TestEnv::new();
    env.ok("config set invoice.days_until_due 15");
    assert_eq!(env.ok("config get invoice.days_until_due"), "15\n");
    env.ok("config unset invoice.days_until_due");
    assert_eq!(env.ok("config get invoice.days_until_due"), "30\n");
}

#[test]
fn config_set_refuses_a_bad_value_naming_the_setting() {
    let env = TestEnv::new();
    let before = env.dump();
    let err = env.fails("config set invoice.days_until_due -3", Exit::BadData);
    assert!(err.contains("invoice.days_until_due"), "{err}");
    assert_eq!(env.dump(), before);
}

#[test]
fn config_set_refuses_an_unknown_setting() {
    let env = TestEnv::new();
    let err = env.fails("config set no.such.key 1", Exit::BadData);
    assert!(err.contains("unknown setting"), "{err}");
}

#[test]
fn now_is_validated_naming_the_option() {
    let env = TestEnv::new();
    let err = env.fails("customer list --now tomorrow", Exit::BadData);
    assert!(err.starts_with("error: --now:"), "{err}");
}

#[test]
fn global_options_are_accepted_before_the_subcommand() {
    let env = TestEnv::new();
    env.ok("customer add C1 --name Client");
    let out = env.ok("--format csv customer list");
    assert!(out.starts_with("code,name,"), "{out}");
}

#[test]
fn format_comes_from_the_environment_too() {
    let env = TestEnv::new();
    let out = env
        .command()
        .env("SUBS_FORMAT", "json")
        .args(["vat", "list"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "[]\n");
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    let env = TestEnv::new();
    env.fails("customer list --colour", Exit::Usage);
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let env = TestEnv::new();
    // Far more than a pipe holds, so that `subs` is still writing when `head` leaves.
    let mut csv = String::from("code,name\n");
    for n in 0..5000 {
        csv.push_str(&format!(
            "C{n:05},Customer number {n} with a long enough name\n"
        ));
    }
    env.write("many.csv", csv);
    env.ok("customer import many.csv");
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "'{}' customer list --format csv | head -c1 >/dev/null; echo ${{PIPESTATUS[0]}}",
            env!("CARGO_BIN_EXE_subs")
        ))
        .env("SUBS_DB", env.db())
        .env("SUBS_NOW", "2026-01-15")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "0\n");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
