//! `-q` means errors only: cron mails whatever a job prints, so a quiet run that went well
//! prints nothing on stderr, and `tick -q` no summary either. Data a command exists to
//! print (an id, a number, a path, a list) still goes to stdout.

use insta::assert_snapshot;

use crate::billing::coworking;
use crate::credits::space;
use crate::env::{CommandLine, Exit, TestEnv};

/// Runs `subs LINE -q` and asserts success with nothing on stderr; returns stdout.
#[track_caller]
fn quiet(env: &TestEnv, line: impl CommandLine) -> String {
    let mut args = line.to_args();
    args.push("-q".into());
    let run = env.run(&args);
    assert_eq!(run.code, 0, "subs {args:?} failed:\n{}", run.stderr);
    assert_eq!(run.stderr, "", "subs {args:?} printed on stderr");
    run.stdout
}

/// The credits space at 2026-01-11 03:00 with SUB-0001 starting that day and a lot of four
/// half-days that lapsed the day before.
fn due_and_lapsed() -> TestEnv {
    let mut env = space();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-11");
    env.ok("credits grant C1 HALF 4 --expires 2026-01-10");
    env.at("2026-01-11T03:00:00");
    env
}

#[test]
fn a_quiet_tick_that_bills_and_expires_credits_prints_nothing() {
    let env = due_and_lapsed();
    assert_eq!(quiet(&env, "tick"), "");
    // It did the work: one invoice, and the lapsed lot written off.
    assert_snapshot!(env.ok("invoice list --format csv"), @"
    number,kind,status,payment_status,customer,subscription,issue_date,due_date,period_start,period_end,currency,net_total,tax_total,grand_total,outstanding,credits_invoice
    INV-2026-00001,invoice,issued,unpaid,C1,SUB-0001,2026-01-11,2026-02-10,2026-01-11,2026-02-10,EUR,310.00,62.00,372.00,372.00,
    ");
    assert_snapshot!(env.ok("credits ledger C1 --format csv"), @"
    date,customer,lot,type,kind,credits,origin,booking,reason
    2026-01-01,C1,1,HALF,grant,4,manual,,
    2026-01-11,C1,1,HALF,expire,-4,expiry,,
    ");
}

#[test]
fn a_quiet_tick_still_prints_the_report_asked_for_as_data() {
    let env = due_and_lapsed();
    quiet(&env, "tick");
    let report: serde_json::Value =
        serde_json::from_str(&quiet(&env, "tick --format json")).unwrap();
    assert_eq!(report["invoices"], 0, "{report}");
}

#[test]
fn a_quiet_tick_still_names_each_failed_subscription() {
    let mut env = coworking();
    env.ok("item add LOCKER --name Locker --recurring");
    let id = env.ok("subscription create --customer C1 --item LOCKER --start 2026-01-01");
    env.at("2026-01-02");
    let run = env.run("tick -q");
    assert_eq!(run.code, Exit::PartialFailure as i32, "{}", run.stderr);
    assert_eq!(run.stdout, "");
    let first = run.stderr.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(&format!("error: {}", id.trim())),
        "{}",
        run.stderr
    );
}

#[test]
fn quiet_commands_that_went_well_say_nothing_on_stderr() {
    let env = TestEnv::empty();
    quiet(&env, "init --company 'Coworking Test'");
    quiet(&env, "config set company.siren 123456789");
    quiet(&env, "vat add TVA20 --rate 20 --default");
    quiet(&env, "price-list add Standard");
    quiet(&env, "price-list default Standard");
    env.write("items.csv", "code,name\nFEE,Fee\n");
    quiet(&env, "item import items.csv");
    quiet(&env, "price set FEE 100.00");
    quiet(&env, "item edit FEE --publish");
    env.write("customers.csv", "code,name\nC1,Client Un\n");
    quiet(&env, "customer import customers.csv");
    assert_snapshot!(
        quiet(&env, "invoice create --customer C1 --item FEE"),
        @"INV-2026-00001"
    );
    quiet(&env, "invoice issue --all-drafts --yes");
    env.write(
        "releve.csv",
        "Date;Libellé;Débit;Crédit;Référence\n15/01/2026;VIR CLIENT UN INV-2026-00001;;120,00;\n",
    );
    quiet(&env, "bank import releve.csv");
    quiet(&env, "bank reconcile --auto");
    quiet(&env, "config set sepa.creditor_id FR72ZZZ123456");
    quiet(&env, "config set sepa.iban FR7630006000011234567890189");
    quiet(&env, "sepa export");
    quiet(&env, "catalog export --out site");
    quiet(&env, "db check");
    quiet(&env, "db backup copy.db");
    quiet(&env, "db migrate");
    quiet(&env, "log verify");
    quiet(&env, "man --out man");
    quiet(&env, "demo --no-tick --db demo.db");
}

#[test]
fn quiet_commands_on_subscriptions_orders_and_bookings_say_nothing_on_stderr() {
    let env = space();
    let sub = quiet(&env, "subscription create --customer C1 --item DESK");
    quiet(&env, "tick");
    quiet(
        &env,
        format!("cancel {} --on 2026-01-10 --prorate --yes", sub.trim()),
    );
    let order = quiet(&env, "order create --customer C1 --item DESK");
    quiet(&env, format!("order confirm {}", order.trim()));
    let booking = quiet(
        &env,
        "booking add --customer C1 --item HOTDESK --location LYON \
         --from 2026-01-05 --to 2026-01-06 --uom day --pay invoice",
    );
    quiet(&env, format!("booking cancel {}", booking.trim()));
}
