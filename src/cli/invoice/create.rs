//! `subs invoice create`.

use clap::Args;

use crate::cli::args::{days_arg, line_specs};
use crate::cli::ctx::Ctx;
use crate::domain::ids::CustomerCode;
use crate::ops::invoices::{self, OneOffInvoice};
use crate::output::views::InvoiceView;

/// Create a one-off invoice, issued at once unless --draft.
///
/// Lines are ITEM[:QTY][@RATE]; without @RATE the customer's price list (else the default
/// list) prices them as of today. Prints the invoice number (or draft:ID).
#[derive(Debug, Args)]
pub struct InvoiceCreateArgs {
    /// The customer invoiced
    #[arg(long)]
    pub customer: CustomerCode,
    /// ITEM[:QTY][@RATE]: @RATE fixes the unit rate, otherwise the price list prices it (repeat)
    #[arg(long = "item", value_name = "ITEM[:QTY][@RATE]", required = true)]
    pub items: Vec<String>,
    /// Keep it as a draft (`subs invoice issue draft:ID` later)
    #[arg(long)]
    pub draft: bool,
    /// Payment term [default: invoice.days_until_due]
    #[arg(long, value_name = "N")]
    pub days_until_due: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: InvoiceCreateArgs) -> anyhow::Result<()> {
    let days = days_arg("--days-until-due", args.days_until_due.as_deref())?;
    let lines = line_specs(&args.items)?;
    let mut s = ctx.session("invoice create")?;
    let input = OneOffInvoice {
        customer: args.customer,
        lines,
        days_until_due: days,
        draft: args.draft,
    };
    let invoice = invoices::create_one_off(&mut s, &input)?;
    ctx.printer
        .created(&invoice.reference(), &InvoiceView::new(&invoice, s.today()))?;
    if let Some(gap) = crate::domain::einvoice::buyer_gaps(&invoice) {
        ctx.printer.note(gap.warning(1));
    }
    Ok(())
}
