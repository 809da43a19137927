//! Crash and concurrency safety of `tick`: killed at random moments and re-run, or run
//! twice at once, it ends in exactly the state of one uninterrupted run, with every
//! period billed once and invoice numbers without gaps.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::env::{TestEnv, dump};

/// A book of `members` monthly subscriptions starting 2026-01-01, not billed yet.
fn seeded(members: u32) -> TestEnv {
    let env = TestEnv::empty();
    let run = env.run(&[
        "demo",
        "--scale",
        &members.to_string(),
        "--start",
        "2026-01-01",
        "--no-tick",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    env
}

fn spawn_tick(env: &TestEnv, now: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_subs"))
        .args(["tick", "-q"])
        .env_clear()
        .env("SUBS_DB", env.db())
        .env("SUBS_NOW", now)
        .env("USER", "tester")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn subs tick")
}

/// Invoice numbers in issue order must be INV-2026-00001, 00002, … with no gap.
fn assert_gapless(env: &TestEnv) -> usize {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let seqs: Vec<i64> = conn
        .prepare(
            "SELECT seq FROM invoices WHERE status = 'issued' AND kind = 'invoice' ORDER BY seq",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for (index, seq) in seqs.iter().enumerate() {
        assert_eq!(
            *seq,
            index as i64 + 1,
            "gap in invoice numbers before seq {seq}"
        );
    }
    let billed_twice: i64 = conn
        .query_row(
            "SELECT count(*) FROM (SELECT subscription, period_start FROM invoices
             WHERE kind = 'invoice' GROUP BY subscription, period_start HAVING count(*) > 1)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(billed_twice, 0, "a period was invoiced twice");
    seqs.len()
}

/// A small deterministic generator: the same "random" kill moments on every run.
struct Lcg(u64);

impl Lcg {
    fn next_in(&mut self, low: u64, high: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        low + (self.0 >> 33) % (high - low)
    }
}

#[test]
fn tick_killed_at_twenty_random_moments_ends_like_an_uninterrupted_run() {
    const MEMBERS: u32 = 1500;
    const NOW: &str = "2026-03-15";
    let reference = seeded(MEMBERS);
    let status = spawn_tick(&reference, NOW).wait().unwrap();
    assert!(status.success());
    assert_eq!(assert_gapless(&reference), 3 * MEMBERS as usize);

    let subject = seeded(MEMBERS);
    let mut rng = Lcg(0x5eed);
    let mut interrupted = 0;
    for _ in 0..20 {
        let mut child = spawn_tick(&subject, NOW);
        std::thread::sleep(Duration::from_millis(rng.next_in(15, 140)));
        if child.try_wait().unwrap().is_none() {
            interrupted += 1;
        }
        child.kill().ok(); // SIGKILL
        child.wait().unwrap();
        // Whatever moment it died at, the books hold no gap and no double billing.
        assert_gapless(&subject);
    }
    assert!(
        interrupted >= 10,
        "only {interrupted} runs were killed mid-way: the test lost its point"
    );
    let status = spawn_tick(&subject, NOW).wait().unwrap();
    assert!(status.success());
    assert_eq!(assert_gapless(&subject), 3 * MEMBERS as usize);
    assert!(
        dump(&subject.db()) == dump(&reference.db()),
        "the killed-and-resumed books differ from the reference"
    );
}

#[test]
fn two_ticks_started_together_issue_each_invoice_exactly_once() {
    const MEMBERS: u32 = 600;
    let env = seeded(MEMBERS);
    let first = spawn_tick(&env, "2026-02-10");
    let second = spawn_tick(&env, "2026-02-10");
    for child in [first, second] {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(assert_gapless(&env), 2 * MEMBERS as usize);
    assert_eq!(env.ok(&["tick", "--now", "2026-02-10"]), "nothing due\n");
}
