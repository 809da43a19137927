//! `subs report mrr`.

use std::path::PathBuf;

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::formats::report_charts;
use crate::ops::reports;
use crate::output::views::MrrView;

/// Monthly recurring revenue per month, and how it moved.
///
/// A subscription counts in a month when it is active on the month's last day; its lines
/// are converted to a monthly amount by its interval (month ×1, year ÷12, week ×52/12, day
/// ×365/12, divided by --every: a quarterly line counts a third), excluding VAT, rounded
/// once per subscription. Movements per customer against the month before: new,
/// expansion, contraction, churn, reactivation, with counts; ARR = 12 × MRR.
#[derive(Debug, Args)]
pub struct ReportMrrArgs {
    /// First month, YYYY-MM (default: eleven months before --to)
    #[arg(long, value_name = "YYYY-MM")]
    pub from: Option<String>,
    /// Last month, YYYY-MM (default: the current month)
    #[arg(long, value_name = "YYYY-MM")]
    pub to: Option<String>,
    /// Also draw the MRR as a line chart into this SVG file
    #[arg(long, value_name = "FILE.svg")]
    pub chart: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: ReportMrrArgs) -> anyhow::Result<()> {
    let (from, to) = super::months::parse(args.from.as_deref(), args.to.as_deref())?;
    super::chart::check(args.chart.as_deref())?;
    let mut s = ctx.session("report mrr")?;
    let (rows, p) = reports::mrr(&mut s, from, to)?;
    if let Some(path) = &args.chart {
        let money = super::chart::money(&p);
        super::chart::write(path, &report_charts::mrr(&rows, &money))?;
    }
    ctx.printer
        .rows(rows.iter().map(|r| MrrView::new(r, p.digits)))?;
    Ok(())
}
