//! `subs contract …`: customers' signed commitments.

mod add;
mod list;
mod show;
mod sign;
mod term;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum ContractCommand {
    Add(add::ContractAddArgs),
    List(list::ContractListArgs),
    Show(show::ContractShowArgs),
    Sign(sign::ContractSignArgs),
    /// Fulfilment terms: what the contract commits to, ticked off when done
    #[command(subcommand)]
    Term(term::ContractTermCommand),
}

pub fn run(ctx: &mut Ctx, cmd: ContractCommand) -> anyhow::Result<()> {
    match cmd {
        ContractCommand::Add(args) => add::run(ctx, args),
        ContractCommand::List(args) => list::run(ctx, args),
        ContractCommand::Show(args) => show::run(ctx, args),
        ContractCommand::Sign(args) => sign::run(ctx, args),
        ContractCommand::Term(cmd) => term::run(ctx, cmd),
    }
}
