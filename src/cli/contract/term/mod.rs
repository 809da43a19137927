//! `subs contract term …`: fulfilment terms of a contract.

mod add;
mod done;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum ContractTermCommand {
    Add(add::ContractTermAddArgs),
    Done(done::ContractTermDoneArgs),
}

pub fn run(ctx: &mut Ctx, cmd: ContractTermCommand) -> anyhow::Result<()> {
    match cmd {
        ContractTermCommand::Add(args) => add::run(ctx, args),
        ContractTermCommand::Done(args) => done::run(ctx, args),
    }
}
