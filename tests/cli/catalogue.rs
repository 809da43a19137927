//! The catalogue: VAT rates, UOMs, item groups, items, price lists and prices.

use insta::assert_snapshot;

use crate::env::TestEnv;

#[test]
fn vat_rates_take_at_most_two_decimals_and_one_is_default() {
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
    assert!(env.fails("vat add X --rate 5.555", 65).contains("--rate"));
    assert!(env.fails("vat add X --rate -5", 65).contains("negative"));
    assert!(env.fails("vat add X --rate 120", 65).contains("100"));
    assert!(env.fails("vat add X --rate NaN", 65).contains("--rate"));
}

#[test]
fn items_default_to_the_unit_uom_and_the_default_vat_rate() {
    let env = TestEnv::new();
    env.ok("vat add TVA20 --rate 20 --default");
    env.ok("item add DESK --name Desk --recurring");
    let item = env.json("item show DESK");
    assert_eq!(item["uom"], "unit");
    assert_eq!(item["vat_rate"], "20");
    assert_eq!(item["recurring"], true);
}

#[test]
fn vat_rate_of_an_item_is_a_code_or_a_percentage() {
    let env = TestEnv::new();
    env.ok("vat add REDUIT --rate 5.5");
    env.ok("item add A --name A --vat-rate REDUIT");
    env.ok("item add B --name B --vat-rate 10");
    assert_eq!(env.json("item show A")["vat_rate"], "5.5");
    assert_eq!(env.json("item show B")["vat_rate"], "10");
    assert!(
        env.fails("item add C --name C --vat-rate abc", 65)
            .contains("--vat-rate")
    );
}

#[test]
fn items_with_groups_booking_uoms_and_publication() {
    let env = TestEnv::new();
    env.ok("item-group add Spaces");
    env.ok("item-group add Rooms --parent Spaces");
    for uom in ["hour", "half-day", "day"] {
        env.ok(&["uom", "add", uom]);
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
    let item = env.json("item show ROOM");
    assert_eq!(item["published"], false);
    assert_eq!(item["booking_uoms"], "");
}

#[test]
fn unknown_references_exit_66_and_write_nothing() {
    let env = TestEnv::new();
    let before = env.dump();
    assert!(
        env.fails("item add X --name X --group Nope", 66)
            .contains("item group Nope")
    );
    assert!(
        env.fails("item add X --name X --uom fortnight", 66)
            .contains("uom add fortnight")
    );
    assert!(
        env.fails("item-group add Child --parent Nope", 66)
            .contains("Nope")
    );
    assert!(
        env.fails("uom convert NOPE day hour 8", 66)
            .contains("item NOPE")
    );
    assert!(env.fails("price set NOPE 10", 66).contains("item NOPE"));
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
    assert!(
        env.fails("uom convert DESK day half-day 0", 65)
            .contains("FACTOR")
    );
    assert!(
        env.fails("uom convert DESK day day 2", 65)
            .contains("itself")
    );
}

#[test]
fn prices_are_exact_and_checked() {
    let env = TestEnv::new();
    env.ok("item add DESK --name Desk");
    assert!(
        env.fails("price set DESK 310", 65)
            .contains("no price list")
    );
    env.ok("price-list add Standard");
    env.ok("price set DESK 310.00");
    env.ok("price set DESK 320.50 --list Standard --from 2027-01-01");
    assert_snapshot!(env.ok("price list --format csv"), @"
    item,price_list,uom,rate,valid_from,valid_to
    DESK,Standard,unit,310.00,,
    DESK,Standard,unit,320.50,2027-01-01,
    ");
    for bad in ["310.0000001", "-1", "1e3", "NaN", "3,10"] {
        assert!(
            env.fails(&["price", "set", "DESK", bad], 65)
                .contains("RATE"),
            "{bad}"
        );
    }
    assert!(
        env.fails("price set DESK 1 --from 2026-02-30", 65)
            .contains("--from")
    );
    assert!(
        env.fails("price set DESK 1 --from 2026-03-01 --to 2026-02-01", 65)
            .contains("--to")
    );
    assert!(
        env.fails("price set DESK 1 --list Nope", 66)
            .contains("price list Nope")
    );
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
    let lists = env.json("price-list list");
    assert_eq!(lists[1]["default"], true);
    assert_eq!(lists[0]["default"], false);
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
    let file = other.write("items.csv", &exported);
    other.ok(&["item", "import", file.to_str().unwrap()]);
    assert_eq!(other.ok("item export"), exported);
}

#[test]
fn an_item_import_with_an_unknown_group_names_the_line() {
    let env = TestEnv::new();
    let file = env.write("items.csv", "code,name,group\nA,Alpha,\nB,Bravo,Nope\n");
    let err = env.fails(&["item", "import", file.to_str().unwrap()], 65);
    assert!(err.contains("items.csv:3") && err.contains("Nope"), "{err}");
    assert_eq!(env.ok("item list --format json"), "[]\n");
}

#[test]
fn an_item_import_without_some_columns_keeps_those_fields() {
    let env = TestEnv::new();
    env.ok("uom add month");
    env.ok("item add DESK --name Desk --uom month --recurring --vat-rate 10");
    let file = env.write("items.csv", "code,name\nDESK,Dedicated desk\n");
    env.ok(&["item", "import", file.to_str().unwrap()]);
    let item = env.json("item show DESK");
    assert_eq!(item["name"], "Dedicated desk");
    assert_eq!(item["uom"], "month");
    assert_eq!(item["recurring"], true);
    assert_eq!(item["vat_rate"], "10");
}
