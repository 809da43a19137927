//! `subs customer show`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::ids::CustomerCode;
use crate::ops::accounts;
use crate::output::accounts::CustomerDetail;

/// Show one customer, with what they owe and what is held for them.
///
/// `balance` is what the customer owes on their issued invoices; `credit` is the money held
/// for them (overpayments, and credit notes beyond what their invoice still owed, less
/// refunds), which settles their next invoices or is paid back with `payment refund`.
#[derive(Debug, Args)]
pub struct CustomerShowArgs {
    /// The customer's code
    pub code: CustomerCode,
}

pub fn run(ctx: &mut Ctx, args: CustomerShowArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("customer show")?;
    let account = accounts::account(&mut s, &args.code)?;
    ctx.printer.record(&CustomerDetail::new(&account))?;
    Ok(())
}
