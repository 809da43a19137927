//! `subs uom conversions`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::catalogue;
use crate::output::views::ConversionView;

/// List UOM conversions, of one item or all.
#[derive(Debug, Args)]
pub struct UomConversionsArgs {
    /// Only this item's conversions
    #[arg(long)]
    pub item: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: UomConversionsArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("uom conversions")?;
    let list = catalogue::list_conversions(&mut s, args.item.as_deref())?;
    ctx.printer.rows(list.iter().map(ConversionView::from))?;
    Ok(())
}
