//! `subs invoice explain`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::ids::InvoiceRef;
use crate::domain::money::minor_digits;
use crate::ops::invoices;
use crate::output::views::ExplainLineView;

/// Explain how each line's amount was reached: period, days served over days in the
/// period, factor, rate and where it came from, the exact amount and the rounded one.
#[derive(Debug, Args)]
pub struct InvoiceExplainArgs {
    /// The invoice or credit note: its number, or draft:ID
    pub number: InvoiceRef,
}

pub fn run(ctx: &mut Ctx, args: InvoiceExplainArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("invoice explain")?;
    let (invoice, lines, _) = invoices::get(&mut s, &args.number)?;
    let digits = minor_digits(&invoice.currency);
    ctx.printer
        .rows(lines.iter().map(|l| ExplainLineView::new(l, digits)))?;
    Ok(())
}
