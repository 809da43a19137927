//! `subs bill pay`.

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::ops::supplier_bills;
use crate::output::views::BillView;

/// Mark a supplier bill paid.
#[derive(Debug, Args)]
pub struct BillPayArgs {
    /// The bill (BILL-0001)
    pub id: String,
    /// The day it was paid [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: BillPayArgs) -> anyhow::Result<()> {
    let on = date_arg("--on", args.on.as_deref())?;
    let mut s = ctx.session("bill pay")?;
    let bill = supplier_bills::pay(&mut s, &args.id, on)?;
    ctx.printer.record(&BillView::new(&bill, s.today())?)?;
    Ok(())
}
