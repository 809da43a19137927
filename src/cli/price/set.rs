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
/// --from replaces it. Instead of one rate, graduated tiers price metered usage per period:
/// `price set PRINT --tier 0-100:0.10 --tier 101-:0.05` bills units 1–100 of a period at
/// 0.10 and the units beyond at 0.05.
#[derive(Debug, Args)]
pub struct PriceSetArgs {
    /// The item's code
    pub item: String,
    /// Unit rate, at most the currency's decimals (e.g. 310.00)
    #[arg(required_unless_present = "tier", conflicts_with = "tier")]
    pub rate: Option<String>,
    /// A graduated tier FROM-[TO]:RATE, repeated in order, the last one open (0-100:0.10)
    #[arg(long, value_name = "FROM-[TO]:RATE")]
    pub tier: Vec<String>,
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
        rate: args.rate.unwrap_or_default(),
        list: args.list,
        uom: args.uom,
        valid_from: date_arg("--from", args.from.as_deref())?,
        valid_to: date_arg("--to", args.to.as_deref())?,
    };
    let mut s = ctx.session("price set")?;
    let price = if args.tier.is_empty() {
        catalogue::set_price(&mut s, input)?
    } else {
        catalogue::set_tiered_price(&mut s, input, &args.tier)?
    };
    match ctx.printer.format {
        crate::output::Format::Table => ctx.printer.note(match &price.tiers {
            Some(tiers) => format!(
                "{} per {} in {}, by tiers {}",
                price.item,
                price.uom,
                price.price_list,
                tiers.text()
            ),
            None => format!(
                "{} {} per {} in {}",
                price.item, price.rate, price.uom, price.price_list
            ),
        }),
        _ => ctx.printer.record(&PriceView::new(
            &price,
            crate::cli::ctx::currency_digits(&mut s)?,
        ))?,
    }
    Ok(())
}
