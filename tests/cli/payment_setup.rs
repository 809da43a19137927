//! What issuing an invoice will need for a payer is checked when the customer or the
//! subscription is set up, at the desk, not by every `tick` at 3 a.m.: a `link` payer needs
//! `payment.link_template` (exit 1 naming it), an `--email-template` must exist (exit 66).

use crate::billing::coworking;
use crate::env::Exit;

#[test]
fn a_link_payer_is_refused_until_the_link_template_is_set() {
    let env = coworking();
    let before = env.dump();
    for line in [
        "customer add C2 --name Two --payment-method link",
        "customer edit C1 --payment-method link",
        "subscription create --customer C1 --item DESK --payment-method link",
    ] {
        let error = env.fails(line, Exit::Refused);
        assert!(
            error.contains("subs config set payment.link_template"),
            "{line}: {error}"
        );
    }
    assert_eq!(env.dump(), before);
    env.ok("subscription create --customer C1 --item DESK");
    let before = env.dump();
    let error = env.fails(
        "subscription edit SUB-0001 --payment-method link",
        Exit::Refused,
    );
    assert!(error.contains("payment.link_template"), "{error}");
    assert_eq!(env.dump(), before);

    env.ok("config set payment.link_template 'https://pay.example.fr/p/{token}'");
    env.ok("subscription edit SUB-0001 --payment-method link");
    env.ok("customer edit C1 --payment-method link");
    env.ok("customer add C2 --name Two --payment-method link");
}

#[test]
fn an_email_template_that_does_not_exist_is_refused_naming_it() {
    let env = coworking();
    let before = env.dump();
    let error = env.fails(
        "subscription create --customer C1 --item DESK --email-template relance",
        Exit::NotFound,
    );
    assert!(error.contains("template relance does not exist"), "{error}");
    assert_eq!(env.dump(), before);
    env.ok("subscription create --customer C1 --item DESK");
    let before = env.dump();
    let error = env.fails(
        "subscription edit SUB-0001 --email-template relance",
        Exit::NotFound,
    );
    assert!(error.contains("template relance does not exist"), "{error}");
    assert_eq!(env.dump(), before);
    env.write("relance.txt", "Facture {{ invoice.number }}");
    env.ok("template add relance --subject Facture --body-file relance.txt");
    env.ok("subscription edit SUB-0001 --email-template relance");
}
