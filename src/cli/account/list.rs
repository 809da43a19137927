//! `subs account list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::ledger;
use crate::output::views::AccountView;

/// List the chart of accounts: each key, its account, its label and its default.
#[derive(Debug, Args)]
pub struct AccountListArgs {}

pub fn run(ctx: &mut Ctx, _args: AccountListArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("account list")?;
    let rows = ledger::account_list(&mut s)?;
    ctx.printer.rows(rows.iter().map(AccountView::from))?;
    Ok(())
}
