//! The audit chain anchored outside its own table: every issued document records the
//! chain's head at its issue, so a cut tail or a chain recomputed after an edit is caught
//! up to the last issued document — and, as the README says, not after it.

use rusqlite::Connection;
use sha2::{Digest, Sha256};

use crate::billing::coworking;
use crate::env::{Exit, TestEnv};

/// The books with one issued invoice and a few changes after it.
fn books() -> (TestEnv, i64) {
    let env = coworking();
    env.ok("invoice create --customer C1 --item DESK");
    env.ok("customer add C2 --name 'Client Two'");
    env.ok("customer add C3 --name 'Client Three'");
    let anchor: i64 = Connection::open(env.db())
        .unwrap()
        .query_row(
            "SELECT chain_length FROM invoices WHERE number = 'INV-2026-00001'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    (env, anchor)
}

fn entries(env: &TestEnv) -> i64 {
    Connection::open(env.db())
        .unwrap()
        .query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))
        .unwrap()
}

fn tamper(env: &TestEnv, sql: &str) {
    Connection::open(env.db())
        .unwrap()
        .execute_batch(&format!(
            "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; {sql}"
        ))
        .unwrap();
}

/// The hash `subs` gives an entry: SHA-256 of its fields, each followed by 0x1f.
fn entry_hash(parts: [&str; 6]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0x1f]);
    }
    hex::encode(hasher.finalize())
}

/// Rewrites every entry from `from` on so that the chain is consistent again, as someone
/// with write access to the file could.
fn recompute_chain_from(env: &TestEnv, from: i64) {
    let conn = Connection::open(env.db()).unwrap();
    let mut prev: String = conn
        .query_row(
            "SELECT hash FROM audit_log WHERE id = ?1",
            [from - 1],
            |r| r.get(0),
        )
        .unwrap();
    let rows: Vec<(i64, [String; 5])> = conn
        .prepare("SELECT id, at, actor, command, entity, change FROM audit_log WHERE id >= ?1 ORDER BY id")
        .unwrap()
        .query_map([from], |r| {
            Ok((
                r.get(0)?,
                [r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?],
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for (id, [at, actor, command, entity, change]) in rows {
        let hash = entry_hash([&prev, &at, &actor, &command, &entity, &change]);
        conn.execute(
            "UPDATE audit_log SET prev_hash = ?2, hash = ?3 WHERE id = ?1",
            rusqlite::params![id, prev, hash],
        )
        .unwrap();
        prev = hash;
    }
}

/// The number of entries of the audit log and the hash of the last one.
fn count_and_head(env: &TestEnv) -> (i64, String) {
    Connection::open(env.db())
        .unwrap()
        .query_row(
            "SELECT count(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) FROM audit_log",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap()
}

#[test]
fn log_verify_prints_the_head_the_number_of_entries_and_the_anchors_checked() {
    let (env, _) = books();
    let (count, head) = count_and_head(&env);
    let verified = env.json("log verify");
    assert_eq!(verified["entries"], count);
    assert_eq!(verified["head"], head);
    assert_eq!(verified["anchors_checked"], 1);
    let table = env.ok("log verify");
    assert!(table.contains(&head), "{table}");
}

#[test]
fn db_backup_prints_the_head_and_the_number_of_entries() {
    let (env, _) = books();
    let (count, head) = count_and_head(&env);
    let backed = env.json("db backup copy.db");
    assert_eq!(backed["entries"], count);
    assert_eq!(backed["head"], head);
}

#[test]
fn an_issued_invoice_records_the_chain_head_of_its_issue() {
    let env = coworking();
    let before = entries(&env);
    env.ok("invoice create --customer C1 --item DESK");
    let (length, head, entry_hash): (i64, String, String) = Connection::open(env.db())
        .unwrap()
        .query_row(
            "SELECT i.chain_length, i.chain_head, a.hash FROM invoices i
             JOIN audit_log a ON a.id = i.chain_length WHERE i.number = 'INV-2026-00001'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert!(length >= before, "{length} < {before}");
    assert_eq!(head, entry_hash);
}

#[test]
fn a_tail_cut_up_to_the_last_issued_document_is_detected() {
    let (env, anchor) = books();
    env.ok("log verify");
    // What is left is a consistent chain: only the invoice's anchor shows the cut.
    tamper(
        &env,
        &format!("DELETE FROM audit_log WHERE id >= {}", anchor - 1),
    );
    let err = env.fails("log verify", Exit::Refused);
    assert!(
        err.contains(&format!(
            "entry {anchor} is missing: INV-2026-00001 recorded the chain up to it"
        )),
        "{err}"
    );
    assert!(err.contains("entries were removed"), "{err}");
    assert!(env.fails("db check", Exit::Refused).contains("problem"));
}

#[test]
fn the_whole_log_removed_is_detected() {
    let (env, _) = books();
    tamper(&env, "DELETE FROM audit_log");
    let err = env.fails("log verify", Exit::Refused);
    assert!(err.contains("entries were removed"), "{err}");
}

#[test]
fn a_chain_recomputed_after_an_edit_is_detected() {
    let (env, _) = books();
    tamper(
        &env,
        "UPDATE audit_log SET change = '{\"name\":\"Someone else\"}' WHERE id = 3",
    );
    recompute_chain_from(&env, 3);
    let err = env.fails("log verify", Exit::Refused);
    assert!(
        err.contains(
            "is not the entry INV-2026-00001 recorded when it was issued (the chain was rewritten)"
        ),
        "{err}"
    );
}

#[test]
fn what_comes_after_the_last_issued_document_is_not_anchored() {
    // The limit the README states: someone with write access can rewrite or cut what was
    // logged after the last issued document. Keeping the printed head elsewhere is what
    // catches that.
    let (env, anchor) = books();
    let kept = env.json("log verify")["head"].clone();
    tamper(&env, &format!("DELETE FROM audit_log WHERE id > {anchor}"));
    let after = env.json("log verify");
    assert_eq!(after["entries"], anchor);
    assert_ne!(after["head"], kept);
}

#[test]
fn an_issued_invoice_s_anchor_cannot_be_changed() {
    let (env, _) = books();
    let err = Connection::open(env.db())
        .unwrap()
        .execute(
            "UPDATE invoices SET chain_length = 1 WHERE number = 'INV-2026-00001'",
            [],
        )
        .unwrap_err();
    assert!(err.to_string().contains("cannot change"), "{err}");
}
