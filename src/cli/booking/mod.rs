//! `subs booking …`: one unit of an item at a location, over a span of time.

mod add;
mod cancel;
mod list;
mod show;

use clap::{Subcommand, ValueEnum};

use super::Ctx;
use crate::domain::booking::{Pay, parse_local_datetime};
use crate::error::Error;

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

/// How a booking is paid, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PayArg {
    Credits,
    Invoice,
}

impl From<PayArg> for Pay {
    fn from(p: PayArg) -> Self {
        match p {
            PayArg::Credits => Pay::Credits,
            PayArg::Invoice => Pay::Invoice,
        }
    }
}

/// `--from` / `--to`: a company-local datetime or a bare date (00:00).
pub(crate) fn datetime_arg(flag: &str, text: &str) -> Result<chrono::NaiveDateTime, Error> {
    parse_local_datetime(flag, text)
}
