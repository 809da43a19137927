//! `subs report revenue`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::cli::ctx::Ctx;
use crate::domain::reports::revenue::RevenueBy;
use crate::formats::report_charts;
use crate::ops::reports;
use crate::output::views::RevenueView;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ByArg {
    Month,
    Item,
    ItemGroup,
    Location,
}

/// Revenue invoiced per month (net of VAT, credit notes deducted), and deferred revenue.
///
/// Deferred revenue at a month's end (today for the current month) is the part of what was
/// invoiced by then for service after it (billed in advance), in proportion of the days
/// of each line's service period. --by splits both per item, item group or location (the
/// location a subscription reserves, or a booking's).
#[derive(Debug, Args)]
pub struct ReportRevenueArgs {
    /// How to split the revenue
    #[arg(long, value_enum, default_value = "month")]
    pub by: ByArg,
    /// First month, YYYY-MM (default: eleven months before --to)
    #[arg(long, value_name = "YYYY-MM")]
    pub from: Option<String>,
    /// Last month, YYYY-MM (default: the current month)
    #[arg(long, value_name = "YYYY-MM")]
    pub to: Option<String>,
    /// Also draw the revenue as lines into this SVG file
    #[arg(long, value_name = "FILE.svg")]
    pub chart: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: ReportRevenueArgs) -> anyhow::Result<()> {
    let (from, to) = super::months::parse(args.from.as_deref(), args.to.as_deref())?;
    super::chart::check(args.chart.as_deref())?;
    let by = match args.by {
        ByArg::Month => RevenueBy::Month,
        ByArg::Item => RevenueBy::Item,
        ByArg::ItemGroup => RevenueBy::ItemGroup,
        ByArg::Location => RevenueBy::Location,
    };
    let mut s = ctx.session("report revenue")?;
    let (rows, p) = reports::revenue(&mut s, by, from, to)?;
    if let Some(path) = &args.chart {
        let money = super::chart::money(&p);
        super::chart::write(path, &report_charts::revenue(&rows, &money))?;
    }
    ctx.printer
        .rows(rows.iter().map(|r| RevenueView::new(r, p.digits)))?;
    Ok(())
}
