//! `subs credits grant`.

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::domain::ids::CustomerCode;
use crate::ops::credits::{self, ByHand};
use crate::output::views::CreditLotView;

/// Grant credits by hand: a new lot for the customer, usable from today.
///
/// It lasts through --expires, else the type's validity (today counting as the first
/// day), else for good. Prints the lot's number.
#[derive(Debug, Args)]
pub struct CreditsGrantArgs {
    /// The customer's code
    pub customer: CustomerCode,
    /// The credit type
    #[arg(value_name = "TYPE")]
    pub credit_type: String,
    /// Credits to grant (whole unless the type is fractional)
    #[arg(value_name = "QTY")]
    pub qty: String,
    /// Last day the credits can be spent
    #[arg(long, value_name = "DATE")]
    pub expires: Option<String>,
    /// Why, for the ledger
    #[arg(long)]
    pub reason: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: CreditsGrantArgs) -> anyhow::Result<()> {
    let expires = date_arg("--expires", args.expires.as_deref())?;
    let mut s = ctx.session("credits grant")?;
    let grant = ByHand {
        customer: args.customer,
        credit_type: args.credit_type,
        quantity: args.qty,
        reason: args.reason,
    };
    let lot = credits::grant(&mut s, &grant, expires)?;
    ctx.printer
        .created(&lot.lot.id.to_string(), &CreditLotView::from(&lot))?;
    Ok(())
}
