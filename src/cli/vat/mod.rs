//! `subs vat …`: VAT rates.

mod add;
mod list;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum VatCommand {
    Add(add::VatAddArgs),
    List(list::VatListArgs),
}

pub fn run(ctx: &mut Ctx, cmd: VatCommand) -> anyhow::Result<()> {
    match cmd {
        VatCommand::Add(args) => add::run(ctx, args),
        VatCommand::List(args) => list::run(ctx, args),
    }
}
