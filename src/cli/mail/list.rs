//! `subs mail list`.

use clap::Args;

use crate::cli::Ctx;
use crate::error::Error;
use crate::ops::mail;
use crate::output::views::OutboxView;

/// List the outbox: messages queued, sent or failed.
#[derive(Debug, Args)]
pub struct MailListArgs {
    /// queued, sent or failed
    #[arg(long)]
    pub status: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: MailListArgs) -> anyhow::Result<()> {
    if let Some(status) = &args.status {
        if !matches!(status.as_str(), "queued" | "sent" | "failed") {
            return Err(Error::invalid(
                "--status",
                format!("{status:?} is not queued, sent or failed"),
            )
            .into());
        }
    }
    let mut s = ctx.session("mail list")?;
    let messages = mail::outbox(&mut s, args.status.as_deref())?;
    ctx.printer.rows(messages.iter().map(OutboxView::from))?;
    Ok(())
}
