//! `subs price-list list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::catalogue;
use crate::output::views::PriceListView;

/// List price lists.
#[derive(Debug, Args)]
pub struct PriceListListArgs {}

pub fn run(ctx: &mut Ctx, _args: PriceListListArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("price-list list")?;
    let lists = catalogue::list_price_lists(&mut s)?;
    ctx.printer.rows(lists.iter().map(PriceListView::from))?;
    Ok(())
}
