//! Prices per unit of time (issue 13 §1): declaring a UOM as a span of time, how many of it
//! a subscription's period holds for one line, the refusal of a subscription whose periods
//! have no fixed number of its lines' units, and the UOMs named like a span of time that
//! are not declared as one. Imports no other ops module.

use rust_decimal::Decimal;
use serde_json::json;

use super::Session;
use crate::domain::catalogue::Uom;
use crate::domain::period::{Interval, IntervalUnit};
use crate::domain::subscription::Subscription;
use crate::domain::time_unit::{Bridge, NoRatio, TimeUnit, looks_like_time, units_per_period};
use crate::error::{Error, Result};
use crate::store::Tx;

/// A line's quantity counted in its time unit for one period.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeQuantity {
    /// How many of the unit one period holds (3 months in a quarter).
    pub per_period: Decimal,
    pub uom: Uom,
}

impl TimeQuantity {
    /// What `invoice explain` shows: `a period of month×3 is 3 mois`.
    pub fn describe(&self, interval: Interval) -> String {
        format!(
            "a period of {} is {} {}",
            TimeUnit::new(interval.unit, interval.every).describe(),
            self.per_period.normalize(),
            self.uom.code
        )
    }
}

/// The item's own bridge between months and days, from a conversion between two time
/// units of different families (`uom convert HOTDESK month day 20`).
fn bridge(tx: &Tx, item: &str) -> Result<Option<Bridge>> {
    for c in tx.conversions(Some(item))? {
        let from = tx.uom(&c.from)?.and_then(|u| u.time);
        let to = tx.uom(&c.to)?.and_then(|u| u.time);
        if let (Some(from), Some(to)) = (from, to) {
            if let Some(b) = Bridge::from_conversion(from, to, c.factor) {
                return Ok(Some(b));
            }
        }
    }
    Ok(None)
}

/// How many `uom` one period of `interval` holds for `item`, when `uom` is a time unit;
/// `None` for a UOM that is not (`unit`, `pass`: a price per period, as before). Refused
/// (exit 1) where there is no fixed ratio, naming both units.
pub fn line_quantity(
    tx: &Tx,
    item: &str,
    uom: &str,
    interval: Interval,
) -> Result<Option<TimeQuantity>> {
    let Some(found) = tx.uom(uom)? else {
        return Ok(None);
    };
    let Some(time) = found.time else {
        return Ok(None);
    };
    let per_period = match units_per_period(interval, time, bridge(tx, item)?) {
        Ok(q) => q,
        Err(e @ NoRatio::NoFixedRatio { .. }) => {
            return Err(no_ratio(tx, item, &found, interval, &e.to_string())?);
        }
        Err(e) => {
            return Err(Error::refused(format!(
                "{item} is priced per {uom}: {e}; bill it every whole number of {uom}, or price it in a smaller unit"
            )));
        }
    };
    Ok(Some(TimeQuantity {
        per_period,
        uom: found,
    }))
}

/// The refusal of a line in `uom` on periods of `interval`, with the conversion to declare:
/// between a UOM of the period's family and the line's own.
fn no_ratio(tx: &Tx, item: &str, uom: &Uom, interval: Interval, why: &str) -> Result<Error> {
    let months = |u: IntervalUnit| matches!(u, IntervalUnit::Month | IntervalUnit::Year);
    let period_family = months(interval.unit);
    let other = tx.uoms()?.into_iter().find(|u| {
        u.time
            .is_some_and(|t| months(t.unit) == period_family && t.count == 1)
    });
    let hint = match other {
        Some(o) => format!(
            "declare how many with `subs uom convert {item} {} {} N`",
            o.code, uom.code
        ),
        None => format!(
            "add a UOM for {}s (`subs uom add {} --time {}`) and declare how many {} it is with `subs uom convert`",
            interval.unit.as_str(),
            interval.unit.as_str(),
            interval.unit.as_str(),
            uom.code
        ),
    };
    let period = TimeUnit::new(interval.unit, interval.every).describe();
    let unit = uom.time.map(|t| t.describe()).unwrap_or_default();
    Ok(Error::refused(format!(
        "{item} is priced per {} ({unit}), billed per {period}: {why}; {hint}",
        uom.code
    )))
}

/// Refuses a subscription one of whose lines is priced in a time unit its periods hold no
/// fixed number of.
pub fn check_lines(tx: &Tx, sub: &Subscription) -> Result<()> {
    for line in &sub.lines {
        line_quantity(tx, &line.item, &line.uom, sub.interval)?;
    }
    // Lines with a negative rate (a manual discount) may not take a period below zero.
    let fixed: Vec<_> = sub.lines.iter().map(|l| (l.qty, l.rate)).collect();
    if crate::domain::discount::fixed_total(&fixed).is_some_and(|t| t < Decimal::ZERO) {
        return Err(Error::refused(format!(
            "the lines of {} would bill less than zero per period: lines with a negative rate may discount it, not take it below zero",
            sub.id
        )));
    }
    Ok(())
}

/// What `uom add` and `uom edit` set.
#[derive(Debug, Clone, Default)]
pub struct UomInput {
    pub code: String,
    pub name: Option<String>,
    /// `Some(None)`: no longer a span of time.
    pub time: Option<Option<TimeUnit>>,
}

/// Changes a UOM's name or the span of time it names (`uom edit`); returns it with what
/// the change does to the active subscriptions with lines in it, one note each.
pub fn edit_uom(s: &mut Session, input: &UomInput) -> Result<(Uom, Vec<String>)> {
    s.store.write(|tx| {
        let mut uom = tx.uom(&input.code)?.ok_or_else(|| {
            Error::not_found_hint(
                "UOM",
                &input.code,
                format!("create it with `subs uom add {}`", input.code),
            )
        })?;
        if let Some(name) = &input.name {
            uom.name = crate::domain::values::non_empty("--name", name)?;
            tx.uom_rename(&uom.code, &uom.name)?;
        }
        if let Some(time) = input.time {
            uom.time = time;
            tx.uom_set_time(&uom.code, time)?;
        }
        tx.audit(
            &format!("uom:{}", uom.code),
            &json!({ "name": uom.name, "time": uom.time.map(|t| t.describe()) }),
        )?;
        let notes = if input.time.is_some() {
            effects(tx, &uom.code)?
        } else {
            Vec::new()
        };
        Ok((uom, notes))
    })
}

/// What the active subscriptions with lines in `uom` bill per period from now on: a
/// quantity other than 1, or the refusal their next tick will report.
fn effects(tx: &Tx, uom: &str) -> Result<Vec<String>> {
    let mut notes = Vec::new();
    for (id, unit, every) in tx.subscriptions_using_uom(uom)? {
        let Some(sub) = tx.subscription(&id)? else {
            continue;
        };
        let Some(unit) = IntervalUnit::parse(&unit) else {
            continue;
        };
        let interval = Interval { unit, every };
        for line in sub.lines.iter().filter(|l| l.uom == uom) {
            match line_quantity(tx, &line.item, uom, interval) {
                Ok(Some(q)) if q.per_period != Decimal::ONE => notes.push(format!(
                    "{id}: {} now bills {} per period",
                    line.item,
                    q.describe(interval)
                        .rsplit(" is ")
                        .next()
                        .unwrap_or_default()
                )),
                Ok(_) => {}
                Err(e) => notes.push(format!("warning: {id} cannot be billed any more: {e}")),
            }
        }
    }
    Ok(notes)
}

/// A UOM named like a span of time but not declared as one, with the active subscriptions
/// whose invoices would change once it is.
#[derive(Debug, Clone, PartialEq)]
pub struct UndeclaredTime {
    pub uom: Uom,
    pub reads_as: TimeUnit,
    pub subscriptions: Vec<String>,
}

impl UndeclaredTime {
    /// The one line `uom list` and `subscription check` print about it.
    pub fn warning(&self) -> String {
        let mut text = format!(
            "UOM {} reads like a span of time ({}) but is not declared as one; `subs uom edit {} --time {}{}` makes lines in it bill per period length",
            self.uom.code,
            self.reads_as.describe(),
            self.uom.code,
            self.reads_as.unit.as_str(),
            if self.reads_as.count == 1 {
                String::new()
            } else {
                format!(" --count {}", self.reads_as.count)
            }
        );
        if !self.subscriptions.is_empty() {
            text.push_str(&format!(
                "; the invoices of {} would change",
                self.subscriptions.join(", ")
            ));
        }
        text
    }
}

/// The UOMs named like a span of time (`mois`, `day`, `an`…) not declared as one.
pub fn undeclared(tx: &Tx) -> Result<Vec<UndeclaredTime>> {
    let mut out = Vec::new();
    for uom in tx.uoms()? {
        if uom.time.is_some() {
            continue;
        }
        let Some(reads_as) = looks_like_time(&uom.code, &uom.name) else {
            continue;
        };
        let mut subscriptions = Vec::new();
        for (id, unit, every) in tx.subscriptions_using_uom(&uom.code)? {
            let Some(unit) = IntervalUnit::parse(&unit) else {
                continue;
            };
            let changes = units_per_period(Interval { unit, every }, reads_as, None)
                .ok()
                .is_none_or(|q| q != Decimal::ONE);
            if changes {
                subscriptions.push(id);
            }
        }
        out.push(UndeclaredTime {
            uom,
            reads_as,
            subscriptions,
        });
    }
    Ok(out)
}

/// [`undeclared`], read on its own.
pub fn undeclared_uoms(s: &mut Session) -> Result<Vec<UndeclaredTime>> {
    s.store.read(undeclared)
}

/// [`undeclared`] for the UOMs of one subscription's lines (`subscription check`).
pub fn undeclared_for(s: &mut Session, id: &str) -> Result<Vec<UndeclaredTime>> {
    s.store.read(|tx| {
        let Some(sub) = tx.subscription(id)? else {
            return Ok(Vec::new());
        };
        Ok(undeclared(tx)?
            .into_iter()
            .filter(|u| sub.lines.iter().any(|l| l.uom == u.uom.code))
            .collect())
    })
}
