//! `subs usage …`: metered usage, billed in arrears.

mod add;
mod import;
mod list;
mod remove;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum UsageCommand {
    Add(add::UsageAddArgs),
    List(list::UsageListArgs),
    Import(import::UsageImportArgs),
    Remove(remove::UsageRemoveArgs),
}

pub fn run(ctx: &mut Ctx, cmd: UsageCommand) -> anyhow::Result<()> {
    match cmd {
        UsageCommand::Add(args) => add::run(ctx, args),
        UsageCommand::List(args) => list::run(ctx, args),
        UsageCommand::Import(args) => import::run(ctx, args),
        UsageCommand::Remove(args) => remove::run(ctx, args),
    }
}
