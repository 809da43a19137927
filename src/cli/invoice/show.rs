//! `subs invoice show`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::ids::InvoiceRef;
use crate::ops::invoices;
use crate::output::views::InvoiceDetail;

/// Show an invoice or credit note (by number, or draft:ID) with lines and VAT.
#[derive(Debug, Args)]
pub struct InvoiceShowArgs {
    /// The invoice or credit note: its number, or draft:ID
    pub number: InvoiceRef,
}

pub fn run(ctx: &mut Ctx, args: InvoiceShowArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("invoice show")?;
    let (invoice, lines, vat) = invoices::get(&mut s, &args.number)?;
    ctx.printer
        .record(&InvoiceDetail::new(&invoice, &lines, &vat, s.today()))?;
    Ok(())
}
