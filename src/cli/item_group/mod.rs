//! `subs item-group …`: the tree of item groups.

mod add;
mod list;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum ItemGroupCommand {
    Add(add::ItemGroupAddArgs),
    List(list::ItemGroupListArgs),
}

pub fn run(ctx: &mut Ctx, cmd: ItemGroupCommand) -> anyhow::Result<()> {
    match cmd {
        ItemGroupCommand::Add(args) => add::run(ctx, args),
        ItemGroupCommand::List(args) => list::run(ctx, args),
    }
}
