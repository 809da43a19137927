//! The catalogue: VAT rates, UOMs, item groups, items, price lists and prices.

use insta::assert_snapshot;

use crate::env::{Exit, TestEnv};

#[test]
fn the_last_vat_rate_added_as_default_is_the_only_default() {
    let env = TestEnv::new();
    env.ok("vat add TVA20 --rate 20 --default");
    env.ok("vat add TVA5.5 --rate 5.5");
    env.ok("vat add TVA10 --rate 10 --default");
    assert_snapshot!(env.ok("vat list --format csv"), @r"
    code,rate,default
    TVA10,10,true
    TVA20,20,false
    TVA5.5,5.5,false
    ");
}

#[test]
fn a_vat_rate_is_a_percentage_with_at_most_two_decimals() {
    let env = TestEnv::new();
    env.ok("vat add TVA20 --rate 20 --default");
    let before = env.dump();
    for (line, named) in [
        ("vat add X --rate 5.555", "--rate"),
        ("vat add X --rate -5", "negative"),
        ("vat add X --rate 120", "100"),
        ("vat add X --rate NaN", "--rate"),
    ] {
        let error = env.fails(line, Exit::BadData);
        assert!(error.contains(named), "{line}: {error}");
    }
    assert_eq!(env.dump(), before);
}

#[test]
fn items_default_to_the_unit_uom_and_the_default_vat_rate() {
    let env = TestEnv::new();
    env.ok("vat add TVA20 --rate 20 --default");
    env.ok("item add DESK --name Desk --recurring");
    assert_snapshot!(env.ok("item show DESK --format json"), @r#"
    {
      "code": "DESK",
      "name": "Desk",
      "group": null,
      "uom": "unit",
      "recurring": true,
      "vat_rate": "20",
      "published": false,
      "booking_uoms": "",
      "description": null,
      "disabled": false
    }
    "#);
}

#[test]
fn vat_rate_of_an_item_is_a_code_or_a_percentage() {
    let env = TestEnv::new();
    env.ok("vat add REDUIT --rate 5.5");
    env.ok("item add A --name A --vat-rate REDUIT");
    env.ok("item add B --name B --vat-rate 10");
    assert_eq!(env.json("item show A")["vat_rate"], "5.5");
    assert_eq!(env.json("item show B")["vat_rate"], "10");
    let error = env.fails("item add C --name C --vat-rate abc", Exit::BadData);
    assert!(error.contains("--vat-rate"), "{error}");
}

#[test]
fn items_with_groups_booking_uoms_and_publication() {
    let env = TestEnv::new();
    env.ok("item-group add Spaces");
    env.ok("item-group add Rooms --parent Spaces");
    for uom in ["hour", "half-day", "day"] {
        env.ok(format!("uom add {uom}"));
    }
    env.ok("item add ROOM --name 'Meeting room' --group Rooms --uom hour --publish --booking-uom half-day --booking-uom day --vat-rate 20");
    assert_snapshot!(env.ok("item show ROOM"), @r"
    code:          ROOM
    name:          Meeting room
    group:         Rooms
    uom:           hour
    recurring:     false
    vat_rate:      20
    published:     true
    booking_uoms:  half-day day
    description:
    disabled:      false
    ");
    assert_snapshot!(env.ok("item-group list --format csv"), @r"
    name,parent,path
    Spaces,,Spaces
    Rooms,Spaces,Spaces/Rooms
    ");
    env.ok("item edit ROOM --unpublish --no-booking-uoms");
    assert_snapshot!(env.ok("item show ROOM --format json"), @r#"
    {
      "code": "ROOM",
      "name": "Meeting room",
      "group": "Rooms",
      "uom": "hour",
      "recurring": false,
      "vat_rate": "20",
      "published": false,
      "booking_uoms": "",
      "description": null,
      "disabled": false
    }
    "#);
}

#[test]
fn unknown_references_exit_66_and_write_nothing() {
    let env = TestEnv::new();
    let before = env.dump();
    for (line, named) in [
        ("item add X --name X --group Nope", "item group Nope"),
        ("item add X --name X --uom fortnight", "uom add fortnight"),
        ("item-group add Child --parent Nope", "Nope"),
        ("uom convert NOPE day hour 8", "item NOPE"),
        ("price set NOPE 10", "item NOPE"),
    ] {
        let error = env.fails(line, Exit::NotFound);
        assert!(error.contains(named), "{line}: {error}");
    }
    assert_eq!(env.dump(), before);
}

#[test]
fn uom_conversions_are_per_item_and_positive() {
    let env = TestEnv::new();
    env.ok("uom add day");
    env.ok("uom add half-day");
    env.ok("item add DESK --name Desk --uom day");
    env.ok("uom convert DESK day half-day 2");
    assert_snapshot!(env.ok("uom conversions --format csv"), @r"
    item,from,to,factor
    DESK,day,half-day,2
    ");
    let error = env.fails("uom convert DESK day half-day 0", Exit::BadData);
    assert!(error.contains("FACTOR"), "{error}");
    let error = env.fails("uom convert DESK day day 2", Exit::BadData);
    assert!(error.contains("itself"), "{error}");
}

#[test]
fn a_price_needs_a_price_list() {
    let env = TestEnv::new();
    env.ok("item add DESK --name Desk");
    let before = env.dump();
    let error = env.fails("price set DESK 310", Exit::BadData);
    assert!(error.contains("no price list"), "{error}");
    assert_eq!(env.dump(), before);
}

#[test]
fn prices_are_exact_and_checked() {
    let env = TestEnv::new();
    env.ok("item add DESK --name Desk");
    env.ok("price-list add Standard");
    env.ok("price set DESK 310.00");
    env.ok("price set DESK 320.50 --list Standard --from 2027-01-01");
    assert_snapshot!(env.ok("price list --format csv"), @"
    item,price_list,uom,rate,valid_from,valid_to,tiers
    DESK,Standard,unit,310.00,,,
    DESK,Standard,unit,320.50,2027-01-01,,
    ");
    for bad in ["310.0000001", "-1", "1e3", "NaN", "3,10"] {
        let error = env.fails(format!("price set DESK {bad}"), Exit::BadData);
        assert!(error.contains("RATE"), "{bad}: {error}");
    }
    #[rustfmt::skip]
    let cases = [
        ("price set DESK 1 --from 2026-02-30", Exit::BadData, "--from"),
        ("price set DESK 1 --from 2026-03-01 --to 2026-02-01", Exit::BadData, "--to"),
        ("price set DESK 1 --list Nope", Exit::NotFound, "price list Nope"),
    ];
    for (line, code, named) in cases {
        let error = env.fails(line, code);
        assert!(error.contains(named), "{line}: {error}");
    }
}

#[test]
fn the_first_price_list_becomes_the_default() {
    let env = TestEnv::new();
    env.ok("price-list add A");
    env.ok("price-list add B");
    assert_snapshot!(env.ok("price-list list --format csv"), @r"
    name,currency,default
    A,EUR,true
    B,EUR,false
    ");
    env.ok("price-list default B");
    assert_snapshot!(env.ok("price-list list --format json"), @r#"
    [
    {"name":"A","currency":"EUR","default":false},
    {"name":"B","currency":"EUR","default":true}
    ]
    "#);
}

#[test]
fn items_export_and_import_round_trip() {
    let env = TestEnv::new();
    env.ok("uom add day");
    env.ok("uom add half-day");
    env.ok("item-group add Coworking");
    env.ok("item add DESK --name 'Desk, by the day' --uom day --group Coworking --booking-uom day --booking-uom half-day --publish --vat-rate 20");
    env.ok("item add MEMBER --name Membership --recurring --description Yearly");
    let exported = env.ok("item export");

    let other = TestEnv::new();
    other.ok("uom add day");
    other.ok("uom add half-day");
    other.ok("item-group add Coworking");
    other.write("items.csv", &exported);
    other.ok("item import items.csv");
    assert_eq!(other.ok("item export"), exported);
}

#[test]
fn an_item_import_with_an_unknown_group_names_the_line() {
    let env = TestEnv::new();
    env.write("items.csv", "code,name,group\nA,Alpha,\nB,Bravo,Nope\n");
    let err = env.fails("item import items.csv", Exit::BadData);
    assert!(err.contains("items.csv:3") && err.contains("Nope"), "{err}");
    assert_eq!(env.ok("item list --format json"), "[]\n");
}

#[test]
fn an_item_import_without_some_columns_keeps_those_fields() {
    let env = TestEnv::new();
    env.ok("uom add month");
    env.ok("item add DESK --name Desk --uom month --recurring --vat-rate 10");
    env.write("items.csv", "code,name\nDESK,Dedicated desk\n");
    env.ok("item import items.csv");
    assert_snapshot!(env.ok("item show DESK --format json"), @r#"
    {
      "code": "DESK",
      "name": "Dedicated desk",
      "group": null,
      "uom": "month",
      "recurring": true,
      "vat_rate": "10",
      "published": false,
      "booking_uoms": "",
      "description": null,
      "disabled": false
    }
    "#);
}
