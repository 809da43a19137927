//! The published website catalogue (DESIGN §12): the items marked for publication, grouped
//! by item group, as JSON for a website to consume and as one standalone HTML page.
//!
//! The caller gathers the items with their group path and their default-list prices; this
//! module only orders and formats them. Both outputs share one order: groups by path in tree
//! order (a group right before its subgroups), ungrouped items last, items by name.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::json;

use crate::domain::messages::{Catalogue, fill_html};
use crate::domain::money::{format_rate, minor_digits};
use crate::error::Error;
use crate::formats::render;

const CATALOG_TEMPLATE: &str = include_str!("website/catalog.html");
const CATALOG_TEMPLATE_NAME: &str = "catalog.html";

/// One published item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogItem {
    pub code: String,
    pub name: String,
    /// Root first, e.g. `["Spaces", "Rooms"]`; empty when the item has no group.
    pub group_path: Vec<String>,
    pub description: Option<String>,
    pub booking_units: Vec<CatalogPrice>,
}

/// One bookable unit of an item and its price.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogPrice {
    pub uom: String,
    pub uom_name: String,
    /// Decimal string from the default price list; `None` when not priced.
    pub rate: Option<String>,
}

/// The catalogue as pretty JSON:
/// `{ "company", "currency", "groups": [ { "group", "items": [ { "code", "name",
/// "description", "prices": [ { "uom", "uom_name", "rate" } ] } ] } ] }`.
/// Ungrouped items are in the group `""`; an unpriced unit has `"rate": null`.
pub fn catalog_json(company: &str, currency: &str, items: &[CatalogItem]) -> String {
    let digits = minor_digits(currency);
    let groups: Vec<_> = grouped(items)
        .into_iter()
        .map(|(path, items)| {
            json!({
                "group": path.join("/"),
                "items": items.iter().map(|item| json!({
                    "code": item.code,
                    "name": item.name,
                    "description": item.description,
                    "prices": item.booking_units.iter().map(|price| json!({
                        "uom": price.uom,
                        "uom_name": price.uom_name,
                        "rate": price.rate.as_deref().map(|rate| rate_text(rate, digits)),
                    })).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let document = json!({ "company": company, "currency": currency, "groups": groups });
    // The alternate form of a JSON value is its pretty print, and cannot fail.
    format!("{document:#}\n")
}

/// The catalogue as one complete HTML5 page, in the documents' language: no external
/// resource, no script.
pub fn catalog_html(
    t: &'static Catalogue,
    company: &str,
    currency: &str,
    items: &[CatalogItem],
) -> Result<String, Error> {
    let digits = minor_digits(currency);
    let page = CatalogPage {
        lang: t.lang,
        title: fill_html(t.catalog_title, &[("company", company)]),
        intro: fill_html(t.catalog_intro, &[("currency", currency)]),
        empty: fill_html(t.catalog_empty, &[]),
        company,
        groups: grouped(items)
            .into_iter()
            .map(|(path, items)| GroupView {
                label: if path.is_empty() {
                    t.catalog_other.to_string()
                } else {
                    path.join("/")
                },
                items: items
                    .into_iter()
                    .map(|item| ItemView {
                        code: &item.code,
                        name: &item.name,
                        description: item.description.as_deref(),
                        prices: price_texts(t, item, currency, digits),
                    })
                    .collect(),
            })
            .collect(),
    };
    render::render(
        CATALOG_TEMPLATE_NAME,
        CATALOG_TEMPLATE,
        render::to_value(&page)?,
        true,
        &render::Locale::new(t, currency),
    )
}

/// Items by group path in tree order, ungrouped last; items by name (ignoring case), then
/// code so that equal names keep a stable order.
fn grouped(items: &[CatalogItem]) -> Vec<(&[String], Vec<&CatalogItem>)> {
    let mut groups: BTreeMap<(bool, &[String]), Vec<&CatalogItem>> = BTreeMap::new();
    for item in items {
        let path = item.group_path.as_slice();
        groups
            .entry((path.is_empty(), path))
            .or_default()
            .push(item);
    }
    groups
        .into_iter()
        .map(|((_, path), mut items)| {
            items.sort_by_cached_key(|item| (item.name.to_lowercase(), item.code.clone()));
            (path, items)
        })
        .collect()
}

/// `25.00 EUR / demi-journée`, or `Sur demande / demi-journée` when the unit has no price.
fn price_texts(t: &Catalogue, item: &CatalogItem, currency: &str, digits: u32) -> Vec<String> {
    if item.booking_units.is_empty() {
        return vec![t.on_request.to_string()];
    }
    item.booking_units
        .iter()
        .map(|price| {
            let unit = t.unit_name(&price.uom, &price.uom_name);
            match &price.rate {
                Some(rate) => format!("{} {currency} / {unit}", rate_text(rate, digits)),
                None => format!("{} / {unit}", t.on_request),
            }
        })
        .collect()
}

/// A rate as the currency shows it (`25` → `25.00`); text that is not a decimal is shown
/// as given rather than hidden.
fn rate_text(rate: &str, digits: u32) -> String {
    rate.trim()
        .parse::<Decimal>()
        .map(|value| format_rate(value, digits))
        .unwrap_or_else(|_| rate.to_string())
}

/// The page's values; `title`, `intro` and `empty` are catalogue phrases as safe HTML.
#[derive(Serialize)]
struct CatalogPage<'a> {
    lang: &'static str,
    title: String,
    intro: String,
    empty: String,
    company: &'a str,
    groups: Vec<GroupView<'a>>,
}

#[derive(Serialize)]
struct GroupView<'a> {
    label: String,
    items: Vec<ItemView<'a>>,
}

#[derive(Serialize)]
struct ItemView<'a> {
    code: &'a str,
    name: &'a str,
    description: Option<&'a str>,
    prices: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::messages::FR;

    fn price(uom: &str, uom_name: &str, rate: Option<&str>) -> CatalogPrice {
        CatalogPrice {
            uom: uom.into(),
            uom_name: uom_name.into(),
            rate: rate.map(String::from),
        }
    }

    fn item(code: &str, name: &str, group: &[&str], prices: Vec<CatalogPrice>) -> CatalogItem {
        CatalogItem {
            code: code.into(),
            name: name.into(),
            group_path: group.iter().map(|g| g.to_string()).collect(),
            description: None,
            booking_units: prices,
        }
    }

    fn sample() -> Vec<CatalogItem> {
        vec![
            item(
                "PRINT",
                "Impressions",
                &[],
                vec![price("unit", "page", Some("0.1"))],
            ),
            item(
                "ROOM-M",
                "Meeting room",
                &["Spaces", "Rooms"],
                vec![
                    price("half-day", "half-day", Some("25")),
                    price("day", "day", Some("45.00")),
                ],
            ),
            item(
                "DESK",
                "desk",
                &["Spaces"],
                vec![price("month", "month", Some("210"))],
            ),
            item(
                "BOARD",
                "Board room",
                &["Spaces", "Rooms"],
                vec![price("day", "day", Some("120"))],
            ),
            item(
                "EVENT",
                "Event hall",
                &["Spaces Extra"],
                vec![price("day", "day", None)],
            ),
        ]
    }

    #[test]
    fn groups_follow_the_tree_and_items_their_names() {
        let items = sample();
        let order: Vec<(String, Vec<&str>)> = grouped(&items)
            .into_iter()
            .map(|(path, items)| {
                (
                    path.join("/"),
                    items.iter().map(|i| i.code.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            order,
            vec![
                ("Spaces".to_string(), vec!["DESK"]),
                ("Spaces/Rooms".to_string(), vec!["BOARD", "ROOM-M"]),
                ("Spaces Extra".to_string(), vec!["EVENT"]),
                (String::new(), vec!["PRINT"]),
            ]
        );
        let html = catalog_html(&FR, "Lumière", "EUR", &items).unwrap();
        let headings: Vec<_> = html
            .lines()
            .filter_map(|l| l.trim().strip_prefix("<h2>")?.strip_suffix("</h2>"))
            .collect();
        assert_eq!(
            headings,
            [
                "Spaces",
                "Spaces/Rooms",
                "Spaces Extra",
                "Autres prestations"
            ]
        );
        let (board, room) = (html.find("Board room"), html.find("Meeting room"));
        assert!(board.is_some() && board < room);
        // Units created without a name read in the page's language.
        assert!(html.contains("<li>25.00 EUR / demi-journée</li>"));
        assert!(html.contains("<li>45.00 EUR / jour</li>"));
        assert!(html.contains("<li>0.10 EUR / page</li>"));
    }

    #[test]
    fn everything_user_typed_is_escaped() {
        let mut evil = item(
            "X1",
            "<script>alert(1)</script> & Co",
            &["<b>Spaces</b>"],
            vec![price("day", "jour \"plein\"", Some("10"))],
        );
        evil.description = Some("<img src=x onerror=alert(1)>".into());
        let html = catalog_html(&FR, "A&B <Coworking>", "EUR", &[evil]).unwrap();
        assert!(!html.contains("<script>") && !html.contains("<img") && !html.contains("<b>"));
        assert!(html.contains("<h3>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</h3>"));
        assert!(html.contains("<h2>&lt;b&gt;Spaces&lt;/b&gt;</h2>"));
        assert!(html.contains("<title>A&amp;B &lt;Coworking&gt; : catalogue</title>"));
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(html.contains("<li>10.00 EUR / jour &quot;plein&quot;</li>"));
    }

    #[test]
    fn unpriced_units_and_items_are_on_request() {
        let items = [
            item(
                "EVENT",
                "Event hall",
                &["Spaces"],
                vec![price("day", "day", None)],
            ),
            item("COACH", "Coaching", &["Services"], vec![]),
        ];
        let html = catalog_html(&FR, "Lumière", "EUR", &items).unwrap();
        assert!(html.contains("<li>Sur demande / jour</li>"), "{html}");
        assert!(html.contains("<li>Sur demande</li>"));
        let json: serde_json::Value =
            serde_json::from_str(&catalog_json("Lumière", "EUR", &items)).unwrap();
        assert_eq!(
            json["groups"][1]["items"][0]["prices"][0]["rate"],
            serde_json::Value::Null
        );
    }

    #[test]
    fn an_empty_catalogue_is_a_page_saying_nothing_is_published() {
        let html = catalog_html(&FR, "Lumière", "EUR", &[]).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
        assert!(html.contains("<meta charset=\"utf-8\">"));
        assert!(html.contains("<title>Lumière : catalogue</title>"));
        assert!(html.contains("Rien n'est encore publié."));
        assert!(!html.contains("<section"));
        assert!(html.trim_end().ends_with("</html>"));
        let json: serde_json::Value =
            serde_json::from_str(&catalog_json("Lumière", "EUR", &[])).unwrap();
        assert_eq!(json["groups"], serde_json::json!([]));
    }

    #[test]
    fn the_page_loads_nothing_and_runs_nothing() {
        let html = catalog_html(&FR, "Lumière", "EUR", &sample()).unwrap();
        for forbidden in ["<script", "<link", "src=", "http://", "https://", "@import"] {
            assert!(!html.contains(forbidden), "{forbidden}");
        }
        assert_eq!(html.matches("<section>").count(), 4);
        assert_eq!(html.matches("</section>").count(), 4);
    }

    #[test]
    fn the_json_parses_back_with_every_field() {
        let mut items = sample();
        items[1].description = Some("Jusqu'à 8 personnes".into());
        let text = catalog_json("Lumière", "EUR", &items);
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(json["company"], "Lumière");
        assert_eq!(json["currency"], "EUR");
        let groups: Vec<_> = json["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["group"].as_str().unwrap())
            .collect();
        assert_eq!(groups, ["Spaces", "Spaces/Rooms", "Spaces Extra", ""]);
        assert_eq!(
            json["groups"][1]["items"][1],
            serde_json::json!({
                "code": "ROOM-M",
                "name": "Meeting room",
                "description": "Jusqu'à 8 personnes",
                "prices": [
                    { "uom": "half-day", "uom_name": "half-day", "rate": "25.00" },
                    { "uom": "day", "uom_name": "day", "rate": "45.00" },
                ],
            })
        );
        assert!(
            text.starts_with("{\n  \"company\": \"Lumière\","),
            "pretty: {text}"
        );
    }
}
