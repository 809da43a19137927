//! `subs uom list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::{catalogue, time_units};
use crate::output::views::UomView;

/// List units of measure, with the span of time each names; UOMs named like a span of time
/// but not declared as one are pointed out on stderr.
#[derive(Debug, Args)]
pub struct UomListArgs {}

pub fn run(ctx: &mut Ctx, _args: UomListArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("uom list")?;
    let uoms = catalogue::list_uoms(&mut s)?;
    let undeclared = time_units::undeclared_uoms(&mut s)?;
    ctx.printer.rows(uoms.iter().map(UomView::from))?;
    for u in &undeclared {
        ctx.printer.note(format!("warning: {}", u.warning()));
    }
    Ok(())
}
