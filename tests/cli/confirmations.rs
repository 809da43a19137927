//! Commands that cannot be undone — `cancel`, `invoice issue`, `invoice credit` — show
//! what they will create and ask at a terminal; `--yes` answers; without a terminal
//! `--yes` is required (exit 2 naming it). `cancel --dry-run` prints the same plan and
//! writes nothing; `tick --dry-run` exits 0 even when a unit would fail.

use std::io::Write;
use std::process::{Command, Stdio};

use insta::assert_snapshot;

use crate::billing::coworking;
use crate::env::{Run, TestEnv};
use crate::tools;

/// SUB-0001 (C1, a desk at 310.00 + 20 %) billed in advance for March 2023: INV-2023-00001.
fn billed_march() -> TestEnv {
    let mut env = coworking();
    env.ok(&[
        "subscription",
        "create",
        "--customer",
        "C1",
        "--item",
        "DESK",
        "--start",
        "2023-03-01",
    ]);
    env.at("2023-03-05");
    assert_eq!(env.ok(&["tick"]), "invoices: 1\n");
    env
}

#[test]
fn without_a_terminal_cancel_issue_and_credit_need_yes_and_write_nothing() {
    let env = billed_march();
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "C1",
        "--item",
        "BOOK",
        "--draft",
    ]);
    let before = env.dump();
    for args in [
        vec!["cancel", "SUB-0001", "--on", "2023-03-10", "--prorate"],
        vec!["subscription", "cancel", "SUB-0001"],
        vec!["invoice", "issue", "draft:2"],
        vec!["invoice", "issue", "--all-drafts"],
        vec!["invoice", "credit", "INV-2023-00001"],
        vec!["invoice", "credit", "INV-2023-00001", "--amount", "10.00"],
    ] {
        let error = env.fails(&args, 2);
        assert!(error.contains("--yes"), "{args:?}: {error}");
        assert!(error.contains("cannot be undone"), "{args:?}: {error}");
        assert_eq!(env.dump(), before, "{args:?}");
    }
}

#[test]
fn bad_input_is_reported_before_the_confirmation() {
    let env = billed_march();
    env.fails(&["cancel", "SUB-0099"], 66);
    env.fails(&["cancel", "SUB-0001", "--on", "2023-02-30"], 65);
    env.fails(&["invoice", "credit", "INV-2023-00099"], 66);
    env.fails(&["invoice", "issue", "INV-2023-00001"], 1);
}

#[test]
fn cancel_dry_run_prints_the_plan_and_writes_nothing_and_the_plan_is_what_happens() {
    let env = billed_march();
    let before = env.dump();
    let plan = env.ok(&[
        "cancel",
        "SUB-0001",
        "--on",
        "2023-03-10",
        "--prorate",
        "--dry-run",
    ]);
    assert_snapshot!(plan, @r"
    cancel SUB-0001 (customer C1): last day of service 2023-03-10, prorated (status: cancelling)
    issue credit note CN-2023-00001 correcting INV-2023-00001: -252.00
    ");
    let json = env.json(&[
        "cancel",
        "SUB-0001",
        "--on",
        "2023-03-10",
        "--prorate",
        "--dry-run",
    ]);
    assert_eq!(json["dry_run"], true);
    assert_eq!(json["credit_notes"][0]["number"], "CN-2023-00001");
    assert_eq!(json["credit_notes"][0]["corrects"], "INV-2023-00001");
    assert_eq!(json["credit_notes"][0]["grand_total"], "-252.00");
    assert_eq!(env.dump(), before);
    // Done for real, it creates exactly what the plan said.
    let done = env.json(&[
        "cancel",
        "SUB-0001",
        "--on",
        "2023-03-10",
        "--prorate",
        "--yes",
    ]);
    assert_eq!(done["dry_run"], false);
    assert_eq!(done["credit_notes"], json["credit_notes"]);
}

#[test]
fn tick_dry_run_exits_0_and_names_the_unit_that_would_fail() {
    let env = coworking();
    env.ok(&["item", "add", "LOCKER", "--name", "Locker", "--recurring"]);
    for item in ["LOCKER", "DESK"] {
        env.ok(&[
            "subscription",
            "create",
            "--customer",
            "C1",
            "--item",
            item,
            "--start",
            "2026-01-01",
        ]);
    }
    let before = env.dump();
    let run = env.run(&["tick", "--dry-run"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("would create invoice INV-2026-00001 for SUB-0002"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr
            .contains("would fail: SUB-0001: no price for LOCKER"),
        "{}",
        run.stderr
    );
    let json = env.run(&["tick", "--dry-run", "--format", "json"]);
    assert_eq!(json.code, 0, "{}", json.stderr);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(report["failed"][0]["unit"], "SUB-0001");
    assert_eq!(env.dump(), before);
    // A real tick still fails that unit (exit 3).
    assert_eq!(env.run(&["tick"]).code, 3);
}

/// Runs `subs ARGS` at a terminal (a pseudo-terminal made by `script`), typing `keys`.
/// `None` when `script` is not installed (the test is then skipped).
fn at_a_terminal(env: &TestEnv, args: &[&str], keys: &str) -> Option<Run> {
    let script = tools::require("script")?;
    let line = std::iter::once(env!("CARGO_BIN_EXE_subs"))
        .chain(args.iter().copied())
        .map(|a| format!("'{}'", a.replace('\'', r"'\''")))
        .collect::<Vec<_>>()
        .join(" ");
    let mut child = Command::new(script)
        .args(["-qec", &line, "/dev/null"])
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("TERM", "xterm")
        .env("SUBS_DB", env.db())
        .env("SUBS_NOW", &env.now)
        .env("HOME", env.dir.path())
        .env("USER", "tester")
        .current_dir(env.dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run script");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(keys.as_bytes())
        .unwrap();
    Some(child.wait_with_output().expect("script").into())
}

#[test]
fn at_a_terminal_cancel_shows_the_credit_notes_and_amounts_then_asks() {
    let env = billed_march();
    let before = env.dump();
    let Some(run) = at_a_terminal(
        &env,
        &["cancel", "SUB-0001", "--on", "2023-03-10", "--prorate"],
        "n",
    ) else {
        return;
    };
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("issue credit note CN-2023-00001 correcting INV-2023-00001: -252.00"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Go ahead?"), "{}", run.stdout);
    assert!(
        run.stdout.contains("not confirmed: nothing written"),
        "{}",
        run.stdout
    );
    assert_eq!(env.dump(), before);

    let run = at_a_terminal(
        &env,
        &["cancel", "SUB-0001", "--on", "2023-03-10", "--prorate"],
        "y",
    )
    .unwrap();
    assert_eq!(run.code, 0, "{}", run.stdout);
    let note = env.json(&["invoice", "show", "CN-2023-00001"]);
    assert_eq!(note["grand_total"], "-252.00");
}

#[test]
fn at_a_terminal_issue_and_credit_show_numbers_and_amounts_then_ask() {
    let env = billed_march();
    env.ok(&[
        "invoice",
        "create",
        "--customer",
        "C1",
        "--item",
        "BOOK",
        "--draft",
    ]);
    let Some(run) = at_a_terminal(&env, &["invoice", "issue", "draft:2"], "y") else {
        return;
    };
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("issue draft:2 as INV-2023-00002 to C1: 21.10, due 2023-04-04"),
        "{}",
        run.stdout
    );
    let run = at_a_terminal(&env, &["invoice", "credit", "INV-2023-00002"], "y").unwrap();
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("issue credit note CN-2023-00001 correcting INV-2023-00002 (C1): -21.10"),
        "{}",
        run.stdout
    );
    assert_eq!(
        env.json(&["invoice", "show", "INV-2023-00002"])["payment_status"],
        "credited"
    );
}
