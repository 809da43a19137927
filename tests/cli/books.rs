//! What counts as a book: only `init` makes one (an empty file or another application's
//! file is refused, exit 65, and left as it was), it is private whatever was there, a
//! `--db` is always a path, and a read-only book gives one clear line.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use crate::env::{Exit, TestEnv};
use crate::tools;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn an_empty_file_is_not_a_book_and_is_left_empty() {
    let env = TestEnv::empty();
    std::fs::write(env.db(), "").unwrap();
    for line in ["db check", "customer list", "db migrate"] {
        let err = env.fails(line, Exit::BadData);
        assert!(
            err.ends_with(
                "subs.db is empty, not a subs book; create one with `subs init --company NAME`"
            ),
            "{line}: {err}"
        );
    }
    assert_eq!(std::fs::metadata(env.db()).unwrap().len(), 0);
    assert!(!PathBuf::from(format!("{}-wal", env.db().display())).exists());
}

#[test]
fn another_application_s_sqlite_file_is_not_a_book() {
    let env = TestEnv::empty();
    rusqlite::Connection::open(env.db())
        .unwrap()
        .execute_batch("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine');")
        .unwrap();
    let before = crate::env::dump(&env.db());
    let err = env.fails("customer list", Exit::BadData);
    assert!(
        err.contains("is an SQLite file but not a subs book"),
        "{err}"
    );
    let err = env.fails("init --company X", Exit::BadData);
    assert!(
        err.contains("is an SQLite file but not a subs book"),
        "{err}"
    );
    assert_eq!(crate::env::dump(&env.db()), before);
}

#[test]
fn init_onto_an_existing_empty_world_readable_file_makes_a_private_book() {
    let env = TestEnv::empty();
    std::fs::write(env.db(), "").unwrap();
    std::fs::set_permissions(env.db(), std::fs::Permissions::from_mode(0o644)).unwrap();
    env.ok("init --company 'Coworking Test'");
    assert_eq!(mode(&env.db()), 0o600);
    env.ok("db check");
}

#[test]
fn a_directory_given_as_the_database_does_not_exist_as_a_file() {
    let env = TestEnv::empty();
    std::fs::create_dir(env.db()).unwrap();
    let err = env.fails("customer list", Exit::NotFound);
    assert!(
        err.contains("subs.db: is a directory, not a database file"),
        "{err}"
    );
}

#[test]
fn a_db_path_that_looks_like_an_sqlite_uri_is_a_path() {
    let env = TestEnv::empty();
    env.ok("--db 'file:t.db?mode=memory' init --company X");
    env.ok("--db 'file:t.db?mode=memory' customer add C1 --name Client");
    assert!(env.path("file:t.db?mode=memory").exists());
    assert!(!env.path("t.db").exists());
    let list = env.ok("--db 'file:t.db?mode=memory' customer list --format csv");
    assert!(list.contains("C1,Client"), "{list}");
}

/// Makes the book read-only for this process: `chmod` for a user, an immutable file for
/// root (which permissions do not stop); undone on drop.
struct ReadOnly(PathBuf, bool);

impl ReadOnly {
    fn make(path: &Path) -> Option<ReadOnly> {
        let root = std::fs::metadata(path).unwrap().uid() == 0;
        if root {
            let chattr = tools::require("chattr")?;
            let done = std::process::Command::new(chattr)
                .arg("+i")
                .arg(path)
                .output()
                .unwrap();
            if !done.status.success() {
                // Some file systems (overlays in containers) have no immutable flag.
                eprintln!(
                    "skipped: chattr +i is not supported here: {}",
                    String::from_utf8_lossy(&done.stderr).trim()
                );
                return None;
            }
        } else {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o400)).unwrap();
        }
        Some(ReadOnly(path.to_path_buf(), root))
    }
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        if self.1 {
            let _ = std::process::Command::new("chattr")
                .arg("-i")
                .arg(&self.0)
                .status();
        } else {
            let _ = std::fs::set_permissions(&self.0, std::fs::Permissions::from_mode(0o600));
        }
    }
}

#[test]
fn a_read_only_book_gives_one_clear_line_and_tick_stops_at_once() {
    let mut env = TestEnv::empty();
    env.at("2025-12-31");
    env.ok("demo --scale 300 --start 2026-01-01 --no-tick");
    env.ok("db check");
    env.at("2026-02-01");
    let Some(_guard) = ReadOnly::make(&env.db()) else {
        return;
    };
    let expected = format!(
        "error: the database {} is read-only; check the permissions of the file and of its directory",
        env.db().display()
    );
    assert_eq!(
        env.fails("customer add NEW --name New", Exit::Refused),
        expected
    );
    assert_eq!(env.fails("tick", Exit::Refused), expected);
    // Reading still works.
    env.ok("customer list --format csv");
}

#[test]
fn a_sepa_file_is_private_even_written_over_a_world_readable_one() {
    let env = crate::sepa::sepa_books();
    crate::sepa::invoice(&env, "S1");
    let out = env.write("debits.xml", "old");
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o644)).unwrap();
    env.ok("sepa export --collection-date 2026-02-05 --out debits.xml --force");
    assert_eq!(mode(&out), 0o600);
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("RUM-S1-001")
    );
}
