//! `subs trial-balance`.

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::ops::ledger;
use crate::output::views::TrialBalanceView;

/// The balance of every account: debits, credits and their difference, for everything
/// booked through a day. The balances sum to zero; a customer's account (411…) holds what
/// they owe.
#[derive(Debug, Args)]
pub struct TrialBalanceArgs {
    /// The day (default: today)
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: TrialBalanceArgs) -> anyhow::Result<()> {
    let on = date_arg("--on", args.on.as_deref())?;
    let mut s = ctx.session("trial-balance")?;
    let (rows, digits) = ledger::trial_balance(&mut s, on)?;
    ctx.printer
        .rows(rows.iter().map(|r| TrialBalanceView::new(r, digits)))?;
    Ok(())
}
