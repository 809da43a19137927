//! `subs bank match`.

use clap::Args;

use crate::cli::Ctx;
use crate::error::Error;
use crate::ops::bank;
use crate::output::views::BankMatchView;

/// Match a bank line to invoices by hand: records a transfer payment of the line's amount
/// settling them in order (any excess becomes the customer's credit).
#[derive(Debug, Args)]
pub struct BankMatchArgs {
    /// The bank line's id (see `bank reconcile` or `bank list`)
    pub transaction: String,
    /// Invoice paid by this line (repeat for several)
    #[arg(long = "invoice", value_name = "NUMBER", required = true)]
    pub invoices: Vec<String>,
}

pub fn run(ctx: &mut Ctx, args: BankMatchArgs) -> anyhow::Result<()> {
    let id: i64 = args.transaction.parse().map_err(|_| {
        Error::invalid(
            "TRANSACTION",
            format!("{:?} is not a bank line id", args.transaction),
        )
    })?;
    let mut s = ctx.session("bank match")?;
    let matched = bank::match_manual(&mut s, id, &args.invoices)?;
    ctx.printer
        .created(&matched.payment, &BankMatchView::from(&matched))?;
    Ok(())
}
