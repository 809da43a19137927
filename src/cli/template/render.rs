//! `subs template render`.

use clap::Args;
use serde::Serialize;

use crate::cli::ctx::Ctx;
use crate::domain::ids::InvoiceRef;
use crate::ops::mail;
use crate::output::Format;

/// Render a template for an invoice, as the e-mail would read (nothing is queued).
#[derive(Debug, Args)]
pub struct TemplateRenderArgs {
    /// The template's name
    pub name: String,
    /// The invoice whose figures fill it in
    #[arg(long, value_name = "NUMBER")]
    pub invoice: InvoiceRef,
}

#[derive(Debug, Default, Serialize)]
struct RenderedView {
    subject: String,
    body: String,
}

pub fn run(ctx: &mut Ctx, args: TemplateRenderArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("template render")?;
    let (subject, body) = mail::render(&mut s, &args.name, &args.invoice)?;
    match ctx.printer.format {
        Format::Table => write!(
            ctx.printer.out(),
            "Subject: {subject}\n\n{body}{}",
            if body.ends_with('\n') { "" } else { "\n" }
        )?,
        _ => ctx.printer.record(&RenderedView { subject, body })?,
    }
    Ok(())
}
