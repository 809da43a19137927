//! `subs payment add`.

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::{Ctx, currency_digits};
use crate::domain::money::{DecimalRule, minor_digits, parse_amount};
use crate::domain::payment::Method;
use crate::domain::values;
use crate::ops::payments::{self, PaymentInput, PaymentOrigin};
use crate::output::views::PaymentDetail;

/// Record a payment received by cheque, cash, transfer or card terminal.
///
/// The amount settles the invoices given, in order, each up to what it still owes (a
/// partial payment leaves an outstanding). An amount above what they owe is refused unless
/// --allow-overpayment, which keeps the rest as the customer's credit; that credit settles
/// the customer's next invoices when they are issued. With --customer and no --invoice the
/// payment goes to the customer's open invoices, oldest first. An invoice named twice is
/// refused (exit 65); an invoice in another currency than the payment is refused (exit 1).
/// Prints the payment id.
#[derive(Debug, Args)]
pub struct PaymentAddArgs {
    /// Invoice settled (repeat for several)
    #[arg(long = "invoice", value_name = "NUMBER")]
    pub invoices: Vec<String>,
    /// The customer paying (needed without --invoice)
    #[arg(long)]
    pub customer: Option<String>,
    /// Amount received
    #[arg(long)]
    pub amount: String,
    /// Currency the money came in [default: the books' currency]; it must be the invoices'
    #[arg(long, value_name = "CODE")]
    pub currency: Option<String>,
    /// cheque, cash, transfer (default), card, sepa or gateway
    #[arg(long, default_value = "transfer")]
    pub method: String,
    /// Day the money was received [default: today]
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Cheque number, transfer reference…
    #[arg(long)]
    pub reference: Option<String>,
    /// Keep what exceeds the invoices' outstanding as customer credit
    #[arg(long)]
    pub allow_overpayment: bool,
}

pub fn run(ctx: &mut Ctx, args: PaymentAddArgs) -> anyhow::Result<()> {
    let method = Method::parse("--method", &args.method)?;
    let date = date_arg("--date", args.date.as_deref())?;
    let reference = args
        .reference
        .map(|r| values::non_empty("--reference", &r))
        .transpose()?;
    let currency = args
        .currency
        .map(|c| values::check_currency("--currency", &c))
        .transpose()?;
    let mut s = ctx.session("payment add")?;
    let digits = match &currency {
        Some(code) => minor_digits(code),
        None => currency_digits(&mut s)?,
    };
    let amount = parse_amount(
        "--amount",
        &args.amount,
        digits,
        DecimalRule::positive(digits),
    )?;
    let input = PaymentInput {
        invoices: args.invoices,
        customer: args.customer,
        amount,
        currency,
        method,
        date,
        reference,
        allow_overpayment: args.allow_overpayment,
        origin: PaymentOrigin::default(),
    };
    let recorded = payments::add(&mut s, input)?;
    ctx.printer
        .created(&recorded.payment.id, &PaymentDetail::new(&recorded))?;
    Ok(())
}
