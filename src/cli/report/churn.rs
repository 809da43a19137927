//! `subs report churn`.

use std::path::PathBuf;

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::formats::report_charts;
use crate::ops::reports;
use crate::output::views::ChurnView;

/// Customers and recurring revenue lost per month, and the churn rates.
///
/// Against the month before: customers whose MRR fell to zero (logo churn rate = their
/// count ÷ the customers at the start, in percent) and MRR lost to churn and contraction
/// (revenue churn rate = that ÷ the MRR at the start).
#[derive(Debug, Args)]
pub struct ReportChurnArgs {
    /// First month, YYYY-MM (default: eleven months before --to)
    #[arg(long, value_name = "YYYY-MM")]
    pub from: Option<String>,
    /// Last month, YYYY-MM (default: the current month)
    #[arg(long, value_name = "YYYY-MM")]
    pub to: Option<String>,
    /// Also draw the revenue lost as bars into this SVG file
    #[arg(long, value_name = "FILE.svg")]
    pub chart: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: ReportChurnArgs) -> anyhow::Result<()> {
    let (from, to) = super::months::parse(args.from.as_deref(), args.to.as_deref())?;
    super::chart::check(args.chart.as_deref())?;
    let mut s = ctx.session("report churn")?;
    let (rows, p) = reports::churn(&mut s, from, to)?;
    if let Some(path) = &args.chart {
        let money = super::chart::money(&p);
        super::chart::write(path, &report_charts::churn(&rows, &money))?;
    }
    ctx.printer
        .rows(rows.iter().map(|r| ChurnView::new(r, p.digits)))?;
    Ok(())
}
