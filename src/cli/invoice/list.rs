//! `subs invoice list`.

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::domain::invoice::InvoiceFilter;
use crate::error::Error;
use crate::ops::invoices;
use crate::output::views::InvoiceView;

/// List invoices and credit notes by issue date (drafts last).
///
/// --status takes a document status (draft, issued) or a payment status (unpaid,
/// partly_paid, paid, overdue, credited). Streams: fine on millions of rows.
#[derive(Debug, Args)]
pub struct InvoiceListArgs {
    /// Only this customer's documents
    #[arg(long)]
    pub customer: Option<String>,
    /// Only the documents of this subscription
    #[arg(long)]
    pub subscription: Option<String>,
    /// draft, issued, unpaid, partly_paid, paid, overdue or credited
    #[arg(long)]
    pub status: Option<String>,
    /// Issued on or after
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Issued on or before
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

const STATUSES: [&str; 7] = [
    "draft",
    "issued",
    "unpaid",
    "partly_paid",
    "paid",
    "overdue",
    "credited",
];

pub fn run(ctx: &mut Ctx, args: InvoiceListArgs) -> anyhow::Result<()> {
    if let Some(status) = &args.status {
        if !STATUSES.contains(&status.as_str()) {
            return Err(Error::invalid(
                "--status",
                format!("{status:?} is not one of {}", STATUSES.join(", ")),
            )
            .into());
        }
    }
    let document_status = args
        .status
        .as_deref()
        .filter(|s| matches!(*s, "draft" | "issued"));
    let payment_status = args
        .status
        .as_deref()
        .filter(|s| !matches!(*s, "draft" | "issued"));
    let filter = InvoiceFilter {
        customer: args.customer,
        subscription: args.subscription,
        status: document_status
            .map(String::from)
            .or(payment_status.map(|_| "issued".into())),
        from: date_arg("--from", args.from.as_deref())?,
        to: date_arg("--to", args.to.as_deref())?,
    };
    let mut s = ctx.session("invoice list")?;
    let today = s.today();
    let mut list = ctx.printer.list::<InvoiceView>()?;
    invoices::list(&mut s, &filter, |invoice| {
        let view = InvoiceView::new(&invoice, today);
        if payment_status.is_some_and(|p| view.payment_status != p) {
            return Ok(());
        }
        list.push(&view).map_err(Error::Write)
    })?;
    list.finish()?;
    Ok(())
}
