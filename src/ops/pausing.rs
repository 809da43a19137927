//! Pausing a subscription inside the caller's transaction: `subscription pause` and the
//! dunning's final action both pause this way. It imports no module that imports it
//! (`change` and `dunning` do), so `tick` → `dunning` → here stays free of circles.

use chrono::NaiveDate;
use serde_json::json;

use super::books::{Books, find_subscription};
use super::cancellation::{CreditNoteIssued, credit_invoiced_lines};
use crate::domain::cancellation::Cut;
use crate::domain::change::check_pause;
use crate::domain::subscription::Subscription;
use crate::domain::values::LAST_DATE;
use crate::error::{Error, Result};
use crate::store::Tx;

/// What a pause did.
#[derive(Debug, Clone)]
pub struct Paused {
    pub subscription: Subscription,
    pub from: NaiveDate,
    /// Credit notes for the paused days already invoiced.
    pub credit_notes: Vec<CreditNoteIssued>,
}

/// Pauses subscription `id` from `from` through `until` (open without), on `today` at
/// `now`: the pause recorded and audited, and a credit note for each invoice holding
/// paused days.
pub fn pause_in(
    tx: &Tx,
    today: NaiveDate,
    now: &str,
    id: &str,
    from: NaiveDate,
    until: Option<NaiveDate>,
) -> Result<Paused> {
    let sub = find_subscription(tx, id)?;
    let pause = check_pause(&sub, from, until)?;
    check_billed_as_invoices(tx, &sub, from)?;
    tx.pause_insert(id, &pause)?;
    tx.audit(
        &format!("subscription:{id}"),
        &json!({ "pause": { "from": from, "until": until } }),
    )?;
    let sub = find_subscription(tx, id)?;
    let books = Books::load(tx, today, now)?;
    let reason = books.company.messages().pause_reason(id, from);
    let credit_notes = credit_invoiced_lines(tx, &books, &sub, cut_of(&sub), &reason)?;
    Ok(Paused {
        subscription: sub,
        from,
        credit_notes,
    })
}

/// What limits the days billable: the subscription's end when it is cancelled, else none.
pub(super) fn cut_of(sub: &Subscription) -> Cut {
    Cut {
        last_day: sub.end.unwrap_or(LAST_DATE),
        prorate: sub.prorate_end,
    }
}

/// Drafts and orders are not corrected by credit notes: a subscription billed through them
/// may change only from a day no period billed yet holds.
pub(super) fn check_billed_as_invoices(tx: &Tx, sub: &Subscription, on: NaiveDate) -> Result<()> {
    if !(sub.draft_invoices || sub.with_order) || !tx.billed_on_or_after(&sub.id, on)? {
        return Ok(());
    }
    let how = if sub.with_order {
        "orders"
    } else {
        "draft invoices"
    };
    Err(Error::refused(format!(
        "subscription {} bills through {how} and has a period billed through {on} or later; change or pause it from a day after its billed periods",
        sub.id
    )))
}
