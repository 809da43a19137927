//! Cancelling a subscription (DESIGN §7): its last day of service, the credit notes that
//! correct what was invoiced beyond it (prorated or not), the drafts and orders trimmed to
//! it, and a subscription that has not started called off.

use chrono::NaiveDate;
use serde_json::json;

use super::books::{Books, find_subscription};
use super::credit_notes::{self, LineCredits};
use super::{Mode, Session, follow_ups, issuing};
use crate::domain::cancellation::{BilledLine, Cut, plan_credits, trim_lines};
use crate::domain::ids::SubscriptionId;
use crate::domain::invoice::{NewInvoice, NewLine};
use crate::domain::pause::gaps;
use crate::domain::period::{Period, span};
use crate::domain::subscription::{State, Subscription};
use crate::domain::usage::is_usage_line;
use crate::error::{Error, Result};
use crate::store::Tx;

/// What a cancellation did (or, planned, would do).
#[derive(Debug, Clone)]
pub struct Cancellation {
    pub subscription: Subscription,
    pub last_day: NaiveDate,
    pub prorate: bool,
    /// Credit notes issued.
    pub credit_notes: Vec<CreditNoteIssued>,
    /// Drafts and orders that were trimmed or withdrawn.
    pub adjusted: Vec<String>,
}

/// A credit note a cancellation issued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditNoteIssued {
    pub number: String,
    /// The invoice it corrects.
    pub corrects: String,
    /// Its gross amount (negative), minor units.
    pub grand_total: i64,
}

/// What `subscription cancel` asks.
#[derive(Debug, Clone, Default)]
pub struct CancelOptions {
    pub id: SubscriptionId,
    /// The last day of service; default: the end of the current period.
    pub on: Option<NaiveDate>,
    /// Credit the days after the last day in the period holding it.
    pub prorate: bool,
    /// Cancel before the end a signed contract commits the customer to.
    pub break_commitment: bool,
}

/// Cancels a subscription on its last day of service, correcting what was already
/// invoiced beyond it.
pub fn cancel(s: &mut Session, options: &CancelOptions) -> Result<Cancellation> {
    cancel_as(s, Mode::Write, options)
}

/// [`cancel`], kept or only planned: a plan is exactly what the cancellation would do
/// (numbers and amounts of the credit notes included), with nothing written.
pub fn cancel_as(s: &mut Session, mode: Mode, options: &CancelOptions) -> Result<Cancellation> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.apply(mode, |tx| cancel_in(tx, today, &now, options))
}

/// [`cancel`] inside the caller's transaction, on `today` at `now` (the dunning's final
/// action cancels this way).
pub fn cancel_in(
    tx: &Tx,
    today: NaiveDate,
    now: &str,
    options: &CancelOptions,
) -> Result<Cancellation> {
    let CancelOptions {
        id,
        on,
        prorate,
        break_commitment,
    } = options;
    let (id, on, prorate) = (id.as_str(), *on, *prorate);
    let now = now.to_string();
    {
        let mut sub = find_subscription(tx, id)?;
        sub.check_cancellable()?;
        // Not started and nothing billed: there is nothing to end or correct, only a
        // subscription to call off (whatever day on or before its start --on names).
        let run_start = sub.run_start();
        if today < run_start
            && on.is_none_or(|date| date <= run_start)
            && !tx.billed_since(id, run_start)?
        {
            return call_off(tx, sub, options, &now);
        }
        let last_day = sub.cancellation_last_day(on, today)?;
        check_commitment(tx, &sub, last_day, *break_commitment)?;
        super::metering::check_no_usage_after(tx, &sub, last_day)?;
        let books = Books::load(tx, today, &now)?;
        sub.end = Some(last_day);
        sub.prorate_end = prorate;
        sub.cancelled_at = Some(now.clone());
        super::bookings::end_reservations(tx, id, last_day)?;
        let cut = Cut { last_day, prorate };
        let reason = books.company.messages().cancellation_reason(id, last_day);
        let credit_notes = credit_invoiced_lines(tx, &books, &sub, cut, &reason)?;
        let mut adjusted = adjust_drafts(tx, &books, &sub, cut)?;
        adjusted.extend(adjust_orders(tx, &books, &sub, cut)?);
        // The schedule is recomputed from the new end: periods after it no longer exist.
        let next_due = sub.timeline().period(sub.next_period).map(|p| p.due_on);
        sub.finish_or_schedule(next_due, today);
        tx.subscription_update(&sub)?;
        tx.audit(
            &format!("subscription:{id}"),
            &json!({ "cancelled": { "last_day": last_day, "prorate": prorate,
                     "credit_notes": credit_notes.iter().map(|c| &c.number).collect::<Vec<_>>() } }),
        )?;
        Ok(Cancellation {
            subscription: find_subscription(tx, id)?,
            last_day,
            prorate,
            credit_notes,
            adjusted,
        })
    }
}

/// Cancels a subscription that has not started and billed nothing: `cancelled` at once,
/// its last day the day before its start, so that no period is ever billed.
fn call_off(
    tx: &Tx,
    mut sub: Subscription,
    options: &CancelOptions,
    now: &str,
) -> Result<Cancellation> {
    let start = sub.run_start();
    let last_day = start.pred_opt().unwrap_or(start);
    check_commitment(tx, &sub, last_day, options.break_commitment)?;
    sub.end = Some(last_day);
    sub.prorate_end = options.prorate;
    sub.cancelled_at = Some(now.to_string());
    sub.state = State::Cancelled;
    sub.next_due_on = None;
    super::bookings::end_reservations(tx, &sub.id, last_day)?;
    tx.subscription_update(&sub)?;
    super::credits::reschedule_rules(tx, &sub)?;
    tx.audit(
        &format!("subscription:{}", sub.id),
        &json!({ "cancelled": { "before_start": start, "last_day": last_day } }),
    )?;
    Ok(Cancellation {
        subscription: find_subscription(tx, &sub.id)?,
        last_day,
        prorate: options.prorate,
        credit_notes: Vec::new(),
        adjusted: Vec::new(),
    })
}

/// A signed contract committing the customer beyond `last_day` blocks the cancellation.
fn check_commitment(
    tx: &Tx,
    sub: &Subscription,
    last_day: NaiveDate,
    break_commitment: bool,
) -> Result<()> {
    if break_commitment {
        return Ok(());
    }
    if let Some((contract, until)) = tx.commitment_beyond(&sub.id, last_day)? {
        return Err(Error::refused(format!(
            "subscription {} is committed until {until} by contract {contract}; give --break-commitment to cancel on {last_day}",
            sub.id
        )));
    }
    Ok(())
}

/// Issues one credit note per issued invoice whose lines go beyond what the cancellation
/// leaves billable: days after the cut, and days the subscription's changes and pauses
/// take out (a change or a pause is the same correction with no cut).
pub(super) fn credit_invoiced_lines(
    tx: &Tx,
    books: &Books,
    sub: &Subscription,
    cut: Cut,
    reason: &str,
) -> Result<Vec<CreditNoteIssued>> {
    let mut issued = Vec::new();
    for invoice_id in tx.subscription_invoice_ids(&sub.id)? {
        let Some(invoice) = tx.invoice(invoice_id)? else {
            continue;
        };
        if !invoice.is_issued() {
            continue;
        }
        let mut billed = Vec::new();
        for line in tx.invoice_lines(invoice_id)? {
            let (Some(start), Some(end), Some(period_days)) =
                (line.period_start, line.period_end, line.period_days)
            else {
                continue;
            };
            // Period lines, and the coupon discounts taken on them (a discount line has
            // no subscription line; it serves its whole period unless paused).
            let validity = match line.subscription_line {
                Some(sub_line) => sub
                    .lines
                    .iter()
                    .find(|l| l.id == sub_line)
                    .map(|l| l.validity())
                    .unwrap_or_default(),
                None if crate::domain::discount::is_discount_source(&line.price_source) => {
                    Default::default()
                }
                None => continue,
            };
            let served = Period { start, end };
            billed.push(BilledLine {
                line_id: line.id,
                invoice_id,
                qty: line.qty,
                rate: line.rate,
                served,
                period_days,
                net: line.net,
                credited: tx.line_credited(line.id)?,
                gaps: gaps(served, validity, &sub.pauses),
            });
        }
        let Cut { last_day, prorate } = cut;
        let credits =
            plan_credits(&billed, last_day, prorate, books.digits).map_err(|e| e.at(&sub.id))?;
        if credits.is_empty() {
            continue;
        }
        let line_credits = LineCredits {
            credits: &credits,
            reason,
        };
        let note = credit_notes::credit_lines(tx, books, &invoice, line_credits)?;
        let number = follow_ups::apply(tx, books, note)?.number;
        let note = tx
            .invoice_by_number(&number)?
            .ok_or_else(|| Error::not_found("credit note", &number))?;
        issued.push(CreditNoteIssued {
            number,
            corrects: invoice.reference(),
            grand_total: note.grand_total,
        });
    }
    Ok(issued)
}

/// Drafts are not legal documents yet: lines beyond the last day are removed or prorated
/// in place, and a draft left empty is withdrawn.
fn adjust_drafts(tx: &Tx, books: &Books, sub: &Subscription, cut: Cut) -> Result<Vec<String>> {
    let mut changed = Vec::new();
    for invoice_id in tx.subscription_invoice_ids(&sub.id)? {
        let Some(draft) = tx.invoice(invoice_id)? else {
            continue;
        };
        if draft.is_issued() {
            continue;
        }
        let (usage, lines): (Vec<NewLine>, Vec<NewLine>) = tx
            .invoice_lines(invoice_id)?
            .iter()
            .map(NewLine::from)
            .partition(|l| is_usage_line(&l.price_source));
        // Usage lines bill days served (none after the last day): kept whole.
        let (mut kept, touched) = trim_lines(lines, cut, books.digits)?;
        kept.extend(usage);
        if !touched {
            continue;
        }
        let reference = draft.reference();
        if kept.is_empty() {
            tx.invoice_delete_draft(invoice_id)?;
        } else {
            let mut inv = NewInvoice {
                kind: crate::domain::invoice::DocKind::Invoice,
                customer: draft.customer.clone(),
                subscription: draft.subscription.clone(),
                sales_order: draft.sales_order.clone(),
                credits_invoice: None,
                period: None,
                currency: draft.currency.clone(),
                days_until_due: draft.days_until_due.unwrap_or(books.days_until_due),
                due_from: draft.due_from,
                reason: draft.reason.clone(),
                lines: kept,
            };
            inv.period = span(inv.lines.iter().filter_map(|l| l.period));
            tx.invoice_rewrite_draft(invoice_id, &inv, &issuing::totals_of(&inv, books.digits)?)?;
        }
        tx.billed_periods_forget_after(&sub.id, cut.last_day, "invoice")?;
        changed.push(reference);
    }
    Ok(changed)
}

/// Orders waiting to be invoiced are trimmed the same way; an order left empty is
/// cancelled.
fn adjust_orders(tx: &Tx, books: &Books, sub: &Subscription, cut: Cut) -> Result<Vec<String>> {
    let mut changed = Vec::new();
    for id in tx.open_period_orders(&sub.id)? {
        let Some(order) = tx.order(&id)? else {
            continue;
        };
        let lines: Vec<NewLine> = order.lines.iter().map(|l| l.line.clone()).collect();
        let (kept, touched) = trim_lines(lines, cut, books.digits)?;
        if !touched {
            continue;
        }
        if kept.is_empty() {
            tx.order_set_status(&id, crate::domain::order::OrderStatus::Cancelled)?;
        } else {
            let period = span(kept.iter().filter_map(|l| l.period));
            let lines: Vec<_> = kept
                .into_iter()
                .map(crate::domain::order::OrderLine::of_period)
                .collect();
            tx.order_rewrite_lines(&id, &lines, period)?;
        }
        tx.billed_periods_forget_after(&sub.id, cut.last_day, "order")?;
        changed.push(id);
    }
    Ok(changed)
}
