//! `subs payment-request …`: requests to pay by link or through a gateway.

mod list;
mod show;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum PaymentRequestCommand {
    List(list::PaymentRequestListArgs),
    Show(show::PaymentRequestShowArgs),
}

pub fn run(ctx: &mut Ctx, cmd: PaymentRequestCommand) -> anyhow::Result<()> {
    match cmd {
        PaymentRequestCommand::List(args) => list::run(ctx, args),
        PaymentRequestCommand::Show(args) => show::run(ctx, args),
    }
}
