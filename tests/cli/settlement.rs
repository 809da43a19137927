//! Settling invoices: payment-request e-mails withdrawn once an invoice is settled, the
//! payment status counting money only, an invoice named twice in one payment, the money
//! invariants `db check` verifies, currencies, partial gateway payments, and bank or
//! gateway input refused with a clear message.

use std::os::unix::fs::PermissionsExt;

use insta::{assert_compact_json_snapshot, assert_snapshot};

use crate::billing::coworking;
use crate::env::{Exit, Run, TestEnv};
use crate::gateway::{NO_SMTP, NOW_UNIX, hmac_hex, stripe_header};
use crate::payments::{fields, rows, settlement};
use crate::smtp_sink::SmtpSink;

const STRIPE_SECRET: &str = "whsec_settlement";
const GOCARDLESS_SECRET: &str = "gc_settlement";

/// Writes config.toml (mode 0600): SMTP on `smtp_port`, both webhook secrets.
fn configure(env: &TestEnv, smtp_port: u16) {
    let path = env.path("config/subs/config.toml");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(
        &path,
        format!(
            "[smtp]\nhost = \"127.0.0.1\"\nport = {smtp_port}\ntls = \"none\"\nuser = \"billing\"\npassword = \"pw\"\nfrom = \"Coworking <facturation@example.fr>\"\n\n[gateways.stripe]\nwebhook_secret = \"{STRIPE_SECRET}\"\n\n[gateways.gocardless]\nwebhook_secret = \"{GOCARDLESS_SECRET}\"\n"
        ),
    )
    .unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
}

/// C1 (with an e-mail address) pays SUB-0001 by `method`; tick issued INV-2026-00001
/// (372.00), opened PR-0001 and queued its e-mail (message 1).
fn requested(method: &str, smtp_port: u16) -> TestEnv {
    let env = coworking();
    configure(&env, smtp_port);
    env.ok("customer edit C1 --email compta@client.example");
    env.ok("config set payment.link_template 'https://pay.example.fr/p/{token}'");
    env.write(
        "relance.txt",
        "Payez {{ invoice.number }} : {{ payment_link }}\n",
    );
    env.ok("template add relance --subject 'Facture {{ invoice.number }}' --body-file relance.txt");
    env.ok(format!(
        "subscription create --customer C1 --item DESK --start 2026-01-01 \
         --payment-method {method} --email-template relance"
    ));
    env.ok("tick");
    assert_eq!(env.json("mail list")[0]["status"], "queued");
    env
}

fn stripe_event(id: &str, payment: &str, amount: i64, currency: &str) -> String {
    format!(
        r#"{{"id":"{id}","type":"payment_intent.succeeded","data":{{"object":{{"id":"{payment}","amount":37200,"amount_received":{amount},"currency":"{currency}","customer":"cus_1","payment_method":"pm_1","metadata":{{"payment_request":"PR-0001","invoice":"INV-2026-00001"}}}}}}}}"#
    )
}

fn receive_stripe(env: &TestEnv, body: &str) -> Run {
    let signature = stripe_header(STRIPE_SECRET, NOW_UNIX, body);
    env.run_stdin(
        format!("webhook receive --gateway stripe --signature {signature} --format json"),
        body,
    )
}

fn receive_gocardless(env: &TestEnv, body: &str) -> Run {
    let signature = hmac_hex(GOCARDLESS_SECRET, body.as_bytes());
    env.run_stdin(
        format!("webhook receive --gateway gocardless --signature {signature} --format json"),
        body,
    )
}

/// The status of every message in the outbox and why it was withdrawn, one a line.
fn outbox(env: &TestEnv) -> String {
    rows(&env.json("mail list"), &["id", "status", "reason"])
}

fn status_of(env: &TestEnv, invoice: &str) -> String {
    env.json(format!("invoice show {invoice}"))["payment_status"]
        .as_str()
        .unwrap()
        .to_string()
}

fn request_status(env: &TestEnv) -> String {
    env.json("payment-request show PR-0001")["status"]
        .as_str()
        .unwrap()
        .to_string()
}

// ── item: request e-mails withdrawn once the invoice is settled ──

#[test]
fn a_payment_that_settles_the_invoice_withdraws_its_queued_request_email() {
    let env = requested("stripe", NO_SMTP);
    env.ok("payment add --invoice INV-2026-00001 --amount 372.00");
    assert_snapshot!(outbox(&env), @r#"{"id":1,"status":"cancelled","reason":"INV-2026-00001 settled by PAY-0001"}"#);
    let cancelled = env.json("mail list --status cancelled");
    assert_eq!(cancelled.as_array().unwrap().len(), 1, "{cancelled}");
    assert_eq!(request_status(&env), "paid");
}

#[test]
fn a_withdrawn_request_email_is_never_sent_and_its_withdrawal_is_logged() {
    let sink = SmtpSink::start();
    let env = requested("stripe", sink.port());
    env.ok("payment add --invoice INV-2026-00001 --amount 372.00");
    env.ok("mail send");
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert!(sink.messages().is_empty(), "a withdrawn message was sent");
    assert_snapshot!(outbox(&env), @r#"{"id":1,"status":"cancelled","reason":"INV-2026-00001 settled by PAY-0001"}"#);
    let log = env.json("log --entity mail:1");
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .any(|e| e["change"].to_string().contains("withdrawn")),
        "{log}"
    );
}

#[test]
fn a_gateway_payment_that_settles_the_invoice_withdraws_its_request_email() {
    let env = requested("stripe", NO_SMTP);
    let run = receive_stripe(&env, &stripe_event("evt_1", "pi_1", 37200, "eur"));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_snapshot!(outbox(&env), @r#"{"id":1,"status":"cancelled","reason":"INV-2026-00001 settled by PAY-0001"}"#);
}

#[test]
fn a_bank_line_that_settles_the_invoice_withdraws_its_request_email() {
    let env = requested("link", NO_SMTP);
    env.write(
        "releve.csv",
        "Date;Libellé;Débit;Crédit;Référence\n02/01/2026;VIR CLIENT ONE INV-2026-00001;;372,00;\n",
    );
    env.ok("bank import releve.csv");
    env.ok("bank reconcile --auto");
    assert_snapshot!(outbox(&env), @r#"{"id":1,"status":"cancelled","reason":"INV-2026-00001 settled by PAY-0001"}"#);
}

#[test]
fn a_credit_note_that_covers_the_invoice_withdraws_its_email_and_cancels_the_request() {
    let env = requested("link", NO_SMTP);
    env.ok("invoice credit INV-2026-00001 --yes");
    assert_snapshot!(outbox(&env), @r#"{"id":1,"status":"cancelled","reason":"INV-2026-00001 credited by CN-2026-00001"}"#);
    assert_eq!(request_status(&env), "cancelled");
}

#[test]
fn a_partial_payment_leaves_the_request_email_queued() {
    let env = requested("link", NO_SMTP);
    env.ok("payment add --invoice INV-2026-00001 --amount 100");
    assert_snapshot!(outbox(&env), @r#"{"id":1,"status":"queued","reason":null}"#);
    assert_eq!(request_status(&env), "open");
}

#[test]
fn a_message_waiting_for_a_retry_after_a_failed_delivery_is_withdrawn_too() {
    let sink = SmtpSink::start_rejecting_auth();
    let env = requested("link", sink.port());
    assert_eq!(env.run("mail send").code, i32::from(Exit::Refused));
    assert_eq!(env.json("mail list")[0]["status"], "failed");
    env.ok("payment add --invoice INV-2026-00001 --amount 372");
    assert_eq!(env.json("mail list")[0]["status"], "cancelled");
}

// ── item: the payment status counts money only ──

#[test]
fn a_partly_credited_invoice_with_no_money_in_is_unpaid_not_partly_paid() {
    let env = coworking();
    env.ok("invoice create --customer C1 --item DESK");
    env.ok("invoice credit INV-2026-00001 --amount 100 --yes");
    assert_compact_json_snapshot!(settlement(&env, "INV-2026-00001"), @r#"{"payment_status": "unpaid", "outstanding": "252.00"}"#);
    assert_eq!(
        env.json("invoice list --status unpaid")[0]["number"],
        "INV-2026-00001"
    );
}

#[test]
fn a_partly_credited_invoice_with_money_in_is_partly_paid_and_overdue_past_its_due_date() {
    let mut env = coworking();
    env.ok("invoice create --customer C1 --item DESK");
    env.ok("invoice credit INV-2026-00001 --amount 100 --yes");
    env.ok("payment add --invoice INV-2026-00001 --amount 52");
    assert_compact_json_snapshot!(settlement(&env, "INV-2026-00001"), @r#"{"payment_status": "partly_paid", "outstanding": "200.00"}"#);
    env.at("2026-03-01");
    assert_eq!(status_of(&env, "INV-2026-00001"), "overdue");
}

#[test]
fn an_invoice_settled_by_a_credit_and_money_is_paid() {
    let env = coworking();
    env.ok("invoice create --customer C1 --item DESK");
    env.ok("invoice credit INV-2026-00001 --amount 100 --yes");
    env.ok("payment add --invoice INV-2026-00001 --amount 252");
    assert_eq!(status_of(&env, "INV-2026-00001"), "paid");
}

#[test]
fn an_invoice_credited_whole_is_credited() {
    let env = coworking();
    env.ok("invoice create --customer C1 --item DESK");
    env.ok("invoice credit INV-2026-00001 --yes");
    assert_eq!(status_of(&env, "INV-2026-00001"), "credited");
}

// ── item: an invoice named twice in one payment, and the money invariants ──

#[test]
fn an_invoice_named_twice_in_one_payment_is_refused_and_changes_nothing() {
    let env = coworking();
    env.ok("invoice create --customer C1 --item DESK");
    let before = env.dump();
    assert_snapshot!(
        env.fails(
            "payment add --invoice INV-2026-00001 --invoice INV-2026-00001 --amount 744 \
             --allow-overpayment",
            Exit::BadData,
        ),
        @"error: --invoice: INV-2026-00001 is named more than once; name each invoice once"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn a_bank_line_matched_to_an_invoice_named_twice_is_refused() {
    let env = coworking();
    env.ok("invoice create --customer C1 --item DESK");
    env.write(
        "releve.csv",
        "Date;Libellé;Débit;Crédit;Référence\n02/01/2026;VIR CLIENT ONE;;744,00;\n",
    );
    env.ok("bank import releve.csv");
    let before = env.dump();
    let err = env.fails(
        "bank match 1 --invoice INV-2026-00001 --invoice INV-2026-00001 --allow-overpayment",
        Exit::BadData,
    );
    assert!(err.contains("named more than once"), "{err}");
    assert_eq!(env.dump(), before);
}

/// What `db check` shows, the book's temporary directory written `[dir]`.
fn db_check(env: &TestEnv) -> String {
    let dir = env.dir.path().to_str().unwrap();
    env.run("db check").transcript().replace(dir, "[dir]")
}

fn sql(env: &TestEnv, statement: &str) -> Result<usize, String> {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch("PRAGMA foreign_keys = ON")
        .map_err(|e| e.to_string())?;
    conn.execute(statement, []).map_err(|e| e.to_string())
}

#[test]
fn the_schema_refuses_any_path_that_would_settle_beyond_a_total_or_a_payment() {
    let env = coworking();
    env.ok("invoice create --customer C1 --item DESK");
    env.ok("payment add --invoice INV-2026-00001 --amount 100");
    let err = sql(&env, "UPDATE invoices SET settled = 74400 WHERE id = 1").unwrap_err();
    assert!(err.contains("beyond its total"), "{err}");
    let err = sql(
        &env,
        "INSERT INTO allocations (invoice, payment, amount, date) VALUES (1, 'PAY-0001', 101, '2026-01-01')",
    )
    .unwrap_err();
    assert!(err.contains("cannot give more than its amount"), "{err}");
}

#[test]
fn db_check_names_an_invoice_settled_twice_over_and_a_payment_that_gave_more_than_it_had() {
    let env = coworking();
    env.ok("invoice create --customer C1 --item DESK");
    env.ok("payment add --invoice INV-2026-00001 --amount 372");
    env.ok("db check");
    // The books as the defect left them: the same 372.00 allocated twice.
    for statement in [
        "DROP TRIGGER invoices_settled_within_total",
        "DROP TRIGGER allocations_within_payment",
        "INSERT INTO allocations (invoice, payment, amount, date) VALUES (1, 'PAY-0001', 37200, '2026-01-01')",
        "UPDATE invoices SET settled = 74400, paid = 74400 WHERE id = 1",
    ] {
        sql(&env, statement).unwrap();
    }
    assert_snapshot!(db_check(&env), @"
    settlement: INV-2026-00001 is settled 744.00 EUR, beyond its total 372.00
    settlement: payment PAY-0001 gave 744.00 EUR (allocations and refunds), more than its 372.00
    --- stderr
    error: 2 problem(s) found in [dir]/subs.db
    --- exit 1
    ");
}

#[test]
fn db_check_names_a_settlement_that_differs_from_its_allocations() {
    let env = coworking();
    env.ok("invoice create --customer C1 --item DESK");
    sql(&env, "UPDATE invoices SET settled = 100 WHERE id = 1").unwrap();
    assert_snapshot!(db_check(&env), @"
    settlement: INV-2026-00001 is settled 1.00 EUR but its allocations add up to 0.00
    --- stderr
    error: 1 problem(s) found in [dir]/subs.db
    --- exit 1
    ");
}

// ── item: currencies ──

fn camt(entries: &str) -> String {
    format!(
        "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">\
         <BkToCstmrStmt><Stmt><Id>S</Id>{entries}</Stmt></BkToCstmrStmt></Document>"
    )
}

fn camt_entry(amount: &str, currency: &str, label: &str) -> String {
    format!(
        "<Ntry><Amt Ccy=\"{currency}\">{amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd>\
         <Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-01-05</Dt></BookgDt>\
         <AddtlNtryInf>{label}</AddtlNtryInf></Ntry>"
    )
}

/// INV-2026-00001 (372.00 EUR) and a statement line of 372.00 USD that quotes it.
fn a_usd_line_quoting_an_eur_invoice() -> TestEnv {
    let env = coworking();
    env.ok("invoice create --customer C1 --item DESK");
    env.write(
        "statement.xml",
        camt(&camt_entry("372.00", "USD", "VIR INV-2026-00001")),
    );
    env.ok("bank import statement.xml");
    env
}

#[test]
fn a_camt_entry_in_usd_quoting_an_eur_invoice_is_left_unmatched_with_the_reason() {
    let env = a_usd_line_quoting_an_eur_invoice();
    assert_eq!(env.json("bank reconcile --auto"), serde_json::json!([]));
    assert_compact_json_snapshot!(
        fields(&env.json("bank list")[0], &["status", "currency", "note"]),
        @r#"
    {
      "status": "unmatched",
      "currency": "USD",
      "note": "the line is in USD and INV-2026-00001 is owed in EUR; money settles only documents in its own currency"
    }
    "#
    );
    assert_eq!(status_of(&env, "INV-2026-00001"), "unpaid");
    // Reconciling again changes nothing.
    let before = env.dump();
    env.ok("bank reconcile --auto");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_usd_line_matched_by_hand_to_an_eur_invoice_is_refused() {
    let env = a_usd_line_quoting_an_eur_invoice();
    let before = env.dump();
    let err = env.fails("bank match 1 --invoice INV-2026-00001", Exit::Refused);
    assert!(
        err.contains("INV-2026-00001 is in EUR, the payment in USD"),
        "{err}"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn a_line_without_a_currency_is_in_the_books_currency() {
    let env = coworking();
    env.ok("invoice create --customer C1 --item DESK");
    env.write(
        "releve.csv",
        "Date;Libellé;Débit;Crédit;Référence\n02/01/2026;VIR INV-2026-00001;;372,00;\n",
    );
    env.ok("bank import releve.csv");
    assert_eq!(env.json("bank list")[0]["currency"], "EUR");
    env.ok("bank reconcile --auto");
    assert_eq!(status_of(&env, "INV-2026-00001"), "paid");
}

#[test]
fn a_stripe_event_in_another_currency_is_recorded_but_not_booked() {
    let env = requested("stripe", NO_SMTP);
    let event = stripe_event("evt_usd", "pi_usd", 37200, "usd");
    assert_snapshot!(receive_stripe(&env, &event).transcript(), @r#"
    [
    {"event_id":"evt_usd","kind":"payment_succeeded","outcome":"not booked: payment pi_usd is in USD, PR-0001 asks for EUR; settle it by hand"}
    ]
    "#);
    assert_eq!(
        env.json("payment list"),
        serde_json::json!([]),
        "no payment booked"
    );
    assert_eq!(status_of(&env, "INV-2026-00001"), "unpaid");
    assert_eq!(request_status(&env), "open");
    // Recorded: the same event again is a replay.
    assert_eq!(receive_stripe(&env, &event).code, i32::from(Exit::Refused));
}

#[test]
fn a_payment_in_another_currency_than_its_invoice_is_refused() {
    let env = coworking();
    env.ok("invoice create --customer C1 --item DESK");
    let before = env.dump();
    assert_snapshot!(
        env.fails(
            "payment add --invoice INV-2026-00001 --amount 372 --currency USD",
            Exit::Refused,
        ),
        @"error: INV-2026-00001 is in EUR, the payment in USD; money settles only documents in its own currency"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn a_payment_currency_is_read_in_capitals() {
    let env = coworking();
    env.ok("invoice create --customer C1 --item DESK");
    let payment = env.json("payment add --invoice INV-2026-00001 --amount 372 --currency eur");
    assert_eq!(payment["currency"], "EUR");
}

#[test]
fn the_company_currency_cannot_change_once_the_books_hold_documents() {
    let env = coworking();
    // Nothing booked yet: it may change, and change back.
    env.ok("config set company.currency EUR");
    env.ok("config set company.currency CHF");
    env.ok("invoice create --customer C1 --item DESK@310");
    assert_eq!(env.json("invoice show INV-2026-00001")["currency"], "CHF");
    let before = env.dump();
    assert_snapshot!(
        env.fails("config set company.currency JPY", Exit::Refused),
        @"error: company.currency cannot change once the books hold documents (invoices and credit notes: 1): their amounts are in CHF"
    );
    // Unset would bring back the default, EUR: a change too.
    env.fails("config unset company.currency", Exit::Refused);
    assert_eq!(env.dump(), before);
    // The value it already has is no change.
    env.ok("config set company.currency chf");
    // And the amount typed is still read in CHF.
    env.ok("payment add --invoice INV-2026-00001 --amount 372");
    assert_eq!(status_of(&env, "INV-2026-00001"), "paid");
}

// ── item: partial gateway payments ──

#[test]
fn a_partial_stripe_payment_is_recorded_and_the_request_closes_only_when_the_invoice_is_settled() {
    let env = requested("stripe", NO_SMTP);
    assert_snapshot!(
        receive_stripe(&env, &stripe_event("evt_p1", "pi_p1", 100, "eur")).transcript(),
        @r#"
    [
    {"event_id":"evt_p1","kind":"payment_succeeded","outcome":"PR-0001: partial payment PAY-0001 (1.00 EUR); 371.00 EUR still owed, the request stays open"}
    ]
    "#
    );
    assert_compact_json_snapshot!(
        fields(&env.json("payment-request show PR-0001"), &["status", "gateway_payment_id"]),
        @r#"{"status": "open", "gateway_payment_id": "pi_p1"}"#
    );
    assert_compact_json_snapshot!(settlement(&env, "INV-2026-00001"), @r#"{"payment_status": "partly_paid", "outstanding": "371.00"}"#);
    assert_eq!(env.json("payment show PAY-0001")["amount"], "1.00");
    assert_eq!(env.json("mail list")[0]["status"], "queued");
    // The rest, in a second payment: now the invoice is settled and the request closes.
    assert_snapshot!(
        receive_stripe(&env, &stripe_event("evt_p2", "pi_p2", 37100, "eur")).transcript(),
        @r#"
    [
    {"event_id":"evt_p2","kind":"payment_succeeded","outcome":"PR-0001 paid by PAY-0002 (371.00 EUR)"}
    ]
    "#
    );
    assert_eq!(request_status(&env), "paid");
    assert_eq!(status_of(&env, "INV-2026-00001"), "paid");
}

#[test]
fn a_stripe_payment_above_the_invoice_settles_it_and_keeps_the_rest_as_credit() {
    let env = requested("stripe", NO_SMTP);
    let run = receive_stripe(&env, &stripe_event("evt_big", "pi_big", 40000, "eur"));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(request_status(&env), "paid");
    assert_eq!(status_of(&env, "INV-2026-00001"), "paid");
    assert_eq!(env.json("customer show C1")["credit"], "28.00");
}

#[test]
fn a_gocardless_confirmation_books_the_amount_asked_and_says_so() {
    let env = requested("gocardless", NO_SMTP);
    let body = r#"{"events":[{"id":"EV1","resource_type":"payments","action":"confirmed","links":{"payment":"PM1","mandate":"MD1"},"metadata":{"payment_request":"PR-0001"}}]}"#;
    assert_snapshot!(receive_gocardless(&env, body).transcript(), @r#"
    [
    {"event_id":"EV1","kind":"payment_succeeded","outcome":"PR-0001 paid by PAY-0001 (372.00 EUR, the amount asked: the event carries none)"}
    ]
    "#);
    assert_eq!(env.json("payment show PAY-0001")["amount"], "372.00");
}

// ── item: clear refusals of bad gateway and bank input ──

#[test]
fn a_negative_webhook_amount_is_bad_input_named_and_changes_nothing() {
    let env = requested("stripe", NO_SMTP);
    let before = env.dump();
    let run = receive_stripe(&env, &stripe_event("evt_neg", "pi_neg", -100, "eur"));
    assert_snapshot!(run.transcript(), @"
    --- stderr
    error: webhook body: Stripe event evt_neg (payment_intent.succeeded) has data.object.amount_received -100; a payment received is a positive amount
    --- exit 65
    ");
    assert!(!run.stderr.contains("database error"));
    assert_eq!(env.dump(), before);
}

#[test]
fn bank_text_with_control_characters_is_refused_naming_the_line_and_changes_nothing() {
    let env = coworking();
    let before = env.dump();
    env.write(
        "releve.csv",
        "Date;Libellé;Débit;Crédit;Référence\n02/01/2026;VIR UN;;1,00;\n03/01/2026;VIR \u{1b}[31mDEUX;;2,00;\n",
    );
    let err = env.fails("bank import releve.csv", Exit::BadData);
    assert!(
        err.contains("releve.csv:3: column Libellé: contains the control character U+001B"),
        "{err}"
    );
    env.write(
        "statement.xml",
        camt(&format!(
            "{}{}",
            camt_entry("1.00", "EUR", "VIR UN"),
            camt_entry("2.00", "EUR", "VIR \u{7}DEUX")
        )),
    );
    let err = env.fails("bank import statement.xml", Exit::BadData);
    assert!(err.contains("Ntry[2]"), "{err}");
    assert_eq!(env.dump(), before);
}

// ── migration 2 on a book written before it ──

/// A book at migration 1 (the shipped schema) with `rows` inserted.
fn book_before_the_settlement_migration(rows: &str) -> TestEnv {
    let env = TestEnv::empty();
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(include_str!("../../schema.sql"))
        .unwrap();
    conn.execute_batch(rows).unwrap();
    env
}

#[test]
fn a_book_from_before_the_settlement_migration_keeps_its_rows_and_counts_its_money() {
    let mut env = book_before_the_settlement_migration(
        "PRAGMA user_version = 1;
         INSERT INTO settings (key, value) VALUES ('company.name', 'Old Books');
         INSERT INTO customers (code, name, created_on) VALUES ('C1', 'Client One', '2025-11-01');
         INSERT INTO invoices (kind, status, number, series, seq, customer, issue_date, due_date,
             currency, net_total, tax_total, grand_total, settled, created_at)
         VALUES ('invoice', 'issued', 'INV-2025-00001', 'INV-2025-', 1, 'C1', '2025-12-01',
             '2025-12-31', 'EUR', 31000, 6200, 37200, 10000, '2025-12-01T09:00:00+01:00');
         INSERT INTO payments (id, customer, date, amount, currency, method, created_at)
         VALUES ('PAY-0001', 'C1', '2025-12-05', 10000, 'EUR', 'transfer', '2025-12-05T09:00:00+01:00');
         INSERT INTO allocations (invoice, payment, amount, date) VALUES (1, 'PAY-0001', 10000, '2025-12-05');
         INSERT INTO bank_statements (source, format, imported_at, lines, new_lines)
         VALUES ('r.csv', 'csv', '2025-12-06T09:00:00+01:00', 1, 1);
         INSERT INTO bank_transactions (statement, date, amount, label, fingerprint, created_at)
         VALUES (1, '2025-12-06', 500, 'VIR', 'f1', '2025-12-06T09:00:00+01:00');
         INSERT INTO outbox (recipients, subject, body, invoice, status, created_at)
         VALUES ('c1@example.fr', 'Facture', 'Bonjour', 1, 'queued', '2025-12-01T09:00:00+01:00');",
    );
    env.at("2025-12-10");
    assert_compact_json_snapshot!(settlement(&env, "INV-2025-00001"), @r#"{"payment_status": "partly_paid", "outstanding": "272.00"}"#);
    assert_snapshot!(rows(&env.json("mail list"), &["status", "subject"]), @r#"{"status":"queued","subject":"Facture"}"#);
    assert_eq!(env.json("bank list")[0]["currency"], "EUR");
    let run = env.run("db check");
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
}

#[test]
fn a_book_the_double_settlement_already_broke_still_opens_and_db_check_names_the_damage() {
    let env = book_before_the_settlement_migration(
        "PRAGMA user_version = 1;
         INSERT INTO settings (key, value) VALUES ('company.name', 'Old Books');
         INSERT INTO customers (code, name, created_on) VALUES ('C1', 'Client One', '2025-11-01');
         INSERT INTO invoices (kind, status, number, series, seq, customer, issue_date, due_date,
             currency, net_total, tax_total, grand_total, settled, created_at)
         VALUES ('invoice', 'issued', 'INV-2025-00001', 'INV-2025-', 1, 'C1', '2025-12-01',
             '2025-12-31', 'EUR', 31000, 6200, 37200, 74400, '2025-12-01T09:00:00+01:00');
         INSERT INTO payments (id, customer, date, amount, currency, method, created_at)
         VALUES ('PAY-0001', 'C1', '2025-12-05', 74400, 'EUR', 'transfer', '2025-12-05T09:00:00+01:00');
         INSERT INTO allocations (invoice, payment, amount, date) VALUES (1, 'PAY-0001', 37200, '2025-12-05');
         INSERT INTO allocations (invoice, payment, amount, date) VALUES (1, 'PAY-0001', 37200, '2025-12-05');",
    );
    assert_snapshot!(db_check(&env), @"
    settlement: INV-2025-00001 is settled 744.00 EUR, beyond its total 372.00
    --- stderr
    error: 1 problem(s) found in [dir]/subs.db
    --- exit 1
    ");
}
