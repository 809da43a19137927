//! `subs payment …`: money received.

mod add;
mod list;
mod refund;
mod show;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum PaymentCommand {
    Add(add::PaymentAddArgs),
    List(list::PaymentListArgs),
    Show(show::PaymentShowArgs),
    Refund(refund::PaymentRefundArgs),
}

pub fn run(ctx: &mut Ctx, cmd: PaymentCommand) -> anyhow::Result<()> {
    match cmd {
        PaymentCommand::Add(args) => add::run(ctx, args),
        PaymentCommand::List(args) => list::run(ctx, args),
        PaymentCommand::Show(args) => show::run(ctx, args),
        PaymentCommand::Refund(args) => refund::run(ctx, args),
    }
}
