//! `subs item export`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::catalogue;

/// Export every item as CSV, in the format `item import` reads.
#[derive(Debug, Args)]
pub struct ItemExportArgs {}

pub fn run(ctx: &mut Ctx, _args: ItemExportArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("item export")?;
    catalogue::export_items(&mut s, ctx.printer.out())?;
    Ok(())
}
