//! `subs item-group add`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::catalogue;
use crate::output::views::ItemGroupView;

/// Add an item group, optionally under a parent group.
#[derive(Debug, Args)]
pub struct ItemGroupAddArgs {
    /// Name of the new group
    pub name: String,
    /// The group it belongs under [default: none, a top-level group]
    #[arg(long)]
    pub parent: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: ItemGroupAddArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("item-group add")?;
    let (group, path) = catalogue::add_group(&mut s, &args.name, args.parent.as_deref())?;
    ctx.printer
        .created(&group.name, &ItemGroupView::new(&group, &path))?;
    Ok(())
}
