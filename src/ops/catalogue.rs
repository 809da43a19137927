//! The catalogue: VAT rates, UOMs and conversions, item groups, items, price lists, prices.

use std::io::Write;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::json;

use super::Session;
use super::books::{company_of, find_item};
use super::csvio::{CsvColumns, CsvRow, ImportSummary, parse_flag};
use crate::domain::catalogue::{
    self, DEFAULT_UOM, Item, ItemGroup, ItemPrice, PriceList, Uom, UomConversion, VatRate,
    group_path,
};
use crate::domain::money::{RATE_RULE, minor_digits, parse_decimal};
use crate::domain::tiers::Tiers;
use crate::domain::values;
use crate::error::{Error, Result};
use crate::store::Tx;

// ── VAT ──

pub fn add_vat(s: &mut Session, code: &str, rate: Decimal, is_default: bool) -> Result<VatRate> {
    values::check_code("CODE", code)?;
    let vat = VatRate {
        code: code.to_string(),
        rate,
        is_default,
    };
    s.store.write(|tx| {
        tx.vat_insert(&vat)?;
        tx.audit(
            &format!("vat:{code}"),
            &json!({ "rate": rate.to_string(), "default": is_default }),
        )
    })?;
    Ok(vat)
}

pub fn list_vat(s: &mut Session) -> Result<Vec<VatRate>> {
    s.store.read(|tx| tx.vat_rates())
}

/// `--vat-rate` takes a VAT code or a percentage.
pub(crate) fn resolve_vat(tx: &Tx, field: &str, text: &str) -> Result<Decimal> {
    if let Some(vat) = tx.vat_rate(text.trim())? {
        return Ok(vat.rate);
    }
    catalogue::parse_vat_rate(field, text)
}

/// The VAT rate an item gets when none is given: the default rate, else 0.
pub(crate) fn default_vat(tx: &Tx) -> Result<Decimal> {
    Ok(tx.vat_default()?.map_or(Decimal::ZERO, |v| v.rate))
}

// ── UOMs ──

pub fn add_uom(s: &mut Session, code: &str, name: Option<String>) -> Result<Uom> {
    add_time_uom(s, code, name, None)
}

/// Adds a UOM, naming a span of time when `time` is given (`uom add mois --time month`).
pub fn add_time_uom(
    s: &mut Session,
    code: &str,
    name: Option<String>,
    time: Option<crate::domain::time_unit::TimeUnit>,
) -> Result<Uom> {
    values::check_code("CODE", code)?;
    let name = match name {
        Some(n) => values::non_empty("--name", &n)?,
        None => code.to_string(),
    };
    let uom = Uom {
        code: code.to_string(),
        name,
        time,
    };
    s.store.write(|tx| {
        tx.uom_insert(&uom)?;
        tx.uom_set_time(code, time)?;
        tx.audit(
            &format!("uom:{code}"),
            &json!({ "name": uom.name, "time": time.map(|t| t.describe()) }),
        )
    })?;
    Ok(uom)
}

pub fn list_uoms(s: &mut Session) -> Result<Vec<Uom>> {
    s.store.read(|tx| tx.uoms())
}

/// A UOM that must exist.
pub fn require_uom(tx: &Tx, code: &str) -> Result<()> {
    if tx.uom_exists(code)? {
        Ok(())
    } else {
        Err(Error::not_found_hint(
            "UOM",
            code,
            format!("create it with `subs uom add {code}`"),
        ))
    }
}

/// A UOM that must exist, except the default `unit`, created on first use.
fn resolve_uom(tx: &Tx, code: Option<&str>) -> Result<String> {
    match code {
        None | Some(DEFAULT_UOM) => {
            if tx.uom_ensure(DEFAULT_UOM, "Unit")? {
                tx.audit(
                    &format!("uom:{DEFAULT_UOM}"),
                    &json!({ "name": "Unit", "implicit": true }),
                )?;
            }
            Ok(DEFAULT_UOM.to_string())
        }
        Some(code) => {
            require_uom(tx, code)?;
            Ok(code.to_string())
        }
    }
}

/// Records that one `from` of `item` is `factor` `to` (`uom convert`).
pub fn convert_uom(s: &mut Session, conversion: UomConversion) -> Result<UomConversion> {
    let UomConversion {
        item,
        from,
        to,
        factor,
    } = &conversion;
    let (item, from, to, factor) = (item.as_str(), from.as_str(), to.as_str(), *factor);
    if from == to {
        return Err(Error::invalid(
            "TO",
            "a unit converts to another unit, not to itself",
        ));
    }
    s.store.write(|tx| {
        find_item(tx, item)?;
        require_uom(tx, from)?;
        require_uom(tx, to)?;
        tx.conversion_upsert(&conversion)?;
        tx.audit(
            &format!("item:{item}"),
            &json!({ "convert": { "from": from, "to": to, "factor": factor.to_string() } }),
        )
    })?;
    Ok(conversion)
}

pub fn list_conversions(s: &mut Session, item: Option<&str>) -> Result<Vec<UomConversion>> {
    s.store.read(|tx| tx.conversions(item))
}

// ── item groups ──

/// Adds a group; returns it with its path from the root.
pub fn add_group(s: &mut Session, name: &str, parent: Option<&str>) -> Result<(ItemGroup, String)> {
    let name = values::non_empty("NAME", name)?;
    let group = ItemGroup {
        name: name.clone(),
        parent: parent.map(String::from),
    };
    s.store.write(|tx| {
        if let Some(parent) = parent {
            if !tx.group_exists(parent)? {
                return Err(Error::not_found("item group", parent));
            }
        }
        tx.group_insert(&group)?;
        tx.audit(&format!("item-group:{name}"), &json!({ "parent": parent }))?;
        let path = group_path(&tx.groups()?, &name);
        Ok((group, path))
    })
}

/// Every group with its path from the root.
pub fn list_groups(s: &mut Session) -> Result<Vec<(ItemGroup, String)>> {
    let groups = s.store.read(|tx| tx.groups())?;
    let mut listed: Vec<_> = groups
        .iter()
        .map(|g| (g.clone(), group_path(&groups, &g.name)))
        .collect();
    listed.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(listed)
}

// ── items ──

/// A new item as typed; references and VAT are resolved in the transaction.
#[derive(Debug, Default, Clone)]
pub struct ItemInput {
    pub code: String,
    pub name: String,
    pub group: Option<String>,
    pub uom: Option<String>,
    pub recurring: bool,
    pub vat_rate: Option<String>,
    pub published: bool,
    pub description: Option<String>,
    pub booking_uoms: Vec<String>,
    pub disabled: bool,
}

/// Changes to an item; `None` leaves a field as it is.
#[derive(Debug, Default)]
pub struct ItemEdit {
    pub name: Option<String>,
    pub group: Option<Option<String>>,
    pub uom: Option<String>,
    pub recurring: Option<bool>,
    pub vat_rate: Option<String>,
    pub published: Option<bool>,
    pub description: Option<Option<String>>,
    pub booking_uoms: Option<Vec<String>>,
    pub disabled: Option<bool>,
}

fn item_change(item: &Item) -> serde_json::Value {
    json!({
        "name": item.name, "group": item.group, "uom": item.uom, "recurring": item.recurring,
        "vat_rate": item.vat_rate.to_string(), "published": item.published,
        "description": item.description, "booking_uoms": item.booking_uoms, "disabled": item.disabled,
    })
}

fn build_item(tx: &Tx, input: &ItemInput, field: &dyn Fn(&str) -> String) -> Result<Item> {
    values::check_code(&field("code"), &input.code)?;
    if let Some(group) = &input.group {
        if !tx.group_exists(group)? {
            return Err(Error::not_found_hint(
                "item group",
                group,
                format!("create it with `subs item-group add {group}`"),
            ));
        }
    }
    let uom = resolve_uom(tx, input.uom.as_deref())?;
    for booking in &input.booking_uoms {
        require_uom(tx, booking)?;
    }
    let vat_rate = match &input.vat_rate {
        Some(text) => resolve_vat(tx, &field("vat_rate"), text)?,
        None => default_vat(tx)?,
    };
    Ok(Item {
        code: input.code.clone(),
        name: values::non_empty(&field("name"), &input.name)?,
        group: input.group.clone(),
        uom,
        recurring: input.recurring,
        vat_rate,
        published: input.published,
        description: input
            .description
            .as_deref()
            .map(|d| values::non_empty(&field("description"), d))
            .transpose()?,
        disabled: input.disabled,
        booking_uoms: input.booking_uoms.clone(),
    })
}

fn flag_name(column: &str) -> String {
    match column {
        "code" => "CODE".into(),
        other => format!("--{}", other.replace('_', "-")),
    }
}

pub fn add_item(s: &mut Session, input: ItemInput) -> Result<Item> {
    s.store.write(|tx| insert_item(tx, &input))
}

/// `add_item`'s work inside a caller's transaction.
pub fn insert_item(tx: &Tx, input: &ItemInput) -> Result<Item> {
    let item = build_item(tx, input, &flag_name)?;
    tx.item_insert(&item)?;
    tx.audit(&format!("item:{}", item.code), &item_change(&item))?;
    Ok(item)
}

pub fn edit_item(s: &mut Session, code: &str, edit: ItemEdit) -> Result<Item> {
    s.store.write(|tx| update_item(tx, code, edit))
}

/// `edit_item`'s work inside a caller's transaction.
pub fn update_item(tx: &Tx, code: &str, edit: ItemEdit) -> Result<Item> {
    {
        let mut item = find_item(tx, code)?;
        if let Some(name) = edit.name {
            item.name = values::non_empty("--name", &name)?;
        }
        if let Some(group) = edit.group {
            if let Some(g) = &group {
                if !tx.group_exists(g)? {
                    return Err(Error::not_found("item group", g));
                }
            }
            item.group = group;
        }
        if let Some(uom) = edit.uom {
            item.uom = resolve_uom(tx, Some(&uom))?;
        }
        if let Some(recurring) = edit.recurring {
            item.recurring = recurring;
        }
        if let Some(vat) = edit.vat_rate {
            item.vat_rate = resolve_vat(tx, "--vat-rate", &vat)?;
        }
        if let Some(published) = edit.published {
            item.published = published;
        }
        if let Some(description) = edit.description {
            item.description = description
                .map(|d| values::non_empty("--description", &d))
                .transpose()?;
        }
        if let Some(booking) = edit.booking_uoms {
            for uom in &booking {
                require_uom(tx, uom)?;
            }
            item.booking_uoms = booking;
        }
        if let Some(disabled) = edit.disabled {
            item.disabled = disabled;
        }
        tx.item_update(&item)?;
        tx.audit(&format!("item:{code}"), &item_change(&item))?;
        Ok(item)
    }
}

pub fn get_item(s: &mut Session, code: &str) -> Result<Item> {
    s.store.read(|tx| find_item(tx, code))
}

pub fn list_items(s: &mut Session) -> Result<Vec<Item>> {
    s.store.read(|tx| tx.items())
}

/// Columns of `item export`, accepted back by `item import`; booking UOMs are `|`-separated.
pub const ITEM_CSV_COLUMNS: &[&str] = &[
    "code",
    "name",
    "group",
    "uom",
    "recurring",
    "vat_rate",
    "published",
    "description",
    "booking_uoms",
    "disabled",
];

fn item_input_from_row(row: &CsvRow) -> Result<ItemInput> {
    let flag = |column: &str| -> Result<bool> {
        row.get(column)
            .map(|v| parse_flag(&row.field(column), v))
            .transpose()
            .map(Option::unwrap_or_default)
    };
    Ok(ItemInput {
        code: row.required("code")?.to_string(),
        name: row.required("name")?.to_string(),
        group: row.get("group").map(String::from),
        uom: row.get("uom").map(String::from),
        recurring: flag("recurring")?,
        vat_rate: row.get("vat_rate").map(String::from),
        published: flag("published")?,
        description: row.get("description").map(String::from),
        booking_uoms: row
            .get("booking_uoms")
            .map(|v| {
                v.split('|')
                    .map(|u| u.trim().to_string())
                    .filter(|u| !u.is_empty())
                    .collect()
            })
            .unwrap_or_default(),
        disabled: flag("disabled")?,
    })
}

/// Imports items from CSV: new codes created, known ones updated; all or nothing.
/// An item row from a file, with the columns the file does not have taken from the item.
fn keep_absent_columns(
    existing: &Item,
    mut input: ItemInput,
    has: &dyn Fn(&str) -> bool,
) -> ItemInput {
    if !has("group") {
        input.group = existing.group.clone();
    }
    if !has("uom") {
        input.uom = Some(existing.uom.clone());
    }
    if !has("recurring") {
        input.recurring = existing.recurring;
    }
    if !has("vat_rate") {
        input.vat_rate = Some(existing.vat_rate.normalize().to_string());
    }
    if !has("published") {
        input.published = existing.published;
    }
    if !has("description") {
        input.description = existing.description.clone();
    }
    if !has("booking_uoms") {
        input.booking_uoms = existing.booking_uoms.clone();
    }
    if !has("disabled") {
        input.disabled = existing.disabled;
    }
    input
}

pub fn import_items(s: &mut Session, source: &str, bytes: &[u8]) -> Result<ImportSummary> {
    let mut inputs = Vec::new();
    let mut codes = std::collections::HashSet::new();
    let file = CsvColumns::read(source, bytes, ITEM_CSV_COLUMNS, &["code", "name"], |row| {
        let input = item_input_from_row(&row)?;
        if !codes.insert(input.code.clone()) {
            return Err(Error::invalid(
                row.field("code"),
                format!("{:?} appears twice in the file", input.code),
            ));
        }
        inputs.push((row.place(), input));
        Ok(())
    })?;
    s.store.write(|tx| {
        let mut summary = ImportSummary::default();
        for (place, input) in &inputs {
            let field = |column: &str| format!("{place}: column {column}");
            // A column the file does not have leaves that field of a known item as it was.
            let existing = tx.item(&input.code)?;
            let input = match &existing {
                Some(item) => keep_absent_columns(item, input.clone(), &|c| file.has_column(c)),
                None => input.clone(),
            };
            let item = build_item(tx, &input, &field).map_err(|e| match e {
                Error::NotFound { .. } => Error::invalid(place.clone(), e.to_string()),
                other => other,
            })?;
            match existing {
                Some(existing) if existing == item => summary.unchanged += 1,
                Some(_) => {
                    tx.item_update(&item)?;
                    summary.updated += 1;
                }
                None => {
                    tx.item_insert(&item)?;
                    summary.created += 1;
                }
            }
        }
        tx.audit(
            "item:*",
            &json!({ "import": source, "created": summary.created, "updated": summary.updated }),
        )?;
        Ok(summary)
    })
}

pub fn export_items(s: &mut Session, out: &mut dyn Write) -> Result<()> {
    let items = list_items(s)?;
    let mut writer = csv::Writer::from_writer(out);
    writer
        .write_record(ITEM_CSV_COLUMNS)
        .map_err(Error::from_csv)?;
    for item in items {
        writer
            .write_record([
                item.code.as_str(),
                &item.name,
                item.group.as_deref().unwrap_or(""),
                &item.uom,
                if item.recurring { "true" } else { "false" },
                &item.vat_rate.normalize().to_string(),
                if item.published { "true" } else { "false" },
                item.description.as_deref().unwrap_or(""),
                &item.booking_uoms.join("|"),
                if item.disabled { "true" } else { "false" },
            ])
            .map_err(Error::from_csv)?;
    }
    writer.flush().map_err(Error::Write)
}

// ── price lists and prices ──

pub fn add_price_list(
    s: &mut Session,
    name: &str,
    currency: Option<&str>,
    is_default: bool,
) -> Result<PriceList> {
    values::check_code("NAME", name)?;
    let currency = currency
        .map(|c| values::check_currency("--currency", c))
        .transpose()?;
    s.store.write(|tx| {
        let currency = match currency {
            Some(c) => c,
            None => company_of(tx)?.currency,
        };
        // The first list becomes the default: there is always one to price from.
        let is_default = is_default || tx.default_price_list()?.is_none();
        let list = PriceList {
            name: name.to_string(),
            currency,
            is_default,
        };
        tx.price_list_insert(&list)?;
        tx.audit(
            &format!("price-list:{name}"),
            &json!({ "currency": list.currency, "default": is_default }),
        )?;
        Ok(list)
    })
}

pub fn make_default_price_list(s: &mut Session, name: &str) -> Result<()> {
    s.store.write(|tx| {
        find_price_list(tx, name)?;
        tx.price_list_make_default(name)?;
        tx.audit(&format!("price-list:{name}"), &json!({ "default": true }))
    })
}

pub fn list_price_lists(s: &mut Session) -> Result<Vec<PriceList>> {
    s.store.read(|tx| tx.price_lists())
}

pub fn find_price_list(tx: &Tx, name: &str) -> Result<PriceList> {
    tx.price_list(name)?.ok_or_else(|| {
        Error::not_found_hint(
            "price list",
            name,
            format!("create it with `subs price-list add {name}`"),
        )
    })
}

/// A price as typed: an exact unit rate, up to six decimals whatever the list's currency.
pub struct PriceInput {
    pub item: String,
    /// The unit rate (unused by [`set_tiered_price`]).
    pub rate: String,
    pub list: Option<String>,
    pub uom: Option<String>,
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
}

pub fn set_price(s: &mut Session, input: PriceInput) -> Result<ItemPrice> {
    store_price(s, input, None)
}

/// Sets a price by graduated tiers (`--tier FROM-[TO]:RATE`, in order) instead of one
/// rate; `input.rate` is not read.
pub fn set_tiered_price(s: &mut Session, input: PriceInput, tiers: &[String]) -> Result<ItemPrice> {
    store_price(s, input, Some(tiers))
}

fn store_price(s: &mut Session, input: PriceInput, tiers: Option<&[String]>) -> Result<ItemPrice> {
    if let (Some(from), Some(to)) = (input.valid_from, input.valid_to) {
        if to < from {
            return Err(Error::invalid(
                "--to",
                format!("{to} is before --from {from}"),
            ));
        }
    }
    s.store.write(|tx| {
        let item = find_item(tx, &input.item)?;
        let list = match &input.list {
            Some(name) => find_price_list(tx, name)?,
            None => tx.default_price_list()?.ok_or_else(|| {
                Error::invalid("--list", "no price list given and none is the default; create one with `subs price-list add NAME --default`")
            })?,
        };
        let uom = match &input.uom {
            Some(u) => {
                require_uom(tx, u)?;
                u.clone()
            }
            None => item.uom.clone(),
        };
        let (rate, tiers) = match tiers {
            None => (parse_decimal("RATE", &input.rate, RATE_RULE)?, None),
            Some(specs) => {
                let tiers = Tiers::parse("--tier", specs)?;
                (tiers.first_rate(), Some(tiers))
            }
        };
        let price = ItemPrice {
            item: item.code.clone(),
            price_list: list.name.clone(),
            uom,
            rate,
            valid_from: input.valid_from,
            valid_to: input.valid_to,
            tiers,
        };
        tx.price_upsert(&price)?;
        tx.audit(
            &format!("item:{}", item.code),
            &json!({ "price": { "list": list.name, "uom": price.uom, "rate": rate.to_string(),
                "from": price.valid_from, "to": price.valid_to,
                "tiers": price.tiers.as_ref().map(Tiers::text) } }),
        )?;
        Ok(price)
    })
}

/// Prices with the minor digits of their list's currency.
pub fn list_prices(
    s: &mut Session,
    item: Option<&str>,
    list: Option<&str>,
) -> Result<Vec<(ItemPrice, u32)>> {
    s.store.read(|tx| {
        if let Some(item) = item {
            find_item(tx, item)?;
        }
        if let Some(list) = list {
            find_price_list(tx, list)?;
        }
        let lists = tx.price_lists()?;
        let digits = |name: &str| {
            lists
                .iter()
                .find(|l| l.name == name)
                .map_or(2, |l| minor_digits(&l.currency))
        };
        Ok(tx
            .prices(item, list)?
            .into_iter()
            .map(|p| {
                let d = digits(&p.price_list);
                (p, d)
            })
            .collect())
    })
}
