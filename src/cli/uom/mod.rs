//! `subs uom …`: units of measure and per-item conversions.

mod add;
mod conversions;
mod convert;
mod edit;
mod list;
mod time;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum UomCommand {
    Add(add::UomAddArgs),
    Edit(edit::UomEditArgs),
    Convert(convert::UomConvertArgs),
    List(list::UomListArgs),
    Conversions(conversions::UomConversionsArgs),
}

pub fn run(ctx: &mut Ctx, cmd: UomCommand) -> anyhow::Result<()> {
    match cmd {
        UomCommand::Add(args) => add::run(ctx, args),
        UomCommand::Edit(args) => edit::run(ctx, args),
        UomCommand::Convert(args) => convert::run(ctx, args),
        UomCommand::List(args) => list::run(ctx, args),
        UomCommand::Conversions(args) => conversions::run(ctx, args),
    }
}
