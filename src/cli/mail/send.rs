//! `subs mail send`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::ops::mail;

/// Deliver the outbox over SMTP: every message not sent yet, oldest first.
///
/// The server is set in the machine's config.toml (--config, SUBS_CONFIG, or
/// $XDG_CONFIG_HOME/subs/config.toml):
///
///   [smtp]
///   host = "smtp.example.fr"
///   port = 587
///   tls = "starttls"        # none | starttls | tls
///   user = "facturation@example.fr"
///   password = "…"          # the file must then be mode 0600
///   from = "Coworking Lumière <facturation@example.fr>"
///
/// A message the server refuses is marked failed (with the reason, see `mail list`) and
/// tried again next time; the command then exits 1.
#[derive(Debug, Args)]
pub struct MailSendArgs {}

pub fn run(ctx: &mut Ctx, _args: MailSendArgs) -> anyhow::Result<()> {
    let config = ctx.machine_config()?;
    let mut s = ctx.session("mail send")?;
    let delivery = mail::send_queued(&mut s, &config)?;
    for (id, error) in &delivery.failed {
        ctx.printer.problem(format!("error: mail {id}: {error}"));
    }
    ctx.printer.note(format!(
        "{} sent, {} failed",
        delivery.sent,
        delivery.failed.len()
    ));
    if delivery.failed.is_empty() {
        Ok(())
    } else {
        Err(Error::refused(format!(
            "{} of {} messages could not be sent",
            delivery.failed.len(),
            delivery.failed.len() as u64 + delivery.sent
        ))
        .into())
    }
}
