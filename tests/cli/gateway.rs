//! Payment requests, e-mail templates, the outbox over real SMTP, and gateway webhooks with
//! signatures computed from a known secret.

use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use hmac::{KeyInit, Mac};
use sha2::Sha256;

use insta::{assert_compact_json_snapshot, assert_snapshot};

use crate::billing::coworking;
use crate::env::{Exit, Run, TestEnv};
use crate::payments::{fields, rows, settlement};
use crate::smtp_sink::{SmtpSink, decode_base64};

pub(crate) const STRIPE_SECRET: &str = "whsec_test_0123456789";
const GOCARDLESS_SECRET: &str = "gc_test_secret";
/// A port no SMTP server listens on: for the tests that send no mail.
pub(crate) const NO_SMTP: u16 = 1;
/// 2026-01-01T00:00:00+01:00, the moment `coworking()` runs at.
pub(crate) const NOW_UNIX: i64 = 1_767_222_000;

pub(crate) fn hmac_hex(secret: &str, message: &[u8]) -> String {
    let mut mac = <hmac::Hmac<Sha256> as KeyInit>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(message);
    hex::encode(mac.finalize().into_bytes())
}

pub(crate) fn stripe_header(secret: &str, timestamp: i64, body: &str) -> String {
    format!(
        "t={timestamp},v1={}",
        hmac_hex(secret, format!("{timestamp}.{body}").as_bytes())
    )
}

/// Writes config.toml (mode 0600) with the sink's SMTP and both webhook secrets.
fn configure(env: &TestEnv, smtp_port: u16) {
    let path = env.path("config/subs/config.toml");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(
        &path,
        format!(
            "[smtp]\nhost = \"127.0.0.1\"\nport = {smtp_port}\ntls = \"none\"\nuser = \"billing\"\npassword = \"s3cret-pass\"\nfrom = \"Coworking Lumière <facturation@example.fr>\"\n\n[gateways.stripe]\nwebhook_secret = \"{STRIPE_SECRET}\"\n\n[gateways.gocardless]\nwebhook_secret = \"{GOCARDLESS_SECRET}\"\n"
        ),
    )
    .unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
}

/// C1 (with an e-mail address) pays SUB-0001 by Stripe; the request e-mail uses `relance`.
pub(crate) fn stripe_customer(smtp_port: u16) -> TestEnv {
    let env = coworking();
    configure(&env, smtp_port);
    env.ok("customer edit C1 --email compta@client.example");
    env.ok("config set payment.link_template 'https://pay.example.fr/p/{token}'");
    env.write("relance.txt", "Bonjour {{ customer.name }},\nvotre facture {{ invoice.number }} de {{ invoice.grand_total }} {{ invoice.currency }} : {{ payment_link }}\n");
    env.ok("template add relance --subject 'Facture {{ invoice.number }}' --body-file relance.txt");
    env.ok(
        "subscription create --customer C1 --item DESK --start 2026-01-01 \
         --payment-method stripe --email-template relance",
    );
    env
}

pub(crate) fn succeeded_body(request: &str, invoice: &str, amount: i64) -> String {
    format!(
        r#"{{"id":"evt_ok_1","object":"event","type":"payment_intent.succeeded","data":{{"object":{{"id":"pi_1","object":"payment_intent","amount":{amount},"amount_received":{amount},"currency":"eur","customer":"cus_42","payment_method":"pm_42","status":"succeeded","metadata":{{"payment_request":"{request}","invoice":"{invoice}"}}}}}}}}"#
    )
}

/// `webhook receive` from Stripe of `body` on standard input, signed with `signature`.
fn receive_stripe(env: &TestEnv, signature: &str, body: impl Into<Vec<u8>>) -> Run {
    env.run_stdin(
        format!("webhook receive --gateway stripe --signature {signature}"),
        body,
    )
}

/// What PR-0001 shows, its random token written `[token]`.
fn request_without_token(env: &TestEnv) -> String {
    let request = env.json("payment-request show PR-0001");
    let token = request["token"].as_str().unwrap();
    assert_eq!(token.len(), 32, "{token}");
    serde_json::to_string_pretty(&request)
        .unwrap()
        .replace(token, "[token]")
}

/// C1 pays Stripe's INV-2026-00001 of 372.00 (tick has issued it and opened PR-0001) with a
/// signed `payment_intent.succeeded`; returns the signature and the body, to send again.
fn paid_by_stripe(env: &TestEnv) -> (String, String) {
    env.ok("tick");
    let body = succeeded_body("PR-0001", "INV-2026-00001", 37200);
    let signature = stripe_header(STRIPE_SECRET, NOW_UNIX - 10, &body);
    let run = receive_stripe(env, &signature, body.clone());
    assert_eq!(run.code, 0, "{}", run.stderr);
    (signature, body)
}

#[test]
fn issuing_an_invoice_for_a_stripe_payer_opens_a_request_and_queues_its_email() {
    let env = stripe_customer(NO_SMTP);
    assert_eq!(
        env.ok("tick"),
        "invoices: 1\npayment requests: 1\nemails: 1\n"
    );
    assert_snapshot!(request_without_token(&env), @r#"
    {
      "id": "PR-0001",
      "invoice": "INV-2026-00001",
      "customer": "C1",
      "subscription": "SUB-0001",
      "method": "stripe",
      "amount": "372.00",
      "currency": "EUR",
      "status": "open",
      "token": "[token]",
      "link": "https://pay.example.fr/p/[token]",
      "gateway_payment_id": null,
      "failure": null,
      "created_at": "2026-01-01T00:00:00+01:00",
      "updated_at": "2026-01-01T00:00:00+01:00"
    }
    "#);
    assert_snapshot!(
        rows(&env.json("mail list"), &["status", "recipients", "subject", "attachment"]),
        @r#"{"status":"queued","recipients":"compta@client.example","subject":"Facture INV-2026-00001","attachment":"INV-2026-00001.pdf"}"#
    );
}

#[test]
fn mail_send_delivers_the_outbox_over_smtp_with_the_invoice_attached() {
    let sink = SmtpSink::start();
    let env = stripe_customer(sink.port());
    env.ok("tick");
    env.ok("mail send");
    let received = sink.wait_for(1, Duration::from_secs(10));
    assert_eq!(received.len(), 1);
    let mail = &received[0];
    assert_eq!(mail.to, ["compta@client.example"]);
    assert_eq!(mail.from, "facturation@example.fr");
    assert!(
        mail.data.contains("Subject: Facture INV-2026-00001"),
        "{}",
        mail.data
    );
    assert_eq!(mail.login.as_ref().unwrap().user, "billing");
    let token = env.json("payment-request show PR-0001")["token"]
        .as_str()
        .unwrap()
        .to_string();
    let text = body_text(&mail.data);
    assert!(text.contains("Bonjour Client One"), "{text}");
    assert!(
        text.contains(&format!("de 372.00 EUR : https://pay.example.fr/p/{token}")),
        "{text}"
    );
    assert!(
        mail.data.contains("filename=\"INV-2026-00001.pdf\""),
        "{}",
        mail.data
    );
    assert!(mail.data.contains("application/pdf"), "{}", mail.data);
    assert_eq!(env.json("mail list")[0]["status"], "sent");
}

#[test]
fn a_message_sent_is_not_sent_again() {
    let sink = SmtpSink::start();
    let env = stripe_customer(sink.port());
    env.ok("tick");
    env.ok("mail send");
    sink.wait_for(1, Duration::from_secs(10));
    env.ok("mail send");
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(sink.messages().len(), 1);
}

/// The decoded text parts of a raw message (quoted-printable or base64 or plain).
fn body_text(data: &str) -> String {
    let mut out = String::new();
    for part in data.split("\r\n\r\n").skip(1) {
        let chunk = part.split("\r\n--").next().unwrap_or("");
        if chunk
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+/=\r\n".contains(c))
            && chunk.len() > 40
        {
            out.push_str(&String::from_utf8_lossy(&decode_base64(chunk)));
        } else {
            out.push_str(
                &chunk
                    .replace("=\r\n", "")
                    .replace("=3D", "=")
                    .replace("=C3=A9", "é"),
            );
        }
        out.push('\n');
    }
    out
}

#[test]
fn a_server_that_refuses_marks_the_message_failed_without_leaking_the_password() {
    let sink = SmtpSink::start_rejecting_auth();
    let env = stripe_customer(sink.port());
    env.ok("tick");
    let run = env.run("mail send");
    assert_eq!(run.code, i32::from(Exit::Refused));
    assert!(!run.stderr.contains("s3cret-pass"), "{}", run.stderr);
    let outbox = env.json("mail list");
    assert_eq!(outbox[0]["status"], "failed");
    assert!(
        !outbox[0]["last_error"]
            .as_str()
            .unwrap()
            .contains("s3cret-pass")
    );
    assert!(
        !env.dump().contains("s3cret-pass"),
        "the password reached the database"
    );
}

#[test]
fn a_config_file_with_secrets_readable_by_others_is_refused() {
    let env = stripe_customer(NO_SMTP);
    let path = env.path("config/subs/config.toml");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let err = env.fails("mail send", Exit::Refused);
    assert!(err.contains("chmod 600"), "{err}");
}

#[test]
fn a_signed_stripe_success_pays_the_invoice_and_keeps_the_gateway_references() {
    let env = stripe_customer(NO_SMTP);
    paid_by_stripe(&env);
    assert_eq!(
        env.json("invoice show INV-2026-00001")["payment_status"],
        "paid"
    );
    assert_compact_json_snapshot!(
        fields(&env.json("payment-request show PR-0001"), &["status", "gateway_payment_id"]),
        @r#"{"status": "paid", "gateway_payment_id": "pi_1"}"#
    );
    assert_compact_json_snapshot!(
        fields(&env.json("payment show PAY-0001"), &["method", "amount"]),
        @r#"{"method": "gateway", "amount": "372.00"}"#
    );
    assert_compact_json_snapshot!(
        fields(
            &env.json("subscription show SUB-0001"),
            &["gateway_customer", "gateway_payment_method"],
        ),
        @r#"{"gateway_customer": "cus_42", "gateway_payment_method": "pm_42"}"#
    );
}

#[test]
fn the_same_stripe_event_again_is_a_replay_refused_and_changes_nothing() {
    let env = stripe_customer(NO_SMTP);
    let (signature, body) = paid_by_stripe(&env);
    let before = env.dump();
    let run = receive_stripe(&env, &signature, body);
    assert_eq!(run.code, i32::from(Exit::Refused));
    assert!(run.stderr.contains("already received"), "{}", run.stderr);
    assert_eq!(env.dump(), before);
}

#[test]
fn any_of_several_v1_signatures_may_match() {
    let env = stripe_customer(NO_SMTP);
    env.ok("tick");
    let body = succeeded_body("PR-0001", "INV-2026-00001", 37200);
    let good = stripe_header(STRIPE_SECRET, NOW_UNIX, &body);
    let signature = format!(
        "t={NOW_UNIX},v1={},{}",
        "ab".repeat(32),
        good.split(',').nth(1).unwrap()
    );
    let run = receive_stripe(&env, &signature, body);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn bad_signatures_are_refused_and_change_nothing() {
    let env = stripe_customer(NO_SMTP);
    env.ok("tick");
    let body = succeeded_body("PR-0001", "INV-2026-00001", 37200);
    let before = env.dump();
    let tampered = body.replace("37200", "1");
    let cases = [
        (
            stripe_header(STRIPE_SECRET, NOW_UNIX, &body),
            tampered.clone(),
            "tampered body",
        ),
        (
            stripe_header("whsec_wrong", NOW_UNIX, &body),
            body.clone(),
            "wrong secret",
        ),
        (
            stripe_header(STRIPE_SECRET, NOW_UNIX - 301, &body),
            body.clone(),
            "expired",
        ),
        (
            stripe_header(STRIPE_SECRET, NOW_UNIX + 301, &body),
            body.clone(),
            "from the future",
        ),
        ("garbage".to_string(), body.clone(), "malformed"),
        (format!("t={NOW_UNIX}"), body.clone(), "no v1"),
    ];
    for (signature, sent, what) in cases {
        let run = receive_stripe(&env, &signature, sent);
        assert_eq!(run.code, i32::from(Exit::Refused), "{what}: {}", run.stderr);
        assert!(
            run.stderr.starts_with("error: ") && !run.stderr.contains(STRIPE_SECRET),
            "{what}: {}",
            run.stderr
        );
    }
    assert_eq!(env.dump(), before);
}

#[test]
fn a_failed_payment_marks_the_request_failed_and_the_invoice_stays_due() {
    let env = stripe_customer(NO_SMTP);
    env.ok("tick");
    let body = r#"{"id":"evt_fail_1","type":"payment_intent.payment_failed","data":{"object":{"id":"pi_9","amount":37200,"currency":"eur","customer":"cus_42","last_payment_error":{"code":"card_declined","message":"Your card was declined."},"metadata":{"payment_request":"PR-0001"}}}}"#;
    let signature = stripe_header(STRIPE_SECRET, NOW_UNIX, body);
    let run = receive_stripe(&env, &signature, body);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_compact_json_snapshot!(
        fields(&env.json("payment-request show PR-0001"), &["status", "failure"]),
        @r#"{"status": "failed", "failure": "Your card was declined. (card_declined)"}"#
    );
    assert_eq!(
        env.json("invoice show INV-2026-00001")["payment_status"],
        "unpaid"
    );
}

/// A GoCardless payer with SUB-0001 and its first invoice issued (PR-0001), and a body
/// that confirms the payment of PR-0001 and the creation of mandate MD1.
fn gocardless_payer() -> (TestEnv, &'static str) {
    let env = coworking();
    configure(&env, NO_SMTP);
    env.ok(
        "subscription create --customer C1 --item DESK --start 2026-01-01 \
         --payment-method gocardless",
    );
    env.ok("tick");
    let body = r#"{"events":[{"id":"EV1","resource_type":"payments","action":"confirmed","links":{"payment":"PM1","mandate":"MD1"},"metadata":{"payment_request":"PR-0001"}},{"id":"EV2","resource_type":"mandates","action":"created","links":{"mandate":"MD1"}}]}"#;
    (env, body)
}

#[test]
fn a_gocardless_confirmation_pays_the_request_it_names() {
    let (env, body) = gocardless_payer();
    let signature = hmac_hex(GOCARDLESS_SECRET, body.as_bytes());
    let run = env.run_stdin(
        format!("webhook receive --gateway gocardless --signature {signature} --format json"),
        body,
    );
    assert_snapshot!(run.transcript(), @r#"
    [
    {"event_id":"EV1","kind":"payment_succeeded","outcome":"PR-0001 paid by PAY-0001 (372.00 EUR, the amount asked: the event carries none)"},
    {"event_id":"EV2","kind":"mandates.created","outcome":"ignored (mandates.created)"}
    ]
    "#);
    assert_eq!(
        env.json("invoice show INV-2026-00001")["payment_status"],
        "paid"
    );
    assert_eq!(
        env.json("subscription show SUB-0001")["gateway_payment_method"],
        "MD1"
    );
}

#[test]
fn a_gocardless_body_signed_with_another_secret_is_refused() {
    let (env, body) = gocardless_payer();
    let before = env.dump();
    let wrong = hmac_hex("other", body.as_bytes());
    let run = env.run_stdin(
        format!("webhook receive --gateway gocardless --signature {wrong}"),
        body,
    );
    assert_eq!(run.code, i32::from(Exit::Refused), "{}", run.stderr);
    assert_eq!(env.dump(), before);
}

#[test]
fn the_shared_fixture_bodies_are_accepted_when_signed() {
    let env = stripe_customer(NO_SMTP);
    env.ok("tick");
    let fixture = std::fs::read_to_string(format!(
        "{}/tests/fixtures/webhooks/stripe-payment_intent.succeeded.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let signature = stripe_header(STRIPE_SECRET, NOW_UNIX, &fixture);
    env.write("event.json", &fixture);
    // The fixture names PR-0001 and INV-2026-00002 with 120.00: the request is found by id.
    // 120.00 of the 372.00 asked is a partial payment: recorded, the request stays open.
    env.ok(format!(
        "webhook receive --gateway stripe --signature {signature} --file event.json"
    ));
    assert_eq!(env.json("payment-request show PR-0001")["status"], "open");
    assert_compact_json_snapshot!(settlement(&env, "INV-2026-00001"), @r#"{"payment_status": "partly_paid", "outstanding": "252.00"}"#);
}

#[test]
fn a_body_that_is_not_an_event_is_bad_input_and_is_not_recorded() {
    let env = stripe_customer(NO_SMTP);
    let body = "not json";
    let signature = stripe_header(STRIPE_SECRET, NOW_UNIX, body);
    // Bad input each time: the first was not recorded, so the second is no replay.
    for _ in 0..2 {
        let run = receive_stripe(&env, &signature, body);
        assert_eq!(run.code, i32::from(Exit::BadData), "{}", run.stderr);
    }
}

#[test]
fn a_link_payer_without_a_link_template_fails_the_subscription_and_names_the_setting() {
    let env = coworking();
    // Setting the payer up needs the template; removing it afterwards fails the tick.
    env.ok("config set payment.link_template 'https://pay.example.fr/p/{token}'");
    env.ok(
        "subscription create --customer C1 --item DESK --start 2026-01-01 --payment-method link",
    );
    env.ok("config unset payment.link_template");
    assert_snapshot!(env.run("tick").transcript(), @"
    --- stderr
    error: SUB-0001: payment method `link` needs a payment link: set one with `subs config set payment.link_template https://…/{token}`
    error: 1 of 1 units failed (each named above)
    --- exit 3
    ");
}

#[test]
fn a_template_renders_with_the_documented_context() {
    let env = stripe_customer(NO_SMTP);
    env.ok("tick");
    let token = env.json("payment-request show PR-0001")["token"]
        .as_str()
        .unwrap()
        .to_string();
    assert_snapshot!(
        env.ok("template render relance --invoice INV-2026-00001").replace(&token, "[token]"),
        @"
    Subject: Facture INV-2026-00001

    Bonjour Client One,
    votre facture INV-2026-00001 de 372.00 EUR : https://pay.example.fr/p/[token]
    "
    );
}

#[test]
fn a_template_with_a_syntax_error_is_refused_naming_the_line() {
    let env = stripe_customer(NO_SMTP);
    env.write("bad.txt", "Bonjour {{ customer.name }\n");
    let before = env.dump();
    let err = env.fails(
        "template add bad --subject x --body-file bad.txt",
        Exit::BadData,
    );
    assert!(err.contains("line 1"), "{err}");
    env.fails(
        "template add relance --subject x --body-file bad.txt",
        Exit::BadData,
    );
    env.fails("template show nope", Exit::NotFound);
    assert_eq!(env.dump(), before);
}

#[test]
fn invoices_render_as_html_with_the_mandatory_mentions() {
    let env = stripe_customer(NO_SMTP);
    env.ok("tick");
    env.ok("invoice render INV-2026-00001 --out invoice.html");
    let html = std::fs::read_to_string(env.path("invoice.html")).unwrap();
    for mention in [
        "Facture",
        "INV-2026-00001",
        "123456789",
        "FR40123456789",
        "Client One",
        "40 €",
        "372,00\u{a0}€",
    ] {
        assert!(html.contains(mention), "missing {mention}");
    }
}

#[test]
fn paying_the_invoice_by_transfer_closes_its_request() {
    let env = stripe_customer(NO_SMTP);
    env.ok("tick");
    env.ok("payment add --invoice INV-2026-00001 --amount 372.00");
    assert_eq!(env.json("payment-request show PR-0001")["status"], "paid");
}
