//! `subs subscription cancel` (also `subs cancel`).

use clap::Args;
use serde::Serialize;

use chrono::NaiveDate;

use crate::cli::args::date_arg;
use crate::cli::ctx::{Ctx, currency_digits};
use crate::domain::ids::SubscriptionId;
use crate::domain::money::format_minor;
use crate::ops::Mode;
use crate::ops::cancellation::{self, CancelOptions, Cancellation};
use crate::output::prompt::confirm_plan;

/// Cancel a subscription: --on is its last day of service (inclusive).
///
/// Without --on it ends at the end of its current period. A subscription that has not
/// started and billed nothing is cancelled outright (nothing is ever billed), also with an
/// --on on or before its start. With --prorate the period
/// holding that day is billed for the days served only: a final invoice at rate × days /
/// period days, or — when it was already invoiced in advance — a credit note for the
/// difference. Periods already invoiced that start after the last day are credited in full.
/// A backdated --on is corrected the same way.
///
/// It cannot be undone: at a terminal it first shows what it will do (the credit notes and
/// their amounts) and asks; --yes answers, and without a terminal --yes is required.
#[derive(Debug, Args)]
pub struct SubscriptionCancelArgs {
    /// The subscription (SUB-0001)
    pub id: SubscriptionId,
    /// Last day of service [default: end of the current period]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// Bill the last period pro rata
    #[arg(long)]
    pub prorate: bool,
    /// Cancel even though a signed contract commits the customer beyond --on
    #[arg(long)]
    pub break_commitment: bool,
    /// Print what the cancellation would do (credit notes, amounts) and write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Default, Serialize)]
struct CreditNoteView {
    number: String,
    /// The invoice it corrects.
    corrects: String,
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
    /// True when nothing was written (`--dry-run`).
    dry_run: bool,
}

impl CancellationView {
    fn new(done: &Cancellation, today: NaiveDate, digits: u32, dry_run: bool) -> Self {
        CancellationView {
            subscription: done.subscription.id.clone(),
            status: done.subscription.status(today).as_str().into(),
            end: done.last_day.to_string(),
            prorate: done.prorate,
            credit_notes: done
                .credit_notes
                .iter()
                .map(|c| CreditNoteView {
                    number: c.number.clone(),
                    corrects: c.corrects.clone(),
                    grand_total: format_minor(c.grand_total, digits),
                })
                .collect(),
            adjusted: done.adjusted.clone(),
            dry_run,
        }
    }
}

/// What a cancellation does, one line each: asked about before it is written, printed by
/// `--dry-run`.
fn plan_lines(done: &Cancellation, view: &CancellationView) -> Vec<String> {
    let sub = &done.subscription;
    let mut lines = Vec::new();
    if done.last_day < sub.run_start() {
        lines.push(format!(
            "cancel {} (customer {}) before its start on {}: nothing billed (status: {})",
            view.subscription,
            sub.customer,
            sub.run_start(),
            view.status
        ));
    } else {
        lines.push(format!(
            "cancel {} (customer {}): last day of service {}{} (status: {})",
            view.subscription,
            sub.customer,
            view.end,
            if view.prorate { ", prorated" } else { "" },
            view.status
        ));
    }
    for note in &view.credit_notes {
        lines.push(format!(
            "issue credit note {} correcting {}: {}",
            note.number, note.corrects, note.grand_total
        ));
    }
    for adjusted in &view.adjusted {
        lines.push(format!("trim {adjusted} to the last day of service"));
    }
    if view.credit_notes.is_empty() {
        lines.push("no credit note to issue".into());
    }
    lines
}

pub fn run(ctx: &mut Ctx, args: SubscriptionCancelArgs) -> anyhow::Result<()> {
    let on = date_arg("--on", args.on.as_deref())?;
    let mut s = ctx.session("subscription cancel")?;
    let digits = currency_digits(&mut s)?;
    let options = CancelOptions {
        id: args.id,
        on,
        prorate: args.prorate,
        break_commitment: args.break_commitment,
    };
    // Worked out in full and rolled back: what is shown is what will be written.
    let plan = cancellation::cancel_as(&mut s, Mode::DryRun, &options)?;
    let planned = CancellationView::new(&plan, s.today(), digits, true);
    if args.dry_run {
        match ctx.printer.format {
            crate::output::Format::Table => {
                for line in plan_lines(&plan, &planned) {
                    writeln!(ctx.printer.out(), "{line}")?;
                }
            }
            _ => ctx.printer.record(&planned)?,
        }
        return Ok(());
    }
    confirm_plan("cancel", &plan_lines(&plan, &planned), ctx.global.yes)?;
    let done = cancellation::cancel_as(&mut s, Mode::Write, &options)?;
    let view = CancellationView::new(&done, s.today(), digits, false);
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
