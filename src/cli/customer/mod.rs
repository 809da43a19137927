//! `subs customer …`: who is billed.

mod add;
mod edit;
mod export;
mod fields;
mod import;
mod list;
mod show;
mod statement;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum CustomerCommand {
    Add(add::CustomerAddArgs),
    List(list::CustomerListArgs),
    Show(show::CustomerShowArgs),
    Statement(statement::CustomerStatementArgs),
    Edit(edit::CustomerEditArgs),
    Import(import::CustomerImportArgs),
    Export(export::CustomerExportArgs),
}

pub fn run(ctx: &mut Ctx, cmd: CustomerCommand) -> anyhow::Result<()> {
    match cmd {
        CustomerCommand::Add(args) => add::run(ctx, args),
        CustomerCommand::List(args) => list::run(ctx, args),
        CustomerCommand::Show(args) => show::run(ctx, args),
        CustomerCommand::Statement(args) => statement::run(ctx, args),
        CustomerCommand::Edit(args) => edit::run(ctx, args),
        CustomerCommand::Import(args) => import::run(ctx, args),
        CustomerCommand::Export(args) => export::run(ctx, args),
    }
}
