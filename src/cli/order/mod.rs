//! `subs order …`: sales orders.

mod confirm;
mod create;
mod invoice;
mod list;
mod show;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum OrderCommand {
    Create(create::OrderCreateArgs),
    Confirm(confirm::OrderConfirmArgs),
    Invoice(invoice::OrderInvoiceArgs),
    List(list::OrderListArgs),
    Show(show::OrderShowArgs),
}

pub fn run(ctx: &mut Ctx, cmd: OrderCommand) -> anyhow::Result<()> {
    match cmd {
        OrderCommand::Create(args) => create::run(ctx, args),
        OrderCommand::Confirm(args) => confirm::run(ctx, args),
        OrderCommand::Invoice(args) => invoice::run(ctx, args),
        OrderCommand::List(args) => list::run(ctx, args),
        OrderCommand::Show(args) => show::run(ctx, args),
    }
}
