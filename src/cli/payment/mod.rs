//! `subs payment …`: money received.

mod add;
mod attempts;
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
    Attempts(attempts::PaymentAttemptsArgs),
}

pub fn run(ctx: &mut Ctx, cmd: PaymentCommand) -> anyhow::Result<()> {
    match cmd {
        PaymentCommand::Add(args) => add::run(ctx, args),
        PaymentCommand::List(args) => list::run(ctx, args),
        PaymentCommand::Show(args) => show::run(ctx, args),
        PaymentCommand::Refund(args) => refund::run(ctx, args),
        PaymentCommand::Attempts(args) => attempts::run(ctx, args),
    }
}
