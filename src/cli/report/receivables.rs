//! `subs report receivables`.

use std::path::PathBuf;

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::formats::report_charts;
use crate::ops::reports;
use crate::output::views::ReceivablesView;

/// What customers owe by age on a day, and the credit held for them.
///
/// Each open invoice's outstanding amount falls in a bucket by days past its due date:
/// not due, 1-30, 31-60, 61-90, over 90. One row per customer (with their oldest open
/// invoice and the highest dunning level sent for their overdue invoices), then a `total`
/// row.
#[derive(Debug, Args)]
pub struct ReportReceivablesArgs {
    /// The day (default: today); payments dated after it are not counted
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// Also draw the ageing as stacked bars (the 20 largest debts) into this SVG file
    #[arg(long, value_name = "FILE.svg")]
    pub chart: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: ReportReceivablesArgs) -> anyhow::Result<()> {
    let on = date_arg("--on", args.on.as_deref())?;
    super::chart::check(args.chart.as_deref())?;
    let mut s = ctx.session("report receivables")?;
    let (rows, total, p) = reports::receivables(&mut s, on)?;
    if let Some(path) = &args.chart {
        let money = super::chart::money(&p);
        super::chart::write(path, &report_charts::receivables(&rows, &money, 20))?;
    }
    ctx.printer.rows(
        rows.iter()
            .chain(std::iter::once(&total))
            .map(|r| ReceivablesView::new(r, p.digits)),
    )?;
    Ok(())
}
