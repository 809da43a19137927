//! `subs tick`: issue whatever is due. Meant for cron, hourly.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::money::format_minor;
use crate::error::Error;
use crate::ops::charges;
use crate::ops::mail;
use crate::ops::tick;
use crate::ops::units::{DEFAULT_MAX_PERIODS, Failure, TickOptions, TickReport};
use crate::output::Format;
use crate::output::progress::Progress;
use crate::output::views::FailureView;
use crate::output::views::TickView;

/// Advance every subscription and issue what is due as of now.
///
/// Every period due since the last run is billed on its own invoice, oldest first, so a
/// machine that was off for months catches up in one run. Running it again at the same
/// moment creates nothing; two runs at once never bill a period twice; a run killed at any
/// point is completed by the next one. Prints one line per kind of document created, or
/// `nothing due` (nothing at all with -q, which prints errors only: `subs tick -q` from
/// cron mails nothing unless something failed); exits 3 when some subscriptions failed,
/// each named on stderr, the others being billed.
///
/// An invoice issued to a subscription paid through Stripe or GoCardless whose card or
/// mandate is saved is then charged through the gateway's API (keys in config.toml); a
/// charge whose answer was lost is asked again on the next run with the same idempotency
/// key, and named on stderr (exit 3) meanwhile.
#[derive(Debug, Args)]
pub struct TickArgs {
    /// Show what would be created, writing nothing (exits 0, naming what would fail)
    #[arg(long)]
    pub dry_run: bool,
    /// Skip (and report) a subscription that would bill more periods than this in one run
    #[arg(long, value_name = "N")]
    pub max_periods: Option<String>,
}

pub(crate) fn max_periods_arg(text: Option<&str>) -> Result<usize, Error> {
    match text {
        None => Ok(DEFAULT_MAX_PERIODS),
        Some(t) => match t.trim().parse::<usize>() {
            Ok(n) if n >= 1 => Ok(n),
            _ => Err(Error::invalid(
                "--max-periods",
                format!("{t:?} is not a whole number of at least 1"),
            )),
        },
    }
}

pub fn run(ctx: &mut Ctx, args: TickArgs) -> anyhow::Result<()> {
    let max_periods = max_periods_arg(args.max_periods.as_deref())?;
    let mut s = ctx.session("tick")?;
    let total = tick::due_count(&mut s)?;
    let progress = Progress::new(total, "billing", ctx.printer.quiet);
    let mut report = tick::run(
        &mut s,
        TickOptions {
            dry_run: args.dry_run,
            max_periods,
            list_documents: args.dry_run || ctx.printer.verbose,
        },
        &mut || progress.inc(),
    )?;
    progress.finish();
    if !args.dry_run {
        let charged = charges::run(&mut s, &|| ctx.machine_config())?;
        report.units += charged.asked;
        report.charges += charged.charged;
        report.charges_declined += charged.declined;
        report.failed.extend(
            charged
                .unanswered
                .into_iter()
                .map(|(invoice, error)| Failure {
                    unit: format!("charge:{invoice}"),
                    error,
                }),
        );
    }
    if !args.dry_run && mail::send_on_tick(&mut s)? {
        let config = ctx.machine_config()?;
        let delivery = mail::send_queued(&mut s, &config)?;
        report
            .failed
            .extend(delivery.failed.into_iter().map(|(id, error)| Failure {
                unit: format!("mail:{id}"),
                error,
            }));
    }
    if args.dry_run {
        // Nothing was issued: the e-invoice warnings wait for the real run.
        report.warnings.clear();
        print_created(ctx, &report, true)?;
        // Nothing was tried for real: a unit that would fail is reported, not an error.
        return print_summary(ctx, &report, false);
    }
    print_report(ctx, &report)
}

fn print_created(ctx: &mut Ctx, report: &TickReport, dry: bool) -> anyhow::Result<()> {
    if ctx.printer.format != Format::Table {
        return Ok(());
    }
    let digits = report.digits;
    for doc in &report.created {
        let period = doc
            .period
            .map(|(a, b)| format!(" {a}..{b}"))
            .unwrap_or_default();
        let amount = doc
            .amount
            .map(|a| format!(" {}", format_minor(a, digits)))
            .unwrap_or_default();
        let verb = if dry { "would create " } else { "" };
        writeln!(
            ctx.printer.out(),
            "{verb}{} {} for {}{period}{amount}",
            doc.kind,
            doc.reference,
            doc.unit
        )?;
    }
    Ok(())
}

/// Prints a tick's summary: a line per kind of document (table), or the report (json/csv).
/// Failures go to stderr, and make the exit code 3. With -q the table summary is left out:
/// cron mails whatever a job prints, and quiet means errors only (the json/csv report is
/// data a script asked for, printed either way).
pub(crate) fn print_report(ctx: &mut Ctx, report: &TickReport) -> anyhow::Result<()> {
    print_summary(ctx, report, true)
}

/// [`print_report`]; for a dry run (`failures_fail` false) a unit that would fail is named
/// on stderr (`would fail: …`) and the exit code stays 0.
fn print_summary(ctx: &mut Ctx, report: &TickReport, failures_fail: bool) -> anyhow::Result<()> {
    // One line per customer, however many of its documents a run issued.
    let mut gaps: Vec<(&crate::domain::einvoice::BuyerGap, usize)> = Vec::new();
    for gap in &report.warnings {
        match gaps.iter_mut().find(|(g, _)| g.customer == gap.customer) {
            Some((_, count)) => *count += 1,
            None => gaps.push((gap, 1)),
        }
    }
    for (gap, count) in gaps {
        ctx.printer.note(gap.warning(count));
    }
    for failure in &report.failed {
        let lead = if failures_fail { "error" } else { "would fail" };
        ctx.printer
            .problem(format!("{lead}: {}: {}", failure.unit, failure.error));
    }
    match ctx.printer.format {
        Format::Table if ctx.printer.quiet => {}
        Format::Table => {
            if ctx.printer.verbose {
                print_created(ctx, report, false)?;
            }
            let view = TickView::from(report);
            let counts = [
                ("invoices", view.invoices),
                ("credit notes", view.credit_notes),
                ("orders", view.orders),
                ("payment requests", view.payment_requests),
                ("emails", view.emails),
                ("credits granted", view.credits_granted),
                ("credits expired", view.credits_expired),
                ("repeats", view.repeats),
                ("completed", view.completed),
                ("charges", view.charges),
                ("charges declined", view.charges_declined),
                ("reminders", view.reminders),
            ];
            let mut any = false;
            for (label, count) in counts.iter().filter(|(_, n)| *n > 0) {
                writeln!(ctx.printer.out(), "{label}: {count}")?;
                any = true;
            }
            if !any && report.failed.is_empty() {
                writeln!(ctx.printer.out(), "nothing due")?;
            }
        }
        _ => ctx.printer.record(&TickView::from(report))?,
    }
    if report.failed.is_empty() || !failures_fail {
        Ok(())
    } else {
        let total = (report.units as usize).max(report.failed.len());
        Err(Error::UnitsFailed {
            failed: report.failed.len(),
            total,
        }
        .into())
    }
}

/// The report as scripts read it (CLI.md "tick" JSON fields).
impl From<&TickReport> for TickView {
    fn from(r: &TickReport) -> Self {
        TickView {
            now: r.now.clone(),
            invoices: r.invoices,
            credit_notes: r.credit_notes,
            orders: r.orders,
            payment_requests: r.payment_requests,
            emails: r.emails,
            credits_granted: r.credits_granted,
            credits_expired: r.credits_expired,
            repeats: r.repeats,
            completed: r.completed,
            charges: r.charges,
            charges_declined: r.charges_declined,
            reminders: r.reminders,
            failed: r
                .failed
                .iter()
                .map(|f| FailureView {
                    unit: f.unit.clone(),
                    error: f.error.clone(),
                })
                .collect(),
        }
    }
}
