//! `subs dunning list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::dunning;
use crate::output::views::{DunningStateRow, DunningStateView};

/// Show where each overdue invoice stands: days late, the reminder level sent and the
/// next one, a dispute, the final action taken, and for business customers the penalty
/// accrued to date and the recovery indemnity.
#[derive(Debug, Args)]
pub struct DunningListArgs {}

pub fn run(ctx: &mut Ctx, _args: DunningListArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("dunning list")?;
    let states = dunning::states(&mut s)?;
    ctx.printer.rows(states.iter().map(|st| {
        DunningStateView::from(DunningStateRow {
            invoice: &st.invoice,
            days_late: st.days_late,
            level: st.level,
            next: st.next,
            disputed: st.disputed,
            final_action: st.final_action.as_ref().map(|(a, _)| a.as_str()),
            penalties: st.penalties.as_ref(),
        })
    }))?;
    Ok(())
}
