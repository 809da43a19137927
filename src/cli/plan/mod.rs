//! `subs plan …`: reusable bundles of item lines.

mod add;
mod list;
mod show;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    Add(add::PlanAddArgs),
    List(list::PlanListArgs),
    Show(show::PlanShowArgs),
}

pub fn run(ctx: &mut Ctx, cmd: PlanCommand) -> anyhow::Result<()> {
    match cmd {
        PlanCommand::Add(args) => add::run(ctx, args),
        PlanCommand::List(args) => list::run(ctx, args),
        PlanCommand::Show(args) => show::run(ctx, args),
    }
}
