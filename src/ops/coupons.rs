//! Coupons (issue 13 §2): declaring, listing, disabling; putting one on a subscription from
//! its next period billed; and the discount lines of a period's invoice. Imports no other
//! ops module, so pricing can ask it for a period's discount.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::json;

use super::Session;
use crate::domain::billing::{BillingPeriod, Factor};
use crate::domain::discount::{self, Coupon, DISCOUNT_SOURCE, Off};
use crate::domain::invoice::{NewLine, line_amount};
use crate::domain::money::{format_decimal, format_minor, from_minor};
use crate::domain::subscription::Subscription;
use crate::domain::values::check_code;
use crate::error::{Error, Result};
use crate::store::Tx;

fn find(tx: &Tx, code: &str) -> Result<Coupon> {
    tx.coupon(code)?.ok_or_else(|| {
        Error::not_found_hint(
            "coupon",
            code,
            format!("add it with `subs coupon add {code} --percent P`"),
        )
    })
}

/// Declares a coupon (`coupon add`).
pub fn add(s: &mut Session, coupon: Coupon) -> Result<Coupon> {
    check_code("CODE", &coupon.code)?;
    if let Off::Percent(p) = coupon.off {
        if p <= Decimal::ZERO || p > Decimal::ONE_HUNDRED {
            return Err(Error::invalid(
                "--percent",
                format!("{} must be above 0 and at most 100", format_decimal(p)),
            ));
        }
    }
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        for plan in &coupon.plans {
            if tx.plan(plan)?.is_none() {
                return Err(Error::not_found("plan", plan));
            }
        }
        tx.coupon_insert(&coupon, &now)?;
        tx.audit(
            &format!("coupon:{}", coupon.code),
            &json!({ "off": describe_off(coupon.off, 2), "periods": coupon.periods,
                     "plans": coupon.plans, "until": coupon.until }),
        )?;
        find(tx, &coupon.code)
    })
}

/// A coupon and how many subscriptions carry it.
pub fn get(s: &mut Session, code: &str) -> Result<(Coupon, i64)> {
    s.store
        .read(|tx| Ok((find(tx, code)?, tx.coupon_uses(code)?)))
}

pub fn list(s: &mut Session) -> Result<Vec<Coupon>> {
    s.store.read(|tx| tx.coupons())
}

/// No subscription can take the coupon any more; those that carry it keep it.
pub fn disable(s: &mut Session, code: &str) -> Result<Coupon> {
    s.store.write(|tx| {
        find(tx, code)?;
        tx.coupon_disable(code)?;
        tx.audit(&format!("coupon:{code}"), &json!({ "disabled": true }))?;
        find(tx, code)
    })
}

/// Puts the coupon on the subscription from its next period billed (refused when disabled,
/// past its last day, or limited to other plans).
pub fn attach(tx: &Tx, sub: &Subscription, code: &str, today: NaiveDate, now: &str) -> Result<()> {
    let coupon = find(tx, code)?;
    if let Some(why) = coupon.refusal(sub.plan.as_deref(), today) {
        return Err(Error::refused(why));
    }
    tx.subscription_coupon_set(&sub.id, code, sub.next_period, now)?;
    tx.audit(
        &format!("subscription:{}", sub.id),
        &json!({ "coupon": code, "from_period": sub.next_period }),
    )
}

/// `20 %` or `50.00`.
pub fn describe_off(off: Off, digits: u32) -> String {
    match off {
        Off::Percent(p) => format!("{} %", format_decimal(p)),
        Off::Amount(a) => format_minor(a, digits),
    }
}

/// The discount lines of one period's invoice: one per VAT rate of the lines, negative,
/// named after the coupon, each share of the whole period's discount prorated like the
/// lines it is taken on. None when the subscription has no coupon for this period.
pub fn discount_lines(
    tx: &Tx,
    sub: &Subscription,
    period: &BillingPeriod,
    lines: &[NewLine],
    digits: u32,
) -> Result<Vec<NewLine>> {
    let Some(applied) = tx.subscription_coupon(&sub.id)? else {
        return Ok(Vec::new());
    };
    if !applied.applies_to(period.index) {
        return Ok(Vec::new());
    }
    let coupon = &applied.coupon;
    // Whole-period nets per VAT rate: the discount is that of a whole period, prorated below.
    let mut rates: Vec<(Decimal, i64, i64)> = Vec::new();
    for line in lines {
        let full = line_amount(line.qty, line.rate, Factor::FULL, digits)
            .map_err(|e| e.at(format!("line {}", line.item)))?
            .net;
        match rates.iter_mut().find(|(r, _, _)| *r == line.vat_rate) {
            Some(entry) => {
                entry.1 += full;
                entry.2 += line.amount.net;
            }
            None => rates.push((line.vat_rate, full, line.amount.net)),
        }
    }
    let base: i64 = rates.iter().map(|r| r.1).sum();
    let off = coupon
        .discount_on(base)
        .ok_or_else(|| Error::invalid(format!("coupon {}", coupon.code), "discount too large"))?;
    if off == 0 {
        return Ok(Vec::new());
    }
    let bases: Vec<i64> = rates.iter().map(|r| r.1).collect();
    let shares = discount::split(off, &bases).ok_or_else(|| {
        Error::invalid(
            format!("coupon {}", coupon.code),
            "the discount cannot be split",
        )
    })?;
    let what = describe_off(coupon.off, digits);
    let mut out = Vec::new();
    for ((vat_rate, full, billed), share) in rates.into_iter().zip(shares) {
        if share == 0 {
            continue;
        }
        let rate = -from_minor(share, digits);
        let mut amount = line_amount(Decimal::ONE, rate, period.factor, digits)
            .map_err(|e| e.at(format!("coupon {}", coupon.code)))?;
        // Never below what the lines at this rate bill (a prorated cent of rounding).
        if amount.net < -billed.max(0) {
            amount.net = -billed.max(0);
        }
        out.push(NewLine {
            item: coupon.code.clone(),
            description: format!("{} (−{what})", coupon.code),
            qty: Decimal::ONE,
            uom: crate::domain::catalogue::DEFAULT_UOM.to_string(),
            rate,
            factor: period.factor,
            amount,
            vat_rate,
            period: Some(period.served),
            price_source: format!(
                "{DISCOUNT_SOURCE}{}: {what} of {} at {} % VAT",
                coupon.code,
                format_minor(full, digits),
                format_decimal(vat_rate)
            ),
            subscription_line: None,
            credits_line: None,
        });
    }
    Ok(out)
}
