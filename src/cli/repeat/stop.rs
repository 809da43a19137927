//! `subs repeat stop`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::repeats;
use crate::output::views::RepeatView;

/// Stop a repeat: `tick` creates nothing more for it until `repeat start`.
#[derive(Debug, Args)]
pub struct RepeatStopArgs {
    /// The repeat (REP-0001)
    pub id: String,
}

pub fn run(ctx: &mut Ctx, args: RepeatStopArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("repeat stop")?;
    let repeat = repeats::stop(&mut s, &args.id)?;
    ctx.printer.record(&RepeatView::from(&repeat))?;
    Ok(())
}
