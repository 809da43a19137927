//! Documents speak the company's language (`company.language`, `fr` by default for a French
//! company): every word a customer reads comes from that language's catalogue, amounts read
//! `310,00 €` and dates `31/01/2026` on documents, while data outputs keep ISO dates and
//! plain decimals. And a customer's documents go to their billing e-mail when they have one.

use insta::assert_snapshot;
use subs::domain::messages::{Catalogue, EN, FR, placeholders};

use crate::billing::coworking;
use crate::env::{Exit, TestEnv};
use crate::gateway::{NO_SMTP, stripe_customer};

/// The fixed parts of `catalogue`'s phrases that the `other` catalogue does not share, long
/// enough to be unmistakable (two words or more).
fn phrases_only_in(catalogue: &Catalogue, other: &Catalogue) -> Vec<(&'static str, String)> {
    let theirs: Vec<(&str, &str)> = other.entries();
    let mut phrases = Vec::new();
    for (id, text) in catalogue.entries() {
        let mut fixed = text.to_string();
        for name in placeholders(text) {
            fixed = fixed.replace(&format!("{{{name}}}"), "\u{0}");
        }
        for part in fixed.split('\u{0}') {
            let part = part.trim_matches(|c: char| !c.is_alphanumeric());
            let shared = theirs.iter().any(|(_, t)| t.contains(part));
            if part.split_whitespace().count() >= 2 && part.len() >= 8 && !shared {
                phrases.push((id, part.to_string()));
            }
        }
    }
    phrases
}

/// The phrases of `catalogue` found in `documents` (name, text), as `name: "phrase" (id)`.
fn phrases_found(
    catalogue: &Catalogue,
    other: &Catalogue,
    documents: &[(&str, String)],
) -> Vec<String> {
    let mut found = Vec::new();
    for (name, text) in documents {
        for (id, phrase) in phrases_only_in(catalogue, other) {
            if text.contains(&phrase) {
                found.push(format!("{name}: {phrase:?} ({id})"));
            }
        }
    }
    found
}

/// Every kind of document a customer (or the company's own staff, for notices) reads:
/// an invoice, a credit note for a cancellation, a payment-request e-mail written with the
/// `format_money` and `format_date` filters, a repeat notice and the website catalogue.
fn every_kind_of_document(env: &mut TestEnv) -> Vec<(&'static str, String)> {
    env.ok("item edit DESK --publish");
    env.ok("invoice create --customer C1 --item BOOK");
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env.ok("tick");
    env.write(
        "relance.txt",
        "{{ customer.name }} : {{ invoice.number }}, {{ invoice.grand_total|format_money }} \
         au {{ invoice.due_date|format_date }}\n",
    );
    env.ok("template add relance --subject '{{ invoice.number }}' --body-file relance.txt");
    let email = env.ok("template render relance --invoice INV-2026-00002");
    env.ok("repeat add --source invoice:INV-2026-00001 --frequency monthly --start 2026-01-01 --notify compta@lumiere.example");
    env.at("2026-01-10");
    env.ok("cancel SUB-0001 --on 2026-01-10 --prorate --yes");
    env.at("2026-02-01");
    env.ok("tick");
    let notices: String = env
        .dump()
        .lines()
        .filter(|l| l.starts_with("repeat_notifications:"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(!notices.is_empty(), "no repeat notice");
    env.ok("catalog export --out site");
    let catalogue = std::fs::read_to_string(env.path("site/index.html")).unwrap();
    let page = |number: &str| {
        env.ok(format!("invoice render {number} --out {number}.html").as_str());
        std::fs::read_to_string(env.path(&format!("{number}.html"))).unwrap()
    };
    vec![
        ("invoice", page("INV-2026-00002")),
        ("credit note", page("CN-2026-00001")),
        ("payment request e-mail", email),
        ("repeat notice", notices),
        ("catalogue page", catalogue),
    ]
}

#[test]
fn a_french_company_writes_every_kind_of_document_in_french_with_no_english_phrase_left() {
    let mut env = coworking();
    assert_eq!(env.ok("config get company.language"), "fr\n");
    let documents = every_kind_of_document(&mut env);
    let english = phrases_found(&EN, &FR, &documents);
    assert!(
        english.is_empty(),
        "English on French documents:\n{}",
        english.join("\n")
    );
    // The scan sees the French phrases it would see English ones as.
    assert!(phrases_found(&FR, &EN, &documents).len() >= 10);
    let text = |name: &str| &documents.iter().find(|(n, _)| *n == name).unwrap().1;
    // Amounts `310,00 €` and dates `31/01/2026` on documents.
    for expected in [
        "Facture n° INV-2026-00002",
        "Date d'échéance : 31/01/2026",
        "<td class=\"num\">310,00\u{a0}€</td>",
        "<th>Total TTC</th><td class=\"num\">372,00\u{a0}€</td>",
    ] {
        assert!(
            text("invoice").contains(expected),
            "{expected:?} in\n{}",
            text("invoice")
        );
    }
    assert!(
        text("credit note").contains("Motif : Avoir pour résiliation de SUB-0001 au 10/01/2026"),
        "{}",
        text("credit note")
    );
    assert_snapshot!(text("payment request e-mail"), @"
    Subject: INV-2026-00002

    Client One : INV-2026-00002, 372,00\u{a0}€ au 31/01/2026
    ");
    assert!(text("repeat notice").contains("Répétition REP-0001 (mensuelle"));
    assert!(text("catalogue page").contains("<html lang=\"fr\">"));
}

#[test]
fn an_english_company_writes_its_documents_in_english() {
    let mut env = coworking();
    env.ok("config set company.language en");
    let documents = every_kind_of_document(&mut env);
    let french = phrases_found(&FR, &EN, &documents);
    assert!(
        french.is_empty(),
        "French on English documents:\n{}",
        french.join("\n")
    );
    assert!(phrases_found(&EN, &FR, &documents).len() >= 10);
    let text = |name: &str| &documents.iter().find(|(n, _)| *n == name).unwrap().1;
    for expected in [
        "Invoice no. INV-2026-00002",
        "Due date: 2026-01-31",
        "<th>Total incl. VAT</th><td class=\"num\">372.00\u{a0}€</td>",
        // The default late-payment mention follows the language too.
        "Late payment incurs penalties",
    ] {
        assert!(
            text("invoice").contains(expected),
            "{expected:?} in\n{}",
            text("invoice")
        );
    }
    assert!(
        text("credit note").contains("Reason: cancellation of SUB-0001 on 2026-01-10"),
        "{}",
        text("credit note")
    );
    assert_snapshot!(text("payment request e-mail"), @"
    Subject: INV-2026-00002

    Client One : INV-2026-00002, 372.00\u{a0}€ au 2026-01-31
    ");
}

#[test]
fn the_language_defaults_to_french_only_for_a_french_company() {
    let env = TestEnv::new();
    assert_eq!(env.ok("config get company.language"), "fr\n");
    env.ok("config set company.country BE");
    assert_eq!(env.ok("config get company.language"), "en\n");
    assert!(
        env.ok("config get invoice.late_penalty")
            .starts_with("Late payment incurs penalties")
    );
    env.ok("config set company.language FR");
    assert_eq!(env.ok("config get company.language"), "fr\n");
}

#[test]
fn a_language_other_than_fr_or_en_is_refused_and_nothing_changes() {
    let env = TestEnv::new();
    let before = env.dump();
    assert_snapshot!(env.fails("config set company.language de", Exit::BadData), @r#"error: company.language: "de" is not fr or en"#);
    assert_eq!(env.dump(), before);
}

#[test]
fn data_outputs_keep_iso_dates_and_plain_decimals_on_a_french_company() {
    let env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env.ok("tick");
    let invoice = env.json("invoice show INV-2026-00001");
    assert_eq!(invoice["due_date"], "2026-01-31");
    assert_eq!(invoice["grand_total"], "372.00");
    assert_eq!(invoice["lines"][0]["rate"], "310.00");
    let csv = env.ok("invoice list --format csv");
    assert!(
        csv.contains(",2026-01-31,") && csv.contains(",372.00,"),
        "{csv}"
    );
}

#[test]
fn a_customer_has_a_billing_email_distinct_from_the_contact_one() {
    let env = TestEnv::new();
    env.ok("customer add C1 --name Client --email contact@client.example --billing-email factures@client.example");
    let shown = env.json("customer show C1");
    assert_eq!(shown["email"], "contact@client.example");
    assert_eq!(shown["billing_email"], "factures@client.example");
    env.ok("customer edit C1 --billing-email ''");
    assert_eq!(
        env.json("customer show C1")["billing_email"],
        serde_json::Value::Null
    );
    let exported = env.ok("customer export");
    assert!(exported.starts_with("code,name,email,"), "{exported}");
    assert!(exported.lines().next().unwrap().ends_with(",billing_email"));
}

#[test]
fn a_billing_email_that_is_not_an_address_is_refused_and_nothing_changes() {
    let env = TestEnv::new();
    env.ok("customer add C1 --name Client");
    let before = env.dump();
    assert_snapshot!(env.fails("customer edit C1 --billing-email factures", Exit::BadData), @r#"error: --billing-email: "factures" is not an e-mail address"#);
    assert_eq!(env.dump(), before);
}

#[test]
fn a_payment_request_goes_to_the_billing_email_or_else_the_contact_one() {
    let env = stripe_customer(NO_SMTP);
    env.ok("customer edit C1 --billing-email factures@client.example");
    env.ok("tick");
    let outbox = env.json("mail list");
    assert_eq!(outbox[0]["recipients"], "factures@client.example");

    let env = stripe_customer(NO_SMTP);
    env.ok("tick");
    assert_eq!(
        env.json("mail list")[0]["recipients"],
        "compta@client.example"
    );
}

#[test]
fn customers_import_their_billing_email_from_a_csv_column() {
    let env = TestEnv::new();
    env.write(
        "c.csv",
        "code,name,email,billing_email\nA,Alpha,a@a.fr,compta@a.fr\n",
    );
    env.ok("customer import c.csv");
    assert_eq!(env.json("customer show A")["billing_email"], "compta@a.fr");
    env.write("d.csv", "code,name\nA,Alpha bis\n");
    env.ok("customer import d.csv");
    assert_eq!(env.json("customer show A")["billing_email"], "compta@a.fr");
}
