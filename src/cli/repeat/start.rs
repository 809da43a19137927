//! `subs repeat start`.

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::ops::repeats;
use crate::output::views::RepeatView;

/// Resume a stopped repeat from its first schedule date on or after --from.
///
/// The dates of the stopped span are skipped (never created later); the following ones
/// keep their place on the schedule computed from the start.
#[derive(Debug, Args)]
pub struct RepeatStartArgs {
    /// The repeat (REP-0001)
    pub id: String,
    /// Resume from this day [default: today]
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: RepeatStartArgs) -> anyhow::Result<()> {
    let from = date_arg("--from", args.from.as_deref())?;
    let mut s = ctx.session("repeat start")?;
    let repeat = repeats::start(&mut s, &args.id, from)?;
    ctx.printer.record(&RepeatView::from(&repeat))?;
    Ok(())
}
