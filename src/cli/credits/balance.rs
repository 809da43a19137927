//! `subs credits balance`.

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::ops::credits;
use crate::output::views::CreditBalanceView;

/// Credits usable per customer and type, with the next expiry date.
///
/// Without CUSTOMER: every customer holding credits. --at DATE counts the credits held now
/// that can still be spent that day (lots expiring before it drop out).
#[derive(Debug, Args)]
pub struct CreditsBalanceArgs {
    /// Only this customer [default: every customer holding credits]
    pub customer: Option<String>,
    /// The day the credits are to be spent [default: today]
    #[arg(long, value_name = "DATE")]
    pub at: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: CreditsBalanceArgs) -> anyhow::Result<()> {
    let at = date_arg("--at", args.at.as_deref())?;
    let mut s = ctx.session("credits balance")?;
    let on = at.unwrap_or_else(|| s.today());
    let mut list = ctx.printer.list::<CreditBalanceView>()?;
    credits::balances(&mut s, args.customer.as_deref(), on, |balance| {
        list.push(&CreditBalanceView::from(&balance))
            .map_err(Error::Write)
    })?;
    list.finish()?;
    Ok(())
}
