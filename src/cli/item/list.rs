//! `subs item list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::catalogue;
use crate::output::views::ItemView;

/// List items.
#[derive(Debug, Args)]
pub struct ItemListArgs {
    /// Only items of this group
    #[arg(long)]
    pub group: Option<String>,
    /// Only published items
    #[arg(long)]
    pub published: bool,
    /// Only recurring items
    #[arg(long)]
    pub recurring: bool,
}

pub fn run(ctx: &mut Ctx, args: ItemListArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("item list")?;
    let items = catalogue::list_items(&mut s)?;
    let shown = items.iter().filter(|i| {
        args.group
            .as_ref()
            .is_none_or(|g| i.group.as_ref() == Some(g))
            && (!args.published || i.published)
            && (!args.recurring || i.recurring)
    });
    ctx.printer.rows(shown.map(ItemView::from))?;
    Ok(())
}
