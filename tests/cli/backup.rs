//! `db backup`: the copy lands whole or not at all (written under a temporary name, synced,
//! renamed into place), private whatever was at the target, with the audit chain's head.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::env::{Exit, TestEnv, dump};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// `subs db backup TARGET` started in the background, as the test environment runs it.
fn spawn_backup(env: &TestEnv, target: &Path) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_subs"))
        .env_clear()
        .env("SUBS_DB", env.db())
        .env("SUBS_NOW", &env.now)
        .env("USER", "tester")
        .args(["db", "backup", "-q"])
        .arg(target)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .current_dir(env.dir.path())
        .spawn()
        .unwrap()
}

/// Files in the environment's directory other than the book and its companions.
fn leftovers(env: &TestEnv) -> Vec<PathBuf> {
    std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            !name.starts_with("subs.db")
        })
        .collect()
}

#[test]
fn a_killed_backup_leaves_no_target_or_a_complete_one() {
    let mut env = TestEnv::empty();
    env.at("2025-12-31");
    env.ok("demo --scale 40000 --start 2026-01-01 --no-tick");
    let source = dump(&env.db());
    // How long one uninterrupted backup takes, to kill the others along the way.
    let started = Instant::now();
    let full = env.path("full.db");
    assert!(spawn_backup(&env, &full).wait().unwrap().success());
    let span = started.elapsed();
    assert_eq!(dump(&full), source);
    std::fs::remove_file(&full).unwrap();

    let mut interrupted = 0;
    for step in 1..=8u32 {
        let target = env.path(&format!("b{step}.db"));
        let mut child = spawn_backup(&env, &target);
        std::thread::sleep(span * step / 10);
        child.kill().unwrap();
        child.wait().unwrap();
        let journal = PathBuf::from(format!("{}-journal", target.display()));
        assert!(
            !journal.exists(),
            "a journal next to the target: {}",
            journal.display()
        );
        if target.exists() {
            // Renamed into place only once complete: the whole book, and private.
            assert_eq!(dump(&target), source, "kill {step}: a partial backup");
            assert_eq!(mode(&target), 0o600);
            env.command()
                .env("SUBS_DB", &target)
                .args(["db", "check"])
                .assert()
                .success();
        } else {
            let prefix = format!(".b{step}.db.");
            let partial = leftovers(&env).iter().any(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(&prefix)
            });
            if partial {
                interrupted += 1;
            }
            // Checking the target that is not there says so, and makes nothing.
            let run = env
                .command()
                .env("SUBS_DB", &target)
                .args(["db", "check"])
                .output()
                .unwrap();
            assert_eq!(run.status.code(), Some(Exit::NotFound as i32));
            assert!(!target.exists());
        }
    }
    assert!(
        interrupted > 0,
        "no kill landed in the middle of a backup of {span:?}"
    );
    // What a killed backup leaves is its temporary file, named after the target.
    for left in leftovers(&env) {
        let name = left.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            name.starts_with(".b") && name.contains(".partial") || name.starts_with('b'),
            "unexpected file {name}"
        );
    }
}

#[test]
fn backup_force_onto_a_world_readable_file_leaves_a_private_complete_copy() {
    let env = TestEnv::new();
    env.ok("customer add C1 --name Client");
    let target = env.write("backup.db", "old content");
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644)).unwrap();
    // A journal left by an earlier copy must not be replayed into the new one.
    let journal = env.write("backup.db-journal", vec![0xA5u8; 4096]);
    env.ok("db backup backup.db --force");
    assert_eq!(mode(&target), 0o600);
    assert!(!journal.exists());
    assert_eq!(dump(&target), env.dump());
}

#[test]
fn backup_without_force_leaves_an_existing_file_alone() {
    let env = TestEnv::new();
    let target = env.write("backup.db", "keep me");
    let err = env.fails("db backup backup.db", Exit::Refused);
    assert!(err.contains("--force"), "{err}");
    assert_eq!(std::fs::read(&target).unwrap(), b"keep me");
    assert!(
        leftovers(&env).iter().all(|p| p == &target),
        "{:?}",
        leftovers(&env)
    );
}
