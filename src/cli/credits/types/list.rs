//! `subs credits type list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::credits;
use crate::output::views::CreditTypeView;

/// List credit types with how they are sold and their cost tables.
#[derive(Debug, Args)]
pub struct CreditsTypeListArgs {}

pub fn run(ctx: &mut Ctx, _args: CreditsTypeListArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("credits type list")?;
    let types = credits::list_types(&mut s)?;
    ctx.printer.rows(types.iter().map(CreditTypeView::from))?;
    Ok(())
}
