//! `subs catalog …`: the published website catalogue.

mod export;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum CatalogCommand {
    Export(export::CatalogExportArgs),
}

pub fn run(ctx: &mut Ctx, cmd: CatalogCommand) -> anyhow::Result<()> {
    match cmd {
        CatalogCommand::Export(args) => export::run(ctx, args),
    }
}
