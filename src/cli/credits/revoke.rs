//! `subs credits revoke`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::ids::CustomerCode;
use crate::ops::credits::{self, ByHand};
use crate::output::views::CreditBalanceView;

/// Take credits back by hand, from the lots in the order a use spends them.
///
/// Refused (exit 1) with nothing taken when the usable balance is short. Prints what is
/// left.
#[derive(Debug, Args)]
pub struct CreditsRevokeArgs {
    /// The customer's code
    pub customer: CustomerCode,
    /// The credit type
    #[arg(value_name = "TYPE")]
    pub credit_type: String,
    /// Credits to take back (whole unless the type is fractional)
    #[arg(value_name = "QTY")]
    pub qty: String,
    /// Why, for the ledger
    #[arg(long)]
    pub reason: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: CreditsRevokeArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("credits revoke")?;
    let take = ByHand {
        customer: args.customer,
        credit_type: args.credit_type,
        quantity: args.qty,
        reason: args.reason,
    };
    let balance = credits::revoke(&mut s, &take)?;
    ctx.printer.record(&CreditBalanceView::from(&balance))?;
    Ok(())
}
