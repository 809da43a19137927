//! `subs price list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::catalogue;
use crate::output::views::PriceView;

/// List item prices.
#[derive(Debug, Args)]
pub struct PriceListArgs {
    /// Only this item's prices
    #[arg(long)]
    pub item: Option<String>,
    /// Only the prices of this price list
    #[arg(long)]
    pub list: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: PriceListArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("price list")?;
    let prices = catalogue::list_prices(&mut s, args.item.as_deref(), args.list.as_deref())?;
    ctx.printer
        .rows(prices.iter().map(|(p, digits)| PriceView::new(p, *digits)))?;
    Ok(())
}
