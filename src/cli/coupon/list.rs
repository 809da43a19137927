//! `subs coupon list`.

use clap::Args;

use crate::cli::ctx::{Ctx, currency_digits};
use crate::ops::coupons;
use crate::output::views::CouponView;

/// List coupons.
#[derive(Debug, Args)]
pub struct CouponListArgs {}

pub fn run(ctx: &mut Ctx, _args: CouponListArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("coupon list")?;
    let digits = currency_digits(&mut s)?;
    let list = coupons::list(&mut s)?;
    ctx.printer
        .rows(list.iter().map(|c| CouponView::new(c, digits)))?;
    Ok(())
}
