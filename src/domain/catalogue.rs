//! What is sold: VAT rates, units of measure, item groups, items, price lists and prices.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::money::{DecimalRule, parse_decimal};
use crate::domain::tiers::Tiers;
use crate::error::Error;

/// The unit every item falls back to when none is given; created on first use.
pub const DEFAULT_UOM: &str = "unit";

/// VAT rates are percentages with at most two decimals (20, 5.5, 2.1).
pub const VAT_RATE_RULE: DecimalRule = DecimalRule::non_negative(2);

/// Quantities: up to three decimals, as accounting software usually keeps them.
pub const QTY_RULE: DecimalRule = DecimalRule::positive(3);

/// UOM conversion factors: positive, up to six decimals.
pub const FACTOR_RULE: DecimalRule = DecimalRule::positive(6);

pub fn parse_vat_rate(field: &str, text: &str) -> Result<Decimal, Error> {
    let rate = parse_decimal(field, text, VAT_RATE_RULE)?;
    if rate > Decimal::ONE_HUNDRED {
        return Err(Error::invalid(field, format!("{text:?} is above 100 %")));
    }
    Ok(rate)
}

#[derive(Debug, Clone, PartialEq)]
pub struct VatRate {
    pub code: String,
    pub rate: Decimal,
    pub is_default: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Uom {
    pub code: String,
    pub name: String,
    /// The span of time it names, when declared as one (`uom add mois --time month`).
    pub time: Option<crate::domain::time_unit::TimeUnit>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ItemGroup {
    pub name: String,
    pub parent: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub code: String,
    pub name: String,
    pub group: Option<String>,
    pub uom: String,
    pub recurring: bool,
    pub vat_rate: Decimal,
    pub published: bool,
    pub description: Option<String>,
    pub disabled: bool,
    pub booking_uoms: Vec<String>,
}

/// 1 `from` = `factor` × `to`, for one item.
#[derive(Debug, Clone, PartialEq)]
pub struct UomConversion {
    pub item: String,
    pub from: String,
    pub to: String,
    pub factor: Decimal,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PriceList {
    pub name: String,
    pub currency: String,
    pub is_default: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ItemPrice {
    pub item: String,
    pub price_list: String,
    pub uom: String,
    pub rate: Decimal,
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
    /// Graduated tiers, when the price has them (`rate` is then the first tier's).
    pub tiers: Option<Tiers>,
}

impl ItemPrice {
    pub fn is_valid_on(&self, date: NaiveDate) -> bool {
        self.valid_from.is_none_or(|from| from <= date) && self.valid_to.is_none_or(|to| date <= to)
    }
}

/// The full path of a group in the tree, root first: `Spaces/Rooms`.
pub fn group_path(groups: &[ItemGroup], name: &str) -> String {
    group_path_parts(groups, name).join("/")
}

/// The groups from the root down to `name`: `["Spaces", "Rooms"]`.
pub fn group_path_parts(groups: &[ItemGroup], name: &str) -> Vec<String> {
    let mut path = vec![name.to_string()];
    let mut current = name;
    // Bounded walk: the store refuses cycles, this only guards against a damaged file.
    for _ in 0..groups.len() {
        match groups
            .iter()
            .find(|g| g.name == current)
            .and_then(|g| g.parent.as_deref())
        {
            Some(parent) => {
                path.push(parent.to_string());
                current = parent;
            }
            None => break,
        }
    }
    path.reverse();
    path
}
