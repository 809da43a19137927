//! `subs booking show`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::bookings;
use crate::output::views::BookingView;

/// Show one booking.
#[derive(Debug, Args)]
pub struct BookingShowArgs {
    /// The booking (BK-0001)
    pub id: String,
}

pub fn run(ctx: &mut Ctx, args: BookingShowArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("booking show")?;
    let booking = bookings::get_booking(&mut s, &args.id)?;
    ctx.printer
        .record(&BookingView::new(&booking, s.clock.tz))?;
    Ok(())
}
