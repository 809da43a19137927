//! `subs account set`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::ledger;

/// Choose the account a key is posted to.
///
/// Keys: customers (411, followed by the customer's code), customer_credit (4191),
/// services (706), goods (707), membership (756), vat_collected (44571), vat_on_payments
/// (44574), vat_deductible (44566), bank (512), suppliers (401), purchases (606); and the
/// revenue account of one item or item group: item:CODE, item-group:NAME (e.g.
/// `account set item-group:Memberships 756`). Entries are derived from the documents each
/// time, so a change applies to every entry, past ones included.
#[derive(Debug, Args)]
pub struct AccountSetArgs {
    /// What is posted: a key such as services, bank, item:CODE or item-group:NAME
    pub key: String,
    /// The account number (class 1 to 7, e.g. 706 or 7061)
    pub account: String,
}

pub fn run(ctx: &mut Ctx, args: AccountSetArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("account set")?;
    let account = ledger::account_set(&mut s, &args.key, &args.account)?;
    ctx.printer.note(format!("{} = {account}", args.key));
    Ok(())
}
