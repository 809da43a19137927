//! `subs template show`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::mail;
use crate::output::views::TemplateView;

/// Show an e-mail template.
#[derive(Debug, Args)]
pub struct TemplateShowArgs {
    /// The template's name
    pub name: String,
}

pub fn run(ctx: &mut Ctx, args: TemplateShowArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("template show")?;
    let template = mail::get_template(&mut s, &args.name)?;
    ctx.printer.record(&TemplateView::from(&template))?;
    Ok(())
}
