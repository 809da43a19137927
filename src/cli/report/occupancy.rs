//! `subs report occupancy`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::formats::chart::heat_map_svg;
use crate::formats::report_charts;
use crate::ops::reports;
use crate::output::views::OccupancyView;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PerArg {
    Day,
    Week,
}

/// How full each location is: per item, units reserved by subscriptions and booked,
/// against the capacity, per day or per week.
///
/// Counted in unit-days (a booking holds its unit on every day it touches); the rate is
/// (reserved + booked) ÷ capacity, in percent.
#[derive(Debug, Args)]
pub struct ReportOccupancyArgs {
    /// Only this location
    #[arg(long)]
    pub location: Option<String>,
    /// First day (default: the first day of the current month)
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last day (default: the end of --from's month)
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// One row per day or per week (from Monday)
    #[arg(long, value_enum, default_value = "day")]
    pub per: PerArg,
    /// Also draw the rates as a heat map into this SVG file
    #[arg(long, value_name = "FILE.svg")]
    pub chart: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: ReportOccupancyArgs) -> anyhow::Result<()> {
    let from = date_arg("--from", args.from.as_deref())?;
    let to = date_arg("--to", args.to.as_deref())?;
    super::chart::check(args.chart.as_deref())?;
    let mut s = ctx.session("report occupancy")?;
    let (rows, p) = reports::occupancy(
        &mut s,
        args.location.as_deref(),
        from,
        to,
        args.per == PerArg::Week,
    )?;
    if let Some(path) = &args.chart {
        let money = super::chart::money(&p);
        let svg =
            heat_map_svg(&report_charts::occupancy(&rows, &money)).map_err(Error::Internal)?;
        std::fs::write(path, svg).map_err(|e| Error::io(path, e))?;
    }
    ctx.printer.rows(rows.iter().map(OccupancyView::from))?;
    Ok(())
}
