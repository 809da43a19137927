//! `subs repeat …`: documents copied on a schedule.

mod add;
mod list;
mod show;
mod start;
mod stop;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum RepeatCommand {
    Add(add::RepeatAddArgs),
    List(list::RepeatListArgs),
    Show(show::RepeatShowArgs),
    Stop(stop::RepeatStopArgs),
    Start(start::RepeatStartArgs),
}

pub fn run(ctx: &mut Ctx, cmd: RepeatCommand) -> anyhow::Result<()> {
    match cmd {
        RepeatCommand::Add(args) => add::run(ctx, args),
        RepeatCommand::List(args) => list::run(ctx, args),
        RepeatCommand::Show(args) => show::run(ctx, args),
        RepeatCommand::Stop(args) => stop::run(ctx, args),
        RepeatCommand::Start(args) => start::run(ctx, args),
    }
}
