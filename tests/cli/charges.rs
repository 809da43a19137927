//! Charging a saved card or mandate when its invoice is issued (issue 16 §1), against a
//! local double of the gateway's API: once per idempotency key, whatever is killed or lost.

use std::os::unix::fs::PermissionsExt;

use insta::assert_snapshot;

use crate::billing::coworking;
use crate::env::{Exit, TestEnv};
use crate::gateway::{NOW_UNIX, STRIPE_SECRET, stripe_header, succeeded_body};
use crate::gateway_double::{Behaviour, GatewayDouble};

/// config.toml (0600) pointing both gateways' APIs at the double, with a 1 s deadline.
/// The coworking space of the billing tests, its member a business the e-invoices can name
/// (SIREN and address), so that a tick's stderr holds only what charging says.
fn member_space() -> TestEnv {
    let env = coworking();
    env.ok("customer edit C1 --siren 531089423 --address '5 avenue Parmentier, 75011 Paris'");
    env
}

fn configure(env: &TestEnv, gateway: &GatewayDouble) {
    let path = env.path("config/subs/config.toml");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let base = gateway.base();
    std::fs::write(
        &path,
        format!(
            "[gateways.stripe]\nwebhook_secret = \"{STRIPE_SECRET}\"\napi_key = \"sk_test_123\"\napi_base = \"{base}\"\ntimeout_seconds = 1\n\n[gateways.gocardless]\naccess_token = \"gc_token\"\napi_base = \"{base}\"\ntimeout_seconds = 1\n"
        ),
    )
    .unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
}

/// C1 pays SUB-0001 (372.00 a month) by Stripe with the saved card pm_42 of cus_42.
fn card_payer(gateway: &GatewayDouble) -> TestEnv {
    let env = member_space();
    configure(&env, gateway);
    env.ok(
        "subscription create --customer C1 --item DESK --start 2026-01-01 --payment-method stripe",
    );
    env.ok("subscription edit SUB-0001 --gateway-customer cus_42 --gateway-payment-method pm_42");
    env
}

fn attempts(env: &TestEnv) -> serde_json::Value {
    env.json("payment attempts --invoice INV-2026-00001")
}

fn invoice(env: &TestEnv) -> (String, String) {
    let invoice = env.json("invoice show INV-2026-00001");
    (
        invoice["payment_status"].as_str().unwrap().to_string(),
        invoice["outstanding"].as_str().unwrap().to_string(),
    )
}

fn keys(gateway: &GatewayDouble) -> Vec<String> {
    gateway
        .received()
        .into_iter()
        .map(|r| r.idempotency_key)
        .collect()
}

#[test]
fn a_saved_card_is_charged_off_session_when_its_invoice_is_issued() {
    let gateway = GatewayDouble::start(&[]);
    let env = card_payer(&gateway);
    assert_eq!(
        env.ok("tick"),
        "invoices: 1\npayment requests: 1\ncharges: 1\n"
    );
    let received = gateway.received();
    assert_eq!(received.len(), 1);
    let call = &received[0];
    assert_eq!(call.path, "/v1/payment_intents");
    assert_eq!(call.authorization, "Bearer sk_test_123");
    assert_eq!(
        call.body,
        "amount=37200&currency=eur&payment_method=pm_42&off_session=true&confirm=true\
         &metadata%5Binvoice%5D=INV-2026-00001&metadata%5Bpayment_request%5D=PR-0001\
         &description=INV-2026-00001&customer=cus_42"
    );
    let attempt = &attempts(&env)[0];
    assert_eq!(attempt["idempotency_key"], call.idempotency_key.as_str());
    assert!(
        call.idempotency_key.starts_with("subs-INV-2026-00001-1-"),
        "{}",
        call.idempotency_key
    );
    let shown = serde_json::to_string_pretty(attempt)
        .unwrap()
        .replace(&call.idempotency_key, "[key]");
    assert_snapshot!(shown, @r#"
    {
      "invoice": "INV-2026-00001",
      "attempt": 1,
      "gateway": "stripe",
      "idempotency_key": "[key]",
      "amount": "372.00",
      "currency": "EUR",
      "status": "succeeded",
      "payment_method": "pm_42",
      "gateway_payment_id": "pi_1",
      "code": null,
      "message": null,
      "created_at": "2026-01-01T00:00:00+01:00",
      "updated_at": "2026-01-01T00:00:00+01:00"
    }
    "#);
    assert_eq!(invoice(&env), ("paid".into(), "0.00".into()));
    assert_eq!(env.json("payment list")[0]["reference"], "pi_1");
    assert_eq!(env.json("payment-request show PR-0001")["status"], "paid");
}

#[test]
fn a_tick_killed_between_the_call_and_the_commit_is_charged_once_when_run_again() {
    let gateway = GatewayDouble::start(&[Behaviour::ChargeAndHang]);
    let env = card_payer(&gateway);
    let mut tick = std::process::Command::new(assert_cmd::cargo::cargo_bin("subs"))
        .arg("tick")
        .env_clear()
        .env("SUBS_DB", env.db())
        .env("SUBS_NOW", &env.now)
        .env("XDG_CONFIG_HOME", env.path("config"))
        .env("USER", "tester")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let key = gateway.charged();
    // The gateway has taken the money; its answer never reaches the books.
    tick.kill().unwrap();
    tick.wait().unwrap();
    assert_eq!(attempts(&env)[0]["status"], "pending");
    assert_eq!(invoice(&env).1, "372.00");

    assert_eq!(env.ok("tick"), "charges: 1\n");
    assert_eq!(keys(&gateway), [key.clone(), key.clone()]);
    assert_eq!(gateway.charges(), [key]);
    assert_eq!(invoice(&env), ("paid".into(), "0.00".into()));
    assert_eq!(env.json("payment list").as_array().unwrap().len(), 1);
    assert_eq!(env.ok("tick"), "nothing due\n");
    assert_eq!(gateway.received().len(), 2);
}

#[test]
fn a_declined_card_records_the_gateway_code_and_the_invoice_stays_due() {
    let gateway = GatewayDouble::start(&[Behaviour::Decline]);
    let env = card_payer(&gateway);
    assert_eq!(
        env.ok("tick"),
        "invoices: 1\npayment requests: 1\ncharges declined: 1\n"
    );
    let attempt = &attempts(&env)[0];
    assert_eq!(attempt["status"], "failed");
    assert_eq!(attempt["code"], "insufficient_funds");
    assert_eq!(attempt["message"], "Your card has insufficient funds.");
    assert_eq!(invoice(&env), ("unpaid".into(), "372.00".into()));
    let request = env.json("payment-request show PR-0001");
    assert_eq!(request["status"], "failed");
    assert_eq!(
        request["failure"],
        "insufficient_funds: Your card has insufficient funds."
    );
    // A decline is final: the next run does not charge the card again.
    assert_eq!(env.ok("tick"), "nothing due\n");
    assert_eq!(gateway.received().len(), 1);
}

#[test]
fn a_timeout_leaves_the_attempt_pending_and_the_next_run_sends_the_same_key() {
    let gateway = GatewayDouble::start(&[Behaviour::AnswerLate]);
    let env = card_payer(&gateway);
    let run = env.run("tick");
    assert_eq!(run.code, i32::from(Exit::PartialFailure), "{}", run.stderr);
    assert_snapshot!(run.stderr, @"
    error: charge:INV-2026-00001: stripe charge attempt 1: no answer before the deadline; asked again on the next run with the same key
    error: 1 of 2 units failed (each named above)
    ");
    assert_eq!(attempts(&env)[0]["status"], "pending");
    assert_eq!(invoice(&env).1, "372.00");

    assert_eq!(env.ok("tick"), "charges: 1\n");
    let sent = keys(&gateway);
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0], sent[1]);
    assert_eq!(gateway.charges().len(), 1);
    assert_eq!(invoice(&env), ("paid".into(), "0.00".into()));
}

#[test]
fn a_server_error_is_asked_again_with_the_same_key() {
    let gateway = GatewayDouble::start(&[Behaviour::ServerError]);
    let env = card_payer(&gateway);
    let stderr = env.fails("tick", Exit::PartialFailure);
    assert_snapshot!(stderr, @"
    error: charge:INV-2026-00001: stripe charge attempt 1: HTTP 500: Something went wrong; asked again on the next run with the same key
    error: 1 of 2 units failed (each named above)
    ");
    assert_eq!(env.ok("tick"), "charges: 1\n");
    let sent = keys(&gateway);
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0], sent[1]);
    assert_eq!(gateway.charges().len(), 1);
}

#[test]
fn when_the_answer_is_lost_the_webhook_tells_the_outcome_and_nothing_is_asked_again() {
    let gateway = GatewayDouble::start(&[Behaviour::AnswerLate]);
    let env = card_payer(&gateway);
    env.fails("tick", Exit::PartialFailure);
    let body = succeeded_body("PR-0001", "INV-2026-00001", 37200);
    let signature = stripe_header(STRIPE_SECRET, NOW_UNIX - 10, &body);
    let run = env.run_stdin(
        format!("webhook receive --gateway stripe --signature {signature}"),
        body,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let attempt = &attempts(&env)[0];
    assert_eq!(attempt["status"], "succeeded");
    assert_eq!(attempt["gateway_payment_id"], "pi_1");
    assert_eq!(invoice(&env), ("paid".into(), "0.00".into()));
    assert_eq!(env.ok("tick"), "nothing due\n");
    assert_eq!(gateway.received().len(), 1);
}

#[test]
fn a_gocardless_mandate_is_charged_on_the_due_date_and_waits_for_its_webhook() {
    let gateway = GatewayDouble::start(&[]);
    let env = member_space();
    configure(&env, &gateway);
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01 --payment-method gocardless --days-until-due 10");
    env.ok("subscription edit SUB-0001 --gateway-payment-method MD0001");
    assert_eq!(
        env.ok("tick"),
        "invoices: 1\npayment requests: 1\ncharges: 1\n"
    );
    let received = gateway.received();
    assert_eq!(received[0].path, "/payments");
    assert_eq!(received[0].authorization, "Bearer gc_token");
    let body: serde_json::Value = serde_json::from_str(&received[0].body).unwrap();
    assert_snapshot!(serde_json::to_string_pretty(&body).unwrap(), @r#"
    {
      "payments": {
        "amount": 37200,
        "currency": "EUR",
        "description": "INV-2026-00001",
        "links": {
          "mandate": "MD0001"
        },
        "metadata": {
          "invoice": "INV-2026-00001",
          "payment_request": "PR-0001"
        },
        "charge_date": "2026-01-11"
      }
    }
    "#);
    let attempt = &attempts(&env)[0];
    assert_eq!(attempt["status"], "submitted");
    assert_eq!(attempt["gateway_payment_id"], "PM0001");
    assert_eq!(invoice(&env).1, "372.00");
}

#[test]
fn a_charge_without_an_api_key_is_named_and_left_pending() {
    let gateway = GatewayDouble::start(&[]);
    let env = member_space();
    env.ok(
        "subscription create --customer C1 --item DESK --start 2026-01-01 --payment-method stripe",
    );
    env.ok("subscription edit SUB-0001 --gateway-customer cus_42 --gateway-payment-method pm_42");
    let stderr = env
        .fails("tick", Exit::PartialFailure)
        .replace(env.dir.path().to_str().unwrap(), "[dir]");
    assert_snapshot!(stderr, @"
    error: charge:INV-2026-00001: stripe charge attempt 1: no [gateways.stripe] api_key in [dir]/config/subs/config.toml; nothing can be charged; asked again on the next run with the same key
    error: 1 of 2 units failed (each named above)
    ");
    assert_eq!(attempts(&env)[0]["status"], "pending");
    assert!(gateway.received().is_empty());
}
