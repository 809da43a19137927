//! `subs bank …`: bank statements and reconciliation.

mod import;
mod list;
mod matching;
mod reconcile;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum BankCommand {
    Import(import::BankImportArgs),
    Reconcile(reconcile::BankReconcileArgs),
    Match(matching::BankMatchArgs),
    List(list::BankListArgs),
}

pub fn run(ctx: &mut Ctx, cmd: BankCommand) -> anyhow::Result<()> {
    match cmd {
        BankCommand::Import(args) => import::run(ctx, args),
        BankCommand::Reconcile(args) => reconcile::run(ctx, args),
        BankCommand::Match(args) => matching::run(ctx, args),
        BankCommand::List(args) => list::run(ctx, args),
    }
}
