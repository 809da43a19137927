//! `subs account …`: the chart of accounts journal entries are posted to.

mod list;
mod set;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    Set(set::AccountSetArgs),
    List(list::AccountListArgs),
}

pub fn run(ctx: &mut Ctx, cmd: AccountCommand) -> anyhow::Result<()> {
    match cmd {
        AccountCommand::Set(args) => set::run(ctx, args),
        AccountCommand::List(args) => list::run(ctx, args),
    }
}
