//! `subs bank reconcile`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::bank;
use crate::output::views::{BankMatchView, BankTransactionView};

/// Reconcile bank lines with invoices.
///
/// With --auto, each unmatched incoming line is matched when its label or reference
/// quotes invoice numbers (rule invoice_number) or a payment request's token
/// (payment_reference), or else when a known payer (customer name or code in the label, or
/// a counterparty already matched to them) has exactly one open invoice of exactly that
/// amount (amount_and_payer). Each match records a transfer payment and the rule used (an
/// excess is kept as the customer's credit), and is named on stderr. A line in another
/// currency than the invoices it would pay is left, with the reason in its note. Then, and
/// without --auto, the lines still unmatched are listed for `bank match`. With --format
/// json, --auto prints the matches made instead (`bank list --status unmatched` lists what
/// is left).
#[derive(Debug, Args)]
pub struct BankReconcileArgs {
    /// Match what the rules can match
    #[arg(long)]
    pub auto: bool,
}

pub fn run(ctx: &mut Ctx, args: BankReconcileArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("bank reconcile")?;
    if args.auto {
        let matched = bank::reconcile_auto(&mut s)?;
        if ctx.printer.format == crate::output::Format::Json {
            ctx.printer.rows(matched.iter().map(BankMatchView::from))?;
            return Ok(());
        }
        for m in &matched {
            ctx.printer.note(format!(
                "line {} → {} {} ({}, {})",
                m.transaction,
                m.payment,
                m.invoices.join(" "),
                m.customer,
                m.rule
            ));
        }
        ctx.printer.note(format!("{} lines matched", matched.len()));
    }
    let unmatched = bank::transactions(&mut s, Some("unmatched"))?;
    ctx.printer
        .rows(unmatched.iter().map(BankTransactionView::from))?;
    Ok(())
}
