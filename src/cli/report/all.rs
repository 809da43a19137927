//! `subs report all`.

use std::path::PathBuf;

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::reports::revenue::RevenueBy;
use crate::error::Error;
use crate::formats::chart::heat_map_svg;
use crate::formats::report_charts;
use crate::formats::reports_page;
use crate::ops::reports;
use crate::output::views::{ChurnView, MrrView, OccupancyView, ReceivablesView, RevenueView};

/// Write every report with its chart into a directory, and an index.html showing them
/// together.
///
/// Each report as CSV and JSON (mrr, churn, receivables, revenue by month) and its chart as
/// SVG (mrr.svg, mrr-movements.svg, churn.svg, receivables.svg, revenue.svg, and the
/// current month's occupancy.svg); index.html links and shows them.
/// Prints the index's path.
#[derive(Debug, Args)]
pub struct ReportAllArgs {
    /// Directory to write into (created if needed)
    #[arg(long, value_name = "DIR", default_value = "reports")]
    pub out: PathBuf,
    /// First month of the MRR, YYYY-MM (default: eleven months before --to)
    #[arg(long, value_name = "YYYY-MM")]
    pub from: Option<String>,
    /// Last month of the MRR, YYYY-MM (default: the current month)
    #[arg(long, value_name = "YYYY-MM")]
    pub to: Option<String>,
}

fn write(path: PathBuf, bytes: impl AsRef<[u8]>) -> Result<(), Error> {
    std::fs::write(&path, bytes).map_err(|e| Error::io(&path, e))
}

fn csv_and_json<T: serde::Serialize>(
    dir: &std::path::Path,
    name: &str,
    rows: &[T],
) -> anyhow::Result<()> {
    let mut csv = csv::Writer::from_writer(Vec::new());
    for row in rows {
        csv.serialize(row)?;
    }
    write(dir.join(format!("{name}.csv")), csv.into_inner()?)?;
    write(
        dir.join(format!("{name}.json")),
        serde_json::to_vec_pretty(rows)?,
    )?;
    Ok(())
}

pub fn run(ctx: &mut Ctx, args: ReportAllArgs) -> anyhow::Result<()> {
    let (from, to) = super::months::parse(args.from.as_deref(), args.to.as_deref())?;
    let mut s = ctx.session("report all")?;
    let (mrr, p) = reports::mrr(&mut s, from, to)?;
    let (ageing, total, _) = reports::receivables(&mut s, None)?;
    let (churn, _) = reports::churn(&mut s, from, to)?;
    let (revenue, _) = reports::revenue(&mut s, RevenueBy::Month, from, to)?;
    let (occupancy, _) = reports::occupancy(&mut s, None, None, None, false)?;
    let money = super::chart::money(&p);
    let dir = &args.out;
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let charts = [
        ("mrr.svg", report_charts::mrr(&mrr, &money)),
        (
            "mrr-movements.svg",
            report_charts::mrr_movements(&mrr, &money),
        ),
        (
            "receivables.svg",
            report_charts::receivables(&ageing, &money, 20),
        ),
        ("churn.svg", report_charts::churn(&churn, &money)),
        ("revenue.svg", report_charts::revenue(&revenue, &money)),
    ];
    for (name, chart) in &charts {
        super::chart::write(&dir.join(name), chart)?;
    }
    let heat =
        heat_map_svg(&report_charts::occupancy(&occupancy, &money)).map_err(Error::Internal)?;
    write(dir.join("occupancy.svg"), heat)?;
    let occupancy_rows: Vec<OccupancyView> = occupancy.iter().map(OccupancyView::from).collect();
    csv_and_json(dir, "occupancy", &occupancy_rows)?;
    let mrr_rows: Vec<MrrView> = mrr.iter().map(|r| MrrView::new(r, p.digits)).collect();
    csv_and_json(dir, "mrr", &mrr_rows)?;
    let ageing_rows: Vec<ReceivablesView> = ageing
        .iter()
        .chain(std::iter::once(&total))
        .map(|r| ReceivablesView::new(r, p.digits))
        .collect();
    csv_and_json(dir, "receivables", &ageing_rows)?;
    let churn_rows: Vec<ChurnView> = churn.iter().map(|r| ChurnView::new(r, p.digits)).collect();
    csv_and_json(dir, "churn", &churn_rows)?;
    let revenue_rows: Vec<RevenueView> = revenue
        .iter()
        .map(|r| RevenueView::new(r, p.digits))
        .collect();
    csv_and_json(dir, "revenue", &revenue_rows)?;
    let sections: Vec<reports_page::Section> = [
        ("mrr", "mrr.svg", "mrr"),
        ("mrr_movements", "mrr-movements.svg", "mrr"),
        ("receivables", "receivables.svg", "receivables"),
        ("churn_title", "churn.svg", "churn"),
        ("revenue", "revenue.svg", "revenue"),
        ("occupancy", "occupancy.svg", "occupancy"),
    ]
    .iter()
    .map(|(title, svg, data)| reports_page::Section {
        title: p.language.label(title).to_string(),
        chart: svg.to_string(),
        data: data.to_string(),
    })
    .collect();
    let index = dir.join("index.html");
    write(index.clone(), reports_page::html(&sections, p.language))?;
    ctx.printer.note(format!(
        "{} reports written to {}",
        sections.len(),
        dir.display()
    ));
    writeln!(ctx.printer.out(), "{}", index.display())?;
    Ok(())
}
