//! `subs item show`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::catalogue;
use crate::output::views::ItemView;

/// Show one item.
#[derive(Debug, Args)]
pub struct ItemShowArgs {
    /// The item's code
    pub code: String,
}

pub fn run(ctx: &mut Ctx, args: ItemShowArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("item show")?;
    let item = catalogue::get_item(&mut s, &args.code)?;
    ctx.printer.record(&ItemView::from(&item))?;
    Ok(())
}
