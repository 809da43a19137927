//! `subs plan show`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::plans;
use crate::output::views::PlanView;

/// Show one plan with its lines.
#[derive(Debug, Args)]
pub struct PlanShowArgs {
    /// The plan's code
    pub code: String,
}

pub fn run(ctx: &mut Ctx, args: PlanShowArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("plan show")?;
    let digits = crate::cli::ctx::currency_digits(&mut s)?;
    let plan = plans::get(&mut s, &args.code)?;
    ctx.printer.record(&PlanView::new(&plan, digits))?;
    Ok(())
}
