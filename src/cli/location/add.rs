//! `subs location add`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::bookings;
use crate::output::views::LocationView;

/// Add a location (a site).
///
/// Give it capacities with `subs location capacity`. Prints the code.
#[derive(Debug, Args)]
pub struct LocationAddArgs {
    /// Code you choose: letters, digits, '_', '.', '-'
    pub code: String,
    /// Name shown on booking invoices [default: the code]
    #[arg(long)]
    pub name: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: LocationAddArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("location add")?;
    let location = bookings::add_location(&mut s, &args.code, args.name)?;
    let rows = LocationView::rows(&location);
    match rows.first() {
        Some(row) => ctx.printer.created(&location.code, row)?,
        None => writeln!(ctx.printer.out(), "{}", location.code)?,
    }
    Ok(())
}
