//! `subs location …`: sites and how many of each bookable item they hold.

mod add;
mod capacity;
mod list;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum LocationCommand {
    Add(add::LocationAddArgs),
    Capacity(capacity::LocationCapacityArgs),
    List(list::LocationListArgs),
}

pub fn run(ctx: &mut Ctx, cmd: LocationCommand) -> anyhow::Result<()> {
    match cmd {
        LocationCommand::Add(args) => add::run(ctx, args),
        LocationCommand::Capacity(args) => capacity::run(ctx, args),
        LocationCommand::List(args) => list::run(ctx, args),
    }
}
