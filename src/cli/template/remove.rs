//! `subs template remove`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::mail;

/// Remove an e-mail template that nothing uses.
///
/// A template named by a subscription's --email-template is refused (exit 1) with the
/// subscriptions that use it.
#[derive(Debug, Args)]
pub struct TemplateRemoveArgs {
    /// The template to remove
    pub name: String,
}

pub fn run(ctx: &mut Ctx, args: TemplateRemoveArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("template remove")?;
    mail::remove_template(&mut s, &args.name)?;
    ctx.printer.note(format!("template {} removed", args.name));
    Ok(())
}
