//! `subs payment refund`.

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::domain::money::{DecimalRule, minor_digits, parse_amount};
use crate::domain::payment::Method;
use crate::domain::values;
use crate::ops::accounts::{self, RefundInput};
use crate::output::accounts::RefundView;

/// Pay held credit back to a customer.
///
/// The amount is drawn from the credit held for the customer (overpayments, and credit
/// notes beyond what their invoice owed), oldest first; an amount above that credit is
/// refused (exit 1). The refund is recorded and audited, and shows on the customer's
/// statement. Prints the refund id.
#[derive(Debug, Args)]
pub struct PaymentRefundArgs {
    /// The customer paid back
    #[arg(long)]
    pub customer: String,
    /// Amount paid back
    #[arg(long)]
    pub amount: String,
    /// Day the money was paid back [default: today]
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// cheque, cash, transfer (default), card, sepa or gateway
    #[arg(long, default_value = "transfer")]
    pub method: String,
    /// Cheque number, transfer reference…
    #[arg(long)]
    pub reference: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: PaymentRefundArgs) -> anyhow::Result<()> {
    let method = Method::parse("--method", &args.method)?;
    let date = date_arg("--date", args.date.as_deref())?;
    let reference = args
        .reference
        .map(|r| values::non_empty("--reference", &r))
        .transpose()?;
    let mut s = ctx.session("payment refund")?;
    let currency = s.company()?.currency;
    let digits = minor_digits(&currency);
    let amount = parse_amount(
        "--amount",
        &args.amount,
        digits,
        DecimalRule::positive(digits),
    )?;
    let input = RefundInput {
        customer: args.customer,
        amount,
        currency: Some(currency),
        date,
        method,
        reference,
    };
    let refund = accounts::refund(&mut s, input)?;
    ctx.printer
        .created(&refund.id, &RefundView::from(&refund))?;
    Ok(())
}
