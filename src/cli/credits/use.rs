//! `subs credits use`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::ids::CustomerCode;
use crate::ops::credits::{self, ByHand};
use crate::output::views::CreditBalanceView;

/// Spend credits by hand (a visit, a print job…).
///
/// The lots expiring soonest are spent first, lots that never expire last, then the oldest
/// first. Refused (exit 1) with nothing taken when the usable balance is short. Prints what is
/// left.
#[derive(Debug, Args)]
pub struct CreditsUseArgs {
    /// The customer's code
    pub customer: CustomerCode,
    /// The credit type
    #[arg(value_name = "TYPE")]
    pub credit_type: String,
    /// Credits to spend (whole unless the type is fractional)
    #[arg(value_name = "QTY")]
    pub qty: String,
    /// What for, for the ledger
    #[arg(long)]
    pub reason: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: CreditsUseArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("credits use")?;
    let take = ByHand {
        customer: args.customer,
        credit_type: args.credit_type,
        quantity: args.qty,
        reason: args.reason,
    };
    let balance = credits::use_credits(&mut s, &take)?;
    ctx.printer.record(&CreditBalanceView::from(&balance))?;
    Ok(())
}
