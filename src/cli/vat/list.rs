//! `subs vat list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::catalogue;
use crate::output::views::VatView;

/// List VAT rates.
#[derive(Debug, Args)]
pub struct VatListArgs {}

pub fn run(ctx: &mut Ctx, _args: VatListArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("vat list")?;
    let rates = catalogue::list_vat(&mut s)?;
    ctx.printer.rows(rates.iter().map(VatView::from))?;
    Ok(())
}
