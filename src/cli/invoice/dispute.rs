//! `subs invoice dispute`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::ids::InvoiceRef;
use crate::ops::dunning;

/// Mark an invoice as disputed by its customer: its reminders stop until the dispute is
/// resolved (--resolve), when they resume where they stood.
#[derive(Debug, Args)]
pub struct InvoiceDisputeArgs {
    /// The invoice's number
    pub number: InvoiceRef,
    /// The dispute is settled: reminders resume
    #[arg(long)]
    pub resolve: bool,
}

pub fn run(ctx: &mut Ctx, args: InvoiceDisputeArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("invoice dispute")?;
    let invoice = dunning::dispute(&mut s, &args.number, args.resolve)?;
    let what = if args.resolve {
        "dispute resolved; reminders resume"
    } else {
        "disputed; no reminder until resolved"
    };
    ctx.printer.note(format!("{}: {what}", invoice.reference()));
    Ok(())
}
