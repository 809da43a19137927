//! `subs journal`.

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::ops::ledger::{self, JournalOptions};
use crate::output::views::JournalLineView;

/// List the journal entries derived from the documents, one row per line.
///
/// Sales (VE: invoices, credit notes), bank (BQ: payments, refunds, supplier payments),
/// miscellaneous (OD: held credit settling an invoice) and purchases (AC: supplier bills),
/// in date order, numbered per journal within the fiscal year. Every entry balances: the
/// debits equal the credits.
#[derive(Debug, Args)]
pub struct JournalArgs {
    /// First day (default: the first day of the current fiscal year)
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last day (default: the last day of the current fiscal year)
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Only lines on this account and its sub-accounts (411 gives every customer's)
    #[arg(long)]
    pub account: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: JournalArgs) -> anyhow::Result<()> {
    let opts = JournalOptions {
        from: date_arg("--from", args.from.as_deref())?,
        to: date_arg("--to", args.to.as_deref())?,
        account: args.account,
    };
    let mut s = ctx.session("journal")?;
    let (entries, digits) = ledger::journal(&mut s, &opts)?;
    let mut list = ctx.printer.list::<JournalLineView>()?;
    for entry in &entries {
        for line in &entry.lines {
            list.push(&JournalLineView::new(entry, line, digits))?;
        }
    }
    list.finish()?;
    Ok(())
}
