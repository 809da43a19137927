//! `subs webhook …`: events from payment gateways.

mod receive;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum WebhookCommand {
    Receive(receive::WebhookReceiveArgs),
}

pub fn run(ctx: &mut Ctx, cmd: WebhookCommand) -> anyhow::Result<()> {
    match cmd {
        WebhookCommand::Receive(args) => receive::run(ctx, args),
    }
}
