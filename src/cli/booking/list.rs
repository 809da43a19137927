//! `subs booking list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::ops::bookings;
use crate::output::views::BookingView;

/// List bookings by start time, cancelled ones included.
#[derive(Debug, Args)]
pub struct BookingListArgs {
    /// Only this customer's bookings
    #[arg(long)]
    pub customer: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: BookingListArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("booking list")?;
    let tz = s.clock.tz;
    let mut list = ctx.printer.list::<BookingView>()?;
    bookings::list_bookings(&mut s, args.customer.as_deref(), |booking| {
        list.push(&BookingView::new(&booking, tz))
            .map_err(Error::Write)
    })?;
    list.finish()?;
    Ok(())
}
