//! `subs invoice credit`.

use clap::Args;

use crate::cli::ctx::{Ctx, currency_digits};
use crate::domain::ids::InvoiceRef;
use crate::domain::money::{DecimalRule, format_minor, parse_amount};
use crate::ops::invoices::CreditRequest;
use crate::ops::{Mode, invoices};
use crate::output::prompt::confirm_plan;
use crate::output::views::InvoiceView;

/// Issue a credit note correcting an invoice: in full, or for --amount.
///
/// --amount is before VAT; it is split across the invoice's VAT rates in proportion to
/// their bases, and cannot exceed what remains to credit. Prints the credit note's number.
///
/// It cannot be undone: at a terminal it first shows the credit note and its amount and
/// asks; --yes answers, and without a terminal --yes is required.
#[derive(Debug, Args)]
pub struct InvoiceCreditArgs {
    /// The issued invoice to correct (its number)
    pub number: InvoiceRef,
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
    let request = CreditRequest { amount, reason };
    let plan = invoices::credit_as(&mut s, Mode::DryRun, &args.number, &request)?;
    let line = format!(
        "issue credit note {} correcting {} ({}): {}",
        plan.reference(),
        plan.credits_number.as_deref().unwrap_or(&args.number),
        plan.customer,
        format_minor(plan.grand_total, digits)
    );
    confirm_plan("invoice credit", &[line], ctx.global.yes)?;
    let note = invoices::credit_as(&mut s, Mode::Write, &args.number, &request)?;
    ctx.printer
        .created(&note.reference(), &InvoiceView::new(&note, s.today()))?;
    Ok(())
}
