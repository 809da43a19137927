//! `subs item …`: what is sold.

mod add;
mod edit;
mod export;
mod fields;
mod import;
mod list;
mod show;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum ItemCommand {
    Add(add::ItemAddArgs),
    List(list::ItemListArgs),
    Show(show::ItemShowArgs),
    Edit(edit::ItemEditArgs),
    Import(import::ItemImportArgs),
    Export(export::ItemExportArgs),
}

pub fn run(ctx: &mut Ctx, cmd: ItemCommand) -> anyhow::Result<()> {
    match cmd {
        ItemCommand::Add(args) => add::run(ctx, args),
        ItemCommand::List(args) => list::run(ctx, args),
        ItemCommand::Show(args) => show::run(ctx, args),
        ItemCommand::Edit(args) => edit::run(ctx, args),
        ItemCommand::Import(args) => import::run(ctx, args),
        ItemCommand::Export(args) => export::run(ctx, args),
    }
}
