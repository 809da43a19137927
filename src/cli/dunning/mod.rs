//! `subs dunning …`: reminder levels, and where each overdue invoice stands.

mod level;
mod list;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum DunningCommand {
    /// Reminder levels
    #[command(subcommand)]
    Level(level::DunningLevelCommand),
    List(list::DunningListArgs),
}

pub fn run(ctx: &mut Ctx, cmd: DunningCommand) -> anyhow::Result<()> {
    match cmd {
        DunningCommand::Level(cmd) => level::run(ctx, cmd),
        DunningCommand::List(args) => list::run(ctx, args),
    }
}
