//! `subs order list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::order::OrderStatus;
use crate::error::Error;
use crate::ops::orders;
use crate::output::views::OrderView;

/// List sales orders.
#[derive(Debug, Args)]
pub struct OrderListArgs {
    /// Only this customer's orders
    #[arg(long)]
    pub customer: Option<String>,
    /// Only the period orders of this subscription
    #[arg(long)]
    pub subscription: Option<String>,
    /// draft, to_invoice, invoiced, completed or cancelled
    #[arg(long)]
    pub status: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: OrderListArgs) -> anyhow::Result<()> {
    let status = args
        .status
        .as_deref()
        .map(|s| {
            OrderStatus::parse(s)
                .ok_or_else(|| Error::invalid("--status", format!("{s:?} is not an order status")))
        })
        .transpose()?;
    let mut s = ctx.session("order list")?;
    let mut list = ctx.printer.list::<OrderView>()?;
    orders::list(
        &mut s,
        args.customer.as_deref(),
        args.subscription.as_deref(),
        status,
        |order| list.push(&OrderView::new(&order)).map_err(Error::Write),
    )?;
    list.finish()?;
    Ok(())
}
