//! `subs bill import`.

use clap::Args;

use crate::cli::args::{MAX_DATA_INPUT, read_input};
use crate::cli::ctx::Ctx;
use crate::ops::supplier_bills::{self, EInvoiceFile};
use crate::output::views::BillDetail;

/// Import a supplier's e-invoice as a supplier bill.
///
/// Reads a Factur-X or ZUGFeRD PDF (its embedded XML), a CII XML or a UBL 2.1 invoice, and
/// records the supplier (name, SIREN, VAT id), the invoice number as the bill's reference,
/// its dates, lines, VAT per rate, totals, due date and payment details as the file states
/// them. A file whose totals do not add up (EN 16931 BR-CO rules), a credit note, or an
/// invoice already imported (same supplier SIREN, or VAT id, and number) is refused with
/// the reason, and nothing is written. Prints the bill id (BILL-0001).
#[derive(Debug, Args)]
pub struct BillImportArgs {
    /// The e-invoice: a .pdf (Factur-X), a CII or UBL .xml, or - for standard input
    pub file: std::path::PathBuf,
}

pub fn run(ctx: &mut Ctx, args: BillImportArgs) -> anyhow::Result<()> {
    let (name, bytes) = read_input(&args.file, MAX_DATA_INPUT)?;
    let mut s = ctx.session("bill import")?;
    let bill = supplier_bills::import(
        &mut s,
        EInvoiceFile {
            name: &name,
            bytes: &bytes,
        },
    )?;
    ctx.printer
        .created(&bill.id, &BillDetail::new(&bill, s.today())?)?;
    Ok(())
}
