//! `subs uom add`.

use clap::Args;

use super::time::TimeFields;
use crate::cli::ctx::Ctx;
use crate::error::Error;
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
    #[command(flatten)]
    pub time: TimeFields,
}

pub fn run(ctx: &mut Ctx, args: UomAddArgs) -> anyhow::Result<()> {
    let time = match args.time.parse()? {
        Some(Some(t)) => Some(t),
        Some(None) => return Err(Error::invalid("--time", "none is for `uom edit`").into()),
        None => None,
    };
    let mut s = ctx.session("uom add")?;
    let uom = catalogue::add_time_uom(&mut s, &args.code, args.name, time)?;
    ctx.printer.created(&uom.code, &UomView::from(&uom))?;
    Ok(())
}
