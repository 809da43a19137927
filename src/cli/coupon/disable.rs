//! `subs coupon disable`.

use clap::Args;

use crate::cli::ctx::{Ctx, currency_digits};
use crate::ops::coupons;
use crate::output::views::CouponView;

/// Disable a coupon: no subscription can take it any more; those that carry it keep it.
#[derive(Debug, Args)]
pub struct CouponDisableArgs {
    /// The coupon's code
    pub code: String,
}

pub fn run(ctx: &mut Ctx, args: CouponDisableArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("coupon disable")?;
    let digits = currency_digits(&mut s)?;
    let coupon = coupons::disable(&mut s, &args.code)?;
    ctx.printer.record(&CouponView::new(&coupon, digits))?;
    Ok(())
}
