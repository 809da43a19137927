//! The website catalogue (DESIGN §12): the published, enabled items with their group path,
//! their booking units (the item's own unit when it has none) and, per unit, the rate of
//! the default price list valid today (converted through the item's UOM conversions),
//! rendered as `catalog.json` and `index.html`.

use std::collections::HashMap;

use crate::domain::catalogue::group_path_parts;
use crate::domain::pricing::pick_list_price;
use crate::error::Result;
use crate::formats::website::{CatalogItem, CatalogPrice, catalog_html, catalog_json};
use crate::ops::Session;
use crate::ops::books::company_of;

/// The rendered catalogue.
#[derive(Debug, Clone)]
pub struct CatalogExport {
    pub json: String,
    pub html: String,
    pub items: usize,
    /// The default price list the rates come from; `None`: every unit is "on request".
    pub price_list: Option<String>,
    /// What a unit without a price shows, in the documents' language.
    pub on_request: &'static str,
}

pub fn export(s: &mut Session) -> Result<CatalogExport> {
    let today = s.today();
    let (company, currency, items, price_list, messages) = s.store.read(|tx| {
        let company = company_of(tx)?;
        let groups = tx.groups()?;
        let uom_names: HashMap<String, String> =
            tx.uoms()?.into_iter().map(|u| (u.code, u.name)).collect();
        let list = tx.default_price_list()?;
        let currency = list
            .as_ref()
            .map_or_else(|| company.currency.clone(), |l| l.currency.clone());
        let mut items = Vec::new();
        for item in tx.items()? {
            if !item.published || item.disabled {
                continue;
            }
            let units = if item.booking_uoms.is_empty() {
                vec![item.uom.clone()]
            } else {
                item.booking_uoms.clone()
            };
            let (prices, conversions) = match &list {
                Some(list) => (
                    tx.prices_on(&item.code, &list.name, today)?,
                    tx.conversions(Some(&item.code))?,
                ),
                None => (Vec::new(), Vec::new()),
            };
            let booking_units = units
                .into_iter()
                .map(|uom| CatalogPrice {
                    rate: pick_list_price(&prices, &uom, today, &conversions)
                        .map(|p| p.rate.normalize().to_string()),
                    uom_name: uom_names.get(&uom).cloned().unwrap_or_else(|| uom.clone()),
                    uom,
                })
                .collect();
            items.push(CatalogItem {
                code: item.code.clone(),
                name: item.name.clone(),
                group_path: item
                    .group
                    .as_deref()
                    .map(|g| group_path_parts(&groups, g))
                    .unwrap_or_default(),
                description: item.description.clone(),
                booking_units,
            });
        }
        let messages = company.messages();
        Ok((
            company.name,
            currency,
            items,
            list.map(|l| l.name),
            messages,
        ))
    })?;
    Ok(CatalogExport {
        json: catalog_json(&company, &currency, &items),
        html: catalog_html(messages, &company, &currency, &items)?,
        items: items.len(),
        price_list,
        on_request: messages.on_request,
    })
}
