//! `subs price-list …`: price lists.

mod add;
mod default;
mod list;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum PriceListCommand {
    Add(add::PriceListAddArgs),
    List(list::PriceListListArgs),
    Default(default::PriceListDefaultArgs),
}

pub fn run(ctx: &mut Ctx, cmd: PriceListCommand) -> anyhow::Result<()> {
    match cmd {
        PriceListCommand::Add(args) => add::run(ctx, args),
        PriceListCommand::List(args) => list::run(ctx, args),
        PriceListCommand::Default(args) => default::run(ctx, args),
    }
}
