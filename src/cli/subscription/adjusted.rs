//! What `subscription change`, `pause` and `resume` print: the documents they issued
//! (numbers on stdout in a table, the record in JSON/CSV) and one line saying what changed.

use chrono::NaiveDate;
use serde::Serialize;

use crate::cli::ctx::Ctx;
use crate::domain::money::format_minor;
use crate::ops::change::Adjustment;

#[derive(Debug, Default, Serialize)]
struct DocumentView {
    number: String,
    corrects: Option<String>,
    grand_total: String,
}

#[derive(Debug, Default, Serialize)]
struct AdjustmentView {
    subscription: String,
    status: String,
    on: String,
    paused: bool,
    pause_from: Option<String>,
    pause_until: Option<String>,
    credit_notes: Vec<DocumentView>,
    invoices: Vec<DocumentView>,
}

/// Prints what was done; `what` says it in words ("changes on 2026-03-16").
pub fn print(
    ctx: &mut Ctx,
    done: &Adjustment,
    what: String,
    (today, digits): (NaiveDate, u32),
) -> anyhow::Result<()> {
    let sub = &done.subscription;
    let pause = sub
        .pauses
        .iter()
        .find(|p| p.until.is_none_or(|u| u >= today));
    let view = AdjustmentView {
        subscription: sub.id.clone(),
        status: sub.status(today).as_str().into(),
        on: done.on.to_string(),
        paused: sub.pause_on(today).is_some(),
        pause_from: pause.map(|p| p.from.to_string()),
        pause_until: pause.and_then(|p| p.until).map(|u| u.to_string()),
        credit_notes: done
            .credit_notes
            .iter()
            .map(|c| DocumentView {
                number: c.number.clone(),
                corrects: Some(c.corrects.clone()),
                grand_total: format_minor(c.grand_total, digits),
            })
            .collect(),
        invoices: done
            .invoices
            .iter()
            .map(|(number, grand)| DocumentView {
                number: number.clone(),
                corrects: None,
                grand_total: format_minor(*grand, digits),
            })
            .collect(),
    };
    match ctx.printer.format {
        crate::output::Format::Table => {
            let documents: Vec<&DocumentView> =
                view.credit_notes.iter().chain(&view.invoices).collect();
            for doc in &documents {
                writeln!(ctx.printer.out(), "{}", doc.number)?;
            }
            let issued = if documents.is_empty() {
                "; nothing to bill or credit now".to_string()
            } else {
                let list = documents
                    .iter()
                    .map(|d| format!("{} ({})", d.number, d.grand_total))
                    .collect::<Vec<_>>()
                    .join(", ");
                format!("; issued {list}")
            };
            ctx.printer
                .note(format!("{} {what}{issued}", view.subscription));
        }
        _ => ctx.printer.record(&view)?,
    }
    Ok(())
}
