//! `subs booking …`: one unit of an item at a location, over a span of time.

mod add;
mod cancel;
mod list;
mod show;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum BookingCommand {
    Add(add::BookingAddArgs),
    List(list::BookingListArgs),
    Show(show::BookingShowArgs),
    Cancel(cancel::BookingCancelArgs),
}

pub fn run(ctx: &mut Ctx, cmd: BookingCommand) -> anyhow::Result<()> {
    match cmd {
        BookingCommand::Add(args) => add::run(ctx, args),
        BookingCommand::List(args) => list::run(ctx, args),
        BookingCommand::Show(args) => show::run(ctx, args),
        BookingCommand::Cancel(args) => cancel::run(ctx, args),
    }
}
