//! `subs sepa …`: SEPA direct debit collections.

mod export;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum SepaCommand {
    Export(export::SepaExportArgs),
}

pub fn run(ctx: &mut Ctx, cmd: SepaCommand) -> anyhow::Result<()> {
    match cmd {
        SepaCommand::Export(args) => export::run(ctx, args),
    }
}
