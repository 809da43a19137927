//! E-mail templates are checked against the full template context when added or changed,
//! and can be edited and removed (not while a subscription uses them).

use insta::{assert_json_snapshot, assert_snapshot};

use crate::billing::coworking;
use crate::env::{Exit, TestEnv};

fn with_template() -> TestEnv {
    let env = coworking();
    env.write(
        "body.txt",
        "Bonjour {{ customer.name }},\n{{ invoice.number }}\n",
    );
    env.ok("template add relance --subject 'Facture {{ invoice.number }}' --body-file body.txt");
    env
}

/// `with_template`, and SUB-0001 that mails with it.
fn in_use() -> TestEnv {
    let env = with_template();
    env.ok(
        "subscription create --customer C1 --item DESK --start 2026-01-01 \
         --email-template relance",
    );
    env
}

#[test]
fn a_name_outside_the_template_context_is_refused_with_its_line() {
    let env = coworking();
    let before = env.dump();
    env.write(
        "typo.txt",
        "Bonjour {{ customer.name }},\n\n{% if payment_link %}\n{{ invoice.nmber }}\n{% endif %}\n",
    );
    let err = env.fails(
        "template add t --subject x --body-file typo.txt",
        Exit::BadData,
    );
    assert!(
        err.starts_with("error: template t: line 4: unknown name `invoice.nmber`; the context has invoice.currency, invoice.due_date,"),
        "{err}"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn a_name_outside_the_template_context_in_the_subject_is_refused_first() {
    let env = coworking();
    let before = env.dump();
    env.write(
        "typo.txt",
        "Bonjour {{ customer.name }},\n\n{% if payment_link %}\n{{ invoice.nmber }}\n{% endif %}\n",
    );
    let err = env.fails(
        "template add t --subject 'Facture {{ facture.numero }}' --body-file typo.txt",
        Exit::BadData,
    );
    assert!(
        err.starts_with("error: template t (subject): line 1: unknown name `facture.numero`; the context has company, customer, invoice, payment_link, payment_request, subscription"),
        "{err}"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn every_documented_name_and_the_template_s_own_variables_are_accepted() {
    let env = coworking();
    env.write(
        "all.txt",
        "{{ company.name }} {{ company.address }} {{ company.siren }} {{ company.vat_id }}\n\
         {{ customer.code }} {{ customer.name }} {{ customer.email }} {{ customer.address }}\n\
         {{ invoice.number }} {{ invoice.issue_date }} {{ invoice.due_date }} {{ invoice.period_start }}\n\
         {{ invoice.period_end }} {{ invoice.net_total }} {{ invoice.tax_total }} {{ invoice.grand_total }}\n\
         {{ invoice.outstanding }} {{ invoice.currency|upper }}\n\
         {% if subscription %}{{ subscription.id }} {{ subscription.start }} {{ subscription.interval }} {{ subscription.every }}{% endif %}\n\
         {% if payment_request %}{{ payment_request.id }} {{ payment_request.amount }} {{ payment_request.token }}{% endif %}\n\
         {% set link = payment_link %}{{ link }}{% for n in range(2) %}{{ loop.index }}{% endfor %}\n",
    );
    env.ok("template add all --subject x --body-file all.txt");
}

/// `template edit relance` of its subject and its body.
fn edit_subject_and_body(env: &TestEnv) {
    env.write(
        "new.txt",
        "Rappel : {{ invoice.outstanding }} {{ invoice.currency }}\n",
    );
    env.ok("template edit relance --subject 'Rappel {{ invoice.number }}' --body-file new.txt");
}

#[test]
fn template_edit_changes_the_subject_and_the_body() {
    let env = with_template();
    edit_subject_and_body(&env);
    assert_json_snapshot!(env.json("template show relance"), @r#"
    {
      "name": "relance",
      "subject": "Rappel {{ invoice.number }}",
      "body": "Rappel : {{ invoice.outstanding }} {{ invoice.currency }}\n"
    }
    "#);
}

#[test]
fn template_edit_of_the_subject_alone_keeps_the_body() {
    let env = with_template();
    edit_subject_and_body(&env);
    env.ok("template edit relance --subject 'Encore {{ invoice.number }}'");
    assert_json_snapshot!(env.json("template show relance"), @r#"
    {
      "name": "relance",
      "subject": "Encore {{ invoice.number }}",
      "body": "Rappel : {{ invoice.outstanding }} {{ invoice.currency }}\n"
    }
    "#);
}

#[test]
fn every_template_change_is_in_the_audit_log() {
    let env = with_template();
    edit_subject_and_body(&env);
    env.ok("template edit relance --subject 'Encore {{ invoice.number }}'");
    assert_snapshot!(env.ok("log --entity template:relance --format csv"), @r#"
    id,at,actor,command,entity,change
    13,2026-01-01T00:00:00+01:00,tester,template add,template:relance,"{""subject"":""Facture {{ invoice.number }}"",""body_length"":50}"
    14,2026-01-01T00:00:00+01:00,tester,template edit,template:relance,"{""subject"":""Rappel {{ invoice.number }}"",""body_length"":58}"
    15,2026-01-01T00:00:00+01:00,tester,template edit,template:relance,"{""subject"":""Encore {{ invoice.number }}"",""body_length"":58}"
    "#);
}

#[test]
fn template_edit_refuses_an_unknown_name_and_keeps_the_template() {
    let env = with_template();
    let before = env.dump();
    env.write("bad.txt", "ok\n{{ invoice.totl }}\n");
    let err = env.fails("template edit relance --body-file bad.txt", Exit::BadData);
    assert!(err.contains("line 2: unknown name `invoice.totl`"), "{err}");
    assert_eq!(env.dump(), before);
}

#[test]
fn template_edit_refuses_a_syntax_error_and_keeps_the_template() {
    let env = with_template();
    let before = env.dump();
    env.write("syntax.txt", "{% if x %}\n");
    env.fails(
        "template edit relance --body-file syntax.txt",
        Exit::BadData,
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn template_edit_without_a_change_is_a_usage_error() {
    let env = with_template();
    let run = env.run("template edit relance");
    assert_eq!(run.code, Exit::Usage as i32, "{}", run.stderr);
}

#[test]
fn template_edit_of_a_template_that_does_not_exist_is_not_found() {
    let env = with_template();
    env.fails("template edit nope --subject x", Exit::NotFound);
}

#[test]
fn template_remove_removes_an_unused_template() {
    let env = with_template();
    env.ok("template remove relance");
    env.fails("template show relance", Exit::NotFound);
    env.fails("template remove relance", Exit::NotFound);
    assert_snapshot!(env.ok("log --entity template:relance --format csv"), @r#"
    id,at,actor,command,entity,change
    13,2026-01-01T00:00:00+01:00,tester,template add,template:relance,"{""subject"":""Facture {{ invoice.number }}"",""body_length"":50}"
    14,2026-01-01T00:00:00+01:00,tester,template remove,template:relance,"{""removed"":true}"
    "#);
}

#[test]
fn template_remove_refuses_a_template_a_subscription_uses() {
    let env = in_use();
    let before = env.dump();
    assert_snapshot!(
        env.fails("template remove relance", Exit::Refused),
        @"error: template relance is used by subscription SUB-0001; give them another template (or none) first"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn a_template_no_longer_used_can_be_removed() {
    let env = in_use();
    env.ok("subscription edit SUB-0001 --email-template ''");
    env.ok("template remove relance");
}

#[test]
fn the_schema_keeps_a_template_in_use_whatever_the_path() {
    let env = in_use();
    let err = rusqlite::Connection::open(env.db())
        .unwrap()
        .execute("DELETE FROM templates WHERE name = 'relance'", [])
        .unwrap_err();
    assert!(err.to_string().contains("used by a subscription"), "{err}");
}
