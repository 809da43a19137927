//! `subs price-list default`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::catalogue;

/// Make a price list the company's default.
#[derive(Debug, Args)]
pub struct PriceListDefaultArgs {
    /// The price list
    pub name: String,
}

pub fn run(ctx: &mut Ctx, args: PriceListDefaultArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("price-list default")?;
    catalogue::make_default_price_list(&mut s, &args.name)?;
    ctx.printer
        .note(format!("{} is the default price list", args.name));
    Ok(())
}
