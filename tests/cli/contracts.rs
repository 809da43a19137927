//! Contracts: status from signature and dates (refreshed by `tick`), fulfilment terms, and
//! the commitment that keeps a tied subscription from being cancelled early.

use insta::assert_snapshot;

use crate::billing::coworking;
use crate::env::{Exit, TestEnv};

/// The coworking book with a monthly desk subscription SUB-0001 from 2026-01-01.
fn subscribed() -> TestEnv {
    let env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env
}

/// `subscribed` with CTR-0001 for SUB-0001 from 2026-02-01 to 2026-12-31, unsigned, with its
/// terms read from a file.
fn under_contract() -> TestEnv {
    let env = subscribed();
    env.write(
        "terms.txt",
        "Article 1 — Engagement de 12 mois.\nArticle 2 — Préavis d'un mois.\n",
    );
    assert_eq!(
        env.ok("contract add --customer C1 --subscription SUB-0001 --start 2026-02-01 --end 2026-12-31 --terms-file terms.txt"),
        "CTR-0001\n"
    );
    env
}

fn status(env: &TestEnv) -> String {
    env.json("contract show CTR-0001")["status"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn a_contract_is_unsigned_then_active_then_inactive_as_tick_refreshes_it() {
    let mut env = under_contract();
    assert_snapshot!(env.ok("contract show CTR-0001 --format json"), @r#"
    {
      "id": "CTR-0001",
      "customer": "C1",
      "status": "unsigned",
      "start": "2026-02-01",
      "end": "2026-12-31",
      "signed_on": null,
      "subscriptions": "SUB-0001",
      "fulfilment": "n/a",
      "terms": "Article 1 — Engagement de 12 mois.\nArticle 2 — Préavis d'un mois.",
      "fulfilment_terms": []
    }
    "#);
    env.at("2026-01-20");
    // Signed before its start: not in force yet.
    assert_eq!(env.json("contract sign CTR-0001")["status"], "inactive");
    env.at("2026-02-01");
    env.ok("tick");
    assert_eq!(status(&env), "active");
    env.at("2026-12-31");
    env.ok("tick");
    assert_snapshot!(env.ok("contract list --status active"), @"
    ID        CUSTOMER  STATUS       START         END   SIGNED_ON  SUBSCRIPTIONS  FULFILMENT
    CTR-0001  C1        active  2026-02-01  2026-12-31  2026-01-20  SUB-0001       n/a
    ");
    env.at("2027-01-01");
    let before = env.dump();
    env.ok("tick");
    assert_ne!(
        env.dump(),
        before,
        "the status change is written and audited"
    );
    assert_eq!(status(&env), "inactive");
    let log = env.ok("log --entity contract:CTR-0001");
    assert!(log.contains("inactive"), "{log}");
    // Nothing more to refresh.
    let before = env.dump();
    env.ok("tick");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_contract_is_signed_once() {
    let mut env = under_contract();
    env.at("2026-01-20");
    env.ok("contract sign CTR-0001");
    let before = env.dump();
    let error = env.fails("contract sign CTR-0001", Exit::Refused);
    assert!(error.contains("already signed"), "{error}");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_signed_commitment_refuses_an_early_cancellation_unless_broken() {
    let env = subscribed();
    env.ok("contract add --customer C1 --subscription SUB-0001 --start 2026-01-01 --end 2026-12-31 --signed-on 2026-01-01");
    assert_eq!(status(&env), "active");
    env.ok("tick");
    let before = env.dump();
    let refused = env.fails("cancel SUB-0001 --on 2026-03-31 --yes", Exit::Refused);
    assert!(
        refused.contains("committed until 2026-12-31 by contract CTR-0001")
            && refused.contains("--break-commitment"),
        "{refused}"
    );
    assert_eq!(env.dump(), before);
    env.ok("cancel SUB-0001 --on 2026-03-31 --break-commitment --yes");
    assert_eq!(env.json("subscription show SUB-0001")["end"], "2026-03-31");
}

#[test]
fn cancelling_at_the_end_of_the_commitment_or_under_an_unsigned_contract_is_allowed() {
    let env = coworking();
    for _ in 0..2 {
        env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    }
    env.ok("contract add --customer C1 --subscription SUB-0001 --start 2026-01-01 --end 2026-06-30 --signed-on 2026-01-01");
    env.ok(
        "contract add --customer C1 --subscription SUB-0002 --start 2026-01-01 --end 2026-12-31",
    );
    env.ok("cancel SUB-0001 --on 2026-06-30 --yes");
    env.ok("cancel SUB-0002 --on 2026-02-28 --yes");
}

/// CTR-0001 for C1 over the first quarter of 2026 with two fulfilment terms, "Remise des
/// badges" (1) and "Formation à la découpe laser" (2), neither done.
fn with_two_terms() -> TestEnv {
    let env = coworking();
    env.ok(
        "contract add --customer C1 --start 2026-01-01 --end 2026-03-31 --term 'Remise des badges'",
    );
    assert_eq!(
        env.ok("contract term add CTR-0001 'Formation à la découpe laser'"),
        "2\n"
    );
    env
}

#[test]
fn fulfilment_terms_are_added_and_ticked_off() {
    let mut env = with_two_terms();
    assert_snapshot!(env.ok("contract show CTR-0001 --format json"), @r#"
    {
      "id": "CTR-0001",
      "customer": "C1",
      "status": "unsigned",
      "start": "2026-01-01",
      "end": "2026-03-31",
      "signed_on": null,
      "subscriptions": "",
      "fulfilment": "unfulfilled",
      "terms": null,
      "fulfilment_terms": [
        {
          "number": 1,
          "text": "Remise des badges",
          "done_on": null
        },
        {
          "number": 2,
          "text": "Formation à la découpe laser",
          "done_on": null
        }
      ]
    }
    "#);
    env.at("2026-01-10");
    let done = env.json("contract term done CTR-0001 1");
    assert_eq!(done["fulfilment"], "partly_fulfilled");
    assert_snapshot!(env.ok("contract show CTR-0001"), @"
     id:             CTR-0001
     customer:       C1
     status:         unsigned
     start:          2026-01-01
     end:            2026-03-31
     signed_on:
     subscriptions:
     fulfilment:     partly_fulfilled
     terms:

    fulfilment_terms:
     NUMBER  TEXT                             DONE_ON
          1  Remise des badges             2026-01-10
          2  Formation à la découpe laser
    ");
    env.at("2026-04-01");
    assert_eq!(env.json("contract show CTR-0001")["fulfilment"], "lapsed");
    env.ok("contract term done CTR-0001 2 --on 2026-03-30");
    assert_snapshot!(env.ok("contract list --customer C1"), @"
    ID        CUSTOMER  STATUS         START         END  SIGNED_ON  SUBSCRIPTIONS  FULFILMENT
    CTR-0001  C1        unsigned  2026-01-01  2026-03-31                            fulfilled
    ");
}

#[test]
fn a_term_is_ticked_off_once_and_must_exist() {
    let mut env = with_two_terms();
    env.at("2026-01-10");
    env.ok("contract term done CTR-0001 1");
    let before = env.dump();
    let error = env.fails("contract term done CTR-0001 1", Exit::Refused);
    assert!(error.contains("already done"), "{error}");
    env.fails("contract term done CTR-0001 3", Exit::NotFound);
    env.fails("contract term done CTR-0001 x", Exit::BadData);
    assert_eq!(env.dump(), before);
}

#[test]
fn bad_contracts_are_refused_and_write_nothing() {
    let env = subscribed();
    env.ok("customer add C2 --name 'Client Two'");
    env.ok("contract add --customer C1 --start 2026-01-01");
    env.write("terms.bin", [0xff, 0xfe, 0x00]);
    let before = env.dump();
    #[rustfmt::skip]
    let cases = [
        ("--customer NOPE", Exit::NotFound, "customer NOPE"),
        ("--customer C1 --subscription SUB-0099", Exit::NotFound, "SUB-0099"),
        ("--customer C2 --subscription SUB-0001", Exit::BadData, "error: --subscription: SUB-0001 belongs to customer C1"),
        ("--customer C1 --end 2026-01-31", Exit::BadData, "error: --end: 2026-01-31 is before the start 2026-02-01"),
        ("--customer C1 --signed-on 2026-01-02", Exit::BadData, "future"),
        ("--customer C1 --end 2026-02-30", Exit::BadData, "error: --end"),
        ("--customer C1 --terms-file missing.txt", Exit::NotFound, "missing.txt"),
        ("--customer C1 --terms-file terms.bin", Exit::BadData, "terms.bin:1: is not valid UTF-8"),
        ("--customer C1 --term ' '", Exit::BadData, "error: --term"),
    ];
    for (extra, code, named) in cases {
        let line = format!("contract add --start 2026-02-01 {extra}");
        let error = env.fails(&line, code);
        // Where the message is quoted from its start, it is the start.
        assert!(
            error.contains(named) && (!named.starts_with("error: ") || error.starts_with(named)),
            "{line}: {error}"
        );
    }
    #[rustfmt::skip]
    let cases = [
        ("contract add --customer C1", Exit::Usage),
        ("contract show CTR-0099", Exit::NotFound),
        ("contract sign CTR-0099", Exit::NotFound),
        ("contract sign CTR-0001 --on 2026-02-01", Exit::BadData),
        ("contract term add CTR-0099 x", Exit::NotFound),
        ("contract list --status expired", Exit::BadData),
        ("contract list --customer NOPE", Exit::NotFound),
    ];
    for (line, code) in cases {
        env.fails(line, code);
    }
    assert_eq!(env.dump(), before);
}
