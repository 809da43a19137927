//! `subs uom edit`.

use clap::Args;

use super::time::TimeFields;
use crate::cli::ctx::Ctx;
use crate::ops::time_units::{self, UomInput};
use crate::output::views::UomView;

/// Change a unit of measure: its name, or the span of time it names.
///
/// Declaring a span of time changes the invoices of the subscriptions with lines in it from
/// their next period: a price per month then bills 3 on a quarter.
#[derive(Debug, Args)]
pub struct UomEditArgs {
    /// The UOM's code
    pub code: String,
    /// New display name
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub time: TimeFields,
}

pub fn run(ctx: &mut Ctx, args: UomEditArgs) -> anyhow::Result<()> {
    let input = UomInput {
        code: args.code,
        name: args.name,
        time: args.time.parse()?,
    };
    let mut s = ctx.session("uom edit")?;
    let (uom, notes) = time_units::edit_uom(&mut s, &input)?;
    ctx.printer.record(&UomView::from(&uom))?;
    for note in notes {
        ctx.printer.note(note);
    }
    Ok(())
}
