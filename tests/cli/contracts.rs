//! Contracts: status from signature and dates (refreshed by `tick`), fulfilment terms, and
//! the commitment that keeps a tied subscription from being cancelled early.

use serde_json::Value;

use crate::billing::coworking;
use crate::env::TestEnv;

/// The coworking book with a monthly desk subscription SUB-0001 from 2026-01-01.
fn subscribed() -> TestEnv {
    let env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env
}

#[test]
fn a_contract_is_unsigned_then_active_then_inactive_as_tick_refreshes_it() {
    let mut env = subscribed();
    let terms = env.write(
        "terms.txt",
        "Article 1 — Engagement de 12 mois.\nArticle 2 — Préavis d'un mois.\n",
    );
    assert_eq!(
        env.ok(&[
            "contract",
            "add",
            "--customer",
            "C1",
            "--subscription",
            "SUB-0001",
            "--start",
            "2026-02-01",
            "--end",
            "2026-12-31",
            "--terms-file",
            terms.to_str().unwrap(),
        ]),
        "CTR-0001\n"
    );
    let shown = env.json("contract show CTR-0001");
    assert_eq!(shown["status"], "unsigned");
    assert_eq!(shown["subscriptions"], "SUB-0001");
    assert_eq!(shown["signed_on"], Value::Null);
    assert!(
        shown["terms"]
            .as_str()
            .unwrap()
            .starts_with("Article 1 — Engagement")
    );
    env.at("2026-01-20");
    // Signed before its start: not in force yet.
    assert_eq!(env.json("contract sign CTR-0001")["status"], "inactive");
    assert!(
        env.fails("contract sign CTR-0001", 1)
            .contains("already signed")
    );
    env.at("2026-02-01");
    env.ok("tick");
    assert_eq!(env.json("contract show CTR-0001")["status"], "active");
    env.at("2026-12-31");
    env.ok("tick");
    assert_eq!(
        env.json("contract list --status active")[0]["id"],
        "CTR-0001"
    );
    env.at("2027-01-01");
    let before = env.dump();
    env.ok("tick");
    assert_ne!(
        env.dump(),
        before,
        "the status change is written and audited"
    );
    assert_eq!(env.json("contract show CTR-0001")["status"], "inactive");
    assert!(
        env.ok("log --entity contract:CTR-0001")
            .contains("inactive")
    );
    // Nothing more to refresh.
    let before = env.dump();
    env.ok("tick");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_signed_commitment_refuses_an_early_cancellation_unless_broken() {
    let env = subscribed();
    env.ok("contract add --customer C1 --subscription SUB-0001 --start 2026-01-01 --end 2026-12-31 --signed-on 2026-01-01");
    assert_eq!(env.json("contract show CTR-0001")["status"], "active");
    env.ok("tick");
    let before = env.dump();
    let refused = env.fails("cancel SUB-0001 --on 2026-03-31 --yes", 1);
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

#[test]
fn fulfilment_terms_are_added_and_ticked_off() {
    let mut env = coworking();
    env.ok(
        "contract add --customer C1 --start 2026-01-01 --end 2026-03-31 --term 'Remise des badges'",
    );
    assert_eq!(
        env.ok("contract term add CTR-0001 'Formation à la découpe laser'"),
        "2\n"
    );
    let shown = env.json("contract show CTR-0001");
    assert_eq!(shown["fulfilment"], "unfulfilled");
    assert_eq!(shown["fulfilment_terms"][1]["number"], 2);
    assert_eq!(
        shown["fulfilment_terms"][1]["text"],
        "Formation à la découpe laser"
    );
    env.at("2026-01-10");
    let done = env.json("contract term done CTR-0001 1");
    assert_eq!(done["fulfilment"], "partly_fulfilled");
    assert_eq!(
        env.json("contract show CTR-0001")["fulfilment_terms"][0]["done_on"],
        "2026-01-10"
    );
    assert!(
        env.fails("contract term done CTR-0001 1", 1)
            .contains("already done")
    );
    env.fails("contract term done CTR-0001 3", 66);
    env.fails("contract term done CTR-0001 x", 65);
    env.at("2026-04-01");
    assert_eq!(env.json("contract show CTR-0001")["fulfilment"], "lapsed");
    env.ok("contract term done CTR-0001 2 --on 2026-03-30");
    assert_eq!(
        env.json("contract list --customer C1")[0]["fulfilment"],
        "fulfilled"
    );
}

#[test]
fn bad_contracts_are_refused_and_write_nothing() {
    let env = subscribed();
    env.ok("customer add C2 --name 'Client Two'");
    env.ok("contract add --customer C1 --start 2026-01-01");
    let before = env.dump();
    let add = |extra: &[&str], code: i32| -> String {
        let mut args = vec!["contract", "add", "--start", "2026-02-01"];
        args.extend_from_slice(extra);
        env.fails(&args, code)
    };
    assert!(add(&["--customer", "NOPE"], 66).contains("customer NOPE"));
    assert!(add(&["--customer", "C1", "--subscription", "SUB-0099"], 66).contains("SUB-0099"));
    assert!(
        add(&["--customer", "C2", "--subscription", "SUB-0001"], 65)
            .starts_with("error: --subscription: SUB-0001 belongs to customer C1")
    );
    assert!(
        add(&["--customer", "C1", "--end", "2026-01-31"], 65)
            .starts_with("error: --end: 2026-01-31 is before the start 2026-02-01")
    );
    assert!(add(&["--customer", "C1", "--signed-on", "2026-01-02"], 65).contains("future"));
    assert!(add(&["--customer", "C1", "--end", "2026-02-30"], 65).starts_with("error: --end"));
    let missing = env.path("missing.txt");
    add(
        &[
            "--customer",
            "C1",
            "--terms-file",
            missing.to_str().unwrap(),
        ],
        66,
    );
    let binary = env.write("terms.bin", [0xff, 0xfe, 0x00]);
    assert!(
        add(
            &["--customer", "C1", "--terms-file", binary.to_str().unwrap()],
            65
        )
        .contains("terms.bin:1: is not valid UTF-8")
    );
    assert!(add(&["--customer", "C1", "--term", " "], 65).starts_with("error: --term"));
    env.fails("contract add --customer C1", 2);
    env.fails("contract show CTR-0099", 66);
    env.fails("contract sign CTR-0099", 66);
    env.fails("contract sign CTR-0001 --on 2026-02-01", 65);
    env.fails("contract term add CTR-0099 x", 66);
    env.fails("contract list --status expired", 65);
    env.fails("contract list --customer NOPE", 66);
    assert_eq!(env.dump(), before);
}
