//! `subs sepa debits`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::money::format_minor;
use crate::domain::sepa::CURRENCY;
use crate::domain::sepa_follow_up::{Debit, reason_text};
use crate::ops::sepa_follow_up;
use crate::output::views::SepaDebitView;

/// List the direct debits put in collection files, oldest first, with what the bank said
/// of each: `exported` (no news), `rejected` (pain.002) or `returned` (camt.054/053), the
/// reason code and the day it was reported.
#[derive(Debug, Args)]
pub struct SepaDebitsArgs {
    /// Only debits in this state: exported, rejected or returned
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Only this customer's debits
    #[arg(long, value_name = "CODE")]
    pub customer: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: SepaDebitsArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("sepa debits")?;
    let debits = sepa_follow_up::debits(&mut s, args.status.as_deref(), args.customer.as_deref())?;
    let files: std::collections::HashMap<i64, String> =
        debits.iter().map(|d| (d.id, d.msg_id.clone())).collect();
    ctx.printer.rows(debits.iter().map(|d| view(d, &files)))?;
    Ok(())
}

fn view(d: &Debit, files: &std::collections::HashMap<i64, String>) -> SepaDebitView {
    let reason = d.reason.clone().unwrap_or_default();
    SepaDebitView {
        invoice: d.invoice.clone(),
        customer: d.customer.clone(),
        msg_id: d.msg_id.clone(),
        mandate_id: d.mandate_id.clone(),
        sequence: d.sequence.as_str().into(),
        amount: format_minor(d.amount, 2),
        currency: CURRENCY.into(),
        collection_date: d.collection_date.to_string(),
        status: d.outcome.map_or("exported", |o| o.as_str()).into(),
        reason_text: if reason.is_empty() {
            String::new()
        } else {
            reason_text(&reason).into()
        },
        reason,
        reported_on: d.reported_on.map(|d| d.to_string()).unwrap_or_default(),
        retry_of: d
            .retry_of
            .and_then(|id| files.get(&id).cloned())
            .unwrap_or_default(),
    }
}
