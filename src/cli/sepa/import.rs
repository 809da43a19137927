//! `subs sepa import`.

use std::path::PathBuf;

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::money::format_minor;
use crate::domain::sepa_follow_up::{Consequence, reason_text};
use crate::ops::sepa_follow_up::{self, ImportReport};
use crate::output::Format;
use crate::output::views::{SepaImportView, SepaMarkedView};

/// Read what the bank says of collected direct debits: rejects in a payment status report
/// (pain.002.001.03 or .10) and returns in a notification (camt.054.001.02 or .08) or a
/// statement (camt.053.001.02 or .08, entries with `RtrInf`).
///
/// Each reject or return is matched to its debit (end-to-end id = invoice number; else
/// the file's message id and the amount) and marks it `rejected` or `returned` with the
/// bank's reason code. Money the debit had settled is taken back (the invoice is owed
/// again, the payment shows as paid back). MD01, MD06, AC04, AC06 and MD07 flag the
/// customer's mandate as unusable: nothing is collected under it until its reference or
/// IBAN changes. AM04 and MS03 are re-presented by a later `sepa export` (settings
/// sepa.retry_after_days, sepa.max_retries). A file imported twice changes nothing; a
/// file that is not a status report, or that names a debit the books do not know, is
/// refused whole.
#[derive(Debug, Args)]
pub struct SepaImportArgs {
    /// The pain.002, camt.054 or camt.053 file from the bank
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

pub fn run(ctx: &mut Ctx, args: SepaImportArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("sepa import")?;
    let report = sepa_follow_up::import(&mut s, &args.file)?;
    for m in &report.marked {
        if m.consequence == Consequence::MandateUnusable {
            ctx.printer.problem(format!(
                "warning: customer {}: mandate {} cannot be used ({}, {}); nothing more is collected under it",
                m.debit.customer,
                m.debit.mandate_id,
                m.reason,
                reason_text(&m.reason)
            ));
        }
    }
    ctx.printer.note(format!(
        "{} ({}): {} debit(s) marked, {} already known",
        report.msg_id,
        report.message,
        report.marked.len(),
        report.already_known
    ));
    let view = import_view(&report);
    match ctx.printer.format {
        Format::Table => ctx.printer.rows(view.marked)?,
        _ => ctx.printer.record(&view)?,
    }
    Ok(())
}

fn import_view(r: &ImportReport) -> SepaImportView {
    SepaImportView {
        file: r.file.clone(),
        message: r.message.clone(),
        msg_id: r.msg_id.clone(),
        marked: r
            .marked
            .iter()
            .map(|m| SepaMarkedView {
                invoice: m.debit.invoice.clone(),
                customer: m.debit.customer.clone(),
                msg_id: m.debit.msg_id.clone(),
                status: m.outcome.as_str().into(),
                reason: m.reason.clone(),
                reason_text: reason_text(&m.reason).into(),
                reported_on: m.reported_on.to_string(),
                amount: format_minor(m.debit.amount, 2),
                reversed: format_minor(m.reversed, 2),
                next: match m.consequence {
                    Consequence::MandateUnusable => "mandate_unusable",
                    Consequence::Retry => "retry",
                    Consequence::None => "none",
                }
                .into(),
            })
            .collect(),
        already_known: r.already_known,
    }
}
