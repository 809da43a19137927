//! `subs uom list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::catalogue;
use crate::output::views::UomView;

/// List units of measure.
#[derive(Debug, Args)]
pub struct UomListArgs {}

pub fn run(ctx: &mut Ctx, _args: UomListArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("uom list")?;
    let uoms = catalogue::list_uoms(&mut s)?;
    ctx.printer.rows(uoms.iter().map(UomView::from))?;
    Ok(())
}
