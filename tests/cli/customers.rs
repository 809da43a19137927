//! Customers: add, edit, list, show, import and export.

use insta::assert_snapshot;

use crate::env::{Exit, TestEnv};

fn with_price_list() -> TestEnv {
    let env = TestEnv::new();
    env.ok("price-list add Standard --default");
    env.ok("price-list add Association");
    env
}

#[test]
fn add_prints_the_code_and_show_prints_the_record() {
    let env = with_price_list();
    let out = env.ok("customer add ACME --name 'Acme SARL' --email compta@acme.fr --address '1 rue X' --price-list Association --vat-id 'fr 40 123456789' --siren '123 456 789'");
    assert_eq!(out, "ACME\n");
    assert_snapshot!(env.ok("customer show ACME --format json"), @r#"
    {
      "code": "ACME",
      "name": "Acme SARL",
      "email": "compta@acme.fr",
      "address": "1 rue X",
      "price_list": "Association",
      "vat_id": "FR40123456789",
      "siren": "123456789",
      "kind": "business",
      "payment_method": "manual",
      "disabled": false,
      "iban": null,
      "bic": null,
      "mandate_id": null,
      "mandate_signed_on": null,
      "billing_email": null,
      "currency": "EUR",
      "balance": "0.00",
      "credit": "0.00"
    }
    "#);
}

#[test]
fn add_in_json_prints_the_record() {
    let env = TestEnv::new();
    assert_snapshot!(env.ok("customer add C1 --name Client --individual --format json"), @r#"
    {
      "code": "C1",
      "name": "Client",
      "email": null,
      "address": null,
      "price_list": null,
      "vat_id": null,
      "siren": null,
      "kind": "individual",
      "payment_method": "manual",
      "disabled": false,
      "iban": null,
      "bic": null,
      "mandate_id": null,
      "mandate_signed_on": null,
      "billing_email": null
    }
    "#);
}

#[test]
fn list_in_every_format() {
    let env = TestEnv::new();
    env.ok("customer add B --name Bravo --email b@b.fr");
    env.ok(r#"customer add A --name 'Alpha, "the first"'"#);
    assert_snapshot!(env.ok("customer list"), @r#"
    CODE  NAME                EMAIL   ADDRESS  PRICE_LIST  VAT_ID  SIREN  KIND      PAYMENT_METHOD  DISABLED  IBAN  BIC  MANDATE_ID  MANDATE_SIGNED_ON  BILLING_EMAIL
    A     Alpha, "the first"                                              business  manual          false
    B     Bravo               b@b.fr                                      business  manual          false
    "#);
    assert_snapshot!(env.ok("customer list --format csv"), @r#"
    code,name,email,address,price_list,vat_id,siren,kind,payment_method,disabled,iban,bic,mandate_id,mandate_signed_on,billing_email
    A,"Alpha, ""the first""",,,,,,business,manual,false,,,,,
    B,Bravo,b@b.fr,,,,,business,manual,false,,,,,
    "#);
    assert_snapshot!(env.ok("customer list --format json"), @r#"
    [
    {"code":"A","name":"Alpha, \"the first\"","email":null,"address":null,"price_list":null,"vat_id":null,"siren":null,"kind":"business","payment_method":"manual","disabled":false,"iban":null,"bic":null,"mandate_id":null,"mandate_signed_on":null,"billing_email":null},
    {"code":"B","name":"Bravo","email":"b@b.fr","address":null,"price_list":null,"vat_id":null,"siren":null,"kind":"business","payment_method":"manual","disabled":false,"iban":null,"bic":null,"mandate_id":null,"mandate_signed_on":null,"billing_email":null}
    ]
    "#);
}

#[test]
fn an_empty_list_still_has_its_csv_header_and_is_an_empty_json_array() {
    let env = TestEnv::new();
    assert_eq!(
        env.ok("customer list --format csv"),
        "code,name,email,address,price_list,vat_id,siren,kind,payment_method,disabled,iban,bic,mandate_id,mandate_signed_on,billing_email\n"
    );
    assert_eq!(env.ok("customer list --format json"), "[]\n");
}

#[test]
fn edit_changes_and_clears_fields() {
    let env = TestEnv::new();
    env.ok("customer add C1 --name Client --email c@c.fr");
    env.ok("customer edit C1 --name 'Client renamed' --email ''");
    assert_snapshot!(env.ok("customer show C1 --format json"), @r#"
    {
      "code": "C1",
      "name": "Client renamed",
      "email": null,
      "address": null,
      "price_list": null,
      "vat_id": null,
      "siren": null,
      "kind": "business",
      "payment_method": "manual",
      "disabled": false,
      "iban": null,
      "bic": null,
      "mandate_id": null,
      "mandate_signed_on": null,
      "billing_email": null,
      "currency": "EUR",
      "balance": "0.00",
      "credit": "0.00"
    }
    "#);
}

#[test]
fn a_disabled_customer_is_listed_only_with_all() {
    let env = TestEnv::new();
    env.ok("customer add C1 --name Client --email c@c.fr");
    env.ok("customer edit C1 --disable");
    assert_eq!(env.ok("customer list --format json"), "[]\n");
    assert_snapshot!(env.ok("customer list --all"), @"
    CODE  NAME    EMAIL   ADDRESS  PRICE_LIST  VAT_ID  SIREN  KIND      PAYMENT_METHOD  DISABLED  IBAN  BIC  MANDATE_ID  MANDATE_SIGNED_ON  BILLING_EMAIL
    C1    Client  c@c.fr                                      business  manual          true
    ");
}

#[test]
fn bad_input_is_refused_naming_the_field_and_nothing_is_written() {
    let env = TestEnv::new();
    let before = env.dump();
    assert_eq!(
        env.fails("customer add 'bad code' --name X", Exit::BadData),
        "error: CODE: \"bad code\" is not a valid code (letters, digits, '_', '.', '-' but not first; at most 64)"
    );
    #[rustfmt::skip]
    let cases = [
        ("customer add C1 --name X --email nope", Exit::BadData, "--email"),
        ("customer add C1 --name X --siren 12", Exit::BadData, "--siren"),
        ("customer add C1 --name =1+1", Exit::BadData, "formula"),
        ("customer add C1 --name X --payment-method bitcoin", Exit::BadData, "--payment-method"),
        ("customer add C1 --name X --price-list Nope", Exit::NotFound, "price list Nope"),
    ];
    for (line, code, named) in cases {
        let error = env.fails(line, code);
        assert!(error.contains(named), "{line}: {error}");
    }
    assert_eq!(env.dump(), before);
}

#[test]
fn a_duplicate_code_is_refused() {
    let env = TestEnv::new();
    env.ok("customer add C1 --name Client");
    assert_eq!(
        env.fails("customer add C1 --name Other", Exit::BadData),
        "error: customer C1 already exists"
    );
}

#[test]
fn show_and_edit_of_an_unknown_customer_exit_66() {
    let env = TestEnv::new();
    assert_eq!(
        env.fails("customer show NOPE", Exit::NotFound),
        "error: customer NOPE does not exist"
    );
    env.fails("customer edit NOPE --name X", Exit::NotFound);
}

#[test]
fn export_then_import_into_a_new_database_round_trips() {
    let env = with_price_list();
    env.ok(r#"customer add A --name 'Alpha; "quoted", with comma' --email a@a.fr --price-list Association --individual"#);
    env.ok("customer add B --name Bravo --address '2 rue Y\n69002 Lyon' --payment-method stripe --siren 123456789");
    env.ok("customer add C --name Charlie --payment-method sepa --iban 'FR76 3000 6000 0112 3456 7890 189' --bic BNPAFRPP --mandate-id RUM-C-1 --mandate-signed-on 2025-12-01");
    env.ok("customer edit B --disable");
    let exported = env.ok("customer export");
    assert_snapshot!(exported, @r#"
    code,name,email,address,price_list,vat_id,siren,kind,payment_method,disabled,iban,bic,mandate_id,mandate_signed_on,billing_email
    A,"Alpha; ""quoted"", with comma",a@a.fr,,Association,,,individual,manual,false,,,,,
    B,Bravo,,"2 rue Y
    69002 Lyon",,,123456789,business,stripe,true,,,,,
    C,Charlie,,,,,,business,sepa,false,FR7630006000011234567890189,BNPAFRPP,RUM-C-1,2025-12-01,
    "#);

    let other = with_price_list();
    other.write("customers.csv", &exported);
    assert_snapshot!(other.run("customer import customers.csv").transcript(), @"
    --- stderr
    3 created, 0 updated, 0 unchanged
    ");
    assert_eq!(other.ok("customer export"), exported);

    // Importing the same file again changes nothing.
    assert_snapshot!(other.run("customer import customers.csv").transcript(), @"
    --- stderr
    0 created, 0 updated, 3 unchanged
    ");
}

#[test]
fn import_updates_known_codes() {
    let env = TestEnv::new();
    env.ok("customer add A --name 'Old name'");
    env.write("c.csv", "code,name\nA,New name\nB,Bravo\n");
    env.ok("customer import c.csv");
    assert_snapshot!(env.ok("customer list"), @"
    CODE  NAME      EMAIL  ADDRESS  PRICE_LIST  VAT_ID  SIREN  KIND      PAYMENT_METHOD  DISABLED  IBAN  BIC  MANDATE_ID  MANDATE_SIGNED_ON  BILLING_EMAIL
    A     New name                                             business  manual          false
    B     Bravo                                                business  manual          false
    ");
}

#[test]
fn a_bad_row_names_line_and_column_and_imports_nothing() {
    let env = TestEnv::new();
    let before = env.dump();
    env.write(
        "c.csv",
        "code,name,email\nA,Alpha,a@a.fr\nB,Bravo,not-an-email\n",
    );
    assert_eq!(
        env.fails("customer import c.csv", Exit::BadData),
        "error: c.csv:3: column email: \"not-an-email\" is not an e-mail address"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn import_refuses_unknown_columns_missing_columns_and_duplicates() {
    let env = TestEnv::new();
    let cases = [
        (
            "code,name,colour\nA,Alpha,red\n",
            "unknown column \"colour\"",
        ),
        ("code,email\nA,a@a.fr\n", "missing column \"name\""),
        ("code,name\nA,Alpha\nA,Again\n", "appears twice"),
        ("code,name\nA,Alpha,extra\n", "fields"),
        ("code,name\n,Nameless\n", "column code: is empty"),
        ("code,name\nA,=cmd|' /C calc'!A0\n", "formula"),
    ];
    for (content, expected) in cases {
        env.write("c.csv", content);
        let err = env.fails("customer import c.csv", Exit::BadData);
        assert!(err.contains(expected), "{content:?}: {err}");
    }
    assert_eq!(env.ok("customer list --format json"), "[]\n");
}

#[test]
fn import_refuses_a_file_that_is_not_utf8() {
    let env = TestEnv::new();
    env.write("c.csv", b"code,name\nA,Soci\xe9t\xe9\n");
    let err = env.fails("customer import c.csv", Exit::BadData);
    assert!(err.contains(":2") && err.contains("UTF-8"), "{err}");
}

#[test]
fn import_of_a_missing_file_exits_66() {
    let env = TestEnv::new();
    env.fails("customer import nope.csv", Exit::NotFound);
}

#[test]
fn import_reads_standard_input() {
    let env = TestEnv::new();
    let run = env.run_stdin("customer import -", "code,name\nA,Alpha\n");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(env.json("customer show A")["name"], "Alpha");
}

#[test]
fn sql_in_values_is_stored_as_text() {
    let env = TestEnv::new();
    env.ok(r#"customer add X --name "Robert'); DROP TABLE customers;--""#);
    assert_eq!(
        env.json("customer show X")["name"],
        "Robert'); DROP TABLE customers;--"
    );
}

#[test]
fn line_numbers_are_right_for_crlf_files_and_quoted_line_breaks() {
    let env = TestEnv::new();
    for (name, content, line) in [
        (
            "crlf.csv",
            "code,name,email\r\nA,Alpha,a@a.fr\r\nB,Bravo,bad\r\n",
            3,
        ),
        (
            "quoted.csv",
            "code,name,email\nA,\"Al\npha\",a@a.fr\nB,Bravo,bad\n",
            4,
        ),
    ] {
        env.write(name, content);
        let err = env.fails(format!("customer import {name}"), Exit::BadData);
        assert!(
            err.contains(&format!("{name}:{line}: column email")),
            "{err}"
        );
    }
}

#[test]
fn an_import_without_some_columns_keeps_those_fields() {
    let env = TestEnv::new();
    env.ok("customer add A --name Old --email a@a.fr --individual");
    env.write("c.csv", "code,name\nA,New name\n");
    env.ok("customer import c.csv");
    assert_snapshot!(env.ok("customer show A --format json"), @r#"
    {
      "code": "A",
      "name": "New name",
      "email": "a@a.fr",
      "address": null,
      "price_list": null,
      "vat_id": null,
      "siren": null,
      "kind": "individual",
      "payment_method": "manual",
      "disabled": false,
      "iban": null,
      "bic": null,
      "mandate_id": null,
      "mandate_signed_on": null,
      "billing_email": null,
      "currency": "EUR",
      "balance": "0.00",
      "credit": "0.00"
    }
    "#);
    // A column that is there but empty does clear its field.
    env.write("c.csv", "code,name,email\nA,New name,\n");
    env.ok("customer import c.csv");
    assert!(env.json("customer show A")["email"].is_null());
}
