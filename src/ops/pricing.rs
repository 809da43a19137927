//! Pricing lines (DESIGN §5): the rate of an item for a customer on a day (fixed, from the
//! customer's price list, else from the default list), and the priced lines of typed
//! one-off lines and of a subscription's periods. Reads only; nothing here writes.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::books::{Books, Subscriber, company_of, find_item};
use crate::domain::billing::{BillingPeriod, Factor};
use crate::domain::catalogue::Item;
use crate::domain::customer::Customer;
use crate::domain::invoice::{NewLine, line_amount};
use crate::domain::lines::LineSpec;
use crate::domain::money::minor_digits;
use crate::domain::pause::line_segments;
use crate::domain::period::Period;
use crate::domain::pricing::{PriceSource, Priced, pick_list_price};
use crate::error::{Error, Result};
use crate::store::Tx;

/// Who a price is for, and the day it is valid on.
#[derive(Debug, Clone, Copy)]
pub struct Buyer<'a> {
    pub customer: &'a Customer,
    pub on: NaiveDate,
}

/// A rate to find: `item` in `uom` for a buyer, unless the line fixes it.
#[derive(Debug, Clone, Copy)]
pub struct PriceQuery<'a> {
    pub item: &'a Item,
    pub uom: &'a str,
    pub fixed: Option<Decimal>,
    pub buyer: Buyer<'a>,
}

/// A line about to be priced: what it sells, how much, and for which days. `field` is the
/// line as the user knows it (`--item DESK`), which an amount past the bound names.
#[derive(Debug, Clone)]
pub struct LineToPrice<'a> {
    pub field: String,
    pub item: &'a Item,
    pub qty: Decimal,
    pub uom: &'a str,
    pub factor: Factor,
    pub period: Option<Period>,
}

/// The rate a query asks for: fixed, or from the customer's price list, else the default
/// list.
pub fn price_for(tx: &Tx, books: &Books, query: &PriceQuery) -> Result<Priced> {
    if let Some(rate) = query.fixed {
        return Ok(Priced {
            rate,
            source: PriceSource::Fixed,
            tiers: None,
        });
    }
    let key = (
        query.item.code.clone(),
        query.uom.to_string(),
        query.buyer.customer.price_list.clone(),
        query.buyer.on,
    );
    books.price(key, || price_from_list(tx, books, query))
}

fn price_from_list(tx: &Tx, books: &Books, query: &PriceQuery) -> Result<Priced> {
    let PriceQuery {
        item,
        uom,
        buyer: Buyer { customer, on: date },
        ..
    } = *query;
    let default = tx.default_price_list()?;
    let own = match &customer.price_list {
        Some(name) => Some(
            tx.price_list(name)?
                .ok_or_else(|| Error::not_found("price list", name))?,
        ),
        None => None,
    };
    // The customer's list first; what it does not price, the default list does (DESIGN §5).
    let mut lists = Vec::new();
    lists.extend(own.clone());
    lists.extend(default.filter(|d| own.as_ref().is_none_or(|o| o.name != d.name)));
    if lists.is_empty() {
        return Err(Error::refused(format!(
            "no price list to price {} (customer {} has none and there is no default)",
            item.code, customer.code
        )));
    }
    let conversions = tx.conversions(Some(&item.code))?;
    for list in &lists {
        if list.currency != books.company.currency {
            return Err(Error::refused(format!(
                "price list {} is in {}, the books are in {}",
                list.name, list.currency, books.company.currency
            )));
        }
        let prices = tx.prices_on(&item.code, &list.name, date)?;
        if let Some(mut priced) = pick_list_price(&prices, uom, date, &conversions) {
            if let (Some(own), PriceSource::PriceList { instead_of, .. }) =
                (&own, &mut priced.source)
            {
                if own.name != list.name {
                    *instead_of = Some(own.name.clone());
                }
            }
            return Ok(priced);
        }
    }
    let names = lists
        .iter()
        .map(|l| l.name.as_str())
        .collect::<Vec<_>>()
        .join(" or ");
    let target = lists.last().map_or("", |l| l.name.as_str());
    Err(Error::refused(format!(
        "no price for {} per {uom} in price list {names} on {date}; set one with `subs price set {} RATE --list {target}`",
        item.code, item.code
    )))
}

/// The item of a line typed for a plan or a subscription, once its fixed rate (if any) is
/// known to bill a whole period within the bound: a line that could never be invoiced is
/// refused as it is typed, not at every tick.
pub fn typed_line_item(tx: &Tx, spec: &LineSpec) -> Result<Item> {
    let item = find_item(tx, &spec.item)?;
    if let Some(rate) = spec.rate {
        let digits = minor_digits(&company_of(tx)?.currency);
        line_amount(spec.qty, rate, Factor::FULL, digits)
            .map_err(|e| e.at(format!("--item {}", spec.item)))?;
    }
    Ok(item)
}

/// A line typed on a one-off document (`ITEM[:QTY][@RATE]`), whole, in the item's own
/// unit, priced for the buyer; the item comes back too, for what else the document needs.
pub fn price_typed_line(
    tx: &Tx,
    books: &Books,
    spec: &LineSpec,
    buyer: Buyer,
) -> Result<(Item, NewLine)> {
    let item = find_item(tx, &spec.item)?;
    let query = PriceQuery {
        item: &item,
        uom: &item.uom,
        fixed: spec.rate,
        buyer,
    };
    let priced = price_for(tx, books, &query)?;
    let line = LineToPrice {
        field: format!("--item {}", spec.item),
        item: &item,
        qty: spec.qty,
        uom: &item.uom,
        factor: Factor::FULL,
        period: None,
    };
    let line = priced_line(&line, &priced, books)?;
    Ok((item, line))
}

/// A line at its rate, for a period (or for no period on one-off documents). An amount past
/// the bound is bad input naming the line's field.
pub fn priced_line(line: &LineToPrice, priced: &Priced, books: &Books) -> Result<NewLine> {
    let digits = books.digits;
    let LineToPrice {
        item,
        qty,
        uom,
        factor,
        period,
        ..
    } = *line;
    if priced.tiers.is_some() {
        return Err(Error::refused(format!(
            "{}: {} has graduated tiers in {}; tiers price metered usage only (`subs usage add`)",
            line.field,
            item.code,
            priced.source.describe()
        )));
    }
    let amount =
        line_amount(qty, priced.rate, factor, digits).map_err(|e| e.at(line.field.as_str()))?;
    let description = if factor.is_full() {
        item.name.clone()
    } else {
        books
            .company
            .messages()
            .prorated_line(&item.name, factor.days, factor.period_days)
    };
    Ok(NewLine {
        item: item.code.clone(),
        description,
        qty,
        uom: uom.to_string(),
        rate: priced.rate,
        factor,
        amount,
        vat_rate: item.vat_rate,
        period,
        price_source: priced.source.describe(),
        subscription_line: None,
        credits_line: None,
    })
}

/// The lines of one period, priced on the period's first day.
pub fn period_lines(
    tx: &Tx,
    books: &Books,
    subscriber: Subscriber,
    period: &BillingPeriod,
) -> Result<Vec<NewLine>> {
    period_lines_within(tx, books, subscriber, period, None)
}

/// The lines of one period (only its days within `window`, when given), priced on the
/// period's first day: each line for the segments it serves, its changes and the
/// subscription's pauses taken out (`domain::pause`). A period wholly paused has none.
pub fn period_lines_within(
    tx: &Tx,
    books: &Books,
    subscriber: Subscriber,
    period: &BillingPeriod,
    window: Option<Period>,
) -> Result<Vec<NewLine>> {
    let Subscriber {
        subscription: sub,
        customer,
    } = subscriber;
    if sub.lines.is_empty() {
        return Err(Error::refused(format!(
            "subscription {} has no lines",
            sub.id
        )));
    }
    let mut lines = Vec::new();
    for line in &sub.lines {
        let segments = line_segments(period, line.validity(), &sub.pauses, window);
        if segments.is_empty() {
            continue;
        }
        let item = books.item(tx, &line.item)?;
        let query = PriceQuery {
            item: &item,
            uom: &line.uom,
            fixed: line.rate,
            buyer: Buyer {
                customer,
                on: period.served.start,
            },
        };
        let priced = price_for(tx, books, &query)?;
        // A price per unit of time bills the period's length in that unit (issue 13 §1).
        let time = super::time_units::line_quantity(tx, &item.code, &line.uom, sub.interval)?;
        for (segment, factor) in segments {
            let to_price = LineToPrice {
                field: format!("line {}", line.item),
                item: &item,
                qty: time.as_ref().map_or(line.qty, |t| line.qty * t.per_period),
                uom: &line.uom,
                factor,
                period: Some(segment),
            };
            let mut new = priced_line(&to_price, &priced, books)?;
            if let Some(t) = time.as_ref().filter(|t| t.per_period != Decimal::ONE) {
                new.price_source = format!("{}; {}", new.price_source, t.describe(sub.interval));
            }
            new.subscription_line = Some(line.id);
            lines.push(new);
        }
    }
    if !lines.is_empty() {
        let discounts = super::coupons::discount_lines(tx, sub, period, &lines, books.digits)?;
        lines.extend(discounts);
    }
    Ok(lines)
}
