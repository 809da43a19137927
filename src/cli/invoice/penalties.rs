//! `subs invoice penalties`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::ids::InvoiceRef;
use crate::ops::dunning;
use crate::output::views::PenaltiesView;

/// Compute what a business customer owes today for paying an invoice late (Code de
/// commerce L441-10, D441-5): the penalty at `invoice.late_penalty_rate` (a yearly
/// percentage) on what is still owed, for each day past the due date, and the 40 €
/// recovery indemnity. Individuals owe neither. Bill them with
/// `subs invoice create --penalties-of NUMBER`.
#[derive(Debug, Args)]
pub struct InvoicePenaltiesArgs {
    /// The late invoice's number
    pub number: InvoiceRef,
}

pub fn run(ctx: &mut Ctx, args: InvoicePenaltiesArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("invoice penalties")?;
    let (invoice, penalties) = dunning::penalties(&mut s, &args.number)?;
    ctx.printer
        .record(&PenaltiesView::new(&invoice, &penalties))?;
    Ok(())
}
