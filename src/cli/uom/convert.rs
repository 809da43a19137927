//! `subs uom convert`.

use clap::Args;

use crate::cli::args::decimal_arg;
use crate::cli::ctx::Ctx;
use crate::domain::catalogue::{FACTOR_RULE, UomConversion};
use crate::ops::catalogue;
use crate::output::views::ConversionView;

/// Declare that, for ITEM, 1 FROM = FACTOR × TO (e.g. `uom convert DESK day half-day 2`).
///
/// Used to price a line in another unit than its price, and to cost bookings in credits.
#[derive(Debug, Args)]
pub struct UomConvertArgs {
    /// The item the conversion applies to
    pub item: String,
    /// The larger unit (1 of it…)
    pub from: String,
    /// The unit it is counted in (…is FACTOR of these)
    pub to: String,
    /// How many TO make one FROM: a positive decimal
    pub factor: String,
}

pub fn run(ctx: &mut Ctx, args: UomConvertArgs) -> anyhow::Result<()> {
    let factor = decimal_arg("FACTOR", &args.factor, FACTOR_RULE)?;
    let mut s = ctx.session("uom convert")?;
    let conversion = catalogue::convert_uom(
        &mut s,
        UomConversion {
            item: args.item,
            from: args.from,
            to: args.to,
            factor,
        },
    )?;
    ctx.printer.record(&ConversionView::from(&conversion))?;
    Ok(())
}
