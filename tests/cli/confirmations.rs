//! Commands that cannot be undone — `cancel`, `invoice issue`, `invoice credit` — show
//! what they will create and ask at a terminal; `--yes` answers; without a terminal
//! `--yes` is required (exit 2 naming it). `cancel --dry-run` prints the same plan and
//! writes nothing; `tick --dry-run` exits 0 even when a unit would fail.

use std::io::Write;
use std::process::{Command, Stdio};

use insta::{assert_json_snapshot, assert_snapshot};

use crate::billing::coworking;
use crate::env::{CommandLine, Exit, Run, TestEnv};
use crate::tools;

/// SUB-0001 (C1, a desk at 310.00 + 20 %) billed in advance for March 2023: INV-2023-00001.
fn billed_march() -> TestEnv {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2023-03-01");
    env.at("2023-03-05");
    assert_eq!(env.ok("tick"), "invoices: 1\n");
    env
}

#[test]
fn without_a_terminal_cancel_issue_and_credit_need_yes_and_write_nothing() {
    let env = billed_march();
    env.ok("invoice create --customer C1 --item BOOK --draft");
    let before = env.dump();
    for line in [
        "cancel SUB-0001 --on 2023-03-10 --prorate",
        "subscription cancel SUB-0001",
        "invoice issue draft:2",
        "invoice issue --all-drafts",
        "invoice credit INV-2023-00001",
        "invoice credit INV-2023-00001 --amount 10.00",
    ] {
        let error = env.fails(line, Exit::Usage);
        assert!(error.contains("--yes"), "{line}: {error}");
        assert!(error.contains("cannot be undone"), "{line}: {error}");
        assert_eq!(env.dump(), before, "{line}");
    }
}

#[test]
fn bad_input_is_reported_before_the_confirmation() {
    let env = billed_march();
    env.fails("cancel SUB-0099", Exit::NotFound);
    env.fails("cancel SUB-0001 --on 2023-02-30", Exit::BadData);
    env.fails("invoice credit INV-2023-00099", Exit::NotFound);
    env.fails("invoice issue INV-2023-00001", Exit::Refused);
}

#[test]
fn cancel_dry_run_prints_the_plan_and_writes_nothing_and_the_plan_is_what_happens() {
    let env = billed_march();
    let before = env.dump();
    let dry_run = "cancel SUB-0001 --on 2023-03-10 --prorate --dry-run";
    assert_snapshot!(env.ok(dry_run), @r"
    cancel SUB-0001 (customer C1): last day of service 2023-03-10, prorated (status: cancelling)
    issue credit note CN-2023-00001 correcting INV-2023-00001: -252.00
    ");
    let plan = env.json(dry_run);
    assert_json_snapshot!(plan, @r#"
    {
      "subscription": "SUB-0001",
      "status": "cancelling",
      "end": "2023-03-10",
      "prorate": true,
      "credit_notes": [
        {
          "number": "CN-2023-00001",
          "corrects": "INV-2023-00001",
          "grand_total": "-252.00"
        }
      ],
      "adjusted": [],
      "dry_run": true
    }
    "#);
    assert_eq!(env.dump(), before);
    // Done for real, it creates exactly what the plan said.
    let done = env.json("cancel SUB-0001 --on 2023-03-10 --prorate --yes");
    assert_eq!(done["dry_run"], false);
    assert_eq!(done["credit_notes"], plan["credit_notes"]);
}

#[test]
fn tick_dry_run_exits_0_and_names_the_unit_that_would_fail() {
    let env = coworking();
    env.ok("item add LOCKER --name Locker --recurring");
    env.ok("subscription create --customer C1 --item LOCKER --start 2026-01-01");
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    let before = env.dump();
    assert_snapshot!(env.run("tick --dry-run").transcript(), @"
    would create invoice INV-2026-00001 for SUB-0002 2026-01-01..2026-01-31 372.00
    invoices: 1
    --- stderr
    would fail: SUB-0001: no price for LOCKER per unit in price list Standard on 2026-01-01; set one with `subs price set LOCKER RATE --list Standard`
    ");
    assert_snapshot!(env.run("tick --dry-run --format json").transcript(), @r#"
    {
      "now": "2026-01-01T00:00:00+01:00",
      "invoices": 1,
      "credit_notes": 0,
      "orders": 0,
      "payment_requests": 0,
      "emails": 0,
      "credits_granted": 0,
      "credits_expired": 0,
      "repeats": 0,
      "completed": 0,
      "charges": 0,
      "charges_declined": 0,
      "reminders": 0,
      "failed": [
        {
          "unit": "SUB-0001",
          "error": "no price for LOCKER per unit in price list Standard on 2026-01-01; set one with `subs price set LOCKER RATE --list Standard`"
        }
      ]
    }
    --- stderr
    would fail: SUB-0001: no price for LOCKER per unit in price list Standard on 2026-01-01; set one with `subs price set LOCKER RATE --list Standard`
    "#);
    assert_eq!(env.dump(), before);
    // A real tick still fails that unit.
    assert_eq!(env.run("tick").code, Exit::PartialFailure as i32);
}

/// Runs `subs LINE` at a terminal (a pseudo-terminal made by `script`), typing `keys`.
/// `None` when `script` is not installed (the test is then skipped).
fn at_a_terminal(env: &TestEnv, line: &str, keys: &str) -> Option<Run> {
    let script = tools::require("script")?;
    let line = std::iter::once(env!("CARGO_BIN_EXE_subs").to_string())
        .chain(line.to_args())
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
    let cancel = "cancel SUB-0001 --on 2023-03-10 --prorate";
    let Some(run) = at_a_terminal(&env, cancel, "n") else {
        return;
    };
    assert_eq!(run.code, Exit::Refused as i32, "{}", run.stdout);
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

    let run = at_a_terminal(&env, cancel, "y").unwrap();
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(
        env.json("invoice show CN-2023-00001")["grand_total"],
        "-252.00"
    );
}

/// `billed_march` with a draft invoice for the book, `draft:2`.
fn with_a_draft() -> TestEnv {
    let env = billed_march();
    env.ok("invoice create --customer C1 --item BOOK --draft");
    env
}

#[test]
fn at_a_terminal_issue_shows_the_number_and_amount_then_asks() {
    let env = with_a_draft();
    let Some(run) = at_a_terminal(&env, "invoice issue draft:2", "y") else {
        return;
    };
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("issue draft:2 as INV-2023-00002 to C1: 21.10, due 2023-04-04"),
        "{}",
        run.stdout
    );
}

#[test]
fn at_a_terminal_credit_shows_the_credit_note_and_amount_then_asks() {
    let env = with_a_draft();
    env.ok("invoice issue draft:2 --yes");
    let Some(run) = at_a_terminal(&env, "invoice credit INV-2023-00002", "y") else {
        return;
    };
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("issue credit note CN-2023-00001 correcting INV-2023-00002 (C1): -21.10"),
        "{}",
        run.stdout
    );
    assert_eq!(
        env.json("invoice show INV-2023-00002")["payment_status"],
        "credited"
    );
}
