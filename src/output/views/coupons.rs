//! Coupons (`coupon list`, `coupon show`).

use serde::Serialize;

use crate::domain::discount::{Coupon, Off};
use crate::domain::money::{format_decimal, format_minor};

#[derive(Debug, Default, Serialize)]
pub struct CouponView {
    pub code: String,
    /// The percentage taken off, or null.
    pub percent: Option<String>,
    /// The amount taken off each period, or null.
    pub amount: Option<String>,
    /// How many periods it discounts; null: every period.
    pub periods: Option<u32>,
    /// The plans it is limited to, comma-separated; empty: any.
    pub plans: String,
    /// The last day it can be applied.
    pub until: Option<String>,
    pub disabled: bool,
    /// `show` only: how many subscriptions carry it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscriptions: Option<i64>,
}

impl CouponView {
    pub fn new(c: &Coupon, digits: u32) -> Self {
        let (percent, amount) = match c.off {
            Off::Percent(p) => (Some(format_decimal(p)), None),
            Off::Amount(a) => (None, Some(format_minor(a, digits))),
        };
        CouponView {
            code: c.code.clone(),
            percent,
            amount,
            periods: c.periods,
            plans: c.plans.join(","),
            until: c.until.map(|d| d.to_string()),
            disabled: c.disabled,
            subscriptions: None,
        }
    }
}
