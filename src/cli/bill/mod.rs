//! `subs bill …`: supplier bills, what the company owes.

mod add;
mod import;
mod list;
mod pay;
mod show;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum BillCommand {
    Add(add::BillAddArgs),
    Import(import::BillImportArgs),
    List(list::BillListArgs),
    Show(show::BillShowArgs),
    Pay(pay::BillPayArgs),
}

pub fn run(ctx: &mut Ctx, cmd: BillCommand) -> anyhow::Result<()> {
    match cmd {
        BillCommand::Add(args) => add::run(ctx, args),
        BillCommand::Import(args) => import::run(ctx, args),
        BillCommand::List(args) => list::run(ctx, args),
        BillCommand::Show(args) => show::run(ctx, args),
        BillCommand::Pay(args) => pay::run(ctx, args),
    }
}
