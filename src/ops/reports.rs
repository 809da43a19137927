//! The reports a manager looks at (issue 15): MRR and its movements, receivables by age.
//! Read-only.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;

use super::Session;
use super::books::{Books, company_of, find_customer};
use super::pricing::{Buyer, PriceQuery, price_for};
use crate::domain::customer::Customer;
use crate::domain::money::minor_digits;
use crate::domain::reports::labels::Language;
use crate::domain::reports::mrr::{
    self as months, MonthChurn, MonthMrr, monthly_amount, mrr_by_month,
};
use crate::domain::reports::occupancy::{self, OccupancyRow};
use crate::domain::reports::receivables::{Ageing, ageing};
use crate::domain::reports::revenue::{self, RevenueBy, RevenueRow};
use crate::error::{Error, Result};

/// What every chart needs: the language, the currency and its digits.
#[derive(Debug, Clone)]
pub struct Presentation {
    pub language: Language,
    pub currency: String,
    pub digits: u32,
}

fn presentation(tx: &crate::store::Tx) -> Result<Presentation> {
    let company = company_of(tx)?;
    Ok(Presentation {
        language: Language::parse(company.language.code()),
        digits: minor_digits(&company.currency),
        currency: company.currency,
    })
}

/// A month, `YYYY-MM`, as its first day.
pub fn parse_month(field: &str, text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(&format!("{}-01", text.trim()), "%Y-%m-%d")
        .ok()
        .filter(|d| (1900..=2199).contains(&d.year()) && text.trim().len() == 7)
        .ok_or_else(|| Error::invalid(field, format!("{text:?} is not a month (YYYY-MM)")))
}

fn last_day(first: NaiveDate) -> NaiveDate {
    first
        .checked_add_months(Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first)
}

/// MRR per month from `from` through `to` (first days of months; by default the twelve
/// months through the current one).
pub fn mrr(
    s: &mut Session,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<(Vec<MonthMrr>, Presentation)> {
    let today = s.today();
    let now = s.clock.rfc3339();
    let this_month = today.with_day(1).unwrap_or(today);
    let to = to.unwrap_or(this_month);
    let from = from.unwrap_or_else(|| to.checked_sub_months(Months::new(11)).unwrap_or(to));
    if to < from {
        return Err(Error::invalid(
            "--to",
            format!("{} is before --from", to.format("%Y-%m")),
        ));
    }
    s.store.read(|tx| {
        let p = presentation(tx)?;
        let books = Books::load(tx, today, &now)?;
        let subscriptions = tx.recurring_subscriptions()?;
        // Movements need the month before `from`, and reactivations the months before
        // that: start from the first month anything started.
        let first = subscriptions
            .iter()
            .map(|s| s.from.with_day(1).unwrap_or(s.from))
            .min()
            .unwrap_or(from)
            .min(from);
        let mut customers: HashMap<String, Customer> = HashMap::new();
        let mut months = Vec::new();
        let mut month = first.checked_sub_months(Months::new(1)).unwrap_or(first);
        while month <= to {
            let end = last_day(month);
            let mut per_customer: HashMap<String, i64> = HashMap::new();
            for sub in subscriptions.iter().filter(|s| s.active_on(end)) {
                if !customers.contains_key(&sub.customer) {
                    customers.insert(sub.customer.clone(), find_customer(tx, &sub.customer)?);
                }
                let customer = &customers[&sub.customer];
                let mut lines = Vec::with_capacity(sub.lines.len());
                for (item, qty, uom, rate) in &sub.lines {
                    let qty: Decimal = qty.parse().unwrap_or_default();
                    let fixed = rate.as_deref().and_then(|r| r.parse::<Decimal>().ok());
                    let item = books.item(tx, item)?;
                    let query = PriceQuery {
                        item: &item,
                        uom,
                        fixed,
                        buyer: Buyer { customer, on: end },
                    };
                    // A line without a price that day bills nothing (tick reports it).
                    if let Ok(priced) = price_for(tx, &books, &query) {
                        lines.push((qty, priced.rate));
                    }
                }
                let amount = monthly_amount(&lines, sub.unit, sub.every, p.digits);
                *per_customer.entry(sub.customer.clone()).or_default() += amount;
            }
            months.push((month.format("%Y-%m").to_string(), per_customer));
            month = month
                .checked_add_months(Months::new(1))
                .unwrap_or(to.succ_opt().unwrap_or(to));
        }
        let rows = mrr_by_month(&months)
            .into_iter()
            .filter(|r| r.month >= from.format("%Y-%m").to_string())
            .collect();
        Ok((rows, p))
    })
}

/// Churn per month from `from` through `to` (defaults as for MRR).
pub fn churn(
    s: &mut Session,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<(Vec<MonthChurn>, Presentation)> {
    let today = s.today();
    let to = to.unwrap_or(today.with_day(1).unwrap_or(today));
    let from = from.unwrap_or_else(|| to.checked_sub_months(Months::new(11)).unwrap_or(to));
    let before = from.checked_sub_months(Months::new(1)).unwrap_or(from);
    let (rows, p) = mrr(s, Some(before), Some(to))?;
    Ok((months::churn(&rows), p))
}

/// What customers owe by age on `on` (today by default), and the total.
pub fn receivables(
    s: &mut Session,
    on: Option<NaiveDate>,
) -> Result<(Vec<Ageing>, Ageing, Presentation)> {
    let on = on.unwrap_or_else(|| s.today());
    s.store.read(|tx| {
        let p = presentation(tx)?;
        let open = tx.open_invoices_on(on)?;
        let credits = tx.credit_held_on(on)?;
        let (rows, total) = ageing(on, &open, &credits);
        Ok((rows, total, p))
    })
}

/// Revenue per month from `from` through `to` (defaults as for MRR), split `by`, with the
/// revenue deferred at each month's end (at `today` for the current month).
pub fn revenue(
    s: &mut Session,
    by: RevenueBy,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<(Vec<RevenueRow>, Presentation)> {
    let today = s.today();
    let to = to.unwrap_or(today.with_day(1).unwrap_or(today));
    let from = from.unwrap_or_else(|| to.checked_sub_months(Months::new(11)).unwrap_or(to));
    if to < from {
        return Err(Error::invalid(
            "--to",
            format!("{} is before --from", to.format("%Y-%m")),
        ));
    }
    s.store.read(|tx| {
        let p = presentation(tx)?;
        let invoiced = tx.revenue_invoiced(by, from, last_day(to))?;
        let mut rows: BTreeMap<(String, String), RevenueRow> = BTreeMap::new();
        for (month, key, net) in invoiced {
            rows.entry((month.clone(), key.clone()))
                .or_insert_with(|| RevenueRow {
                    month,
                    key,
                    ..RevenueRow::default()
                })
                .invoiced = net;
        }
        let mut month = from;
        while month <= to {
            let name = month.format("%Y-%m").to_string();
            let on = last_day(month).min(today.max(month));
            tx.revenue_spanning(by, on, |key, net, start, end| {
                rows.entry((name.clone(), key.clone()))
                    .or_insert_with(|| RevenueRow {
                        month: name.clone(),
                        key,
                        ..RevenueRow::default()
                    })
                    .deferred += revenue::deferred(net, start, end, on);
            })?;
            month = match month.checked_add_months(Months::new(1)) {
                Some(next) => next,
                None => break,
            };
        }
        Ok((rows.into_values().collect(), p))
    })
}

/// Occupancy from `from` through `to` (default: the current month), per day or week.
pub fn occupancy(
    s: &mut Session,
    location: Option<&str>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    weekly: bool,
) -> Result<(Vec<OccupancyRow>, Presentation)> {
    let today = s.today();
    let first = today.with_day(1).unwrap_or(today);
    let from = from.unwrap_or(first);
    let to = to.unwrap_or_else(|| last_day(from));
    if to < from {
        return Err(Error::invalid(
            "--to",
            format!("{to} is before --from {from}"),
        ));
    }
    if (to - from).num_days() > 3660 {
        return Err(Error::invalid("--to", "at most ten years at once"));
    }
    s.store.read(|tx| {
        let p = presentation(tx)?;
        if let Some(l) = location {
            if tx.capacities(Some(l))?.is_empty() {
                return Err(Error::not_found("location with capacity", l));
            }
        }
        let capacities = tx.capacities(location)?;
        let held = tx.held_units(from, to)?;
        Ok((
            occupancy::occupancy(&capacities, &held, from, to, weekly),
            p,
        ))
    })
}
