//! `subs invoice issue`.

use clap::Args;

use crate::cli::ctx::{Ctx, currency_digits};
use crate::domain::ids::InvoiceRef;
use crate::domain::money::format_minor;
use crate::error::Error;
use crate::ops::{Mode, einvoice, invoices};
use crate::output::prompt::confirm_plan;

/// Issue drafts: each gets the next number of its series, dated today, and is frozen.
///
/// It cannot be undone: at a terminal it first shows the numbers and amounts it will issue
/// and asks; --yes answers, and without a terminal --yes is required.
#[derive(Debug, Args)]
pub struct InvoiceIssueArgs {
    /// A draft (draft:ID)
    #[arg(required_unless_present = "all_drafts", conflicts_with = "all_drafts")]
    pub number: Option<InvoiceRef>,
    /// Issue every draft, oldest first
    #[arg(long)]
    pub all_drafts: bool,
}

pub fn run(ctx: &mut Ctx, args: InvoiceIssueArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("invoice issue")?;
    let digits = currency_digits(&mut s)?;
    let reference = args.number.as_ref();
    let plan = invoices::issue_as(&mut s, Mode::DryRun, reference)?;
    if plan.is_empty() {
        ctx.printer.note("no drafts to issue");
        return Ok(());
    }
    let lines: Vec<String> = plan
        .iter()
        .map(|i| {
            format!(
                "issue {} as {} to {}: {}{}",
                i.draft,
                i.number,
                i.customer,
                format_minor(i.grand_total, digits),
                i.due_date.map(|d| format!(", due {d}")).unwrap_or_default()
            )
        })
        .collect();
    confirm_plan("invoice issue", &lines, ctx.global.yes)?;
    let issued = invoices::issue_as(&mut s, Mode::Write, reference)?;
    for doc in &issued {
        writeln!(ctx.printer.out(), "{}", doc.number).map_err(Error::Write)?;
    }
    let numbers: Vec<String> = issued.iter().map(|d| d.number.clone()).collect();
    for warning in einvoice::issue_warnings(&mut s, &numbers)? {
        ctx.printer.note(warning);
    }
    Ok(())
}
