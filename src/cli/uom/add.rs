//! `subs uom add`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::catalogue;
use crate::output::views::UomView;

/// Add a unit of measure (`hour`, `half-day`, `day`, `month`…).
#[derive(Debug, Args)]
pub struct UomAddArgs {
    /// Code you choose: letters, digits, '_', '.', '-' (month, half-day, hour)
    pub code: String,
    /// Display name [default: the code]
    #[arg(long)]
    pub name: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: UomAddArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("uom add")?;
    let uom = catalogue::add_uom(&mut s, &args.code, args.name)?;
    ctx.printer.created(&uom.code, &UomView::from(&uom))?;
    Ok(())
}
