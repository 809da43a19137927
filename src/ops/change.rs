//! Changing a subscription mid-period, pausing and resuming it (issue 13 §3–§4).
//!
//! Each records what changes (lines that end and start on a day, a new run of periods, a
//! pause), then corrects the periods already invoiced the way a cancellation does: one
//! credit note per invoice for the days its lines no longer serve
//! (`cancellation::credit_invoiced_lines`), and one invoice for days now served that were
//! not billed (the new lines' days, the days a resumption gives back). Periods not billed
//! yet need nothing: `tick` bills them split by the same rules.

use chrono::NaiveDate;
use serde_json::json;

use super::Session;
use super::books::{Books, Payer, Subscriber, find_customer, find_subscription};
use super::cancellation::{CreditNoteIssued, credit_invoiced_lines};
use super::pausing::{check_billed_as_invoices, cut_of, pause_in};
use super::pricing::period_lines_within;
use super::subscriptions::subscription_lines;
use super::units::{TickOptions, TickReport, Unit};
use super::{follow_ups, issuing, plans};
use crate::domain::billing::BillMode;
use crate::domain::change::{check_change_day, check_running, default_change_day, resume_pause};
use crate::domain::ids::SubscriptionId;
use crate::domain::invoice::{DocKind, NewInvoice};
use crate::domain::lines::LineSpec;
use crate::domain::period::{Interval, Period, span};
use crate::domain::subscription::{RunSwitch, Subscription};
use crate::domain::values::LAST_DATE;
use crate::error::{Error, Result};
use crate::store::Tx;

/// What `subscription change` asks.
#[derive(Debug, Clone, Default)]
pub struct ChangeOptions {
    pub id: SubscriptionId,
    pub plan: Option<String>,
    pub lines: Vec<LineSpec>,
    /// The first day of the new lines; default: the next period's first day.
    pub on: Option<NaiveDate>,
    /// A new interval, starting a new run of periods on that day.
    pub interval: Option<Interval>,
}

/// What a change, a pause or a resumption did.
#[derive(Debug, Clone)]
pub struct Adjustment {
    pub subscription: Subscription,
    /// The day it takes effect.
    pub on: NaiveDate,
    pub credit_notes: Vec<CreditNoteIssued>,
    /// Invoices issued for days now served: (number, gross, minor units).
    pub invoices: Vec<(String, i64)>,
}

/// Changes a subscription's lines (and interval) from a day on.
pub fn change(s: &mut Session, options: &ChangeOptions) -> Result<Adjustment> {
    let id = options.id.as_str();
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let sub = find_subscription(tx, id)?;
        check_running(&sub)?;
        let on = match options.on {
            Some(on) => on,
            None => default_change_day(&sub, today).ok_or_else(|| {
                Error::refused(format!(
                    "subscription {id} has no next period; give --on"
                ))
            })?,
        };
        check_change_day(&sub, on)?;
        check_billed_as_invoices(tx, &sub, on)?;
        let plan = options
            .plan
            .as_deref()
            .map(|p| plans::find(tx, p))
            .transpose()?;
        let mut lines = subscription_lines(tx, plan.as_ref(), &options.lines)?;
        if lines.is_empty() {
            if options.interval.is_none() {
                return Err(Error::Usage(
                    "give --plan, --item or --interval".into(),
                ));
            }
            // A new interval alone: the lines billed on that day go on in the new run.
            lines = sub
                .lines
                .iter()
                .filter(|l| l.validity().until.is_none_or(|u| u >= on))
                .cloned()
                .collect();
        }
        for line in &mut lines {
            line.from = Some(on);
            line.until = None;
        }
        let last_old_day = on.pred_opt().unwrap_or(on);
        tx.subscription_change_lines(id, last_old_day, &lines)?;
        if let Some(interval) = options.interval {
            tx.subscription_set_switch(id, Some(RunSwitch { on, interval }))?;
        }
        tx.audit(
            &format!("subscription:{id}"),
            &json!({ "change": { "on": on, "plan": options.plan, "lines": lines.len(),
                     "interval": options.interval.map(|i| i.unit.as_str()), "every": options.interval.map(|i| i.every) } }),
        )?;
        let sub = find_subscription(tx, id)?;
        let books = Books::load(tx, today, &now)?;
        let reason = books.company.messages().change_reason(id, on);
        let credit_notes = credit_invoiced_lines(tx, &books, &sub, cut_of(&sub), &reason)?;
        let window = Period {
            start: on,
            end: LAST_DATE,
        };
        let mut invoices = bill_window(tx, &books, &sub, window)?;
        if options.interval.is_some() {
            invoices.extend(bill_due(tx, &books, &sub)?);
        }
        Ok(Adjustment {
            subscription: find_subscription(tx, id)?,
            on,
            credit_notes,
            invoices,
        })
    })
}

/// Pauses a subscription from `from` through `until` (open without).
pub fn pause(
    s: &mut Session,
    id: &SubscriptionId,
    from: NaiveDate,
    until: Option<NaiveDate>,
) -> Result<Adjustment> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let paused = pause_in(tx, today, &now, id.as_str(), from, until)?;
        Ok(Adjustment {
            subscription: paused.subscription,
            on: paused.from,
            credit_notes: paused.credit_notes,
            invoices: Vec::new(),
        })
    })
}

/// Ends the pause holding `on` (default today) the day before it; the days it gives back
/// in periods already billed are invoiced at once.
pub fn resume(s: &mut Session, id: &SubscriptionId, on: Option<NaiveDate>) -> Result<Adjustment> {
    let id = id.as_str();
    let today = s.today();
    let on = on.unwrap_or(today);
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let sub = find_subscription(tx, id)?;
        let (pause, ended) = resume_pause(&sub, on)?;
        check_billed_as_invoices(tx, &sub, on)?;
        match ended {
            Some(ended) => tx.pause_set_until(pause.id, ended.until)?,
            None => tx.pause_delete(pause.id)?,
        }
        tx.audit(
            &format!("subscription:{id}"),
            &json!({ "resume": { "on": on, "pause_from": pause.from } }),
        )?;
        let sub = find_subscription(tx, id)?;
        let books = Books::load(tx, today, &now)?;
        let given_back = Period {
            start: on.max(pause.from),
            end: pause.until.unwrap_or(LAST_DATE),
        };
        let invoices = bill_window(tx, &books, &sub, given_back)?;
        Ok(Adjustment {
            subscription: sub,
            on,
            credit_notes: Vec::new(),
            invoices,
        })
    })
}

/// Invoices, in one invoice, the days of `window` in periods already billed that the
/// subscription's lines now serve and that no invoice holds: the new lines' days after a
/// change, the days a resumption gives back.
fn bill_window(
    tx: &Tx,
    books: &Books,
    sub: &Subscription,
    window: Period,
) -> Result<Vec<(String, i64)>> {
    let timeline = sub.timeline();
    let first = if window.start < sub.anchor {
        0
    } else {
        match timeline.index_containing(window.start) {
            Some(index) => index,
            None => return Ok(Vec::new()),
        }
    };
    let customer = find_customer(tx, &sub.customer)?;
    let subscriber = Subscriber {
        subscription: sub,
        customer: &customer,
    };
    let mut lines = Vec::new();
    for index in first..sub.next_period {
        let Some(period) = timeline.period(index) else {
            break;
        };
        lines.extend(period_lines_within(
            tx,
            books,
            subscriber,
            &period,
            Some(window),
        )?);
    }
    if lines.is_empty() {
        return Ok(Vec::new());
    }
    let period = span(lines.iter().filter_map(|l| l.period));
    let invoice = NewInvoice {
        kind: DocKind::Invoice,
        customer: sub.customer.clone(),
        subscription: Some(sub.id.clone()),
        sales_order: None,
        credits_invoice: None,
        period,
        currency: books.company.currency.clone(),
        days_until_due: sub.days_until_due.unwrap_or(books.days_until_due),
        due_from: period.map(|p| match sub.bill {
            BillMode::Advance => p.start,
            BillMode::Arrears => p.end,
        }),
        reason: None,
        lines,
    };
    let payer = Payer {
        customer: &customer,
        subscription: Some(sub),
    };
    let issue = issuing::create(tx, books, &invoice, Some(payer))?;
    let issued = follow_ups::apply(tx, books, issue)?;
    let grand = issuing::totals_of(&invoice, books.digits)?.grand;
    Ok(vec![(issued.number, grand)])
}

/// Bills what is due now, as `subscription check` does (a change of interval may start its
/// new run at once).
fn bill_due(tx: &Tx, books: &Books, sub: &Subscription) -> Result<Vec<(String, i64)>> {
    let options = TickOptions {
        list_documents: true,
        ..TickOptions::default()
    };
    let mut report = TickReport::default();
    let unit = Unit {
        id: &sub.id,
        options: &options,
    };
    super::tick::bill_subscription(tx, books, unit, &mut report)?;
    Ok(report
        .created
        .into_iter()
        .filter_map(|c| c.amount.map(|a| (c.reference, a)))
        .collect())
}
