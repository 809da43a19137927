//! `subs repeat show`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::repeats;
use crate::output::views::RepeatDetail;

/// Show a repeat with the documents it created.
#[derive(Debug, Args)]
pub struct RepeatShowArgs {
    /// The repeat (REP-0001)
    pub id: String,
}

pub fn run(ctx: &mut Ctx, args: RepeatShowArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("repeat show")?;
    let (repeat, runs) = repeats::get(&mut s, &args.id)?;
    ctx.printer.record(&RepeatDetail::new(&repeat, &runs))?;
    Ok(())
}
