//! `subs demo`, the README's first command: it must work on any day, and leave books that
//! pass every check.

use std::path::PathBuf;

use crate::env::{CommandLine, Exit, Run, TestEnv};

/// Runs `subs demo` as a user would, with no `SUBS_DB`: the demo picks its own file.
fn demo(env: &TestEnv) -> Run {
    env.command()
        .env_remove("SUBS_DB")
        .arg("demo")
        .output()
        .unwrap()
        .into()
}

/// The demo's own database, in the XDG data folder.
fn demo_db(env: &TestEnv) -> PathBuf {
    env.dir.path().join("data/subs/demo.db")
}

/// Runs a command line on the demo's database and asserts success; returns stdout.
#[track_caller]
fn on_demo(env: &TestEnv, line: &str) -> String {
    let run: Run = env
        .command()
        .env("SUBS_DB", demo_db(env))
        .args(line.to_args())
        .output()
        .unwrap()
        .into();
    assert_eq!(run.code, 0, "{line}: {}", run.stderr);
    run.stdout
}

fn count(env: &TestEnv, line: &str) -> usize {
    let list: serde_json::Value =
        serde_json::from_str(&on_demo(env, &format!("{line} --format json"))).unwrap();
    list.as_array().unwrap().len()
}

#[test]
fn the_demo_bills_three_months_and_leaves_sound_books() {
    let mut env = TestEnv::empty();
    env.at("2026-11-29T10:00:00");
    let run = demo(&env);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let announced = format!("demo database: {}", demo_db(&env).display());
    assert!(run.stderr.contains(&announced), "{}", run.stderr);
    assert!(run.stderr.contains("try:"), "{}", run.stderr);
    assert!(count(&env, "invoice list") >= 8);
    assert!(count(&env, "payment-request list") > 0);
    assert!(count(&env, "mail list") > 0);
    on_demo(&env, "db check");
    on_demo(&env, "log verify");
    // Nothing is left due right after the demo's last tick.
    assert_eq!(on_demo(&env, "tick"), "nothing due\n");
}

#[test]
fn running_the_demo_again_replaces_the_previous_demo() {
    let mut env = TestEnv::empty();
    env.at("2026-11-29T10:00:00");
    let first = demo(&env);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let again = demo(&env);
    assert_eq!(again.code, 0, "{}", again.stderr);
}

#[test]
fn the_demo_never_replaces_real_books() {
    let env = TestEnv::new();
    let before = env.dump();
    let err = env.fails("demo", Exit::Refused);
    assert!(err.contains("not a demo"), "{err}");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_scaled_demo_builds_members_with_subscriptions_credits_and_bookings() {
    let env = TestEnv::empty();
    let run = env.run("demo --scale 300 --start 2026-01-01 --now 2026-01-01");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(env.json("subscription list").as_array().unwrap().len(), 300);
    assert_eq!(
        env.json("invoice list --now 2026-01-01")
            .as_array()
            .unwrap()
            .len(),
        300
    );
    assert!(!env.json("credits balance").as_array().unwrap().is_empty());
    assert!(!env.json("booking list").as_array().unwrap().is_empty());
}

#[test]
fn a_demo_of_no_members_is_refused() {
    let env = TestEnv::empty();
    let error = env.fails("demo --scale 0", Exit::BadData);
    assert!(error.contains("--scale"), "{error}");
}
