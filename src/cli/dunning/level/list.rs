//! `subs dunning level list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::dunning;
use crate::output::views::DunningLevelView;

/// List the reminder levels: after how many days past the due date each is sent, and
/// its template.
#[derive(Debug, Args)]
pub struct DunningLevelListArgs {}

pub fn run(ctx: &mut Ctx, _args: DunningLevelListArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("dunning level list")?;
    let levels = dunning::levels(&mut s)?;
    ctx.printer
        .rows(levels.iter().map(DunningLevelView::from))?;
    Ok(())
}
