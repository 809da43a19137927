//! `subs plan list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::plans;
use crate::output::views::PlanRow;

/// List plans.
#[derive(Debug, Args)]
pub struct PlanListArgs {}

pub fn run(ctx: &mut Ctx, _args: PlanListArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("plan list")?;
    let list = plans::list(&mut s)?;
    ctx.printer.rows(list.iter().map(PlanRow::new))?;
    Ok(())
}
