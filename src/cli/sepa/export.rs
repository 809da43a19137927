//! `subs sepa export`.

use std::path::PathBuf;

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::domain::money::format_minor;
use crate::domain::sepa::SequenceType;
use crate::ops::sepa::{self, ExportInput, ExportReport};
use crate::output::Format;
use crate::output::views::SepaCollectionView;
use crate::output::views::SepaExportView;

/// Write a SEPA direct debit collection file (ISO 20022 pain.008.001.08) for the bank.
///
/// It holds every issued invoice still owed whose payer pays by `sepa` (the subscription's
/// payment method, else the customer's) and is due on or before the collection date, for
/// what is still owed on it. Each invoice is one CORE direct debit: end-to-end id = the
/// invoice number, under the customer's mandate (`customer edit --iban --mandate-id
/// --mandate-signed-on`). A mandate never collected before is FRST, afterwards RCUR; one
/// payment block per sequence type. The creditor is the company with the settings
/// sepa.creditor_id, sepa.iban and (optional) sepa.bic.
///
/// An invoice already in an earlier file is not exported again unless --again (e.g. after
/// the bank rejected it). A SEPA payer without a complete mandate is named on stderr and
/// left out; nothing to collect writes no file. The collections are recorded, then the
/// file appears (an existing file is kept unless --force). Prints the file written. Banks
/// need the file a business day or more before the collection date: give a later
/// --collection-date than today when sending it the same day.
#[derive(Debug, Args)]
pub struct SepaExportArgs {
    /// Day the debits are collected; invoices due by then are taken [default: today]
    #[arg(long, value_name = "DATE")]
    pub collection_date: Option<String>,
    /// File to write [default: MSGID.xml in the current directory]
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// FRST, RCUR, OOFF or FNAL for every debit [default: FRST for a new mandate, else RCUR]
    #[arg(long, value_name = "TYPE")]
    pub sequence: Option<String>,
    /// Export again invoices already in an earlier file and still owed
    #[arg(long)]
    pub again: bool,
    /// Replace the file if it exists
    #[arg(long)]
    pub force: bool,
}

pub fn run(ctx: &mut Ctx, args: SepaExportArgs) -> anyhow::Result<()> {
    let input = ExportInput {
        collection_date: date_arg("--collection-date", args.collection_date.as_deref())?,
        sequence: args
            .sequence
            .map(|s| SequenceType::parse("--sequence", &s))
            .transpose()?,
        again: args.again,
        out: args.out,
        force: args.force,
    };
    let mut s = ctx.session("sepa export")?;
    let report = sepa::export(&mut s, input)?;
    // Left-out invoices are money not collected: shown even with -q.
    for skipped in &report.skipped {
        ctx.printer.problem(format!(
            "warning: {} ({}) not collected: {}",
            skipped.invoice, skipped.customer, skipped.reason
        ));
    }
    if report.already_exported > 0 {
        ctx.printer.note(format!(
            "{} invoice(s) already in an earlier file and still owed: not exported again (--again to)",
            report.already_exported
        ));
    }
    match &report.exported {
        None => ctx.printer.note(format!(
            "nothing to collect on {}: no file written",
            report.collection_date
        )),
        Some(exported) => {
            let mut counts = Vec::new();
            for sequence in SequenceType::ALL {
                let n = exported
                    .collections
                    .iter()
                    .filter(|c| c.sequence == sequence)
                    .count();
                if n > 0 {
                    counts.push(format!("{} {n}", sequence.as_str()));
                }
            }
            ctx.printer.note(format!(
                "{}: {} direct debit(s), {} EUR to collect on {} ({})",
                exported.msg_id,
                exported.collections.len(),
                crate::domain::money::format_minor(exported.control_sum, 2),
                report.collection_date,
                counts.join(", ")
            ));
        }
    }
    match (ctx.printer.format, &report.exported) {
        (Format::Table, Some(exported)) => {
            writeln!(ctx.printer.out(), "{}", exported.file.display())?;
        }
        (Format::Table, None) => {}
        _ => ctx.printer.record(&export_view(&report))?,
    }
    Ok(())
}

/// The export as scripts read it.
fn export_view(r: &ExportReport) -> SepaExportView {
    let collections = r
        .exported
        .as_ref()
        .map(|e| e.collections.as_slice())
        .unwrap_or_default();
    SepaExportView {
        msg_id: r.exported.as_ref().map(|e| e.msg_id.clone()),
        file: r.exported.as_ref().map(|e| e.file.display().to_string()),
        collection_date: r.collection_date.to_string(),
        transactions: collections.len(),
        control_sum: format_minor(r.exported.as_ref().map_or(0, |e| e.control_sum), 2),
        currency: crate::domain::sepa::CURRENCY.into(),
        skipped: r.skipped.len(),
        already_exported: r.already_exported,
        collections: collections
            .iter()
            .map(|c| SepaCollectionView {
                invoice: c.number.clone(),
                customer: c.customer.clone(),
                mandate_id: c.mandate.id.clone(),
                sequence: c.sequence.as_str().into(),
                amount: format_minor(c.amount, 2),
            })
            .collect(),
    }
}
