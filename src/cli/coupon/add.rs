//! `subs coupon add`.

use clap::Args;

use crate::cli::args::{date_arg, decimal_arg};
use crate::cli::ctx::{Ctx, currency_digits};
use crate::domain::discount::{Coupon, Off};
use crate::domain::money::{DecimalRule, parse_amount};
use crate::error::Error;
use crate::ops::coupons;
use crate::output::views::CouponView;

/// Add a coupon: a percentage or an amount off each period it applies to.
///
/// `subscription create|edit --coupon CODE` applies it from the next period billed. On each
/// invoice the discount is its own line, split across the VAT rates of the lines.
#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("off").required(true).args(["percent", "amount"]))]
pub struct CouponAddArgs {
    /// Code you choose: letters, digits, '_', '.', '-' (WELCOME20)
    pub code: String,
    /// Percentage off each period (20 for 20 %), above 0 and at most 100
    #[arg(long, value_name = "P")]
    pub percent: Option<String>,
    /// Amount off each period, never more than the period bills
    #[arg(long, value_name = "X")]
    pub amount: Option<String>,
    /// For this many periods [default: every period]
    #[arg(long, value_name = "N")]
    pub periods: Option<String>,
    /// Only on subscriptions to this plan (repeat for several)
    #[arg(long = "plan", value_name = "PLAN")]
    pub plans: Vec<String>,
    /// The last day it can be applied to a subscription
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: CouponAddArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("coupon add")?;
    let digits = currency_digits(&mut s)?;
    let off = match (&args.percent, &args.amount) {
        (Some(p), _) => Off::Percent(decimal_arg("--percent", p, DecimalRule::positive(6))?),
        (None, Some(a)) => Off::Amount(parse_amount(
            "--amount",
            a,
            digits,
            DecimalRule::positive(digits),
        )?),
        (None, None) => return Err(Error::Usage("give --percent or --amount".into()).into()),
    };
    let periods = match args.periods.as_deref() {
        None => None,
        Some(n) => Some(
            n.parse::<u32>()
                .ok()
                .filter(|n| (1..=10_000).contains(n))
                .ok_or_else(|| {
                    Error::invalid("--periods", format!("{n:?} is not a whole number from 1"))
                })?,
        ),
    };
    let coupon = Coupon {
        code: args.code,
        off,
        periods,
        plans: args.plans,
        until: date_arg("--until", args.until.as_deref())?,
        disabled: false,
    };
    let coupon = coupons::add(&mut s, coupon)?;
    ctx.printer
        .created(&coupon.code, &CouponView::new(&coupon, digits))?;
    Ok(())
}
