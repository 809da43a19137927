//! `subs mail …`: the outbox and its delivery over SMTP.

mod list;
mod send;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum MailCommand {
    List(list::MailListArgs),
    Send(send::MailSendArgs),
}

pub fn run(ctx: &mut Ctx, cmd: MailCommand) -> anyhow::Result<()> {
    match cmd {
        MailCommand::List(args) => list::run(ctx, args),
        MailCommand::Send(args) => send::run(ctx, args),
    }
}
