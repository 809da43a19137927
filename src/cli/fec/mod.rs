//! `subs fec …`: the FEC (fichier des écritures comptables) the tax office asks for.

mod export;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum FecCommand {
    Export(export::FecExportArgs),
}

pub fn run(ctx: &mut Ctx, cmd: FecCommand) -> anyhow::Result<()> {
    match cmd {
        FecCommand::Export(args) => export::run(ctx, args),
    }
}
