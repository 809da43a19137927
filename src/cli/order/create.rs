//! `subs order create`.

use clap::Args;

use crate::cli::args::{date_arg, line_specs};
use crate::cli::ctx::Ctx;
use crate::domain::ids::CustomerCode;
use crate::ops::orders::{self, NewOrder};
use crate::output::views::OrderView;

/// Create a draft sales order, priced on its date.
///
/// Lines are ITEM[:QTY][@RATE]. When the order is confirmed, each line of a recurring item
/// becomes a subscription starting on --start (default: the order date); the other lines
/// are invoiced from the order. Prints the order id (SO-0001).
#[derive(Debug, Args)]
pub struct OrderCreateArgs {
    /// The customer ordering
    #[arg(long)]
    pub customer: CustomerCode,
    /// ITEM[:QTY][@RATE]: @RATE fixes the unit rate, otherwise the price list prices it (repeat)
    #[arg(long = "item", value_name = "ITEM[:QTY][@RATE]", required = true)]
    pub items: Vec<String>,
    /// Order date [default: today]
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// First day of the subscriptions its recurring lines start
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: OrderCreateArgs) -> anyhow::Result<()> {
    let date = date_arg("--date", args.date.as_deref())?;
    let start = date_arg("--start", args.start.as_deref())?;
    let lines = line_specs(&args.items)?;
    let mut s = ctx.session("order create")?;
    let input = NewOrder {
        customer: args.customer,
        lines,
        date,
        start,
    };
    let order = orders::create(&mut s, &input)?;
    ctx.printer.created(&order.id, &OrderView::new(&order))?;
    Ok(())
}
