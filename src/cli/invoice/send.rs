//! `subs invoice send`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::ids::InvoiceRef;
use crate::error::Error;
use crate::ops::mail;

/// E-mail an issued invoice or credit note to the customer's billing address, with its
/// Factur-X PDF attached, whatever the customer's payment method.
///
/// The text comes from --template (see `subs template add`), else from the documents'
/// own words. The message is recorded in the outbox (`subs mail list`) and delivered at
/// once over the SMTP server of the machine's config.toml (see `subs mail send --help`);
/// if the server refuses it, it stays queued for the next `mail send` and the command
/// exits 1.
#[derive(Debug, Args)]
pub struct InvoiceSendArgs {
    /// The invoice or credit note's number
    pub number: InvoiceRef,
    /// The e-mail template to write the message with
    #[arg(long, value_name = "T")]
    pub template: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: InvoiceSendArgs) -> anyhow::Result<()> {
    let config = ctx.machine_config()?;
    let mut s = ctx.session("invoice send")?;
    let (id, delivery) =
        mail::send_document(&mut s, &config, &args.number, args.template.as_deref())?;
    if let Some((_, error)) = delivery.failed.first() {
        return Err(Error::refused(format!(
            "{} could not be sent (mail {id}, kept in the outbox for `subs mail send`): {error}",
            &*args.number
        ))
        .into());
    }
    ctx.printer
        .note(format!("{} sent (mail {id})", &*args.number));
    Ok(())
}
