//! How a line gets its unit rate (DESIGN §5): a fixed rate, or the item price valid on the
//! period's first day in the customer's list — or, when that list has none, in the default
//! list — converted through the item's UOM conversions when the price is in another unit.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::catalogue::{ItemPrice, UomConversion};
use crate::domain::tiers::Tiers;

/// Where a rate came from, for `invoice explain`.
#[derive(Debug, Clone, PartialEq)]
pub enum PriceSource {
    Fixed,
    PriceList {
        list: String,
        uom: String,
        valid_from: Option<NaiveDate>,
        converted_from: Option<String>,
        /// The customer's own list, when it had no price and this (default) list priced
        /// the line instead.
        instead_of: Option<String>,
    },
}

impl PriceSource {
    pub fn describe(&self) -> String {
        match self {
            PriceSource::Fixed => "fixed rate".into(),
            PriceSource::PriceList {
                list,
                uom,
                valid_from,
                converted_from,
                instead_of,
            } => {
                let mut text = format!("price list {list}");
                if let Some(from) = valid_from {
                    text.push_str(&format!(" from {from}"));
                }
                if let Some(other) = converted_from {
                    text.push_str(&format!(", per {other} converted to {uom}"));
                }
                if let Some(own) = instead_of {
                    text.push_str(&format!(" (the default list: none in {own})"));
                }
                text
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Priced {
    pub rate: Decimal,
    pub source: PriceSource,
    /// The price's graduated tiers, when it has them (`rate` is the first tier's).
    pub tiers: Option<Tiers>,
}

/// How many `to` make one `from` for an item, through a declared conversion either way.
pub fn conversion_factor(conversions: &[UomConversion], from: &str, to: &str) -> Option<Decimal> {
    if from == to {
        return Some(Decimal::ONE);
    }
    conversions.iter().find_map(|c| {
        if c.from == from && c.to == to {
            Some(c.factor)
        } else if c.from == to && c.to == from && !c.factor.is_zero() {
            Some(Decimal::ONE / c.factor)
        } else {
            None
        }
    })
}

/// Picks the price for a line in `uom` on `date` among the item's prices in one list.
///
/// A price in the line's own unit wins; otherwise a price in another unit is converted.
/// Among several valid prices, the one with the latest start applies.
pub fn pick_list_price(
    prices: &[ItemPrice],
    uom: &str,
    date: NaiveDate,
    conversions: &[UomConversion],
) -> Option<Priced> {
    let latest = |candidates: &mut dyn Iterator<Item = &ItemPrice>| -> Option<ItemPrice> {
        candidates
            .filter(|p| p.is_valid_on(date))
            .max_by_key(|p| p.valid_from)
            .cloned()
    };
    if let Some(price) = latest(&mut prices.iter().filter(|p| p.uom == uom)) {
        return Some(Priced {
            rate: price.rate,
            source: PriceSource::PriceList {
                list: price.price_list,
                uom: price.uom,
                valid_from: price.valid_from,
                converted_from: None,
                instead_of: None,
            },
            tiers: price.tiers,
        });
    }
    // Tier bounds count units of the price's own unit: a tiered price is not converted.
    let convertible = prices
        .iter()
        .filter(|p| p.tiers.is_none() && conversion_factor(conversions, uom, &p.uom).is_some());
    let price = latest(&mut convertible.into_iter())?;
    // 1 line uom = f price uoms, so the line's rate is f times the price's.
    let factor = conversion_factor(conversions, uom, &price.uom)?;
    Some(Priced {
        rate: price.rate * factor,
        source: PriceSource::PriceList {
            list: price.price_list,
            uom: uom.to_string(),
            valid_from: price.valid_from,
            converted_from: Some(price.uom),
            instead_of: None,
        },
        tiers: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn price(uom: &str, rate: i64, from: Option<&str>, to: Option<&str>) -> ItemPrice {
        ItemPrice {
            item: "DESK".into(),
            price_list: "Standard".into(),
            uom: uom.into(),
            rate: Decimal::from(rate),
            valid_from: from.map(|d| d.parse().unwrap()),
            valid_to: to.map(|d| d.parse().unwrap()),
            tiers: None,
        }
    }

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_latest_valid_price_wins() {
        let prices = [
            price("month", 300, None, None),
            price("month", 320, Some("2026-03-01"), None),
        ];
        assert_eq!(
            pick_list_price(&prices, "month", date("2026-02-28"), &[])
                .unwrap()
                .rate,
            Decimal::from(300)
        );
        assert_eq!(
            pick_list_price(&prices, "month", date("2026-03-01"), &[])
                .unwrap()
                .rate,
            Decimal::from(320)
        );
    }

    #[test]
    fn an_expired_price_does_not_apply() {
        let prices = [price("month", 300, None, Some("2026-01-31"))];
        assert!(pick_list_price(&prices, "month", date("2026-02-01"), &[]).is_none());
    }

    #[test]
    fn a_price_in_another_unit_is_converted_either_way() {
        let conversions = [UomConversion {
            item: "DESK".into(),
            from: "day".into(),
            to: "half-day".into(),
            factor: Decimal::from(2),
        }];
        let per_half_day = [price("half-day", 15, None, None)];
        let priced =
            pick_list_price(&per_half_day, "day", date("2026-01-01"), &conversions).unwrap();
        assert_eq!(priced.rate, Decimal::from(30));
        assert_eq!(
            priced.source.describe(),
            "price list Standard, per half-day converted to day"
        );
        let per_day = [price("day", 30, None, None)];
        assert_eq!(
            pick_list_price(&per_day, "half-day", date("2026-01-01"), &conversions)
                .unwrap()
                .rate,
            Decimal::from(15)
        );
    }

    #[test]
    fn no_price_and_no_conversion_is_none() {
        let prices = [price("year", 3000, None, None)];
        assert!(pick_list_price(&prices, "month", date("2026-01-01"), &[]).is_none());
    }
}
