//! `subs invoice credit`.

use clap::Args;

use crate::cli::{Ctx, currency_digits};
use crate::domain::money::{DecimalRule, parse_amount};
use crate::ops::invoices;
use crate::output::views::InvoiceView;

/// Issue a credit note correcting an invoice: in full, or for --amount.
///
/// --amount is before VAT; it is split across the invoice's VAT rates in proportion to
/// their bases, and cannot exceed what remains to credit. Prints the credit note's number.
#[derive(Debug, Args)]
pub struct InvoiceCreditArgs {
    /// The issued invoice to correct (its number)
    pub number: String,
    /// Net amount to credit (before VAT) [default: all that remains]
    #[arg(long)]
    pub amount: Option<String>,
    /// Why, printed on the credit note
    #[arg(long)]
    pub reason: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: InvoiceCreditArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("invoice credit")?;
    let digits = currency_digits(&mut s)?;
    let amount = args
        .amount
        .as_deref()
        .map(|a| parse_amount("--amount", a, digits, DecimalRule::positive(digits)))
        .transpose()?;
    let reason = args
        .reason
        .map(|r| crate::domain::values::non_empty("--reason", &r))
        .transpose()?;
    let note = invoices::credit(&mut s, &args.number, amount, reason)?;
    ctx.printer
        .created(&note.reference(), &InvoiceView::new(&note, s.today()))?;
    Ok(())
}
