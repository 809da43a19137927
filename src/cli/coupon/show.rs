//! `subs coupon show`.

use clap::Args;

use crate::cli::ctx::{Ctx, currency_digits};
use crate::ops::coupons;
use crate::output::views::CouponView;

/// Show one coupon and how many subscriptions carry it.
#[derive(Debug, Args)]
pub struct CouponShowArgs {
    /// The coupon's code
    pub code: String,
}

pub fn run(ctx: &mut Ctx, args: CouponShowArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("coupon show")?;
    let digits = currency_digits(&mut s)?;
    let (coupon, uses) = coupons::get(&mut s, &args.code)?;
    let mut view = CouponView::new(&coupon, digits);
    view.subscriptions = Some(uses);
    ctx.printer.record(&view)?;
    Ok(())
}
