//! `subs payment show`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::payments;
use crate::output::views::PaymentDetail;

/// Show a payment and the invoices it settled.
#[derive(Debug, Args)]
pub struct PaymentShowArgs {
    /// The payment (PAY-0001)
    pub id: String,
}

pub fn run(ctx: &mut Ctx, args: PaymentShowArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("payment show")?;
    let recorded = payments::get(&mut s, &args.id)?;
    ctx.printer.record(&PaymentDetail::new(&recorded))?;
    Ok(())
}
