//! `subs invoice issue`.

use clap::Args;

use crate::cli::Ctx;
use crate::error::Error;
use crate::ops::invoices;

/// Issue drafts: each gets the next number of its series, dated today, and is frozen.
#[derive(Debug, Args)]
pub struct InvoiceIssueArgs {
    /// A draft (draft:ID)
    #[arg(required_unless_present = "all_drafts", conflicts_with = "all_drafts")]
    pub number: Option<String>,
    /// Issue every draft, oldest first
    #[arg(long)]
    pub all_drafts: bool,
}

pub fn run(ctx: &mut Ctx, args: InvoiceIssueArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("invoice issue")?;
    let numbers = match args.number {
        Some(reference) => vec![invoices::issue_draft(&mut s, &reference)?],
        None => invoices::issue_all_drafts(&mut s)?,
    };
    for number in &numbers {
        writeln!(ctx.printer.out(), "{number}").map_err(Error::Write)?;
    }
    if numbers.is_empty() {
        ctx.printer.note("no drafts to issue");
    }
    Ok(())
}
