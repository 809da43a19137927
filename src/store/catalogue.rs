//! Rows of the catalogue: VAT rates, UOMs and conversions, item groups, items, price lists
//! and item prices.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::tx::{Tx, decimal, decimal_text, duplicate_as};
use crate::domain::catalogue::{
    Item, ItemGroup, ItemPrice, PriceList, Uom, UomConversion, VatRate,
};
use crate::domain::tiers::Tiers;
use crate::error::Result;

fn vat_from_row(row: &Row) -> rusqlite::Result<VatRate> {
    Ok(VatRate {
        code: row.get(0)?,
        rate: decimal(&row.get::<_, String>(1)?)?,
        is_default: row.get(2)?,
    })
}

fn item_from_row(row: &Row) -> rusqlite::Result<Item> {
    Ok(Item {
        code: row.get(0)?,
        name: row.get(1)?,
        group: row.get(2)?,
        uom: row.get(3)?,
        recurring: row.get(4)?,
        vat_rate: decimal(&row.get::<_, String>(5)?)?,
        published: row.get(6)?,
        description: row.get(7)?,
        disabled: row.get(8)?,
        booking_uoms: Vec::new(),
    })
}

const SELECT_ITEM: &str = "SELECT code, name, item_group, uom, recurring, vat_rate, published, description, disabled FROM items";

fn price_from_row(row: &Row) -> rusqlite::Result<ItemPrice> {
    let from: String = row.get(5)?;
    let tiers = match row.get::<_, Option<String>>(6)? {
        Some(text) => Some(Tiers::from_text(&text).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(6, rusqlite::types::Type::Text, Box::new(e))
        })?),
        None => None,
    };
    Ok(ItemPrice {
        item: row.get(0)?,
        price_list: row.get(1)?,
        uom: row.get(2)?,
        rate: decimal(&row.get::<_, String>(3)?)?,
        valid_to: row.get(4)?,
        valid_from: if from.is_empty() {
            None
        } else {
            Some(from.parse().map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    5,
                    rusqlite::types::Type::Text,
                    Box::new(e),
                )
            })?)
        },
        tiers,
    })
}

const SELECT_PRICE_LIST: &str = "SELECT name, currency, is_default FROM price_lists";

fn price_list_from_row(row: &Row) -> rusqlite::Result<PriceList> {
    Ok(PriceList {
        name: row.get(0)?,
        currency: row.get(1)?,
        is_default: row.get(2)?,
    })
}

const SELECT_PRICE: &str =
    "SELECT item, price_list, uom, rate, valid_to, valid_from, tiers FROM item_prices";

impl Tx<'_> {
    // ── VAT rates ──

    pub fn vat_insert(&self, vat: &VatRate) -> Result<()> {
        if vat.is_default {
            self.exec(
                "UPDATE vat_rates SET is_default = 0 WHERE is_default = 1",
                [],
            )?;
        }
        self.conn()
            .execute(
                "INSERT INTO vat_rates (code, rate, is_default) VALUES (?1, ?2, ?3)",
                params![vat.code, decimal_text(vat.rate), vat.is_default],
            )
            .map_err(duplicate_as("VAT rate", &vat.code))?;
        Ok(())
    }

    pub fn vat_rates(&self) -> Result<Vec<VatRate>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT code, rate, is_default FROM vat_rates ORDER BY code")?;
        Ok(stmt
            .query_map([], vat_from_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    pub fn vat_rate(&self, code: &str) -> Result<Option<VatRate>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT code, rate, is_default FROM vat_rates WHERE code = ?1",
                [code],
                vat_from_row,
            )
            .optional()?)
    }

    pub fn vat_default(&self) -> Result<Option<VatRate>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT code, rate, is_default FROM vat_rates WHERE is_default = 1",
                [],
                vat_from_row,
            )
            .optional()?)
    }

    // ── units of measure ──

    pub fn uom_insert(&self, uom: &Uom) -> Result<()> {
        self.conn()
            .execute(
                "INSERT INTO uoms (code, name) VALUES (?1, ?2)",
                params![uom.code, uom.name],
            )
            .map_err(duplicate_as("UOM", &uom.code))?;
        Ok(())
    }

    /// Creates the UOM unless it exists; true when it was created.
    pub fn uom_ensure(&self, code: &str, name: &str) -> Result<bool> {
        Ok(self.exec(
            "INSERT OR IGNORE INTO uoms (code, name) VALUES (?1, ?2)",
            params![code, name],
        )? > 0)
    }

    pub fn uom_exists(&self, code: &str) -> Result<bool> {
        Ok(self
            .conn()
            .prepare_cached("SELECT 1 FROM uoms WHERE code = ?1")?
            .exists([code])?)
    }

    pub fn uoms(&self) -> Result<Vec<Uom>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT code, name, time_unit, time_count FROM uoms ORDER BY code")?;
        let rows = stmt.query_map([], super::time_units::uom_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn conversion_upsert(&self, c: &UomConversion) -> Result<()> {
        self.exec(
            "INSERT INTO uom_conversions (item, from_uom, to_uom, factor) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (item, from_uom, to_uom) DO UPDATE SET factor = excluded.factor",
            params![c.item, c.from, c.to, decimal_text(c.factor)],
        )?;
        Ok(())
    }

    /// The conversions declared for `item` (or for every item when `None`).
    pub fn conversions(&self, item: Option<&str>) -> Result<Vec<UomConversion>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT item, from_uom, to_uom, factor FROM uom_conversions
             WHERE ?1 IS NULL OR item = ?1 ORDER BY item, from_uom, to_uom",
        )?;
        let rows = stmt.query_map([item], |r| {
            Ok(UomConversion {
                item: r.get(0)?,
                from: r.get(1)?,
                to: r.get(2)?,
                factor: decimal(&r.get::<_, String>(3)?)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    // ── item groups ──

    pub fn group_insert(&self, group: &ItemGroup) -> Result<()> {
        self.conn()
            .execute(
                "INSERT INTO item_groups (name, parent) VALUES (?1, ?2)",
                params![group.name, group.parent],
            )
            .map_err(duplicate_as("item group", &group.name))?;
        Ok(())
    }

    pub fn group_exists(&self, name: &str) -> Result<bool> {
        Ok(self
            .conn()
            .prepare_cached("SELECT 1 FROM item_groups WHERE name = ?1")?
            .exists([name])?)
    }

    pub fn groups(&self) -> Result<Vec<ItemGroup>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT name, parent FROM item_groups ORDER BY name")?;
        let rows = stmt.query_map([], |r| {
            Ok(ItemGroup {
                name: r.get(0)?,
                parent: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    // ── items ──

    pub fn item_insert(&self, item: &Item) -> Result<()> {
        self.conn()
            .execute(
                "INSERT INTO items (code, name, item_group, uom, recurring, vat_rate, published, description, disabled)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    item.code,
                    item.name,
                    item.group,
                    item.uom,
                    item.recurring,
                    decimal_text(item.vat_rate),
                    item.published,
                    item.description,
                    item.disabled
                ],
            )
            .map_err(duplicate_as("item", &item.code))?;
        self.item_set_booking_uoms(&item.code, &item.booking_uoms)
    }

    pub fn item_update(&self, item: &Item) -> Result<()> {
        self.exec(
            "UPDATE items SET name = ?2, item_group = ?3, uom = ?4, recurring = ?5, vat_rate = ?6,
                 published = ?7, description = ?8, disabled = ?9
             WHERE code = ?1",
            params![
                item.code,
                item.name,
                item.group,
                item.uom,
                item.recurring,
                decimal_text(item.vat_rate),
                item.published,
                item.description,
                item.disabled
            ],
        )?;
        self.item_set_booking_uoms(&item.code, &item.booking_uoms)
    }

    fn item_set_booking_uoms(&self, item: &str, uoms: &[String]) -> Result<()> {
        self.conn()
            .execute("DELETE FROM item_booking_uoms WHERE item = ?1", [item])?;
        let mut stmt = self.conn().prepare_cached(
            "INSERT INTO item_booking_uoms (item, uom, position) VALUES (?1, ?2, ?3)",
        )?;
        for (position, uom) in uoms.iter().enumerate() {
            stmt.execute(params![item, uom, position as i64])?;
        }
        Ok(())
    }

    fn item_booking_uoms(&self, item: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT uom FROM item_booking_uoms WHERE item = ?1 ORDER BY position",
        )?;
        let rows = stmt.query_map([item], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn item(&self, code: &str) -> Result<Option<Item>> {
        let item = self
            .conn()
            .prepare_cached(&format!("{SELECT_ITEM} WHERE code = ?1"))?
            .query_row([code], item_from_row)
            .optional()?;
        match item {
            Some(mut item) => {
                item.booking_uoms = self.item_booking_uoms(&item.code)?;
                Ok(Some(item))
            }
            None => Ok(None),
        }
    }

    pub fn items(&self) -> Result<Vec<Item>> {
        let mut stmt = self
            .conn()
            .prepare(&format!("{SELECT_ITEM} ORDER BY code"))?;
        let mut items: Vec<Item> = stmt
            .query_map([], item_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        for item in &mut items {
            item.booking_uoms = self.item_booking_uoms(&item.code)?;
        }
        Ok(items)
    }

    // ── price lists and prices ──

    pub fn price_list_insert(&self, list: &PriceList) -> Result<()> {
        if list.is_default {
            self.exec(
                "UPDATE price_lists SET is_default = 0 WHERE is_default = 1",
                [],
            )?;
        }
        self.conn()
            .execute(
                "INSERT INTO price_lists (name, currency, is_default) VALUES (?1, ?2, ?3)",
                params![list.name, list.currency, list.is_default],
            )
            .map_err(duplicate_as("price list", &list.name))?;
        Ok(())
    }

    pub fn price_list_make_default(&self, name: &str) -> Result<()> {
        self.exec(
            "UPDATE price_lists SET is_default = 0 WHERE is_default = 1",
            [],
        )?;
        self.exec(
            "UPDATE price_lists SET is_default = 1 WHERE name = ?1",
            [name],
        )?;
        Ok(())
    }

    pub fn price_lists(&self) -> Result<Vec<PriceList>> {
        let mut stmt = self
            .conn()
            .prepare(&format!("{SELECT_PRICE_LIST} ORDER BY name"))?;
        Ok(stmt
            .query_map([], price_list_from_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    pub fn price_list(&self, name: &str) -> Result<Option<PriceList>> {
        Ok(self
            .query_one(
                &format!("{SELECT_PRICE_LIST} WHERE name = ?1"),
                [name],
                price_list_from_row,
            )
            .optional()?)
    }

    pub fn default_price_list(&self) -> Result<Option<PriceList>> {
        Ok(self
            .query_one(
                &format!("{SELECT_PRICE_LIST} WHERE is_default = 1"),
                [],
                price_list_from_row,
            )
            .optional()?)
    }

    /// Sets the rate of (item, list, uom) from `valid_from`, replacing a price that starts on
    /// the same day.
    pub fn price_upsert(&self, price: &ItemPrice) -> Result<()> {
        let from = price.valid_from.map(|d| d.to_string()).unwrap_or_default();
        self.exec(
            "INSERT INTO item_prices (item, price_list, uom, rate, valid_from, valid_to, tiers)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (item, price_list, uom, valid_from)
             DO UPDATE SET rate = excluded.rate, valid_to = excluded.valid_to, tiers = excluded.tiers",
            params![
                price.item,
                price.price_list,
                price.uom,
                decimal_text(price.rate),
                from,
                price.valid_to,
                price.tiers.as_ref().map(Tiers::text)
            ],
        )?;
        Ok(())
    }

    /// Prices, optionally of one item and/or one list, by item, list, uom, start.
    pub fn prices(&self, item: Option<&str>, list: Option<&str>) -> Result<Vec<ItemPrice>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT_PRICE} WHERE (?1 IS NULL OR item = ?1) AND (?2 IS NULL OR price_list = ?2)
             ORDER BY item, price_list, uom, valid_from"
        ))?;
        let rows = stmt.query_map(params![item, list], price_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Prices of `item` in `list` that may apply on `date` (any UOM).
    pub fn prices_on(&self, item: &str, list: &str, date: NaiveDate) -> Result<Vec<ItemPrice>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT_PRICE} WHERE item = ?1 AND price_list = ?2 AND valid_from <= ?3
                 AND (valid_to IS NULL OR valid_to >= ?3)"
        ))?;
        let rows = stmt.query_map(params![item, list, date], price_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
