//! `subs repeat list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::repeat::RepeatStatus;
use crate::error::Error;
use crate::ops::repeats;
use crate::output::views::RepeatView;

/// List repeats.
#[derive(Debug, Args)]
pub struct RepeatListArgs {
    /// active, stopped or completed
    #[arg(long)]
    pub status: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: RepeatListArgs) -> anyhow::Result<()> {
    let status = args
        .status
        .as_deref()
        .map(|s| {
            RepeatStatus::parse(s)
                .ok_or_else(|| Error::invalid("--status", format!("{s:?} is not a repeat status")))
        })
        .transpose()?;
    let mut s = ctx.session("repeat list")?;
    let mut list = ctx.printer.list::<RepeatView>()?;
    repeats::list(&mut s, status, |repeat| {
        list.push(&RepeatView::from(&repeat)).map_err(Error::Write)
    })?;
    list.finish()?;
    Ok(())
}
