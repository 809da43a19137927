//! Payment requests, e-mail templates, the outbox over real SMTP, and gateway webhooks with
//! signatures computed from a known secret.

use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use hmac::{KeyInit, Mac};
use sha2::Sha256;

use crate::billing::coworking;
use crate::env::TestEnv;
use crate::smtp_sink::{SmtpSink, decode_base64};

pub(crate) const STRIPE_SECRET: &str = "whsec_test_0123456789";
const GOCARDLESS_SECRET: &str = "gc_test_secret";
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
    env.ok(&["customer", "edit", "C1", "--email", "compta@client.example"]);
    env.ok(&[
        "config",
        "set",
        "payment.link_template",
        "https://pay.example.fr/p/{token}",
    ]);
    env.write("relance.txt", "Bonjour {{ customer.name }},\nvotre facture {{ invoice.number }} de {{ invoice.grand_total }} {{ invoice.currency }} : {{ payment_link }}\n");
    env.ok(&[
        "template",
        "add",
        "relance",
        "--subject",
        "Facture {{ invoice.number }}",
        "--body-file",
        "relance.txt",
    ]);
    env.ok(&[
        "subscription",
        "create",
        "--customer",
        "C1",
        "--item",
        "DESK",
        "--start",
        "2026-01-01",
        "--payment-method",
        "stripe",
        "--email-template",
        "relance",
    ]);
    env
}

pub(crate) fn succeeded_body(request: &str, invoice: &str, amount: i64) -> String {
    format!(
        r#"{{"id":"evt_ok_1","object":"event","type":"payment_intent.succeeded","data":{{"object":{{"id":"pi_1","object":"payment_intent","amount":{amount},"amount_received":{amount},"currency":"eur","customer":"cus_42","payment_method":"pm_42","status":"succeeded","metadata":{{"payment_request":"{request}","invoice":"{invoice}"}}}}}}}}"#
    )
}

#[test]
fn issuing_an_invoice_for_a_stripe_payer_opens_a_request_and_queues_its_email() {
    let env = stripe_customer(1);
    assert_eq!(
        env.ok(&["tick"]),
        "invoices: 1\npayment requests: 1\nemails: 1\n"
    );
    let request = env.json(&["payment-request", "show", "PR-0001"]);
    assert_eq!(request["invoice"], "INV-2026-00001");
    assert_eq!(request["method"], "stripe");
    assert_eq!(request["amount"], "372.00");
    assert_eq!(request["status"], "open");
    let token = request["token"].as_str().unwrap();
    assert_eq!(token.len(), 32);
    assert_eq!(request["link"], format!("https://pay.example.fr/p/{token}"));
    let outbox = env.json(&["mail", "list"]);
    assert_eq!(outbox[0]["status"], "queued");
    assert_eq!(outbox[0]["recipients"], "compta@client.example");
    assert_eq!(outbox[0]["subject"], "Facture INV-2026-00001");
    assert_eq!(outbox[0]["attachment"], "INV-2026-00001.html");
}

#[test]
fn mail_send_delivers_the_outbox_over_smtp_with_the_invoice_attached() {
    let sink = SmtpSink::start();
    let env = stripe_customer(sink.port());
    env.ok(&["tick"]);
    let run = env.run(&["mail", "send"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
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
    let token = env.json(&["payment-request", "show", "PR-0001"])["token"]
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
        mail.data.contains("filename=\"INV-2026-00001.html\""),
        "{}",
        mail.data
    );
    assert!(mail.data.contains("text/html"), "{}", mail.data);
    assert_eq!(env.json(&["mail", "list"])[0]["status"], "sent");
    // Nothing is sent twice.
    env.ok(&["mail", "send"]);
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
    env.ok(&["tick"]);
    let run = env.run(&["mail", "send"]);
    assert_eq!(run.code, 1);
    assert!(!run.stderr.contains("s3cret-pass"), "{}", run.stderr);
    let outbox = env.json(&["mail", "list"]);
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
    let env = stripe_customer(1);
    let path = env.path("config/subs/config.toml");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let err = env.fails(&["mail", "send"], 1);
    assert!(err.contains("chmod 600"), "{err}");
}

#[test]
fn a_signed_stripe_success_pays_the_invoice_and_keeps_the_gateway_references() {
    let env = stripe_customer(1);
    env.ok(&["tick"]);
    let body = succeeded_body("PR-0001", "INV-2026-00001", 37200);
    let header = stripe_header(STRIPE_SECRET, NOW_UNIX - 10, &body);
    let run = env.run_stdin(
        &[
            "webhook",
            "receive",
            "--gateway",
            "stripe",
            "--signature",
            &header,
        ],
        body.clone(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        env.json(&["invoice", "show", "INV-2026-00001"])["payment_status"],
        "paid"
    );
    let request = env.json(&["payment-request", "show", "PR-0001"]);
    assert_eq!(request["status"], "paid");
    assert_eq!(request["gateway_payment_id"], "pi_1");
    let payment = env.json(&["payment", "show", "PAY-0001"]);
    assert_eq!(payment["method"], "gateway");
    assert_eq!(payment["amount"], "372.00");
    let sub = env.json(&["subscription", "show", "SUB-0001"]);
    assert_eq!(sub["gateway_customer"], "cus_42");
    assert_eq!(sub["gateway_payment_method"], "pm_42");

    // The same event again is a replay: refused, nothing changes.
    let before = env.dump();
    let run = env.run_stdin(
        &[
            "webhook",
            "receive",
            "--gateway",
            "stripe",
            "--signature",
            &header,
        ],
        body,
    );
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("already received"), "{}", run.stderr);
    assert_eq!(env.dump(), before);
}

#[test]
fn any_of_several_v1_signatures_may_match() {
    let env = stripe_customer(1);
    env.ok(&["tick"]);
    let body = succeeded_body("PR-0001", "INV-2026-00001", 37200);
    let good = stripe_header(STRIPE_SECRET, NOW_UNIX, &body);
    let header = format!(
        "t={NOW_UNIX},v1={},{}",
        "ab".repeat(32),
        good.split(',').nth(1).unwrap()
    );
    let run = env.run_stdin(
        &[
            "webhook",
            "receive",
            "--gateway",
            "stripe",
            "--signature",
            &header,
        ],
        body,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn bad_signatures_are_refused_and_change_nothing() {
    let env = stripe_customer(1);
    env.ok(&["tick"]);
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
    for (header, sent, what) in cases {
        let run = env.run_stdin(
            &[
                "webhook",
                "receive",
                "--gateway",
                "stripe",
                "--signature",
                &header,
            ],
            sent,
        );
        assert_eq!(run.code, 1, "{what}: {}", run.stderr);
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
    let env = stripe_customer(1);
    env.ok(&["tick"]);
    let body = r#"{"id":"evt_fail_1","type":"payment_intent.payment_failed","data":{"object":{"id":"pi_9","amount":37200,"currency":"eur","customer":"cus_42","last_payment_error":{"code":"card_declined","message":"Your card was declined."},"metadata":{"payment_request":"PR-0001"}}}}"#;
    let header = stripe_header(STRIPE_SECRET, NOW_UNIX, body);
    let run = env.run_stdin(
        &[
            "webhook",
            "receive",
            "--gateway",
            "stripe",
            "--signature",
            &header,
        ],
        body,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let request = env.json(&["payment-request", "show", "PR-0001"]);
    assert_eq!(request["status"], "failed");
    assert!(request["failure"].as_str().unwrap().contains("declined"));
    assert_eq!(
        env.json(&["invoice", "show", "INV-2026-00001"])["payment_status"],
        "unpaid"
    );
}

#[test]
fn a_gocardless_confirmation_pays_the_request_it_names() {
    let env = coworking();
    configure(&env, 1);
    env.ok(&[
        "subscription",
        "create",
        "--customer",
        "C1",
        "--item",
        "DESK",
        "--start",
        "2026-01-01",
        "--payment-method",
        "gocardless",
    ]);
    env.ok(&["tick"]);
    let body = r#"{"events":[{"id":"EV1","resource_type":"payments","action":"confirmed","links":{"payment":"PM1","mandate":"MD1"},"metadata":{"payment_request":"PR-0001"}},{"id":"EV2","resource_type":"mandates","action":"created","links":{"mandate":"MD1"}}]}"#;
    let header = hmac_hex(GOCARDLESS_SECRET, body.as_bytes());
    let run = env.run_stdin(
        &[
            "webhook",
            "receive",
            "--gateway",
            "gocardless",
            "--signature",
            &header,
            "--format",
            "json",
        ],
        body,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let events: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(events.as_array().unwrap().len(), 2);
    assert_eq!(
        env.json(&["invoice", "show", "INV-2026-00001"])["payment_status"],
        "paid"
    );
    assert_eq!(
        env.json(&["subscription", "show", "SUB-0001"])["gateway_payment_method"],
        "MD1"
    );
    let wrong = hmac_hex("other", body.as_bytes());
    assert_eq!(
        env.run_stdin(
            &[
                "webhook",
                "receive",
                "--gateway",
                "gocardless",
                "--signature",
                &wrong
            ],
            body
        )
        .code,
        1
    );
}

#[test]
fn the_shared_fixture_bodies_are_accepted_when_signed() {
    let env = stripe_customer(1);
    env.ok(&["tick"]);
    let fixture = std::fs::read_to_string(format!(
        "{}/tests/fixtures/webhooks/stripe-payment_intent.succeeded.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let header = stripe_header(STRIPE_SECRET, NOW_UNIX, &fixture);
    let file = env.write("event.json", &fixture);
    let run = env.run(&[
        "webhook",
        "receive",
        "--gateway",
        "stripe",
        "--signature",
        &header,
        "--file",
        file.to_str().unwrap(),
    ]);
    // The fixture names PR-0001 and INV-2026-00002 with 120.00: the request is found by id.
    // 120.00 of the 372.00 asked is a partial payment: recorded, the request stays open.
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        env.json(&["payment-request", "show", "PR-0001"])["status"],
        "open"
    );
    let invoice = env.json(&["invoice", "show", "INV-2026-00001"]);
    assert_eq!(invoice["payment_status"], "partly_paid");
    assert_eq!(invoice["outstanding"], "252.00");
}

#[test]
fn a_body_that_is_not_an_event_is_bad_input() {
    let env = stripe_customer(1);
    let body = "not json";
    let header = stripe_header(STRIPE_SECRET, NOW_UNIX, body);
    env.run_stdin(
        &[
            "webhook",
            "receive",
            "--gateway",
            "stripe",
            "--signature",
            &header,
        ],
        body,
    );
    let run = env.run_stdin(
        &[
            "webhook",
            "receive",
            "--gateway",
            "stripe",
            "--signature",
            &header,
        ],
        body,
    );
    assert_eq!(run.code, 65, "{}", run.stderr);
}

#[test]
fn a_link_payer_without_a_link_template_fails_the_subscription_and_names_the_setting() {
    let env = coworking();
    // Setting the payer up needs the template; removing it afterwards fails the tick.
    env.ok(&[
        "config",
        "set",
        "payment.link_template",
        "https://pay.example.fr/p/{token}",
    ]);
    env.ok(&[
        "subscription",
        "create",
        "--customer",
        "C1",
        "--item",
        "DESK",
        "--start",
        "2026-01-01",
        "--payment-method",
        "link",
    ]);
    env.ok(&["config", "unset", "payment.link_template"]);
    let run = env.run(&["tick"]);
    assert_eq!(run.code, 3);
    assert!(
        run.stderr.contains("payment.link_template"),
        "{}",
        run.stderr
    );
}

#[test]
fn templates_render_with_the_documented_context_and_refuse_syntax_errors() {
    let env = stripe_customer(1);
    env.ok(&["tick"]);
    let out = env.ok(&[
        "template",
        "render",
        "relance",
        "--invoice",
        "INV-2026-00001",
    ]);
    assert!(
        out.starts_with("Subject: Facture INV-2026-00001\n\nBonjour Client One,"),
        "{out}"
    );
    env.write("bad.txt", "Bonjour {{ customer.name }\n");
    let err = env.fails(
        &[
            "template",
            "add",
            "bad",
            "--subject",
            "x",
            "--body-file",
            "bad.txt",
        ],
        65,
    );
    assert!(err.contains("line 1"), "{err}");
    env.fails(
        &[
            "template",
            "add",
            "relance",
            "--subject",
            "x",
            "--body-file",
            "bad.txt",
        ],
        65,
    );
    env.fails(&["template", "show", "nope"], 66);
}

#[test]
fn invoices_render_as_html_with_the_mandatory_mentions() {
    let env = stripe_customer(1);
    env.ok(&["tick"]);
    let html = env.ok(&["invoice", "render", "INV-2026-00001"]);
    for mention in [
        "Facture",
        "INV-2026-00001",
        "123456789",
        "FR40123456789",
        "Client One",
        "40 €",
        "372.00",
    ] {
        assert!(html.contains(mention), "missing {mention}");
    }
}

#[test]
fn paying_the_invoice_by_transfer_closes_its_request() {
    let env = stripe_customer(1);
    env.ok(&["tick"]);
    env.ok(&[
        "payment",
        "add",
        "--invoice",
        "INV-2026-00001",
        "--amount",
        "372.00",
    ]);
    assert_eq!(
        env.json(&["payment-request", "show", "PR-0001"])["status"],
        "paid"
    );
}
