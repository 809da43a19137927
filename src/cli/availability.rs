//! `subs availability`: free units of a bookable item at a location.

use clap::Args;

use crate::cli::args::datetime_arg;
use crate::cli::ctx::Ctx;
use crate::domain::availability::parse_slot;
use crate::ops::bookings::{self, Availability, AvailabilityQuery};
use crate::output::views::{DayAvailabilityView, SlotAvailabilityView};

/// Free units of ITEM at a location: capacity − reservations − bookings, per day of
/// [--from, --to), or per slot with --slot.
///
/// A day's `booked` is the most bookings held at once that day, so `free` is what is left
/// at its busiest moment. Reservations hold whole days. A negative `free` means the
/// capacity was lowered below what is held.
#[derive(Debug, Args)]
pub struct AvailabilityArgs {
    /// The bookable item
    pub item: String,
    /// The location holding it
    #[arg(long)]
    pub location: String,
    /// Start of the window (local time; a bare date is 00:00)
    #[arg(long, value_name = "DATETIME")]
    pub from: String,
    /// End of the window, excluded (local time; a bare date is 00:00)
    #[arg(long, value_name = "DATETIME")]
    pub to: String,
    /// Show slots of this length instead of days: 30m, 1h, 2h30m, 1d
    #[arg(long, value_name = "LENGTH")]
    pub slot: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: AvailabilityArgs) -> anyhow::Result<()> {
    let from = datetime_arg("--from", &args.from)?;
    let to = datetime_arg("--to", &args.to)?;
    let slot = args.slot.as_deref().map(parse_slot).transpose()?;
    let mut s = ctx.session("availability")?;
    let tz = s.clock.tz;
    let query = AvailabilityQuery {
        item: args.item,
        location: args.location,
        from,
        to,
        slot,
    };
    match bookings::availability(&mut s, &query)? {
        Availability::Days(days) => ctx
            .printer
            .rows(days.iter().map(DayAvailabilityView::from))?,
        Availability::Slots(slots) => ctx
            .printer
            .rows(slots.iter().map(|slot| SlotAvailabilityView::new(slot, tz)))?,
    }
    Ok(())
}
