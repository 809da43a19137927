//! `subs credits type …`: kinds of booking credit.

mod add;
mod list;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum CreditsTypeCommand {
    Add(add::CreditsTypeAddArgs),
    List(list::CreditsTypeListArgs),
}

pub fn run(ctx: &mut Ctx, cmd: CreditsTypeCommand) -> anyhow::Result<()> {
    match cmd {
        CreditsTypeCommand::Add(args) => add::run(ctx, args),
        CreditsTypeCommand::List(args) => list::run(ctx, args),
    }
}
