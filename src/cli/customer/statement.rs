//! `subs customer statement`.

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::domain::ids::CustomerCode;
use crate::domain::money::{format_minor, minor_digits};
use crate::ops::accounts;
use crate::output::accounts::StatementRowView;

/// A customer's statement: documents, payments, refunds and the use of held credit, in
/// date order, with the running balance.
///
/// An invoice and a refund add to the balance, a credit note and a payment take off; held
/// credit put to use on an invoice (`credit_use`) leaves it as it was. The balance is what
/// the customer owes less what is held for them: negative when you hold their money. With
/// --from, what came before is one opening row.
#[derive(Debug, Args)]
pub struct CustomerStatementArgs {
    /// The customer's code
    pub code: CustomerCode,
    /// Start on this day, with the balance brought forward [default: the first movement]
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: CustomerStatementArgs) -> anyhow::Result<()> {
    let from = date_arg("--from", args.from.as_deref())?;
    let mut s = ctx.session("customer statement")?;
    let (account, statement) = accounts::statement(&mut s, &args.code, from)?;
    let rows = StatementRowView::rows(&statement, &account.currency);
    ctx.printer.rows(rows)?;
    let digits = minor_digits(&account.currency);
    ctx.printer.note(format!(
        "{}: owes {} {currency}, credit held {} {currency}",
        account.customer.code,
        format_minor(account.balance, digits),
        format_minor(account.credit, digits),
        currency = account.currency
    ));
    Ok(())
}
