//! `subs catalog export` on a small catalogue: what is published, under which group, at
//! which price per booking unit, as JSON and as a page checked in headless Chromium.

use insta::assert_json_snapshot;

use crate::catalog_page::{Dump, assert_well_formed, dump_dom, group, start_tags};
use crate::env::{Exit, TestEnv};
use crate::tools;

/// Rooms, coworking and fablab items, some published, some not, priced in a default list
/// (with a later price not valid yet) and in a members' list that must not show.
fn catalogue() -> TestEnv {
    let mut env = TestEnv::new();
    env.at("2026-01-01");
    for line in [
        "vat add TVA20 --rate 20 --default",
        "uom add month --name mois",
        "uom add day --name jour",
        "uom add half-day --name demi-journée",
        "uom add hour --name heure",
        "item-group add Espaces",
        "item-group add Salles --parent Espaces",
        "item-group add Coworking --parent Espaces",
        "item-group add Fablab",
        "item add ROOM-M --name 'Salle Lumière' --group Salles --uom day \
         --booking-uom half-day --booking-uom day \
         --description \"Jusqu'à 8 personnes, écran & tableau.\"",
        "uom convert ROOM-M day half-day 2",
        "item add DESK --name 'Poste fixe' --group Coworking --uom month --recurring --publish",
        "item add LASER --name 'Découpe laser' --group Fablab --uom hour --publish",
        "item add PRINT --name Impressions --publish",
        "item add SECRET --name 'Offre interne' --group Coworking",
        "item add OLD --name 'Ancien bureau' --group Coworking --publish",
        "item edit OLD --disable",
        "price-list add Standard --default",
        "price-list add Membres",
        "price set ROOM-M 45.00 --uom day",
        "price set ROOM-M 60.00 --uom day --from 2026-06-01",
        "price set ROOM-M 30.00 --uom day --list Membres",
        "price set DESK 310.00",
        "price set SECRET 1.00",
        "price set PRINT 0.10",
    ] {
        env.ok(line);
    }
    // Published after the fact, as the issue asks: `item edit --publish`.
    env.ok("item edit ROOM-M --publish");
    env.at("2026-02-01");
    env
}

#[test]
fn the_export_writes_the_published_catalogue_as_json_and_html() {
    let env = catalogue();
    assert_eq!(
        env.ok("catalog export --out site"),
        "site/catalog.json\nsite/index.html\n"
    );
    let text = std::fs::read_to_string(env.path("site/catalog.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    // No booking unit: the item's own unit; no price: null. Nothing unpublished, disabled,
    // from another list or not valid yet.
    assert_json_snapshot!(json, @r#"
    {
      "company": "Coworking Test",
      "currency": "EUR",
      "groups": [
        {
          "group": "Espaces/Coworking",
          "items": [
            {
              "code": "DESK",
              "name": "Poste fixe",
              "description": null,
              "prices": [
                {
                  "uom": "month",
                  "uom_name": "mois",
                  "rate": "310.00"
                }
              ]
            }
          ]
        },
        {
          "group": "Espaces/Salles",
          "items": [
            {
              "code": "ROOM-M",
              "name": "Salle Lumière",
              "description": "Jusqu'à 8 personnes, écran & tableau.",
              "prices": [
                {
                  "uom": "half-day",
                  "uom_name": "demi-journée",
                  "rate": "22.50"
                },
                {
                  "uom": "day",
                  "uom_name": "jour",
                  "rate": "45.00"
                }
              ]
            }
          ]
        },
        {
          "group": "Fablab",
          "items": [
            {
              "code": "LASER",
              "name": "Découpe laser",
              "description": null,
              "prices": [
                {
                  "uom": "hour",
                  "uom_name": "heure",
                  "rate": null
                }
              ]
            }
          ]
        },
        {
          "group": "",
          "items": [
            {
              "code": "PRINT",
              "name": "Impressions",
              "description": null,
              "prices": [
                {
                  "uom": "unit",
                  "uom_name": "Unit",
                  "rate": "0.10"
                }
              ]
            }
          ]
        }
      ]
    }
    "#);
    assert!(!text.contains("SECRET") && !text.contains("OLD"), "{text}");
}

#[test]
fn without_out_the_export_goes_to_catalog_and_reports_what_it_wrote() {
    let env = catalogue();
    assert_json_snapshot!(env.json("catalog export"), @r#"
    {
      "json": "catalog/catalog.json",
      "html": "catalog/index.html",
      "items": 4,
      "price_list": "Standard"
    }
    "#);
    assert!(env.path("catalog/index.html").exists());
}

#[test]
fn the_exported_page_reads_right_in_chromium() {
    let env = catalogue();
    env.ok("catalog export --out site");
    let page = env.path("site/index.html");
    let html = std::fs::read_to_string(&page).unwrap();
    assert_well_formed(&html);
    let Some(chromium) = tools::require("chromium") else {
        return;
    };
    let scratch = tempfile::tempdir().unwrap();
    let Dump { dom, log } = dump_dom(&chromium, &page, scratch.path());

    let console: Vec<_> = log.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(console.is_empty(), "the page logged: {console:#?}");
    assert_eq!(
        start_tags(&dom),
        start_tags(&html),
        "chromium had to repair the markup:\n{dom}"
    );
    assert!(
        dom.contains("<title>Coworking Test : catalogue</title>"),
        "{dom}"
    );
    let headings: Vec<_> = dom
        .match_indices("<h2>")
        .map(|(at, _)| {
            let rest = &dom[at + 4..];
            &rest[..rest.find("</h2>").unwrap()]
        })
        .collect();
    assert_eq!(
        headings,
        [
            "Espaces/Coworking",
            "Espaces/Salles",
            "Fablab",
            "Autres prestations"
        ]
    );
    let rooms = group(&dom, "Espaces/Salles");
    assert!(rooms.contains("<h3>Salle Lumière</h3>"), "{rooms}");
    assert!(
        rooms.contains("Jusqu'à 8 personnes, écran &amp; tableau."),
        "{rooms}"
    );
    assert!(
        rooms.contains("<li>22.50 EUR / demi-journée</li>"),
        "{rooms}"
    );
    assert!(rooms.contains("<li>45.00 EUR / jour</li>"), "{rooms}");
    assert!(
        !rooms.contains("60.00") && !rooms.contains("30.00"),
        "{rooms}"
    );
    let coworking = group(&dom, "Espaces/Coworking");
    assert!(
        coworking.contains("<li>310.00 EUR / mois</li>"),
        "{coworking}"
    );
    assert!(!coworking.contains("Offre interne") && !coworking.contains("Ancien bureau"));
    assert!(
        group(&dom, "Fablab").contains("<li>Sur demande / heure</li>"),
        "{dom}"
    );
    assert!(
        group(&dom, "Autres prestations").contains("<li>0.10 EUR / unité</li>"),
        "{dom}"
    );
}

#[test]
fn an_empty_catalogue_says_nothing_is_published_yet() {
    let env = TestEnv::new();
    env.ok("catalog export --out empty");
    let html = std::fs::read_to_string(env.path("empty/index.html")).unwrap();
    assert!(html.contains("Rien n'est encore publié."));
}

#[test]
fn an_export_into_a_file_that_is_not_a_directory_is_refused() {
    let env = TestEnv::new();
    env.write("file", "not a directory");
    env.fails("catalog export --out file", Exit::Refused);
}
