//! `subs location list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::bookings;
use crate::output::views::LocationView;

/// List locations, one row per bookable item they hold.
#[derive(Debug, Args)]
pub struct LocationListArgs {}

pub fn run(ctx: &mut Ctx, _args: LocationListArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("location list")?;
    let locations = bookings::list_locations(&mut s)?;
    ctx.printer
        .rows(locations.iter().flat_map(LocationView::rows))?;
    Ok(())
}
