//! E-mail templates are checked against the full template context when added or changed,
//! and can be edited and removed (not while a subscription uses them).

use crate::billing::coworking;
use crate::env::TestEnv;

fn with_template() -> TestEnv {
    let env = coworking();
    env.write(
        "body.txt",
        "Bonjour {{ customer.name }},\n{{ invoice.number }}\n",
    );
    env.ok(&[
        "template",
        "add",
        "relance",
        "--subject",
        "Facture {{ invoice.number }}",
        "--body-file",
        "body.txt",
    ]);
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
        &[
            "template",
            "add",
            "t",
            "--subject",
            "x",
            "--body-file",
            "typo.txt",
        ],
        65,
    );
    assert!(
        err.starts_with("error: template t: line 4: unknown name `invoice.nmber`; the context has invoice.currency, invoice.due_date,"),
        "{err}"
    );
    let err = env.fails(
        &[
            "template",
            "add",
            "t",
            "--subject",
            "Facture {{ facture.numero }}",
            "--body-file",
            "typo.txt",
        ],
        65,
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
    env.ok(&[
        "template",
        "add",
        "all",
        "--subject",
        "x",
        "--body-file",
        "all.txt",
    ]);
}

#[test]
fn template_edit_changes_the_subject_and_the_body() {
    let env = with_template();
    env.write(
        "new.txt",
        "Rappel : {{ invoice.outstanding }} {{ invoice.currency }}\n",
    );
    env.ok(&[
        "template",
        "edit",
        "relance",
        "--subject",
        "Rappel {{ invoice.number }}",
        "--body-file",
        "new.txt",
    ]);
    let shown = env.json(&["template", "show", "relance"]);
    assert_eq!(shown["subject"], "Rappel {{ invoice.number }}");
    assert_eq!(
        shown["body"],
        "Rappel : {{ invoice.outstanding }} {{ invoice.currency }}\n"
    );
    env.ok(&[
        "template",
        "edit",
        "relance",
        "--subject",
        "Encore {{ invoice.number }}",
    ]);
    let shown = env.json(&["template", "show", "relance"]);
    assert_eq!(shown["subject"], "Encore {{ invoice.number }}");
    assert_eq!(
        shown["body"],
        "Rappel : {{ invoice.outstanding }} {{ invoice.currency }}\n"
    );
    let log = env.json(&["log", "--entity", "template:relance"]);
    assert_eq!(log.as_array().unwrap().len(), 3);
}

#[test]
fn template_edit_refuses_a_bad_change_and_keeps_the_template() {
    let env = with_template();
    let before = env.dump();
    env.write("bad.txt", "ok\n{{ invoice.totl }}\n");
    let err = env.fails(
        &["template", "edit", "relance", "--body-file", "bad.txt"],
        65,
    );
    assert!(err.contains("line 2: unknown name `invoice.totl`"), "{err}");
    env.write("syntax.txt", "{% if x %}\n");
    env.fails(
        &["template", "edit", "relance", "--body-file", "syntax.txt"],
        65,
    );
    assert_eq!(env.dump(), before);
    let run = env.run(&["template", "edit", "relance"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    env.fails(&["template", "edit", "nope", "--subject", "x"], 66);
}

#[test]
fn template_remove_removes_an_unused_template() {
    let env = with_template();
    env.ok(&["template", "remove", "relance"]);
    env.fails(&["template", "show", "relance"], 66);
    env.fails(&["template", "remove", "relance"], 66);
    let log = env.json(&["log", "--entity", "template:relance"]);
    assert_eq!(log.as_array().unwrap().len(), 2);
}

#[test]
fn template_remove_refuses_a_template_a_subscription_uses() {
    let env = with_template();
    env.ok(&[
        "subscription",
        "create",
        "--customer",
        "C1",
        "--item",
        "DESK",
        "--start",
        "2026-01-01",
        "--email-template",
        "relance",
    ]);
    let before = env.dump();
    let err = env.fails(&["template", "remove", "relance"], 1);
    assert_eq!(
        err,
        "error: template relance is used by subscription SUB-0001; give them another template (or none) first"
    );
    assert_eq!(env.dump(), before);
    env.ok(&["subscription", "edit", "SUB-0001", "--email-template", ""]);
    env.ok(&["template", "remove", "relance"]);
}

#[test]
fn the_schema_keeps_a_template_in_use_whatever_the_path() {
    let env = with_template();
    env.ok(&[
        "subscription",
        "create",
        "--customer",
        "C1",
        "--item",
        "DESK",
        "--start",
        "2026-01-01",
        "--email-template",
        "relance",
    ]);
    let err = rusqlite::Connection::open(env.db())
        .unwrap()
        .execute("DELETE FROM templates WHERE name = 'relance'", [])
        .unwrap_err();
    assert!(err.to_string().contains("used by a subscription"), "{err}");
}
