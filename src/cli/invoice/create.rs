//! `subs invoice create`.

use clap::Args;

use crate::cli::args::{days_arg, line_specs};
use crate::cli::ctx::Ctx;
use crate::domain::ids::{CustomerCode, InvoiceRef};
use crate::error::Error;
use crate::ops::dunning::{self, PenaltyInvoice};
use crate::ops::invoices::{self, OneOffInvoice};
use crate::output::views::InvoiceView;

/// Create a one-off invoice, issued at once unless --draft.
///
/// Lines are ITEM[:QTY][@RATE]; without @RATE the customer's price list (else the default
/// list) prices them as of today. Prints the invoice number (or draft:ID).
#[derive(Debug, Args)]
pub struct InvoiceCreateArgs {
    /// The customer invoiced
    #[arg(long, required_unless_present = "penalties_of")]
    pub customer: Option<CustomerCode>,
    /// ITEM[:QTY][@RATE]: @RATE fixes the unit rate, otherwise the price list prices it (repeat)
    #[arg(
        long = "item",
        value_name = "ITEM[:QTY][@RATE]",
        required_unless_present = "penalties_of",
        conflicts_with = "penalties_of"
    )]
    pub items: Vec<String>,
    /// Bill a business customer's late-payment penalty to date and 40 € indemnity for this late invoice (once)
    #[arg(long, value_name = "NUMBER")]
    pub penalties_of: Option<InvoiceRef>,
    /// Keep it as a draft (`subs invoice issue draft:ID` later)
    #[arg(long)]
    pub draft: bool,
    /// Payment term [default: invoice.days_until_due]
    #[arg(long, value_name = "N")]
    pub days_until_due: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: InvoiceCreateArgs) -> anyhow::Result<()> {
    let days = days_arg("--days-until-due", args.days_until_due.as_deref())?;
    if let Some(late) = args.penalties_of {
        let mut s = ctx.session("invoice create")?;
        let input = PenaltyInvoice {
            late,
            customer: args.customer.map(|c| c.as_str().to_string()),
            days_until_due: days,
            draft: args.draft,
        };
        let invoice = dunning::bill_penalties(&mut s, &input)?;
        ctx.printer
            .created(&invoice.reference(), &InvoiceView::new(&invoice, s.today()))?;
        return Ok(());
    }
    let Some(customer) = args.customer else {
        return Err(Error::Usage("--customer is required".into()).into());
    };
    let lines = line_specs(&args.items)?;
    let mut s = ctx.session("invoice create")?;
    let input = OneOffInvoice {
        customer,
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
