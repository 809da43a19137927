//! `subs payment attempts`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::ids::InvoiceRef;
use crate::ops::charges;
use crate::output::views::ChargeAttemptView;

/// List the charges of saved cards and mandates asked of a gateway, oldest first: each
/// attempt's idempotency key (written before the gateway is called), its status (pending,
/// submitted, succeeded, failed) and the gateway's code when it was declined.
#[derive(Debug, Args)]
pub struct PaymentAttemptsArgs {
    /// Only the attempts at charging this invoice
    #[arg(long, value_name = "NUMBER")]
    pub invoice: Option<InvoiceRef>,
}

pub fn run(ctx: &mut Ctx, args: PaymentAttemptsArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("payment attempts")?;
    let attempts = charges::list(&mut s, args.invoice.as_ref())?;
    ctx.printer
        .rows(attempts.iter().map(ChargeAttemptView::from))?;
    Ok(())
}
