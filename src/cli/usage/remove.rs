//! `subs usage remove`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::usage;

/// Remove a usage recorded by mistake, before an invoice bills it.
///
/// A usage an invoice billed stays: correct that invoice with a credit note.
#[derive(Debug, Args)]
pub struct UsageRemoveArgs {
    /// The usage's id (as `usage add` printed it, or `usage list` shows it)
    pub id: String,
}

pub fn run(ctx: &mut Ctx, args: UsageRemoveArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("usage remove")?;
    let removed = usage::remove(&mut s, &args.id)?;
    ctx.printer.note(format!(
        "removed usage {} ({} {} on {} of {})",
        removed.id,
        crate::domain::money::format_decimal(removed.qty),
        removed.item,
        removed.on,
        removed.subscription
    ));
    Ok(())
}
