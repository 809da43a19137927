//! Subscription rules that grant credits (per period, or on a recurrence), and `tick`'s two
//! credit phases: due grants, and the lapse of expired lots.

use chrono::{Days, NaiveDate};
use serde_json::json;

use crate::domain::credits::{
    CreditRule, LedgerKind, OriginKind, Recurrence, RuleSpec, expiry_for, format_credits,
    grant_occurrences, lots_to_expire, next_occurrence,
};
use crate::domain::pause::wholly_paused;
use crate::domain::subscription::Subscription;
use crate::error::Result;
use crate::ops::books::Books;
use crate::ops::units::{Created, DueQuery, PageKey, TickReport, Unit, keyed_by_id};
use crate::store::{NewLot, Tx};

use super::{moves::*, types::*};

/// Adds a new subscription's `--credits` rules; the first occurrence is owed on its first
/// billed day.
pub fn add_rules(tx: &Tx, sub: &Subscription, specs: &[RuleSpec], now: &str) -> Result<()> {
    if specs.is_empty() {
        return Ok(());
    }
    let mut added = Vec::new();
    for spec in specs {
        let credit_type = find_type(tx, &spec.credit_type)?;
        let quantity = credit_type
            .parse_quantity(&format!("--credits {}", spec.credit_type), &spec.quantity)?;
        let rule = CreditRule {
            id: 0,
            subscription: sub.id.clone(),
            credit_type: credit_type.code.clone(),
            quantity,
            recurrence: spec.recurrence,
            validity_days: spec.validity_days,
            next_grant_on: first_grant_on(sub),
        };
        tx.credit_rule_insert(&rule, now)?;
        added.push(format!(
            "{}:{}:{}{}",
            rule.credit_type,
            format_credits(quantity),
            rule.recurrence.as_str(),
            rule.validity_days
                .map(|d| format!(":{d}"))
                .unwrap_or_default()
        ));
    }
    tx.audit(
        &format!("subscription:{}", sub.id),
        &json!({ "credit_rules": added }),
    )
}

/// Every rule owes its first occurrence on the first billed day of the run, unless the
/// subscription ends before it.
fn first_grant_on(sub: &Subscription) -> Option<NaiveDate> {
    Some(sub.anchor).filter(|day| sub.end.is_none_or(|end| *day <= end))
}

/// After a restart the rules owe occurrences again from the new run's first day; the ones
/// already granted stay granted (their keys are taken).
pub fn reschedule_rules(tx: &Tx, sub: &Subscription) -> Result<()> {
    for rule in tx.credit_rules_of(&sub.id)? {
        tx.credit_rule_set_next(rule.id, first_grant_on(sub))?;
    }
    Ok(())
}

/// The subscription's periods that have started by `today`, and the one after: what
/// per-period rules grant on.
fn started_periods(sub: &Subscription, today: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
    let timeline = sub.timeline();
    let mut periods = Vec::new();
    for index in 0u64.. {
        let Some(period) = timeline.period(index) else {
            break;
        };
        // A period wholly paused is not served: its per-period grant is not owed.
        if !wholly_paused(period.served, &sub.pauses) {
            periods.push((period.served.start, period.served.end));
        }
        if period.served.start > today {
            break;
        }
    }
    periods
}

/// Grants every occurrence a subscription's rules owe through today, each at most once
/// (the schema's unique occurrence), then moves each rule's next day on.
pub fn grant_due(tx: &Tx, books: &Books, sub_id: &str, out: &mut TickReport) -> Result<()> {
    let Some(sub) = tx.subscription(sub_id)? else {
        return Ok(());
    };
    let today = books.today;
    let rules: Vec<CreditRule> = tx
        .credit_rules_of(sub_id)?
        .into_iter()
        .filter(|rule| rule.next_grant_on.is_some_and(|day| day <= today))
        .collect();
    if rules.is_empty() {
        return Ok(());
    }
    let periods = if rules
        .iter()
        .any(|rule| rule.recurrence == Recurrence::EveryPeriod)
    {
        started_periods(&sub, today)
    } else {
        Vec::new()
    };
    let origin = format!("subscription:{}", sub.id);
    let mut granted = Vec::new();
    for rule in &rules {
        let credit_type = find_type(tx, &rule.credit_type)?;
        let validity = rule.validity_days.or(credit_type.validity_days);
        let owed_from = rule.next_grant_on.unwrap_or(today);
        let occurrences = grant_occurrences(rule.recurrence, sub.anchor, &periods, today, sub.end);
        for occurrence in occurrences.iter().filter(|o| o.starts >= owed_from) {
            if !tx.credit_grant_insert(rule.id, &occurrence.key)? {
                // Another run granted it first: nothing twice.
                continue;
            }
            let expires = expiry_for(occurrence.starts, validity);
            let cause = Cause {
                date: occurrence.starts,
                origin: &origin,
                booking: None,
                reason: None,
                now: &books.now,
            };
            let lot = open_lot(
                tx,
                &NewLot {
                    customer: &sub.customer,
                    credit_type: &rule.credit_type,
                    quantity: rule.quantity,
                    starts: occurrence.starts,
                    expires,
                    origin_kind: OriginKind::Rule,
                    origin: &origin,
                    invoice_line: None,
                    created_at: &books.now,
                },
                &cause,
            )?;
            tx.credit_grant_set_lot(rule.id, &occurrence.key, lot)?;
            granted.push(
                json!({ "lot": lot, "type": rule.credit_type, "occurrence": occurrence.key }),
            );
            out.credits_granted += 1;
            out.created.push(Created {
                kind: "credit grant",
                reference: format!(
                    "{} {} (lot {lot})",
                    format_credits(rule.quantity),
                    rule.credit_type
                ),
                unit: sub.id.clone(),
                period: Some((occurrence.starts, expires.unwrap_or(occurrence.starts))),
                amount: None,
            });
        }
        let next = next_occurrence(rule.recurrence, sub.anchor, &periods, today, sub.end);
        tx.credit_rule_set_next(rule.id, next)?;
    }
    tx.audit(
        &format!("subscription:{}", sub.id),
        &json!({ "credits_granted": granted }),
    )
}

/// Subscriptions with a rule owing a grant today (the tick's "credit grants" phase).
pub fn due_grants(tx: &Tx, query: DueQuery) -> Result<Vec<PageKey>> {
    Ok(keyed_by_id(tx.due_grant_subscriptions(
        query.today,
        query.after.map(|(_, id)| id.as_str()),
        query.limit,
    )?))
}

pub fn run_grants(tx: &Tx, books: &Books, unit: Unit, out: &mut TickReport) -> Result<()> {
    grant_due(tx, books, unit.id, out)
}

/// Customers holding lots lapsed by today and not written off (the "credit expiry" phase).
pub fn due_expiries(tx: &Tx, query: DueQuery) -> Result<Vec<PageKey>> {
    Ok(keyed_by_id(tx.due_expiry_customers(
        query.today,
        query.after.map(|(_, id)| id.as_str()),
        query.limit,
    )?))
}

/// Writes off what is left of a customer's lapsed lots, dated the day after each expiry.
pub fn run_expiry(tx: &Tx, books: &Books, unit: Unit, out: &mut TickReport) -> Result<()> {
    let customer = unit.id;
    let mut expired = Vec::new();
    for record in tx.credit_lapsed_lots(customer, books.today)? {
        let mut lots = vec![record.lot.clone()];
        let moves = lots_to_expire(&lots, books.today);
        if !moves.is_empty() {
            let lapsed_on = record
                .lot
                .expires
                .and_then(|day| day.checked_add_days(Days::new(1)))
                .unwrap_or(books.today);
            let cause = Cause {
                date: lapsed_on,
                origin: "expiry",
                booking: None,
                reason: None,
                now: &books.now,
            };
            let movement = Movement {
                holding: Holding {
                    customer,
                    credit_type: &record.credit_type,
                },
                kind: LedgerKind::Expire,
                cause: &cause,
            };
            record_moves(tx, &movement, &mut lots, &moves)?;
            out.credits_expired += 1;
            out.created.push(Created {
                kind: "credit expiry",
                reference: format!(
                    "{} {} (lot {})",
                    format_credits(record.lot.remaining),
                    record.credit_type,
                    record.lot.id
                ),
                unit: customer.to_string(),
                period: None,
                amount: None,
            });
        }
        tx.credit_lot_mark_expired(record.lot.id)?;
        expired.push(record.lot.id);
    }
    if expired.is_empty() {
        return Ok(());
    }
    tx.audit(
        &format!("credits:{customer}"),
        &json!({ "expired_lots": expired }),
    )
}
