//! `subs webhook receive`.

use std::io::Read;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::cli::args::read_input;
use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::ops::webhooks::Applied;
use crate::ops::webhooks::{self, Webhook};
use crate::output::views::WebhookView;

/// Receive a payment gateway's webhook: verify its signature, store each event once, and
/// apply it.
///
/// The raw body is read from standard input (or --file) and --signature is the
/// `Stripe-Signature` header (`t=…,v1=…`: HMAC-SHA256 of `t.body`, any v1 may match, the
/// timestamp within 300 s of now) or the `Webhook-Signature` header of GoCardless
/// (HMAC-SHA256 of the body). Secrets come from config.toml (`[gateways.stripe]
/// webhook_secret = "whsec_…"`; the file must be mode 0600). A successful payment records
/// the amount the gateway states on the request's invoice (GoCardless states none: the
/// amount asked is booked) and keeps the gateway's customer and payment method on the
/// subscription; the request closes only once the invoice is settled, so a partial payment
/// leaves it open. A payment in another currency than the invoice is recorded as not
/// booked, with the reason. A failed one marks the request failed. A bad signature, or an
/// event already received, is refused (exit 1) and changes nothing; a success without a
/// positive amount is bad input (exit 65).
#[derive(Debug, Args)]
pub struct WebhookReceiveArgs {
    /// The gateway that sent it
    #[arg(long, value_enum)]
    pub gateway: GatewayArg,
    /// The signature header's value
    #[arg(long, value_name = "HEADER")]
    pub signature: String,
    /// Read the body from this file instead of standard input
    #[arg(long, value_name = "BODY")]
    pub file: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GatewayArg {
    Stripe,
    Gocardless,
}

/// A body larger than this is not a webhook.
const MAX_BODY: u64 = 1024 * 1024;

pub fn run(ctx: &mut Ctx, args: WebhookReceiveArgs) -> anyhow::Result<()> {
    let body = match &args.file {
        Some(path) => read_input(path, MAX_BODY)?.1,
        None => {
            let mut body = Vec::new();
            std::io::stdin()
                .take(MAX_BODY + 1)
                .read_to_end(&mut body)
                .map_err(|e| Error::io("<stdin>", e))?;
            body
        }
    };
    if body.len() as u64 > MAX_BODY {
        return Err(Error::invalid("webhook body", "is larger than 1 MiB").into());
    }
    let gateway = match args.gateway {
        GatewayArg::Stripe => "stripe",
        GatewayArg::Gocardless => "gocardless",
    };
    let config = ctx.machine_config()?;
    let mut s = ctx.session("webhook receive")?;
    let webhook = Webhook {
        gateway,
        signature: &args.signature,
        body: &body,
    };
    let applied = webhooks::receive(&mut s, &config, &webhook)?;
    match ctx.printer.format {
        crate::output::Format::Table => {
            for a in &applied {
                ctx.printer
                    .note(format!("{} {}: {}", a.event_id, a.kind, a.outcome));
            }
        }
        _ => ctx.printer.rows(applied.iter().map(WebhookView::from))?,
    }
    Ok(())
}

impl From<&Applied> for WebhookView {
    fn from(a: &Applied) -> Self {
        WebhookView {
            event_id: a.event_id.clone(),
            kind: a.kind.clone(),
            outcome: a.outcome.clone(),
        }
    }
}
