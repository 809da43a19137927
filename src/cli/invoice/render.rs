//! `subs invoice render`.

use std::path::PathBuf;

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::ids::InvoiceRef;
use crate::error::Error;
use crate::ops::mail;

/// Render an invoice or credit note as an HTML document with the French mandatory
/// mentions (seller and customer identity, dates, service period, VAT breakdown, late
/// payment terms and the 40 € recovery indemnity for business customers).
#[derive(Debug, Args)]
pub struct InvoiceRenderArgs {
    /// The invoice or credit note: its number, or draft:ID
    pub number: InvoiceRef,
    /// Write to this file instead of standard output
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: InvoiceRenderArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("invoice render")?;
    let html = mail::render_invoice(&mut s, &args.number)?;
    match &args.out {
        Some(path) => std::fs::write(path, html).map_err(|e| Error::io(path, e))?,
        None => ctx.printer.out().write_all(html.as_bytes())?,
    }
    Ok(())
}
