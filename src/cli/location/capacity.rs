//! `subs location capacity`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::ops::bookings;
use crate::output::views::LocationView;

/// Set how many units of a bookable item a location holds (10 desks, 1 meeting room).
///
/// Lowering it below what is reserved or booked is allowed: availability then shows the
/// shortfall as negative free units, and nothing more can be booked until it clears.
#[derive(Debug, Args)]
pub struct LocationCapacityArgs {
    /// The location
    pub code: String,
    /// The bookable item
    pub item: String,
    /// Units held, 0 or more
    #[arg(value_name = "N")]
    pub units: String,
}

pub fn run(ctx: &mut Ctx, args: LocationCapacityArgs) -> anyhow::Result<()> {
    let units = match args.units.trim().parse::<u32>() {
        Ok(n) if n <= 1_000_000 => n,
        _ => {
            return Err(Error::invalid(
                "N",
                format!("{:?} is not a number of units (0 to 1000000)", args.units),
            )
            .into());
        }
    };
    let mut s = ctx.session("location capacity")?;
    let location = bookings::set_capacity(&mut s, &args.code, &args.item, units)?;
    ctx.printer.rows(LocationView::rows(&location))?;
    Ok(())
}
