//! Billing metered usage (issue 13 §5): the usage lines a subscription's invoice carries,
//! and the final invoice of the usage left when a subscription billed in advance ends.
//!
//! An invoice bills every usage of its subscription not billed yet up to its cut-off
//! (`domain::usage::billed_through`), each item and period on its own line (one per tier),
//! priced from the price list on that period's first day, for that period. The usages are
//! marked billed in the invoice's own transaction: a tick killed and re-run bills each
//! usage once.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::books::{Books, Payer, Subscriber};
use super::follow_ups;
use super::issuing;
use super::pricing::{Buyer, LineToPrice, PriceQuery, price_for, priced_line};
use super::units::{Created, TickReport, created_invoice};
use crate::domain::billing::{BillMode, Factor};
use crate::domain::invoice::{DocKind, NewInvoice, NewLine};
use crate::domain::period::Period;
use crate::domain::pricing::Priced;
use crate::domain::subscription::Subscription;
use crate::domain::usage::{USAGE_SOURCE, UsageGroup, group_by_period};
use crate::error::{Error, Result};
use crate::store::Tx;

/// The usage lines of one invoice and the usages they bill.
#[derive(Debug, Clone, Default)]
pub struct UsageLines {
    pub lines: Vec<NewLine>,
    pub ids: Vec<i64>,
}

impl UsageLines {
    /// The net of the usage lines, in minor units.
    pub fn net(&self) -> i64 {
        self.lines.iter().map(|l| l.amount.net).sum()
    }
}

/// The lines billing a subscription's usage not billed yet up to `through`, leaving out
/// the usages in `skip` (a preview's earlier periods took them).
pub fn usage_lines(
    tx: &Tx,
    books: &Books,
    subscriber: Subscriber,
    through: Option<NaiveDate>,
    skip: &[i64],
) -> Result<UsageLines> {
    let sub = subscriber.subscription;
    let Some(through) = through else {
        return Ok(UsageLines::default());
    };
    let mut usages = tx.usages_unbilled(&sub.id, through)?;
    usages.retain(|u| !skip.contains(&u.id));
    if usages.is_empty() {
        return Ok(UsageLines::default());
    }
    let mut out = UsageLines::default();
    for group in group_by_period(&sub.timeline(), &usages)? {
        out.lines
            .extend(group_lines(tx, books, subscriber, &group)?);
        out.ids.extend(group.ids);
    }
    Ok(out)
}

/// One item's usage in one period: one line, or one line per tier it reaches.
fn group_lines(
    tx: &Tx,
    books: &Books,
    subscriber: Subscriber,
    group: &UsageGroup,
) -> Result<Vec<NewLine>> {
    let item = books.item(tx, &group.item)?;
    let query = PriceQuery {
        item: &item,
        uom: &item.uom,
        fixed: None,
        buyer: Buyer {
            customer: subscriber.customer,
            on: group.period.start,
        },
    };
    let priced = price_for(tx, books, &query)?;
    let line = |qty: Decimal, rate: Decimal, band: Option<(usize, &str)>| {
        let to_price = LineToPrice {
            field: format!("usage of {} from {}", item.code, group.period.start),
            item: &item,
            qty,
            uom: &item.uom,
            // Usage is never prorated; the days are kept for `invoice explain`.
            factor: Factor {
                days: group.period.days(),
                period_days: group.period.days(),
            },
            period: Some(group.period),
        };
        let at_rate = Priced {
            rate,
            source: priced.source.clone(),
            tiers: None,
        };
        let mut new = priced_line(&to_price, &at_rate, books)?;
        new.price_source = match band {
            Some((number, band)) => {
                new.description = format!("{} [{band}]", item.name);
                format!(
                    "{USAGE_SOURCE}tier {number} ({band}), {}",
                    priced.source.describe()
                )
            }
            None => format!("{USAGE_SOURCE}{}", priced.source.describe()),
        };
        Ok(new)
    };
    match &priced.tiers {
        None => Ok(vec![line(group.qty, priced.rate, None)?]),
        Some(tiers) => {
            let Period { start, end } = group.period;
            let already =
                tx.usage_billed_qty(&subscriber.subscription.id, &item.code, start, end)?;
            tiers
                .split(already, group.qty)
                .iter()
                .map(|share| line(share.qty, share.rate, Some((share.number, &share.band))))
                .collect()
        }
    }
}

/// Marks the usages of `usage` billed by the invoice `id`; refuses when one was billed
/// already (an overlapping run), so that the unit is undone rather than bill it twice.
pub fn mark_billed(tx: &Tx, usage: &UsageLines, id: i64) -> Result<()> {
    if usage.ids.is_empty() {
        return Ok(());
    }
    if tx.usage_mark_billed(&usage.ids, id)? != usage.ids.len() {
        return Err(Error::refused(
            "some of this usage was billed meanwhile; nothing billed (run the tick again)",
        ));
    }
    Ok(())
}

/// Refuses to end a subscription on `last_day` while usage recorded after that day waits
/// to be billed: no period would hold it. The message names the first such usage.
pub fn check_no_usage_after(tx: &Tx, sub: &Subscription, last_day: NaiveDate) -> Result<()> {
    let Some(usage) = tx.usage_unbilled_after(&sub.id, last_day)? else {
        return Ok(());
    };
    Err(Error::refused(format!(
        "{} has usage recorded after {last_day} (usage {} on {}); cancel on or after {}, or remove it with `subs usage remove {}`",
        sub.id, usage.id, usage.on, usage.on, usage.id
    )))
}

/// When a subscription billed in advance has ended (its last day is before today), the
/// usage of its last period has no next period to ride on: it goes on a final invoice of
/// its own. In arrears the last period's invoice billed it already, so nothing is left.
pub fn bill_final_usage(tx: &Tx, books: &Books, subscriber: Subscriber) -> Result<TickReport> {
    let sub = subscriber.subscription;
    let mut out = TickReport::default();
    let Some(end) = sub.end.filter(|end| *end < books.today) else {
        return Ok(out);
    };
    if sub.bill != BillMode::Advance {
        return Ok(out);
    }
    let usage = usage_lines(tx, books, subscriber, Some(end), &[])?;
    if usage.lines.is_empty() {
        return Ok(out);
    }
    let first = usage
        .lines
        .iter()
        .filter_map(|l| l.period.map(|p| p.start))
        .min()
        .unwrap_or(end);
    let invoice = NewInvoice {
        kind: DocKind::Invoice,
        customer: sub.customer.clone(),
        subscription: Some(sub.id.clone()),
        sales_order: None,
        credits_invoice: None,
        period: Some(Period { start: first, end }),
        currency: books.company.currency.clone(),
        days_until_due: sub.days_until_due.unwrap_or(books.days_until_due),
        due_from: Some(end),
        reason: None,
        lines: usage.lines.clone(),
    };
    let payer = Payer {
        customer: subscriber.customer,
        subscription: Some(sub),
    };
    let (id, issued) = if sub.draft_invoices {
        (issuing::draft(tx, books, &invoice)?, None)
    } else {
        let issue = issuing::create(tx, books, &invoice, Some(payer))?;
        (issue.invoice.id, Some(follow_ups::apply(tx, books, issue)?))
    };
    mark_billed(tx, &usage, id)?;
    follow_ups::count_issued(issued.as_ref(), &mut out);
    let (kind, reference) = created_invoice(id, issued.map(|i| i.number));
    out.invoices += 1;
    out.created.push(Created {
        kind,
        reference,
        unit: sub.id.clone(),
        period: Some((first, end)),
        amount: Some(issuing::totals_of(&invoice, books.digits)?.grand),
    });
    Ok(out)
}
