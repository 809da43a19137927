//! Security: files created private, secrets kept out of every output and of the books,
//! values bound (never spliced) into SQL.

use std::os::unix::fs::PermissionsExt;

use crate::billing::coworking;
use crate::env::{Exit, TestEnv};

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn the_database_and_its_wal_files_are_private_to_their_owner() {
    let env = coworking();
    env.ok("invoice create --customer C1 --item DESK");
    assert_eq!(mode(&env.db()), 0o600);
    for suffix in ["-wal", "-shm"] {
        let companion = std::path::PathBuf::from(format!("{}{suffix}", env.db().display()));
        if companion.exists() {
            assert_eq!(mode(&companion), 0o600, "{}", companion.display());
        }
    }
}

#[test]
fn secrets_never_reach_the_output_the_audit_log_or_the_books() {
    let env = coworking();
    let config = env.path("config/subs/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    let secret = "whsec_do_not_leak_42";
    let password = "pw_do_not_leak_42";
    std::fs::write(
        &config,
        format!("[smtp]\nhost = \"127.0.0.1\"\nport = 1\ntls = \"none\"\nuser = \"u\"\npassword = \"{password}\"\nfrom = \"a@b.fr\"\n[gateways.stripe]\nwebhook_secret = \"{secret}\"\n"),
    )
    .unwrap();
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
    env.ok("customer edit C1 --email c1@example.org --payment-method stripe");
    env.write("t.txt", "Facture {{ invoice.number }}");
    env.ok("template add t --subject s --body-file t.txt");
    env.ok("subscription create --customer C1 --item DESK --email-template t");
    let mut seen = String::new();
    for line in [
        "tick -v",
        "mail send",
        "webhook receive --gateway stripe --signature t=1,v1=00",
        "log --format json",
        "config list --format json",
        "payment-request list --format json",
        "mail list --format json",
    ] {
        let run = env.run_stdin(line, "{}");
        seen.push_str(&run.stdout);
        seen.push_str(&run.stderr);
    }
    seen.push_str(&env.dump());
    for leak in [secret, password] {
        assert!(
            !seen.contains(leak),
            "{leak} appeared in an output or in the database"
        );
    }
}

#[test]
fn quotes_and_sql_in_values_are_stored_as_text() {
    let env = coworking();
    let evil = "Robert'); DROP TABLE invoices; --";
    // Values with quotes in them, given as they are (no shell quoting to undo).
    env.ok([
        "customer",
        "add",
        "EVIL",
        "--name",
        evil,
        "--address",
        "1 \"rue\" d'Ypres",
    ]);
    env.ok("invoice create --customer EVIL --item DESK");
    env.ok([
        "invoice",
        "credit",
        "INV-2026-00001",
        "--reason",
        evil,
        "--yes",
    ]);
    env.write(
        "evil.csv",
        format!("Date;Libellé;Débit;Crédit;Référence\n02/02/2026;\"{evil}\";;10,00;x' OR '1'='1\n"),
    );
    env.ok("bank import evil.csv");
    assert_eq!(env.json("customer show EVIL")["name"], evil);
    assert_eq!(env.json("invoice show CN-2026-00001")["reason"], evil);
    let line = env.json("bank list");
    assert_eq!(line[0]["label"], evil);
    assert_eq!(line[0]["reference"], "x' OR '1'='1");
    // Ids containing SQL are looked up as text: they simply do not exist.
    env.fails(r#"subscription show "SUB-0001' OR '1'='1""#, Exit::NotFound);
    env.fails(r#"payment show 'x" OR 1=1 --'"#, Exit::NotFound);
    env.ok("db check");
}

#[test]
fn an_edited_invoice_row_is_caught_by_the_audit_chain_and_the_triggers() {
    let env = TestEnv::new();
    env.ok("customer add C1 --name Client");
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone else' WHERE id = 3;").unwrap();
    drop(conn);
    assert!(env.fails("log verify", Exit::Refused).contains("entry 3"));
    assert!(env.fails("db check", Exit::Refused).contains("problem"));
}
