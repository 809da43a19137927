//! `subs report …`: the figures a manager looks at, as tables, CSV or JSON, and as charts.

mod all;
mod chart;
mod churn;
mod months;
mod mrr;
mod occupancy;
mod receivables;
mod revenue;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    Mrr(mrr::ReportMrrArgs),
    Churn(churn::ReportChurnArgs),
    Receivables(receivables::ReportReceivablesArgs),
    Revenue(revenue::ReportRevenueArgs),
    Occupancy(occupancy::ReportOccupancyArgs),
    All(all::ReportAllArgs),
}

pub fn run(ctx: &mut Ctx, cmd: ReportCommand) -> anyhow::Result<()> {
    match cmd {
        ReportCommand::Mrr(args) => mrr::run(ctx, args),
        ReportCommand::Churn(args) => churn::run(ctx, args),
        ReportCommand::Receivables(args) => receivables::run(ctx, args),
        ReportCommand::Revenue(args) => revenue::run(ctx, args),
        ReportCommand::Occupancy(args) => occupancy::run(ctx, args),
        ReportCommand::All(args) => all::run(ctx, args),
    }
}
