//! `subs demo`, the README's first command: it must work on any day, and leave books that
//! pass every check.

use crate::env::TestEnv;

#[test]
fn the_demo_bills_three_months_and_leaves_sound_books() {
    let mut env = TestEnv::empty();
    env.at("2026-11-29T10:00:00");
    let run = env
        .command()
        .env_remove("SUBS_DB")
        .arg("demo")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    let path = env.dir.path().join("data/subs/demo.db");
    assert!(
        stderr.contains(&format!("demo database: {}", path.display())),
        "{stderr}"
    );
    assert!(stderr.contains("try:"), "{stderr}");
    let demo = |args: &[&str]| {
        let out = env
            .command()
            .env("SUBS_DB", &path)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let invoices: serde_json::Value =
        serde_json::from_str(&demo(&["invoice", "list", "--format", "json"])).unwrap();
    assert!(invoices.as_array().unwrap().len() >= 8, "{invoices}");
    let requests: serde_json::Value =
        serde_json::from_str(&demo(&["payment-request", "list", "--format", "json"])).unwrap();
    assert!(!requests.as_array().unwrap().is_empty());
    let outbox: serde_json::Value =
        serde_json::from_str(&demo(&["mail", "list", "--format", "json"])).unwrap();
    assert!(!outbox.as_array().unwrap().is_empty());
    demo(&["db", "check"]);
    demo(&["log", "verify"]);
    // Nothing is left due right after the demo's last tick.
    assert_eq!(demo(&["tick"]), "nothing due\n");
    // Running the demo again replaces the previous demo.
    let again = env
        .command()
        .env_remove("SUBS_DB")
        .arg("demo")
        .output()
        .unwrap();
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
}

#[test]
fn the_demo_never_replaces_real_books() {
    let env = TestEnv::new();
    let before = env.dump();
    let err = env.fails("demo", 1);
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
    assert!(env.fails("demo --scale 0", 65).contains("--scale"));
}
