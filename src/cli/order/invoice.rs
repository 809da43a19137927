//! `subs order invoice`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::orders;

/// Invoice an order waiting to be invoiced (its non-recurring lines); prints the number.
#[derive(Debug, Args)]
pub struct OrderInvoiceArgs {
    /// The order (SO-0001)
    pub id: String,
}

pub fn run(ctx: &mut Ctx, args: OrderInvoiceArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("order invoice")?;
    let number = orders::invoice(&mut s, &args.id)?;
    writeln!(ctx.printer.out(), "{number}")?;
    Ok(())
}
