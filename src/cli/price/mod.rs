//! `subs price …`: item prices.

mod list;
mod set;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum PriceCommand {
    Set(set::PriceSetArgs),
    List(list::PriceListArgs),
}

pub fn run(ctx: &mut Ctx, cmd: PriceCommand) -> anyhow::Result<()> {
    match cmd {
        PriceCommand::Set(args) => set::run(ctx, args),
        PriceCommand::List(args) => list::run(ctx, args),
    }
}
