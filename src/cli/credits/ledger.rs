//! `subs credits ledger`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::ops::credits;
use crate::output::views::CreditLedgerView;

/// Every movement of credits, signed, with its lot and what caused it.
///
/// Kinds: grant, purchase, use, refund, expire, revoke. A customer's rows sum to what their
/// lots hold.
#[derive(Debug, Args)]
pub struct CreditsLedgerArgs {
    /// Only this customer's movements [default: every customer's]
    pub customer: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: CreditsLedgerArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("credits ledger")?;
    let mut list = ctx.printer.list::<CreditLedgerView>()?;
    credits::ledger(&mut s, args.customer.as_deref(), |row| {
        list.push(&CreditLedgerView::from(&row))
            .map_err(Error::Write)
    })?;
    list.finish()?;
    Ok(())
}
