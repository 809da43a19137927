//! `subs price set`.

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::ops::catalogue::{self, PriceInput};
use crate::output::views::PriceView;

/// Set an item's unit rate in a price list, optionally for a validity range.
///
/// On a given day the price that applies is the one valid that day with the latest
/// --from; so `price set DESK 120 --list Standard --from 2027-01-01` raises the price from
/// that date and leaves earlier periods at the old one. Setting a price again with the same
/// --from replaces it.
#[derive(Debug, Args)]
pub struct PriceSetArgs {
    /// The item's code
    pub item: String,
    /// Unit rate, at most the currency's decimals (e.g. 310.00)
    pub rate: String,
    /// Price list [default: the default list]
    #[arg(long)]
    pub list: Option<String>,
    /// Unit the rate is for [default: the item's UOM]
    #[arg(long)]
    pub uom: Option<String>,
    /// First day the rate applies
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last day the rate applies
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: PriceSetArgs) -> anyhow::Result<()> {
    let input = PriceInput {
        item: args.item,
        rate: args.rate,
        list: args.list,
        uom: args.uom,
        valid_from: date_arg("--from", args.from.as_deref())?,
        valid_to: date_arg("--to", args.to.as_deref())?,
    };
    let mut s = ctx.session("price set")?;
    let price = catalogue::set_price(&mut s, input)?;
    match ctx.printer.format {
        crate::output::Format::Table => ctx.printer.note(format!(
            "{} {} per {} in {}",
            price.item, price.rate, price.uom, price.price_list
        )),
        _ => ctx.printer.record(&PriceView::new(
            &price,
            crate::cli::ctx::currency_digits(&mut s)?,
        ))?,
    }
    Ok(())
}
