//! `subs mail list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::ops::mail;
use crate::output::views::OutboxView;

/// List the outbox: messages queued, sent, failed, or cancelled.
///
/// A payment-request e-mail not sent yet is withdrawn when its invoice is settled (by a
/// payment, a gateway, a bank line or a credit note): it stays listed as `cancelled`, with
/// the reason.
#[derive(Debug, Args)]
pub struct MailListArgs {
    /// queued, sent, failed or cancelled
    #[arg(long)]
    pub status: Option<String>,
}

const STATUSES: [&str; 4] = ["queued", "sent", "failed", "cancelled"];

pub fn run(ctx: &mut Ctx, args: MailListArgs) -> anyhow::Result<()> {
    if let Some(status) = &args.status {
        if !STATUSES.contains(&status.as_str()) {
            return Err(Error::invalid(
                "--status",
                format!("{status:?} is not one of {}", STATUSES.join(", ")),
            )
            .into());
        }
    }
    let mut s = ctx.session("mail list")?;
    let messages = mail::outbox(&mut s, args.status.as_deref())?;
    ctx.printer.rows(messages.iter().map(OutboxView::from))?;
    Ok(())
}
