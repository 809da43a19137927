//! What is sold: items, units, groups, price lists, prices, VAT rates.

use serde::Serialize;

use crate::domain::catalogue::{
    Item, ItemGroup, ItemPrice, PriceList, Uom, UomConversion, VatRate,
};
use crate::domain::money::format_decimal;

#[derive(Debug, Default, Serialize)]
pub struct ItemView {
    pub code: String,
    pub name: String,
    pub group: Option<String>,
    pub uom: String,
    pub recurring: bool,
    pub vat_rate: String,
    pub published: bool,
    pub booking_uoms: String,
    pub description: Option<String>,
    pub disabled: bool,
}

impl From<&Item> for ItemView {
    fn from(i: &Item) -> Self {
        ItemView {
            code: i.code.clone(),
            name: i.name.clone(),
            group: i.group.clone(),
            uom: i.uom.clone(),
            recurring: i.recurring,
            vat_rate: format_decimal(i.vat_rate),
            published: i.published,
            booking_uoms: i.booking_uoms.join(" "),
            description: i.description.clone(),
            disabled: i.disabled,
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct UomView {
    pub code: String,
    pub name: String,
    /// The span of time it names (`month`, `month×3`), empty when none.
    pub time: String,
}

impl From<&Uom> for UomView {
    fn from(u: &Uom) -> Self {
        UomView {
            code: u.code.clone(),
            name: u.name.clone(),
            time: u.time.map(|t| t.describe()).unwrap_or_default(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct ConversionView {
    pub item: String,
    pub from: String,
    pub to: String,
    pub factor: String,
}

impl From<&UomConversion> for ConversionView {
    fn from(c: &UomConversion) -> Self {
        ConversionView {
            item: c.item.clone(),
            from: c.from.clone(),
            to: c.to.clone(),
            factor: format_decimal(c.factor),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct ItemGroupView {
    pub name: String,
    pub parent: Option<String>,
    pub path: String,
}

impl ItemGroupView {
    pub fn new(group: &ItemGroup, path: &str) -> Self {
        ItemGroupView {
            name: group.name.clone(),
            parent: group.parent.clone(),
            path: path.to_string(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct PriceListView {
    pub name: String,
    pub currency: String,
    pub default: bool,
}

impl From<&PriceList> for PriceListView {
    fn from(p: &PriceList) -> Self {
        PriceListView {
            name: p.name.clone(),
            currency: p.currency.clone(),
            default: p.is_default,
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct PriceView {
    pub item: String,
    pub price_list: String,
    pub uom: String,
    pub rate: String,
    pub valid_from: Option<String>,
    pub valid_to: Option<String>,
    /// Graduated tiers, `FROM-[TO]:RATE` joined by `;` (`rate` is then the first tier's).
    pub tiers: Option<String>,
}

impl PriceView {
    /// `digits`: the minor digits of the price list's currency.
    pub fn new(p: &ItemPrice, digits: u32) -> Self {
        PriceView {
            item: p.item.clone(),
            price_list: p.price_list.clone(),
            uom: p.uom.clone(),
            rate: crate::domain::money::format_rate(p.rate, digits),
            valid_from: p.valid_from.map(|d| d.to_string()),
            valid_to: p.valid_to.map(|d| d.to_string()),
            tiers: p.tiers.as_ref().map(|t| t.text()),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct VatView {
    pub code: String,
    pub rate: String,
    pub default: bool,
}

impl From<&VatRate> for VatView {
    fn from(v: &VatRate) -> Self {
        VatView {
            code: v.code.clone(),
            rate: format_decimal(v.rate),
            default: v.is_default,
        }
    }
}
