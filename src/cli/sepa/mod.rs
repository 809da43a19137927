//! `subs sepa …`: SEPA direct debit collections and what the bank says of them.

mod debits;
mod export;
mod import;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum SepaCommand {
    Export(export::SepaExportArgs),
    Import(import::SepaImportArgs),
    Debits(debits::SepaDebitsArgs),
}

pub fn run(ctx: &mut Ctx, cmd: SepaCommand) -> anyhow::Result<()> {
    match cmd {
        SepaCommand::Export(args) => export::run(ctx, args),
        SepaCommand::Import(args) => import::run(ctx, args),
        SepaCommand::Debits(args) => debits::run(ctx, args),
    }
}
