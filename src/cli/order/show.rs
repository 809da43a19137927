//! `subs order show`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::orders;
use crate::output::views::OrderDetail;

/// Show one order with its lines.
#[derive(Debug, Args)]
pub struct OrderShowArgs {
    /// The order (SO-0001)
    pub id: String,
}

pub fn run(ctx: &mut Ctx, args: OrderShowArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("order show")?;
    let order = orders::get(&mut s, &args.id)?;
    ctx.printer.record(&OrderDetail::new(&order))?;
    Ok(())
}
