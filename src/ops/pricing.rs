//! Pricing lines (DESIGN §5): the rate of an item for a customer on a day (fixed, from the
//! customer's price list, else from the default list), and the priced lines of typed
//! one-off lines and of a subscription's periods. Reads only; nothing here writes.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::books::{Books, company_of, find_item};
use crate::domain::billing::{BillingPeriod, Factor};
use crate::domain::catalogue::Item;
use crate::domain::customer::Customer;
use crate::domain::invoice::{NewLine, line_amount};
use crate::domain::lines::LineSpec;
use crate::domain::messages;
use crate::domain::money::minor_digits;
use crate::domain::period::Period;
use crate::domain::pricing::{PriceSource, Priced, pick_list_price};
use crate::domain::subscription::Subscription;
use crate::error::{Error, Result};
use crate::store::Tx;

/// The rate of `item` in `uom` for `customer` on `date`: fixed, or from the customer's price
/// list, else the default list.
pub fn price_for(
    tx: &Tx,
    books: &Books,
    item: &Item,
    uom: &str,
    fixed: Option<Decimal>,
    customer: &Customer,
    date: NaiveDate,
) -> Result<Priced> {
    if let Some(rate) = fixed {
        return Ok(Priced {
            rate,
            source: PriceSource::Fixed,
        });
    }
    let key = (
        item.code.clone(),
        uom.to_string(),
        customer.price_list.clone(),
        date,
    );
    books.price(key, || {
        price_from_list(tx, books, item, uom, customer, date)
    })
}

fn price_from_list(
    tx: &Tx,
    books: &Books,
    item: &Item,
    uom: &str,
    customer: &Customer,
    date: NaiveDate,
) -> Result<Priced> {
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
/// unit, priced on `date`; the item comes back too, for what else the document needs.
pub fn price_typed_line(
    tx: &Tx,
    books: &Books,
    spec: &LineSpec,
    customer: &Customer,
    date: NaiveDate,
) -> Result<(Item, NewLine)> {
    let item = find_item(tx, &spec.item)?;
    let priced = price_for(tx, books, &item, &item.uom, spec.rate, customer, date)?;
    let line = priced_line(
        &format!("--item {}", spec.item),
        &item,
        spec.qty,
        &item.uom,
        &priced,
        Factor::FULL,
        None,
        books.digits,
    )?;
    Ok((item, line))
}

/// A priced line for a period (or for no period on one-off documents). An amount past the
/// bound is bad input naming `field`, the line as the user knows it.
#[allow(clippy::too_many_arguments)]
pub fn priced_line(
    field: &str,
    item: &Item,
    qty: Decimal,
    uom: &str,
    priced: &Priced,
    factor: Factor,
    period: Option<Period>,
    digits: u32,
) -> Result<NewLine> {
    let amount = line_amount(qty, priced.rate, factor, digits).map_err(|e| e.at(field))?;
    let description = if factor.is_full() {
        item.name.clone()
    } else {
        messages::documents().prorated_line(&item.name, factor.days, factor.period_days)
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
    sub: &Subscription,
    customer: &Customer,
    period: &BillingPeriod,
) -> Result<Vec<NewLine>> {
    if sub.lines.is_empty() {
        return Err(Error::refused(format!(
            "subscription {} has no lines",
            sub.id
        )));
    }
    sub.lines
        .iter()
        .map(|line| {
            let item = books.item(tx, &line.item)?;
            let priced = price_for(
                tx,
                books,
                &item,
                &line.uom,
                line.rate,
                customer,
                period.served.start,
            )?;
            let mut new = priced_line(
                &format!("line {}", line.item),
                &item,
                line.qty,
                &line.uom,
                &priced,
                period.factor,
                Some(period.served),
                books.digits,
            )?;
            new.subscription_line = Some(line.id);
            Ok(new)
        })
        .collect()
}
