//! `subs price-list add`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::catalogue;
use crate::output::views::PriceListView;

/// Add a price list. The first one becomes the default.
///
/// Lines priced "from the price list" use the customer's list, else the default list.
#[derive(Debug, Args)]
pub struct PriceListAddArgs {
    /// Name you choose: letters, digits, '_', '.', '-'
    pub name: String,
    /// Currency of its prices [default: the company currency]
    #[arg(long)]
    pub currency: Option<String>,
    /// Make it the company's default list
    #[arg(long)]
    pub default: bool,
}

pub fn run(ctx: &mut Ctx, args: PriceListAddArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("price-list add")?;
    let list =
        catalogue::add_price_list(&mut s, &args.name, args.currency.as_deref(), args.default)?;
    ctx.printer
        .created(&list.name, &PriceListView::from(&list))?;
    Ok(())
}
