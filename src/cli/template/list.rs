//! `subs template list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::mail;
use crate::output::views::TemplateView;

/// List e-mail templates.
#[derive(Debug, Args)]
pub struct TemplateListArgs {}

pub fn run(ctx: &mut Ctx, _args: TemplateListArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("template list")?;
    let templates = mail::list_templates(&mut s)?;
    ctx.printer.rows(templates.iter().map(TemplateView::from))?;
    Ok(())
}
