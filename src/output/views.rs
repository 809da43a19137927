//! The records scripts read: one flat struct per kind, field names as in CLI.md. Amounts
//! and decimals are strings, dates `YYYY-MM-DD`, missing values `null` (empty in CSV).

use serde::Serialize;

use crate::domain::catalogue::{
    Item, ItemGroup, ItemPrice, PriceList, Uom, UomConversion, VatRate,
};
use crate::domain::customer::Customer;
use crate::domain::money::format_decimal;
use crate::ops::company::SettingValue;
use crate::store::AuditEntry;

#[derive(Debug, Default, Serialize)]
pub struct CustomerView {
    pub code: String,
    pub name: String,
    pub email: Option<String>,
    pub address: Option<String>,
    pub price_list: Option<String>,
    pub vat_id: Option<String>,
    pub siren: Option<String>,
    pub kind: String,
    pub payment_method: String,
    pub disabled: bool,
}

impl From<&Customer> for CustomerView {
    fn from(c: &Customer) -> Self {
        CustomerView {
            code: c.code.clone(),
            name: c.name.clone(),
            email: c.email.clone(),
            address: c.address.clone(),
            price_list: c.price_list.clone(),
            vat_id: c.vat_id.clone(),
            siren: c.siren.clone(),
            kind: c.kind.as_str().into(),
            payment_method: c.payment_method.as_str().into(),
            disabled: c.disabled,
        }
    }
}

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
}

impl From<&Uom> for UomView {
    fn from(u: &Uom) -> Self {
        UomView {
            code: u.code.clone(),
            name: u.name.clone(),
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
}

impl From<&ItemPrice> for PriceView {
    fn from(p: &ItemPrice) -> Self {
        PriceView {
            item: p.item.clone(),
            price_list: p.price_list.clone(),
            uom: p.uom.clone(),
            rate: p.rate.to_string(),
            valid_from: p.valid_from.map(|d| d.to_string()),
            valid_to: p.valid_to.map(|d| d.to_string()),
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

#[derive(Debug, Default, Serialize)]
pub struct SettingView {
    pub key: String,
    pub value: Option<String>,
    pub default: bool,
    pub help: String,
}

impl From<&SettingValue> for SettingView {
    fn from(s: &SettingValue) -> Self {
        SettingView {
            key: s.key.into(),
            value: s.value.clone(),
            default: s.is_default,
            help: s.help.into(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct AuditView {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub command: String,
    pub entity: String,
    pub change: String,
}

impl From<AuditEntry> for AuditView {
    fn from(e: AuditEntry) -> Self {
        AuditView {
            id: e.id,
            at: e.at,
            actor: e.actor,
            command: e.command,
            entity: e.entity,
            change: e.change,
        }
    }
}
