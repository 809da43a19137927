//! `subs order confirm`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::orders;
use crate::output::views::OrderView;

/// Confirm a draft order: its recurring lines become subscriptions (printed, one per line).
#[derive(Debug, Args)]
pub struct OrderConfirmArgs {
    /// The order (SO-0001)
    pub id: String,
}

pub fn run(ctx: &mut Ctx, args: OrderConfirmArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("order confirm")?;
    let (order, subscriptions) = orders::confirm(&mut s, &args.id)?;
    match ctx.printer.format {
        crate::output::Format::Table => {
            for id in &subscriptions {
                writeln!(ctx.printer.out(), "{id}")?;
            }
            ctx.printer
                .note(format!("{} is {}", order.id, order.status.as_str()));
        }
        _ => ctx.printer.record(&OrderView::new(&order))?,
    }
    Ok(())
}
