//! `subs item-group list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::catalogue;
use crate::output::views::ItemGroupView;

/// List item groups with their path in the tree.
#[derive(Debug, Args)]
pub struct ItemGroupListArgs {}

pub fn run(ctx: &mut Ctx, _args: ItemGroupListArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("item-group list")?;
    let groups = catalogue::list_groups(&mut s)?;
    ctx.printer
        .rows(groups.iter().map(|(g, path)| ItemGroupView::new(g, path)))?;
    Ok(())
}
