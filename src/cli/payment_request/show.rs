//! `subs payment-request show`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::payment_requests;
use crate::output::views::PaymentRequestView;

/// Show a payment request.
#[derive(Debug, Args)]
pub struct PaymentRequestShowArgs {
    /// The payment request (PR-0001)
    pub id: String,
}

pub fn run(ctx: &mut Ctx, args: PaymentRequestShowArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("payment-request show")?;
    let request = payment_requests::get(&mut s, &args.id)?;
    ctx.printer.record(&PaymentRequestView::from(&request))?;
    Ok(())
}
