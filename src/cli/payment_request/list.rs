//! `subs payment-request list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::ops::payment_requests;
use crate::output::views::PaymentRequestView;

/// List payment requests. One is opened when an invoice is issued to a payer who pays by
/// link, Stripe or GoCardless (the subscription's --payment-method, else the customer's).
#[derive(Debug, Args)]
pub struct PaymentRequestListArgs {
    /// open, paid, failed or cancelled
    #[arg(long)]
    pub status: Option<String>,
    /// Only this customer's requests
    #[arg(long)]
    pub customer: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: PaymentRequestListArgs) -> anyhow::Result<()> {
    if let Some(status) = &args.status {
        if !matches!(status.as_str(), "open" | "paid" | "failed" | "cancelled") {
            return Err(Error::invalid(
                "--status",
                format!("{status:?} is not open, paid, failed or cancelled"),
            )
            .into());
        }
    }
    let mut s = ctx.session("payment-request list")?;
    let requests =
        payment_requests::list(&mut s, args.status.as_deref(), args.customer.as_deref())?;
    ctx.printer
        .rows(requests.iter().map(PaymentRequestView::from))?;
    Ok(())
}
