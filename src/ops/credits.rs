//! Booking credits (DESIGN §9): credit types; lots bought on invoices, granted by
//! subscription rules or by hand; spent on bookings or by hand, refunded, revoked, and
//! written off by `tick` once lapsed; the balances, lots and ledger that show them.
//!
//! The domain decides what moves (`plan_use`, `plan_refund`, `lots_to_expire`, `apply`);
//! this module writes each movement as a ledger row next to the lot's new remainder, in
//! the caller's transaction, so the ledger always sums to the lots.

use chrono::{Days, NaiveDate};
use serde_json::json;

use super::Session;
use super::books::{Books, find_customer, find_item};
use super::catalogue::require_uom;
use super::units::{Created, DueQuery, PageKey, TickReport, Unit, keyed_by_id};
use crate::domain::booking::BookingRecord;
use crate::domain::credits::{
    Balance, CreditRule, CreditType, LedgerEntry, LedgerKind, LedgerRecord, Lot, LotRecord, Move,
    OriginKind, Recurrence, RuleSpec, apply, credits_bought, entries, expiry_for, format_credits,
    grant_occurrences, lots_to_expire, next_expiry, next_occurrence, plan_refund, plan_use,
    usable_balance,
};
use crate::domain::ids::CustomerCode;
use crate::domain::invoice::{Invoice, InvoiceLine};
use crate::domain::subscription::Subscription;
use crate::domain::values;
use crate::error::{Error, Result};
use crate::store::{NewLedgerRow, NewLot, Tx};

// ── types ──

pub fn find_type(tx: &Tx, code: &str) -> Result<CreditType> {
    tx.credit_type(code)?.ok_or_else(|| {
        Error::not_found_hint(
            "credit type",
            code,
            "list them with `subs credits type list`",
        )
    })
}

/// Defines a credit type; its items and units must exist, and an (item, uom) sells one
/// type only.
pub fn add_type(s: &mut Session, credit_type: CreditType) -> Result<CreditType> {
    values::check_code("CODE", &credit_type.code)?;
    values::check_code("--unit", &credit_type.unit)?;
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        if let Some((item, uom, _)) = &credit_type.sold_as {
            find_item(tx, item)?;
            require_uom(tx, uom)?;
            if let Some(other) = tx.credit_type_selling(item, uom)? {
                return Err(Error::invalid(
                    "--sold-as",
                    format!("{item} per {uom} already sells credit type {}", other.code),
                ));
            }
        }
        for (index, cost) in credit_type.costs.iter().enumerate() {
            find_item(tx, &cost.item)?;
            require_uom(tx, &cost.uom)?;
            let repeated = credit_type.costs[..index]
                .iter()
                .any(|c| c.item == cost.item && c.uom == cost.uom);
            if repeated {
                return Err(Error::invalid(
                    "--cost",
                    format!("{} per {} is given twice", cost.item, cost.uom),
                ));
            }
        }
        tx.credit_type_insert(&credit_type, &now)?;
        tx.audit(
            &format!("credit_type:{}", credit_type.code),
            &json!({
                "unit": credit_type.unit,
                "sold_as": credit_type.sold_as.as_ref().map(|(i, u, c)| format!("{i}:{u}:{}", format_credits(*c))),
                "validity_days": credit_type.validity_days,
                "whole": credit_type.whole,
                "costs": credit_type.costs.iter().map(|c| format!("{}:{}:{}", c.item, c.uom, format_credits(c.credits_per_unit))).collect::<Vec<_>>(),
            }),
        )?;
        find_type(tx, &credit_type.code)
    })
}

pub fn list_types(s: &mut Session) -> Result<Vec<CreditType>> {
    s.store.read(|tx| tx.credit_types())
}

// ── movements, inside the caller's transaction ──

/// Why credits move, as written on their ledger rows: the day, what caused it
/// (`manual`, `booking:BK-0001`, …), the booking and reason if any, and the command's
/// instant.
#[derive(Debug, Clone, Copy)]
pub struct Cause<'a> {
    pub date: NaiveDate,
    pub origin: &'a str,
    pub booking: Option<&'a str>,
    pub reason: Option<&'a str>,
    pub now: &'a str,
}

/// A customer's holding of one credit type: the lots a use, a grant or an expiry moves.
#[derive(Debug, Clone, Copy)]
pub struct Holding<'a> {
    pub customer: &'a str,
    pub credit_type: &'a str,
}

/// Credits moving in or out of a holding: which kind of ledger row, and why.
#[derive(Debug, Clone, Copy)]
pub struct Movement<'a> {
    pub holding: Holding<'a>,
    pub kind: LedgerKind,
    pub cause: &'a Cause<'a>,
}

/// A lot granted by hand: how many milli-credits, valid through `expires` (`None`: never
/// lapses).
#[derive(Debug, Clone, Copy)]
pub struct Granted {
    pub quantity: i64,
    pub expires: Option<NaiveDate>,
}

/// Credits given or taken by hand (`credits grant`, `use`, `revoke`).
#[derive(Debug, Clone, Default)]
pub struct ByHand {
    pub customer: CustomerCode,
    pub credit_type: String,
    /// As typed: whole or fractional credits, as the type counts them.
    pub quantity: String,
    /// Why, for the ledger.
    pub reason: Option<String>,
}

/// Opens a lot and writes its opening row (grant or purchase), dated `cause.date`.
fn open_lot(tx: &Tx, lot: &NewLot, cause: &Cause) -> Result<i64> {
    let id = tx.credit_lot_insert(lot)?;
    tx.credit_ledger_insert(&NewLedgerRow {
        date: cause.date,
        customer: lot.customer,
        credit_type: lot.credit_type,
        entry: LedgerEntry::new(id, lot.origin_kind.opening_kind(), lot.quantity),
        origin: lot.origin,
        booking: cause.booking,
        reason: cause.reason,
        created_at: cause.now,
    })?;
    Ok(id)
}

/// Writes `moves` of `kind` on `lots`: the domain checks them all (no lot below zero or
/// above its quantity) before any row is written.
fn record_moves(tx: &Tx, movement: &Movement, lots: &mut [Lot], moves: &[Move]) -> Result<()> {
    let Movement {
        holding: Holding {
            customer,
            credit_type,
        },
        kind,
        cause,
    } = *movement;
    let movements = entries(kind, moves);
    apply(lots, &movements)?;
    for entry in movements {
        tx.credit_ledger_insert(&NewLedgerRow {
            date: cause.date,
            customer,
            credit_type,
            entry,
            origin: cause.origin,
            booking: cause.booking,
            reason: cause.reason,
            created_at: cause.now,
        })?;
    }
    for lot in lots
        .iter()
        .filter(|lot| moves.iter().any(|(id, _)| *id == lot.id))
    {
        tx.credit_lot_set_remaining(lot.id, lot.remaining)?;
    }
    Ok(())
}

/// Takes `amount` milli-credits of `kind` (use or revoke) from the customer's lots usable
/// on `cause.date`, soonest expiring first; refused (exit 1) with nothing taken when they
/// hold less.
pub fn spend(tx: &Tx, movement: &Movement, amount: i64) -> Result<Vec<Move>> {
    let Holding {
        customer,
        credit_type,
    } = movement.holding;
    let mut lots = tx.credit_open_lots(customer, credit_type)?;
    let taken = plan_use(&lots, amount, movement.cause.date)
        .map_err(|shortfall| shortfall.refusal(customer, credit_type))?;
    record_moves(tx, movement, &mut lots, &taken)?;
    Ok(taken)
}

/// Gives a cancelled booking's credits back to the lots they came from, where those have
/// not lapsed on `today`. Returns the milli-credits refunded.
pub fn refund_booking(
    tx: &Tx,
    booking: &BookingRecord,
    today: NaiveDate,
    now: &str,
) -> Result<i64> {
    let Some(credit_type) = &booking.credit_type else {
        return Ok(0);
    };
    let taken = tx.credit_taken_by_booking(&booking.id)?;
    let mut lots = Vec::new();
    for (lot, _) in &taken {
        lots.extend(tx.credit_lot(*lot)?.map(|record| record.lot));
    }
    let refund = plan_refund(&taken, &lots, today);
    let origin = format!("booking:{}", booking.id);
    let cause = Cause {
        date: today,
        origin: &origin,
        booking: Some(&booking.id),
        reason: None,
        now,
    };
    let movement = Movement {
        holding: Holding {
            customer: &booking.customer,
            credit_type,
        },
        kind: LedgerKind::Refund,
        cause: &cause,
    };
    record_moves(tx, &movement, &mut lots, &refund)?;
    Ok(refund.iter().map(|(_, amount)| amount).sum())
}

// ── by hand ──

fn balance_of(tx: &Tx, customer: &str, credit_type: &CreditType, on: NaiveDate) -> Result<Balance> {
    let lots = tx.credit_open_lots(customer, &credit_type.code)?;
    Ok(Balance {
        customer: customer.to_string(),
        credit_type: credit_type.code.clone(),
        unit: credit_type.unit.clone(),
        balance: usable_balance(&lots, on),
        next_expiry: next_expiry(&lots, on),
    })
}

/// Grants credits by hand: a lot from today, through `expires` (default: the type's
/// validity). Returns the new lot.
pub fn grant(s: &mut Session, grant: &ByHand, expires: Option<NaiveDate>) -> Result<LotRecord> {
    let today = s.today();
    let now = s.clock.rfc3339();
    let reason = grant
        .reason
        .as_ref()
        .map(|r| values::non_empty("--reason", r))
        .transpose()?;
    s.store.write(|tx| {
        let customer = find_customer(tx, &grant.customer)?;
        let credit_type = find_type(tx, &grant.credit_type)?;
        let quantity = credit_type.parse_quantity("QTY", &grant.quantity)?;
        if let Some(day) = expires.filter(|day| *day < today) {
            return Err(Error::invalid(
                "--expires",
                format!("{day} is before today ({today}); the credits could never be used"),
            ));
        }
        let expires = expires.or_else(|| expiry_for(today, credit_type.validity_days));
        let cause = Cause {
            date: today,
            origin: "manual",
            booking: None,
            reason: reason.as_deref(),
            now: &now,
        };
        let holding = Holding {
            customer: &customer.code,
            credit_type: &credit_type.code,
        };
        let lot = grant_in(tx, holding, Granted { quantity, expires }, &cause)?;
        tx.credit_lot(lot)?
            .ok_or_else(|| Error::Database(format!("credit lot {lot} vanished")))
    })
}

/// Opens a lot granted by hand from `cause.date`, inside the caller's transaction (the
/// demo grants in bulk this way); returns its id.
pub fn grant_in(tx: &Tx, holding: Holding, granted: Granted, cause: &Cause) -> Result<i64> {
    let Holding {
        customer,
        credit_type,
    } = holding;
    let Granted { quantity, expires } = granted;
    let lot = open_lot(
        tx,
        &NewLot {
            customer,
            credit_type,
            quantity,
            starts: cause.date,
            expires,
            origin_kind: OriginKind::Manual,
            origin: cause.origin,
            invoice_line: None,
            created_at: cause.now,
        },
        cause,
    )?;
    tx.audit(
        &format!("credits:{customer}"),
        &json!({ "grant": { "lot": lot, "type": credit_type, "credits": format_credits(quantity),
                 "expires": expires, "reason": cause.reason } }),
    )?;
    Ok(lot)
}

/// Takes `quantity` by hand, as a use or a revocation; returns what is left.
fn take_by_hand(s: &mut Session, kind: LedgerKind, take: &ByHand) -> Result<Balance> {
    let today = s.today();
    let now = s.clock.rfc3339();
    let reason = take
        .reason
        .as_ref()
        .map(|r| values::non_empty("--reason", r))
        .transpose()?;
    s.store.write(|tx| {
        let customer = find_customer(tx, &take.customer)?;
        let credit_type = find_type(tx, &take.credit_type)?;
        let amount = credit_type.parse_quantity("QTY", &take.quantity)?;
        let cause = Cause {
            date: today,
            origin: "manual",
            booking: None,
            reason: reason.as_deref(),
            now: &now,
        };
        let movement = Movement {
            holding: Holding {
                customer: &customer.code,
                credit_type: &credit_type.code,
            },
            kind,
            cause: &cause,
        };
        let taken = spend(tx, &movement, amount)?;
        tx.audit(
            &format!("credits:{}", customer.code),
            &json!({ kind.as_str(): { "type": credit_type.code, "credits": format_credits(amount),
                     "lots": taken.iter().map(|(lot, n)| json!({ "lot": lot, "credits": format_credits(*n) })).collect::<Vec<_>>(),
                     "reason": reason } }),
        )?;
        balance_of(tx, &customer.code, &credit_type, today)
    })
}

/// Spends credits by hand (`credits use`), soonest-expiring lots first.
pub fn use_credits(s: &mut Session, take: &ByHand) -> Result<Balance> {
    take_by_hand(s, LedgerKind::Use, take)
}

/// Takes credits back by hand (`credits revoke`), in the same order as a use.
pub fn revoke(s: &mut Session, take: &ByHand) -> Result<Balance> {
    take_by_hand(s, LedgerKind::Revoke, take)
}

// ── what is held ──

/// Balances usable on `on`, per customer and type: of one customer (every type they ever
/// held, even at 0), or of every customer holding something.
pub fn balances(
    s: &mut Session,
    customer: Option<&str>,
    on: NaiveDate,
    mut each: impl FnMut(Balance) -> Result<()>,
) -> Result<()> {
    s.store.read(|tx| {
        if let Some(code) = customer {
            find_customer(tx, code)?;
        }
        let types = tx.credit_types()?;
        let unit_of = |code: &str| {
            types
                .iter()
                .find(|t| t.code == code)
                .map(|t| t.unit.clone())
                .unwrap_or_default()
        };
        let mut flush = |group: Option<(String, String, Vec<Lot>)>| -> Result<()> {
            let Some((customer_code, credit_type, lots)) = group else {
                return Ok(());
            };
            let balance = usable_balance(&lots, on);
            if customer.is_none() && balance == 0 {
                return Ok(());
            }
            each(Balance {
                unit: unit_of(&credit_type),
                customer: customer_code,
                credit_type,
                balance,
                next_expiry: next_expiry(&lots, on),
            })
        };
        // Lots come ordered by customer and type: one group at a time, memory stays flat.
        let mut group: Option<(String, String, Vec<Lot>)> = None;
        tx.credit_lots_each(customer, customer.is_none(), |record| {
            match &mut group {
                Some((c, t, lots)) if *c == record.customer && *t == record.credit_type => {
                    lots.push(record.lot);
                }
                _ => {
                    flush(group.take())?;
                    group = Some((record.customer, record.credit_type, vec![record.lot]));
                }
            }
            Ok(())
        })?;
        flush(group)
    })
}

/// Every lot, of one customer or all.
pub fn lots(
    s: &mut Session,
    customer: Option<&str>,
    each: impl FnMut(LotRecord) -> Result<()>,
) -> Result<()> {
    s.store.read(|tx| {
        if let Some(code) = customer {
            find_customer(tx, code)?;
        }
        tx.credit_lots_each(customer, false, each)
    })
}

/// Every ledger row, of one customer or all, in the order written.
pub fn ledger(
    s: &mut Session,
    customer: Option<&str>,
    each: impl FnMut(LedgerRecord) -> Result<()>,
) -> Result<()> {
    s.store.read(|tx| {
        if let Some(code) = customer {
            find_customer(tx, code)?;
        }
        tx.credit_ledger_each(customer, each)
    })
}

// ── invoices ──

/// Called when an invoice is issued: each line that sells a credit type opens a lot for
/// the customer; each credit note line correcting such a line revokes what is left of its
/// lot, up to the credited quantity.
pub fn on_issue(tx: &Tx, books: &Books, invoice: &Invoice) -> Result<()> {
    // Most books sell no credits on invoices: then there is nothing to open or revoke.
    if !books.sells_credits(tx)? {
        return Ok(());
    }
    for line in tx.invoice_lines(invoice.id)? {
        if !invoice.is_credit_note() {
            open_purchased(tx, books, invoice, &line)?;
        } else {
            revoke_credited(tx, books, invoice, &line)?;
        }
    }
    Ok(())
}

fn open_purchased(tx: &Tx, books: &Books, invoice: &Invoice, line: &InvoiceLine) -> Result<()> {
    let Some(credit_type) = tx.credit_type_selling(&line.item, &line.uom)? else {
        return Ok(());
    };
    let Some((_, _, per_unit)) = credit_type.sold_as else {
        return Ok(());
    };
    let Some(quantity) = credits_bought(line.billed_qty(), per_unit) else {
        return Ok(());
    };
    let origin = format!("invoice:{}", invoice.reference());
    let expires = expiry_for(books.today, credit_type.validity_days);
    let cause = Cause {
        date: books.today,
        origin: &origin,
        booking: None,
        reason: None,
        now: &books.now,
    };
    let lot = open_lot(
        tx,
        &NewLot {
            customer: &invoice.customer,
            credit_type: &credit_type.code,
            quantity,
            starts: books.today,
            expires,
            origin_kind: OriginKind::Invoice,
            origin: &origin,
            invoice_line: Some(line.id),
            created_at: &books.now,
        },
        &cause,
    )?;
    tx.audit(
        &format!("credits:{}", invoice.customer),
        &json!({ "purchase": { "lot": lot, "type": credit_type.code, "credits": format_credits(quantity),
                 "invoice": invoice.reference(), "expires": expires } }),
    )
}

fn revoke_credited(tx: &Tx, books: &Books, note: &Invoice, line: &InvoiceLine) -> Result<()> {
    let Some(corrected) = line.credits_line else {
        return Ok(());
    };
    let Some(record) = tx.credit_lot_of_invoice_line(corrected)? else {
        return Ok(());
    };
    let credit_type = find_type(tx, &record.credit_type)?;
    let credited = match credit_type.sold_as {
        Some((_, _, per_unit)) => credits_bought(line.billed_qty(), per_unit).unwrap_or(0),
        None => record.lot.quantity,
    };
    let amount = credited.min(record.lot.remaining);
    if amount <= 0 {
        return Ok(());
    }
    let origin = format!("credit_note:{}", note.reference());
    let cause = Cause {
        date: books.today,
        origin: &origin,
        booking: None,
        reason: note.reason.as_deref(),
        now: &books.now,
    };
    let mut lots = vec![record.lot.clone()];
    let movement = Movement {
        holding: Holding {
            customer: &record.customer,
            credit_type: &record.credit_type,
        },
        kind: LedgerKind::Revoke,
        cause: &cause,
    };
    record_moves(tx, &movement, &mut lots, &[(record.lot.id, amount)])?;
    tx.audit(
        &format!("credits:{}", record.customer),
        &json!({ "revoke": { "lot": record.lot.id, "credits": format_credits(amount), "credit_note": note.reference() } }),
    )
}

// ── subscription rules ──

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
        periods.push((period.served.start, period.served.end));
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

// ── tick phases ──

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
