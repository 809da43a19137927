//! Crash and concurrency safety of `tick`: killed at random moments and re-run, or run
//! twice at once, it ends in exactly the state of one uninterrupted run, with every
//! period billed once and invoice numbers without gaps.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::env::{CommandLine, Exit, TestEnv, dump};

/// A book of `members` monthly subscriptions starting 2026-01-01, not billed yet.
pub(crate) fn seeded(members: u32) -> TestEnv {
    let env = TestEnv::empty();
    env.ok(format!(
        "demo --scale {members} --start 2026-01-01 --no-tick"
    ));
    env
}

pub(crate) fn spawn_tick(env: &TestEnv, now: &str) -> Child {
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
pub(crate) fn assert_gapless(env: &TestEnv) -> usize {
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
             WHERE kind = 'invoice' AND subscription IS NOT NULL
             GROUP BY subscription, period_start HAVING count(*) > 1)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(billed_twice, 0, "a period was invoiced twice");
    seqs.len()
}

/// A small deterministic generator: the same "random" kill moments on every run.
pub(crate) struct Lcg(pub u64);

impl Lcg {
    pub(crate) fn next_in(&mut self, low: u64, high: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        low + (self.0 >> 33) % (high - low)
    }
}

#[test]
fn tick_killed_at_twenty_random_moments_ends_like_an_uninterrupted_run() {
    const MEMBERS: u32 = 3000;
    const NOW: &str = "2026-02-15";
    let reference = seeded(MEMBERS);
    let status = spawn_tick(&reference, NOW).wait().unwrap();
    assert!(status.success());
    assert_eq!(assert_gapless(&reference), 2 * MEMBERS as usize);

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
    assert_eq!(assert_gapless(&subject), 2 * MEMBERS as usize);
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
    assert_eq!(env.ok("tick --now 2026-02-10"), "nothing due\n");
}

/// Exit code and stderr of a finished process.
fn finish(child: Child) -> (i32, String) {
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn spawn(env: &TestEnv, now: &str, line: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_subs"))
        .args(line.to_args())
        .env_clear()
        .env("SUBS_DB", env.db())
        .env("SUBS_NOW", now)
        .env("USER", "tester")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn subs")
}

#[test]
fn four_ticks_and_a_stream_of_payments_and_bookings_at_once_lose_nothing_and_overbook_nothing() {
    const MEMBERS: u32 = 400;
    const NOW: &str = "2026-02-10";
    let env = seeded(MEMBERS);
    let ticks: Vec<Child> = (0..4).map(|_| spawn(&env, NOW, "tick -q")).collect();
    let payments: Vec<Child> = (0..12)
        .map(|_| {
            spawn(
                &env,
                NOW,
                "payment add --customer M0000001 --amount 10.00 --allow-overpayment",
            )
        })
        .collect();
    let bookings: Vec<Child> = (2..=17)
        .map(|n| {
            spawn(
                &env,
                NOW,
                &format!(
                    "booking add --customer M{n:07} --item HOTDESK --location LYON \
                     --from 2026-03-03T14:00 --to 2026-03-03T18:00 --uom half-day --pay invoice"
                ),
            )
        })
        .collect();

    const BUSY: i32 = Exit::Busy as i32;
    const REFUSED: i32 = Exit::Refused as i32;
    for (code, stderr) in ticks.into_iter().map(finish) {
        assert!(code == 0 || code == BUSY, "tick exited {code}: {stderr}");
        if code == BUSY {
            assert!(stderr.contains("busy"), "{stderr}");
        }
    }
    let mut paid = 0;
    for (code, stderr) in payments.into_iter().map(finish) {
        match code {
            0 => paid += 1,
            BUSY => assert!(
                stderr.starts_with("error: ") && stderr.contains("busy"),
                "{stderr}"
            ),
            other => panic!("payment add exited {other}: {stderr}"),
        }
    }
    let mut booked = 0;
    for (code, stderr) in bookings.into_iter().map(finish) {
        match code {
            0 => booked += 1,
            REFUSED => assert!(
                stderr.contains("free"),
                "a refused booking must say why: {stderr}"
            ),
            BUSY => assert!(stderr.contains("busy"), "{stderr}"),
            other => panic!("booking add exited {other}: {stderr}"),
        }
    }

    // Whatever the interleaving: every period billed once, numbers gapless, every
    // acknowledged payment recorded, and the ten hot desks never exceeded.
    env.ok(format!("tick --now {NOW}"));
    let invoices = assert_gapless(&env);
    assert_eq!(invoices, 2 * MEMBERS as usize + booked);
    let recorded = env.json(format!("payment list --customer M0000001 --now {NOW}"));
    assert_eq!(recorded.as_array().unwrap().len(), paid);
    let availability = env.json(format!(
        "availability HOTDESK --location LYON --from 2026-03-03T14:00 --to 2026-03-03T18:00 \
         --now {NOW}"
    ));
    for day in availability.as_array().unwrap() {
        assert!(
            day["free"].as_i64().unwrap() >= 0,
            "capacity exceeded: {day}"
        );
    }
    assert!(
        (1..=10).contains(&booked),
        "{booked} half-day bookings of a ten-desk room"
    );
}
