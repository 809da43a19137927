//! `subs dunning level …`.

mod add;
mod list;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum DunningLevelCommand {
    Add(add::DunningLevelAddArgs),
    List(list::DunningLevelListArgs),
}

pub fn run(ctx: &mut Ctx, cmd: DunningLevelCommand) -> anyhow::Result<()> {
    match cmd {
        DunningLevelCommand::Add(args) => add::run(ctx, args),
        DunningLevelCommand::List(args) => list::run(ctx, args),
    }
}
