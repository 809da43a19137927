//! `subs invoice …`: invoices and credit notes.

mod create;
mod credit;
mod dispute;
mod explain;
mod issue;
mod list;
mod penalties;
mod render;
mod send;
mod show;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum InvoiceCommand {
    Create(create::InvoiceCreateArgs),
    List(list::InvoiceListArgs),
    Show(show::InvoiceShowArgs),
    Issue(issue::InvoiceIssueArgs),
    Credit(credit::InvoiceCreditArgs),
    Explain(explain::InvoiceExplainArgs),
    Render(render::InvoiceRenderArgs),
    Send(send::InvoiceSendArgs),
    Dispute(dispute::InvoiceDisputeArgs),
    Penalties(penalties::InvoicePenaltiesArgs),
}

pub fn run(ctx: &mut Ctx, cmd: InvoiceCommand) -> anyhow::Result<()> {
    match cmd {
        InvoiceCommand::Create(args) => create::run(ctx, args),
        InvoiceCommand::List(args) => list::run(ctx, args),
        InvoiceCommand::Show(args) => show::run(ctx, args),
        InvoiceCommand::Issue(args) => issue::run(ctx, args),
        InvoiceCommand::Credit(args) => credit::run(ctx, args),
        InvoiceCommand::Explain(args) => explain::run(ctx, args),
        InvoiceCommand::Render(args) => render::run(ctx, args),
        InvoiceCommand::Send(args) => send::run(ctx, args),
        InvoiceCommand::Dispute(args) => dispute::run(ctx, args),
        InvoiceCommand::Penalties(args) => penalties::run(ctx, args),
    }
}
