//! The books (issue 15): journal entries derived from the documents in the French chart of
//! accounts, `account set|list`, `journal`, `trial-balance`, and the FEC of a fiscal year
//! checked by the project's own checker (`fec_check.rs`).

use std::collections::BTreeMap;

use insta::assert_snapshot;
use proptest::prelude::*;
use serde_json::Value;

use crate::billing::coworking;
use crate::env::{Exit, TestEnv};
use crate::fec_check;

fn cents(text: &str) -> i64 {
    let (units, decimals) = text.split_once('.').unwrap_or((text, "00"));
    let sign = if units.starts_with('-') { -1 } else { 1 };
    sign * (units.trim_start_matches('-').parse::<i64>().unwrap() * 100
        + decimals.parse::<i64>().unwrap())
}

fn amount(v: &Value) -> i64 {
    v.as_str().filter(|s| !s.is_empty()).map_or(0, cents)
}

/// Debit − credit per account of the trial balance, in cents.
fn trial_balance(env: &TestEnv, on: &str) -> BTreeMap<String, i64> {
    env.json(format!("trial-balance --on {on}"))
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["account"].as_str().unwrap().to_string(),
                amount(&r["balance"]),
            )
        })
        .collect()
}

/// The sum of the balances of the accounts starting with `prefix`.
fn balance_of(balances: &BTreeMap<String, i64>, prefix: &str) -> i64 {
    balances
        .iter()
        .filter(|(a, _)| a.starts_with(prefix))
        .map(|(_, b)| b)
        .sum()
}

/// What the customers owe on their invoices, in cents.
fn outstanding(env: &TestEnv) -> i64 {
    env.json("invoice list")
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "invoice" && i["status"] == "issued")
        .map(|i| amount(&i["outstanding"]))
        .sum()
}

/// C1 in January: a desk (372.00) and a handbook (21.10) on one invoice, paid in two parts,
/// the second with 100.00 more than owed.
fn january() -> TestEnv {
    let mut env = coworking();
    env.ok("invoice create --customer C1 --item DESK --item BOOK");
    env.at("2026-01-05");
    env.ok("payment add --invoice INV-2026-00001 --amount 200");
    env.at("2026-01-20");
    env.ok("payment add --customer C1 --amount 293.10 --allow-overpayment");
    env
}

#[test]
fn an_invoice_and_its_payments_post_to_411_706_and_the_vat_moves_to_44571_as_it_is_paid() {
    let env = january();
    assert_snapshot!(env.ok("journal --format csv"), @"
    journal,number,date,account,account_label,party,piece,label,debit,credit,letter,letter_date
    VE,VE000001,2026-01-01,411C1,Client One,C1,INV-2026-00001,Facture INV-2026-00001 Client One,393.10,,A,2026-01-20
    VE,VE000001,2026-01-01,706,Prestations de services,,INV-2026-00001,Facture INV-2026-00001 Client One,,330.00,,
    VE,VE000001,2026-01-01,44574,TVA collectée en attente d'encaissement,,INV-2026-00001,Facture INV-2026-00001 Client One,,62.00,,
    VE,VE000001,2026-01-01,44574,TVA collectée en attente d'encaissement,,INV-2026-00001,Facture INV-2026-00001 Client One,,1.10,,
    BQ,BQ000001,2026-01-05,512,Banque,,PAY-0001,Règlement PAY-0001 transfer Client One,200.00,,,
    BQ,BQ000001,2026-01-05,411C1,Client One,C1,PAY-0001,Règlement PAY-0001 transfer Client One,,200.00,A,2026-01-20
    BQ,BQ000001,2026-01-05,44574,TVA collectée en attente d'encaissement,,PAY-0001,Règlement PAY-0001 transfer Client One,32.10,,,
    BQ,BQ000001,2026-01-05,44571,TVA collectée,,PAY-0001,Règlement PAY-0001 transfer Client One,,32.10,,
    BQ,BQ000002,2026-01-20,512,Banque,,PAY-0002,Règlement PAY-0002 transfer Client One,293.10,,,
    BQ,BQ000002,2026-01-20,411C1,Client One,C1,PAY-0002,Règlement PAY-0002 transfer Client One,,193.10,A,2026-01-20
    BQ,BQ000002,2026-01-20,4191,Clients - avances reçues,C1,PAY-0002,Règlement PAY-0002 transfer Client One,,100.00,,
    BQ,BQ000002,2026-01-20,44574,TVA collectée en attente d'encaissement,,PAY-0002,Règlement PAY-0002 transfer Client One,31.00,,,
    BQ,BQ000002,2026-01-20,44571,TVA collectée,,PAY-0002,Règlement PAY-0002 transfer Client One,,31.00,,
    ");
}

#[test]
fn every_entry_balances_and_the_trial_balance_sums_to_zero() {
    let env = january();
    let lines = env.json("journal");
    let mut per_entry: BTreeMap<String, i64> = BTreeMap::new();
    for l in lines.as_array().unwrap() {
        *per_entry
            .entry(l["number"].as_str().unwrap().to_string())
            .or_default() += amount(&l["debit"]) - amount(&l["credit"]);
    }
    assert!(per_entry.len() >= 3);
    assert!(per_entry.values().all(|&s| s == 0), "{per_entry:?}");
    let balances = trial_balance(&env, "2026-01-31");
    assert_eq!(balances.values().sum::<i64>(), 0);
    // Paid in full: the customer owes nothing, 100.00 is held, all VAT is collected.
    assert_eq!(balance_of(&balances, "411"), 0);
    assert_eq!(balances["4191"], -10000);
    assert_eq!(balances.get("44574").copied().unwrap_or(0), 0);
}

#[test]
fn the_trial_balance_shows_each_account_on_a_day() {
    let env = january();
    assert_snapshot!(env.ok("trial-balance --on 2026-01-10"), @"
    ACCOUNT  LABEL                                     DEBIT  CREDIT  BALANCE
    411C1    Client One                               393.10  200.00   193.10
    44571    TVA collectée                              0.00   32.10   -32.10
    44574    TVA collectée en attente d'encaissement   32.10   63.10   -31.00
    512      Banque                                   200.00    0.00   200.00
    706      Prestations de services                    0.00  330.00  -330.00
    ");
}

#[test]
fn a_paid_invoice_and_its_payments_share_a_letter_dated_when_it_was_settled() {
    let env = january();
    let lettered: Vec<(String, String, String)> = env
        .json("journal --account 411")
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let s = |k: &str| l[k].as_str().unwrap_or("").to_string();
            (s("piece"), s("letter"), s("letter_date"))
        })
        .collect();
    assert_eq!(
        lettered,
        [
            ("INV-2026-00001".into(), "A".into(), "2026-01-20".into()),
            ("PAY-0001".into(), "A".into(), "2026-01-20".into()),
            ("PAY-0002".into(), "A".into(), "2026-01-20".into()),
        ]
    );
}

#[test]
fn credit_notes_held_credit_and_refunds_post_to_4191_and_the_customer_account_holds_what_is_owed() {
    let mut env = january();
    env.at("2026-01-25");
    env.ok("invoice create --customer C1 --item BOOK");
    env.ok("invoice credit INV-2026-00001 --amount 10 --yes");
    env.ok("payment refund --customer C1 --amount 20");
    let balances = trial_balance(&env, "2026-01-31");
    assert_eq!(balances.values().sum::<i64>(), 0);
    assert_eq!(balance_of(&balances, "411"), outstanding(&env));
    let held = cents(env.json("customer show C1")["credit"].as_str().unwrap());
    assert_eq!(-balances.get("4191").copied().unwrap_or(0), held);
    let journals: Vec<String> = env
        .json("journal --from 2026-01-25")
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            format!(
                "{} {}",
                l["number"].as_str().unwrap(),
                l["account"].as_str().unwrap()
            )
        })
        .collect();
    assert!(journals.iter().any(|l| l.starts_with("OD")), "{journals:?}");
    assert!(
        journals.iter().any(|l| l == "BQ000003 4191"),
        "{journals:?}"
    );
}

#[test]
fn with_vat_on_debits_the_vat_of_services_is_collected_when_invoiced() {
    let env = coworking();
    env.ok("config set company.vat_on_debits true");
    env.ok("invoice create --customer C1 --item DESK");
    let accounts: Vec<String> = env
        .json("journal")
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["account"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(accounts, ["411C1", "706", "44571"]);
}

#[test]
fn goods_and_membership_fees_post_to_the_account_chosen_for_their_item_or_group() {
    let env = coworking();
    env.ok("item-group add Shop");
    env.ok("item add MUG --name Mug --group Shop");
    env.ok("price set MUG 10");
    env.ok("item add FEE --name 'Membership fee' --vat-rate TVA20");
    env.ok("price set FEE 50");
    env.ok("account set item-group:Shop 707");
    env.ok("account set item:FEE 756");
    env.ok("invoice create --customer C1 --item MUG --item FEE --item DESK");
    assert_snapshot!(env.ok("journal --format csv"), @"
    journal,number,date,account,account_label,party,piece,label,debit,credit,letter,letter_date
    VE,VE000001,2026-01-01,411C1,Client One,C1,INV-2026-00001,Facture INV-2026-00001 Client One,444.00,,,
    VE,VE000001,2026-01-01,707,Ventes de marchandises,,INV-2026-00001,Facture INV-2026-00001 Client One,,10.00,,
    VE,VE000001,2026-01-01,756,Cotisations,,INV-2026-00001,Facture INV-2026-00001 Client One,,50.00,,
    VE,VE000001,2026-01-01,706,Prestations de services,,INV-2026-00001,Facture INV-2026-00001 Client One,,310.00,,
    VE,VE000001,2026-01-01,44574,TVA collectée en attente d'encaissement,,INV-2026-00001,Facture INV-2026-00001 Client One,,72.00,,
    VE,VE000001,2026-01-01,44571,TVA collectée,,INV-2026-00001,Facture INV-2026-00001 Client One,,2.00,,
    ");
    assert_snapshot!(env.ok("account list --format csv"), @"
    key,account,label,default
    customers,411,Clients,411
    customer_credit,4191,Clients - avances reçues,4191
    services,706,Prestations de services,706
    goods,707,Ventes de marchandises,707
    membership,756,Cotisations,756
    vat_collected,44571,TVA collectée,44571
    vat_on_payments,44574,TVA collectée en attente d'encaissement,44574
    vat_deductible,44566,TVA déductible sur autres biens et services,44566
    bank,512,Banque,512
    suppliers,401,Fournisseurs,401
    purchases,606,Achats non stockés,606
    item-group:Shop,707,Ventes de marchandises,706
    item:FEE,756,Cotisations,706
    ");
}

#[test]
fn supplier_bills_post_to_the_purchases_journal_and_their_payment_to_the_bank() {
    let env = coworking();
    env.ok("bill add --supplier 'Énergie SA' --line 'Électricité:1@100.00' --reference E-1 --paid");
    assert_snapshot!(env.ok("journal --format csv"), @"
    journal,number,date,account,account_label,party,piece,label,debit,credit,letter,letter_date
    AC,AC000001,2026-01-01,606,Achats non stockés,,E-1,Facture E-1 Énergie SA,100.00,,,
    AC,AC000001,2026-01-01,44566,TVA déductible sur autres biens et services,,E-1,Facture E-1 Énergie SA,20.00,,,
    AC,AC000001,2026-01-01,401,Fournisseurs,Énergie SA,E-1,Facture E-1 Énergie SA,,120.00,,
    BQ,BQ000001,2026-01-01,401,Fournisseurs,Énergie SA,E-1,Paiement E-1 Énergie SA,120.00,,,
    BQ,BQ000001,2026-01-01,512,Banque,,E-1,Paiement E-1 Énergie SA,,120.00,,
    ");
}

#[test]
fn a_bad_account_or_key_is_refused_and_changes_nothing() {
    let env = coworking();
    let before = env.dump();
    assert_snapshot!(env.fails("account set sales 706", Exit::BadData), @r#"error: KEY: unknown account key "sales"; known: customers, customer_credit, services, goods, membership, vat_collected, vat_on_payments, vat_deductible, bank, suppliers, purchases, item:CODE, item-group:NAME"#);
    assert_snapshot!(env.fails("account set services 96", Exit::BadData), @r#"error: ACCOUNT: "96" is not an account number (class 1 to 7, then 2 to 19 digits or capital letters, e.g. 706 or 7061)"#);
    assert_snapshot!(env.fails("account set item:NOPE 706", Exit::NotFound), @"error: item NOPE does not exist");
    assert_eq!(env.dump(), before);
}

#[test]
fn the_fec_is_named_after_the_siren_and_closing_date_and_passes_the_checker() {
    let env = january();
    let path = env.ok("fec export --year 2026 --out fec");
    assert_eq!(path.trim(), "fec/123456789FEC20261231.txt");
    let report = fec_check::check(&env.path(path.trim()));
    assert_eq!(report.problems, Vec::<String>::new());
    assert_eq!(report.entries, 3);
    let bytes = std::fs::read(env.path(path.trim())).unwrap();
    let first_lines: Vec<String> = encoding_rs::ISO_8859_15
        .decode(&bytes)
        .0
        .lines()
        .take(3)
        .map(String::from)
        .collect();
    assert_snapshot!(first_lines.join("\n"), @"
    JournalCode	JournalLib	EcritureNum	EcritureDate	CompteNum	CompteLib	CompAuxNum	CompAuxLib	PieceRef	PieceDate	EcritureLib	Debit	Credit	EcritureLet	DateLet	ValidDate	Montantdevise	Idevise
    VE	Ventes	VE000001	20260101	411C1	Client One	C1	Client One	INV-2026-00001	20260101	Facture INV-2026-00001 Client One	393,10	0,00	A	20260120	20260101		
    VE	Ventes	VE000001	20260101	706	Prestations de services			INV-2026-00001	20260101	Facture INV-2026-00001 Client One	0,00	330,00			20260101
    ");
}

#[test]
fn exporting_the_same_year_twice_writes_the_same_bytes() {
    let env = january();
    env.ok("fec export --year 2026 --out a");
    env.ok("fec export --year 2026 --out b");
    let name = "123456789FEC20261231.txt";
    let a = std::fs::read(env.path("a").join(name)).unwrap();
    assert_eq!(a, std::fs::read(env.path("b").join(name)).unwrap());
    assert!(a.contains(&0xE8), "è of Règlement in ISO-8859-15");
}

#[test]
fn a_fiscal_year_closing_in_june_is_named_after_its_closing_date_and_holds_its_entries_only() {
    let env = january();
    env.ok("config set company.fiscal_year_end 06-30");
    let path = env.ok("fec export --year 2026");
    assert_eq!(path.trim(), "./123456789FEC20260630.txt");
    assert_eq!(fec_check::check(&env.path(path.trim())).entries, 3);
    let path = env.ok("fec export --year 2027");
    assert_eq!(fec_check::check(&env.path(path.trim())).entries, 0);
}

#[test]
fn without_a_siren_the_fec_is_refused_and_no_file_is_written() {
    let env = TestEnv::empty();
    env.ok("init --company 'No Siren'");
    assert_snapshot!(env.fails("fec export --year 2026 --out fec", Exit::BadData), @"error: company.siren: the FEC file is named after the SIREN: set it with `subs config set company.siren …`");
    assert!(!env.path("fec").exists());
}

#[test]
fn on_a_demo_book_the_fec_passes_the_checker_and_its_411_equals_what_customers_owe() {
    let mut env = TestEnv::empty();
    env.at("2026-11-29T10:00:00");
    env.ok("demo");
    let path = env.ok("fec export --year 2026");
    let report = fec_check::check(&env.path(path.trim()));
    assert_eq!(report.problems, Vec::<String>::new());
    assert!(report.entries > 10, "{}", report.entries);
    let fec_411 = balance_of(&report.balances, "411");
    assert_eq!(fec_411, outstanding(&env));
    assert_eq!(
        balance_of(&trial_balance(&env, "2026-12-31"), "411"),
        fec_411
    );
}

/// One step of a random book.
#[derive(Debug, Clone)]
enum Step {
    Invoice { customer: u8, desks: u8, books: u8 },
    Pay { customer: u8, cents: u32 },
    Credit { invoice: u8, cents: u32 },
    Refund { customer: u8, cents: u32 },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (0..2u8, 0..3u8, 0..3u8).prop_map(|(customer, desks, books)| Step::Invoice { customer, desks, books }),
        3 => (0..2u8, 1..60_000u32).prop_map(|(customer, cents)| Step::Pay { customer, cents }),
        1 => (0..6u8, 1..20_000u32).prop_map(|(invoice, cents)| Step::Credit { invoice, cents }),
        1 => (0..2u8, 1..10_000u32).prop_map(|(customer, cents)| Step::Refund { customer, cents }),
    ]
}

fn money(cents: u32) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 8, ..ProptestConfig::default() })]

    /// For random books, the trial balance of 411 equals what customers owe, 4191 what is
    /// held for them, every account sums to zero and the FEC passes the checker.
    #[test]
    fn for_random_books_the_411_balance_equals_the_sum_of_outstanding_amounts(
        steps in proptest::collection::vec(step(), 1..10)
    ) {
        let mut env = coworking();
        env.ok("customer add C2 --name 'Client Two'");
        for (day, s) in steps.iter().enumerate() {
            env.at(&format!("2026-02-{:02}", day + 1));
            let customer = |c: &u8| format!("C{}", c + 1);
            match s {
                Step::Invoice { customer: c, desks, books } => {
                    let mut line = format!("invoice create --customer {}", customer(c));
                    if *desks > 0 { line.push_str(&format!(" --item DESK:{desks}")); }
                    if *books > 0 || *desks == 0 { line.push_str(&format!(" --item BOOK:{}", books.max(&1))); }
                    env.ok(&line);
                }
                Step::Pay { customer: c, cents } => {
                    env.ok(format!("payment add --customer {} --amount {} --allow-overpayment", customer(c), money(*cents)));
                }
                Step::Credit { invoice, cents } => {
                    let _ = env.run(format!("invoice credit INV-2026-{:05} --amount {} --yes", invoice + 1, money(*cents)));
                }
                Step::Refund { customer: c, cents } => {
                    let _ = env.run(format!("payment refund --customer {} --amount {}", customer(c), money(*cents)));
                }
            }
        }
        let balances = trial_balance(&env, "2026-12-31");
        prop_assert_eq!(balances.values().sum::<i64>(), 0);
        prop_assert_eq!(balance_of(&balances, "411"), outstanding(&env));
        let held: i64 = ["C1", "C2"].iter().map(|c| cents(env.json(format!("customer show {c}"))["credit"].as_str().unwrap())).sum();
        prop_assert_eq!(-balances.get("4191").copied().unwrap_or(0), held);
        let path = env.ok("fec export --year 2026");
        let report = fec_check::check(&env.path(path.trim()));
        prop_assert_eq!(report.problems, Vec::<String>::new());
    }
}
