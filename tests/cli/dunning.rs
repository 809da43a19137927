//! Dunning (issue 16 §3): reminder levels reached once each, one message per customer and
//! run, stopped by a payment, a credit note or a dispute; the B2B mentions of L441-10 and
//! D441-5 and `invoice penalties`; the final action after the last level; the level in the
//! receivables report.

use insta::{assert_compact_json_snapshot, assert_snapshot};

use crate::billing::coworking;
use crate::env::{Exit, TestEnv};

/// C1 (a business, with an e-mail address) owes INV-2026-00001: 60 handbooks, 1 266.00,
/// issued 2026-01-01 and due 2026-01-31; three reminder levels at 7, 15 and 30 days.
fn late_payer() -> TestEnv {
    let env = late_payer_without_rate();
    env.ok("config set invoice.late_penalty_rate 12");
    env
}

/// [`late_payer`] before the company has set its late-payment rate.
fn late_payer_without_rate() -> TestEnv {
    let env = coworking();
    env.ok("customer edit C1 --email compta@client.example");
    for level in 1..=3 {
        env.write(
            &format!("rappel{level}.txt"),
            format!("Bonjour {{{{ customer.name }}}},\nrelance n°{level} : la facture {{{{ invoice.number }}}} reste impayée.\n"),
        );
        env.ok(format!("template add rappel{level} --subject 'Relance {level} : {{{{ invoice.number }}}}' --body-file rappel{level}.txt"));
        env.ok(format!(
            "dunning level add {level} --template rappel{level}"
        ));
    }
    env.ok("invoice create --customer C1 --item BOOK:60");
    env
}

/// (subject, body) of every queued message, oldest first.
fn messages(env: &TestEnv) -> Vec<(String, String)> {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let mut stmt = conn
        .prepare("SELECT subject, body FROM outbox ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn subjects(env: &TestEnv) -> Vec<String> {
    messages(env).into_iter().map(|(s, _)| s).collect()
}

#[test]
fn levels_default_to_7_15_and_30_days_after_the_due_date() {
    let env = late_payer();
    assert_snapshot!(env.ok("dunning level list --format csv"), @"
    level,after_days,template
    1,7,rappel1
    2,15,rappel2
    3,30,rappel3
    ");
}

#[test]
fn each_level_is_sent_once_when_it_is_reached() {
    let mut env = late_payer();
    env.at("2026-02-06");
    assert_eq!(env.ok("tick"), "nothing due\n");
    env.at("2026-02-07");
    assert_eq!(env.ok("tick"), "emails: 1\nreminders: 1\n");
    assert_eq!(env.ok("tick"), "nothing due\n");
    env.at("2026-02-15");
    assert_eq!(env.ok("tick"), "emails: 1\nreminders: 1\n");
    env.at("2026-03-02");
    assert_eq!(env.ok("tick"), "emails: 1\nreminders: 1\n");
    env.at("2026-04-30");
    assert_eq!(env.ok("tick"), "nothing due\n");
    assert_eq!(
        subjects(&env),
        [
            "Relance 1 : INV-2026-00001",
            "Relance 2 : INV-2026-00001",
            "Relance 3 : INV-2026-00001"
        ]
    );
}

#[test]
fn a_late_run_sends_only_the_highest_level_reached() {
    let mut env = late_payer();
    env.at("2026-03-05");
    assert_eq!(env.ok("tick"), "emails: 1\nreminders: 1\n");
    assert_eq!(subjects(&env), ["Relance 3 : INV-2026-00001"]);
    assert_eq!(env.json("dunning list")[0]["level"], 3);
}

#[test]
fn a_business_reminder_states_the_rate_the_penalty_to_date_and_the_indemnity() {
    let mut env = late_payer();
    env.at("2026-02-07");
    env.ok("tick");
    assert_snapshot!(messages(&env)[0].1, @"
    Bonjour Client One,
    relance n°1 : la facture INV-2026-00001 reste impayée.

    Factures en retard de paiement :
    - INV-2026-00001 du 01/01/2026, échue le 31/01/2026 : 1 266,00 € restant dû, 7 jour(s) de retard
      Pénalités de retard au taux annuel de 12 % (art. L441-10 du Code de commerce) : 2,91 € à ce jour
      Indemnité forfaitaire pour frais de recouvrement (art. D441-5 du Code de commerce) : 40,00 €
    ");
}

#[test]
fn an_individual_is_reminded_without_penalty_or_indemnity() {
    let mut env = late_payer();
    env.ok("customer edit C1 --individual");
    env.at("2026-02-07");
    env.ok("tick");
    let body = &messages(&env)[0].1;
    assert!(!body.contains("Pénalités"), "{body}");
    assert!(!body.contains("Indemnité"), "{body}");
    assert!(body.contains("INV-2026-00001"), "{body}");
}

#[test]
fn one_message_per_customer_groups_their_overdue_invoices() {
    let mut env = late_payer();
    env.at("2026-01-10");
    env.ok("invoice create --customer C1 --item BOOK:1");
    env.at("2026-02-20");
    assert_eq!(env.ok("tick"), "emails: 1\nreminders: 1\n");
    let all = messages(&env);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].0, "Relance 2 : INV-2026-00001");
    assert!(all[0].1.contains("INV-2026-00002"), "{}", all[0].1);
    let levels: Vec<_> = env
        .json("dunning list")
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["invoice"].as_str().unwrap().to_string(),
                s["level"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        levels,
        [("INV-2026-00001".into(), 2), ("INV-2026-00002".into(), 1)]
    );
}

#[test]
fn paying_stops_the_sequence() {
    let mut env = late_payer();
    env.at("2026-02-07");
    env.ok("tick");
    env.ok("payment add --invoice INV-2026-00001 --amount 1266.00");
    env.at("2026-03-15");
    assert_eq!(env.ok("tick"), "nothing due\n");
    assert_eq!(messages(&env).len(), 1);
    assert_eq!(env.json("dunning list"), serde_json::json!([]));
}

#[test]
fn a_credit_note_for_the_whole_invoice_stops_the_sequence() {
    let mut env = late_payer();
    env.at("2026-02-07");
    env.ok("tick");
    env.ok("invoice credit INV-2026-00001 --reason 'sent twice' --yes");
    env.at("2026-03-15");
    assert_eq!(env.ok("tick"), "nothing due\n");
    assert_eq!(messages(&env).len(), 1);
}

#[test]
fn a_disputed_invoice_is_not_reminded_until_the_dispute_is_resolved() {
    let mut env = late_payer();
    env.at("2026-02-07");
    env.ok("tick");
    assert_snapshot!(env.run("invoice dispute INV-2026-00001").transcript(), @"
    --- stderr
    INV-2026-00001: disputed; no reminder until resolved
    ");
    env.at("2026-02-20");
    assert_eq!(env.ok("tick"), "nothing due\n");
    assert_eq!(env.json("dunning list")[0]["disputed"], true);
    env.ok("invoice dispute INV-2026-00001 --resolve");
    assert_eq!(env.ok("tick"), "emails: 1\nreminders: 1\n");
    assert_eq!(
        subjects(&env),
        ["Relance 1 : INV-2026-00001", "Relance 2 : INV-2026-00001"]
    );
}

#[test]
fn resolving_an_invoice_that_is_not_disputed_is_refused() {
    let env = late_payer();
    let before = env.dump();
    assert_snapshot!(env.fails("invoice dispute INV-2026-00001 --resolve", Exit::Refused), @"error: INV-2026-00001 is not disputed; nothing to resolve");
    assert_eq!(env.dump(), before);
}

#[test]
fn dunning_list_shows_where_each_overdue_invoice_stands() {
    let mut env = late_payer();
    env.at("2026-02-10");
    env.ok("tick");
    assert_compact_json_snapshot!(env.json("dunning list"), @r#"
    [
      {
        "invoice": "INV-2026-00001",
        "customer": "C1",
        "due_date": "2026-01-31",
        "days_late": 10,
        "outstanding": "1266.00",
        "currency": "EUR",
        "level": 1,
        "next_level": 2,
        "next_on": "2026-02-15",
        "disputed": false,
        "final_action": null,
        "penalty": "4.16",
        "indemnity": "40.00"
      }
    ]
    "#);
}

#[test]
fn invoice_penalties_computes_the_penalty_to_date_and_the_indemnity() {
    let mut env = late_payer();
    env.at("2026-04-14");
    // 1 266.00 × 12 % × 73 / 365 = 30.384 → 30.38.
    assert_compact_json_snapshot!(env.json("invoice penalties INV-2026-00001"), @r#"
    {
      "invoice": "INV-2026-00001",
      "customer": "C1",
      "due_date": "2026-01-31",
      "days_late": 73,
      "outstanding": "1266.00",
      "rate": "12",
      "penalty": "30.38",
      "indemnity": "40.00",
      "total": "70.38",
      "currency": "EUR"
    }
    "#);
}

#[test]
fn an_individual_owes_no_penalty() {
    let mut env = late_payer();
    env.ok("customer edit C1 --individual");
    env.at("2026-04-14");
    assert_snapshot!(env.fails("invoice penalties INV-2026-00001", Exit::Refused), @"error: INV-2026-00001 is billed to C1, an individual: late-payment penalties and the recovery indemnity apply to business customers only");
}

#[test]
fn a_business_reminder_without_a_penalty_rate_fails_and_names_the_setting() {
    let mut env = late_payer_without_rate();
    env.at("2026-02-07");
    let run = env.run("tick");
    assert_eq!(run.code, i32::from(Exit::PartialFailure));
    assert_snapshot!(run.stderr, @"
    error: C1: reminders to business customers state the late-payment penalty rate (L441-10): set it with `subs config set invoice.late_penalty_rate 12.37` (at least three times the legal interest rate)
    error: 1 of 1 units failed (each named above)
    ");
    assert!(messages(&env).is_empty());
}

#[test]
fn after_the_last_level_cancel_ends_the_customers_subscriptions_with_their_credit_notes() {
    let mut env = late_payer();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env.ok("config set dunning.final_action cancel");
    env.at("2026-03-10");
    assert_snapshot!(env.ok("tick"), @"
    invoices: 3
    credit notes: 1
    emails: 1
    reminders: 1
    ");
    let sub = env.json("subscription show SUB-0001");
    assert_eq!(sub["end"], "2026-03-10");
    assert_compact_json_snapshot!(env.json("dunning list"), @r#"
    [
      {
        "invoice": "INV-2026-00001",
        "customer": "C1",
        "due_date": "2026-01-31",
        "days_late": 38,
        "outstanding": "1266.00",
        "currency": "EUR",
        "level": 3,
        "next_level": null,
        "next_on": null,
        "disputed": false,
        "final_action": "cancel",
        "penalty": "15.82",
        "indemnity": "40.00"
      }
    ]
    "#);
    // Once: the next run takes no action again (the subscription simply completes).
    env.at("2026-03-11");
    assert_eq!(env.ok("tick"), "completed: 1\n");
}

#[test]
fn after_the_last_level_pause_pauses_the_customers_subscriptions_with_a_credit_note_once() {
    let mut env = late_payer();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env.ok("config set dunning.final_action pause");
    env.at("2026-03-10");
    assert_snapshot!(env.ok("tick"), @"
    invoices: 3
    credit notes: 1
    emails: 1
    reminders: 1
    ");
    let sub = env.json("subscription show SUB-0001");
    assert_eq!(
        (&sub["status"], &sub["paused"]),
        (&"paused".into(), &true.into())
    );
    assert_eq!(
        (&sub["pause_from"], &sub["pause_until"]),
        (&"2026-03-10".into(), &serde_json::Value::Null)
    );
    assert_compact_json_snapshot!(crate::billing::documents(&env), @r#"
    [
      [
        "INV-2026-00001",
        "",
        "",
        "1266.00"
      ],
      [
        "INV-2026-00002",
        "2026-01-01",
        "2026-01-31",
        "372.00"
      ],
      [
        "INV-2026-00003",
        "2026-02-01",
        "2026-02-28",
        "372.00"
      ],
      [
        "INV-2026-00004",
        "2026-03-01",
        "2026-03-31",
        "372.00"
      ],
      [
        "CN-2026-00001",
        "2026-03-10",
        "2026-03-31",
        "-264.00"
      ]
    ]
    "#);
    let action = &env.json("dunning list")[0]["final_action"];
    assert_eq!(action, "pause");
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let audited: String = conn
        .query_row(
            "SELECT change FROM audit_log WHERE entity = 'invoice:INV-2026-00001' AND change LIKE '%dunning_final_action%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_snapshot!(audited, @r#"{"dunning_final_action":"pause","after_level":3,"detail":"SUB-0001 paused from 2026-03-10"}"#);
    drop(conn);
    // Once: the next runs pause nothing again, credit nothing and bill nothing while paused.
    env.at("2026-03-11");
    assert_snapshot!(env.ok("tick"), @"nothing due");
    env.at("2026-04-02");
    let before = crate::billing::documents(&env);
    env.ok("tick");
    assert_eq!(crate::billing::documents(&env), before);
    let later = env.json("subscription show SUB-0001");
    assert_eq!(
        (&later["status"], &later["pause_from"]),
        (&"paused".into(), &"2026-03-10".into())
    );
}

#[test]
fn invoice_create_penalties_of_bills_the_penalty_and_the_indemnity_once() {
    let mut env = late_payer();
    env.at("2026-04-14");
    assert_eq!(
        env.ok("invoice create --penalties-of INV-2026-00001"),
        "INV-2026-00002\n"
    );
    let invoice = env.json("invoice show INV-2026-00002");
    let lines: Vec<_> = invoice["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            format!(
                "{} | {} | {} | {}",
                l["item"].as_str().unwrap(),
                l["description"].as_str().unwrap(),
                l["net"].as_str().unwrap(),
                l["vat_rate"].as_str().unwrap()
            )
        })
        .collect();
    assert_snapshot!(lines.join("\n"), @"
    LATE-PENALTY | Pénalités de retard sur la facture INV-2026-00001 : 73 jour(s) au taux annuel de 12 % (art. L441-10 du Code de commerce) | 30.38 | 0
    RECOVERY-INDEMNITY | Indemnité forfaitaire pour frais de recouvrement sur la facture INV-2026-00001 (art. D441-5 du Code de commerce) | 40.00 | 0
    ");
    assert_eq!(invoice["grand_total"], "70.38");
    let before = env.dump();
    assert_snapshot!(env.fails("invoice create --penalties-of INV-2026-00001", Exit::Refused), @"error: the penalties of INV-2026-00001 are already billed on INV-2026-00002");
    assert_eq!(env.dump(), before);
}

#[test]
fn penalties_of_an_invoice_billed_to_someone_else_is_refused() {
    let mut env = late_payer();
    env.ok("customer add C2 --name 'Client Two'");
    env.at("2026-04-14");
    let before = env.dump();
    assert_snapshot!(env.fails("invoice create --customer C2 --penalties-of INV-2026-00001", Exit::BadData), @"error: --customer: INV-2026-00001 is billed to C1, not C2");
    assert_eq!(env.dump(), before);
}

#[test]
fn the_receivables_report_shows_the_highest_dunning_level_sent() {
    let mut env = late_payer();
    env.ok("customer add C2 --name 'Client Two'");
    env.ok("customer add C3 --name 'Client Three'");
    env.at("2026-01-10");
    env.ok("invoice create --customer C2 --item BOOK:1");
    env.at("2026-01-20");
    env.ok("invoice create --customer C3 --item BOOK:1");
    env.at("2026-02-16");
    env.ok("tick");
    // C1 is 16 days late (level 2), C2 7 days (level 1, marked without an address), C3 not
    // yet due (none).
    assert_snapshot!(env.ok("report receivables --format csv"), @"
    customer,name,not_due,days_1_30,days_31_60,days_61_90,days_over_90,total,oldest_invoice,oldest_due_date,credit,dunning_level
    C1,Client One,0.00,1266.00,0.00,0.00,0.00,1266.00,INV-2026-00001,2026-01-31,0.00,2
    C2,Client Two,0.00,21.10,0.00,0.00,0.00,21.10,INV-2026-00002,2026-02-09,0.00,1
    C3,Client Three,21.10,0.00,0.00,0.00,0.00,21.10,INV-2026-00003,2026-02-19,0.00,
    total,,21.10,1287.10,0.00,0.00,0.00,1308.20,INV-2026-00001,2026-01-31,0.00,2
    ");
    let rows = env.json("report receivables");
    let levels: Vec<_> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["dunning_level"].clone())
        .collect();
    assert_eq!(
        levels,
        [2.into(), 1.into(), serde_json::Value::Null, 2.into()]
    );
    // On a day before the reminders, none was sent yet.
    assert_snapshot!(env.ok("report receivables --on 2026-02-06 --format csv"), @"
    customer,name,not_due,days_1_30,days_31_60,days_61_90,days_over_90,total,oldest_invoice,oldest_due_date,credit,dunning_level
    C1,Client One,0.00,1266.00,0.00,0.00,0.00,1266.00,INV-2026-00001,2026-01-31,0.00,
    C2,Client Two,21.10,0.00,0.00,0.00,0.00,21.10,INV-2026-00002,2026-02-09,0.00,
    C3,Client Three,21.10,0.00,0.00,0.00,0.00,21.10,INV-2026-00003,2026-02-19,0.00,
    total,,42.20,1266.00,0.00,0.00,0.00,1308.20,INV-2026-00001,2026-01-31,0.00,
    ");
}
