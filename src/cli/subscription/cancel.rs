//! `subs subscription cancel` (also `subs cancel`).

use clap::Args;
use serde::Serialize;

use crate::cli::{Ctx, currency_digits, date_arg};
use crate::domain::money::format_minor;
use crate::ops::subscriptions;

/// Cancel a subscription: --on is its last day of service (inclusive).
///
/// Without --on it ends at the end of its current period. A subscription that has not
/// started and billed nothing is cancelled outright (nothing is ever billed), also with an
/// --on on or before its start. With --prorate the period
/// holding that day is billed for the days served only: a final invoice at rate × days /
/// period days, or — when it was already invoiced in advance — a credit note for the
/// difference. Periods already invoiced that start after the last day are credited in full.
/// A backdated --on is corrected the same way.
#[derive(Debug, Args)]
pub struct SubscriptionCancelArgs {
    pub id: String,
    /// Last day of service [default: end of the current period]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// Bill the last period pro rata
    #[arg(long)]
    pub prorate: bool,
    /// Cancel even though a signed contract commits the customer beyond --on
    #[arg(long)]
    pub break_commitment: bool,
}

#[derive(Debug, Default, Serialize)]
struct CreditNoteView {
    number: String,
    grand_total: String,
}

#[derive(Debug, Default, Serialize)]
struct CancellationView {
    subscription: String,
    status: String,
    end: String,
    prorate: bool,
    credit_notes: Vec<CreditNoteView>,
    adjusted: Vec<String>,
}

pub fn run(ctx: &mut Ctx, args: SubscriptionCancelArgs) -> anyhow::Result<()> {
    let on = date_arg("--on", args.on.as_deref())?;
    let mut s = ctx.session("subscription cancel")?;
    let digits = currency_digits(&mut s)?;
    let done = subscriptions::cancel(&mut s, &args.id, on, args.prorate, args.break_commitment)?;
    let view = CancellationView {
        subscription: done.subscription.id.clone(),
        status: done.subscription.status(s.today()).as_str().into(),
        end: done.last_day.to_string(),
        prorate: done.prorate,
        credit_notes: done
            .credit_notes
            .iter()
            .map(|(number, total)| CreditNoteView {
                number: number.clone(),
                grand_total: format_minor(*total, digits),
            })
            .collect(),
        adjusted: done.adjusted.clone(),
    };
    match ctx.printer.format {
        crate::output::Format::Table => {
            for note in &view.credit_notes {
                writeln!(ctx.printer.out(), "{}", note.number)?;
            }
            let credits = if view.credit_notes.is_empty() {
                String::new()
            } else {
                format!(
                    "; credit notes {}",
                    view.credit_notes
                        .iter()
                        .map(|c| format!("{} ({})", c.number, c.grand_total))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            if done.last_day < done.subscription.run_start() {
                ctx.printer.note(format!(
                    "{} cancelled before its start on {}: nothing billed",
                    view.subscription,
                    done.subscription.run_start()
                ));
            } else {
                ctx.printer.note(format!(
                    "{} {} after {}{credits}",
                    view.subscription, view.status, view.end
                ));
            }
        }
        _ => ctx.printer.record(&view)?,
    }
    Ok(())
}
