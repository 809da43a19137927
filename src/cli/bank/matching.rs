//! `subs bank match`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::ops::bank;
use crate::output::views::BankMatchView;

/// Match a bank line to invoices by hand: records a transfer payment of the line's amount
/// settling them in order.
///
/// As with `payment add`, a line above what the invoices owe is refused unless
/// --allow-overpayment, which keeps the rest as the customer's credit. A line in another
/// currency than the invoices is refused (exit 1).
#[derive(Debug, Args)]
pub struct BankMatchArgs {
    /// The bank line's id (see `bank reconcile` or `bank list`)
    pub transaction: String,
    /// Invoice paid by this line (repeat for several)
    #[arg(long = "invoice", value_name = "NUMBER", required = true)]
    pub invoices: Vec<String>,
    /// Keep what exceeds the invoices' outstanding as customer credit
    #[arg(long)]
    pub allow_overpayment: bool,
}

pub fn run(ctx: &mut Ctx, args: BankMatchArgs) -> anyhow::Result<()> {
    let id: i64 = args.transaction.parse().map_err(|_| {
        Error::invalid(
            "TRANSACTION",
            format!("{:?} is not a bank line id", args.transaction),
        )
    })?;
    let mut s = ctx.session("bank match")?;
    let matched = bank::match_manual(&mut s, id, &args.invoices, args.allow_overpayment)?;
    ctx.printer
        .created(&matched.payment, &BankMatchView::from(&matched))?;
    Ok(())
}
