//! `subs report …`: the figures a manager looks at, as tables, CSV or JSON, and as charts.

mod all;
mod chart;
mod mrr;
mod receivables;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    Mrr(mrr::ReportMrrArgs),
    Receivables(receivables::ReportReceivablesArgs),
    All(all::ReportAllArgs),
}

pub fn run(ctx: &mut Ctx, cmd: ReportCommand) -> anyhow::Result<()> {
    match cmd {
        ReportCommand::Mrr(args) => mrr::run(ctx, args),
        ReportCommand::Receivables(args) => receivables::run(ctx, args),
        ReportCommand::All(args) => all::run(ctx, args),
    }
}
