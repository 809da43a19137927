//! `subs credits …`: booking credits — types, grants, uses, balances, lots and ledger.

mod balance;
mod grant;
mod ledger;
mod lots;
mod revoke;
mod types;
mod r#use;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum CreditsCommand {
    /// Credit types: units, how they are sold, validity, cost table
    #[command(subcommand, name = "type")]
    Type(types::CreditsTypeCommand),
    Grant(grant::CreditsGrantArgs),
    Use(r#use::CreditsUseArgs),
    Revoke(revoke::CreditsRevokeArgs),
    Balance(balance::CreditsBalanceArgs),
    Lots(lots::CreditsLotsArgs),
    Ledger(ledger::CreditsLedgerArgs),
}

pub fn run(ctx: &mut Ctx, cmd: CreditsCommand) -> anyhow::Result<()> {
    match cmd {
        CreditsCommand::Type(cmd) => types::run(ctx, cmd),
        CreditsCommand::Grant(args) => grant::run(ctx, args),
        CreditsCommand::Use(args) => r#use::run(ctx, args),
        CreditsCommand::Revoke(args) => revoke::run(ctx, args),
        CreditsCommand::Balance(args) => balance::run(ctx, args),
        CreditsCommand::Lots(args) => lots::run(ctx, args),
        CreditsCommand::Ledger(args) => ledger::run(ctx, args),
    }
}
