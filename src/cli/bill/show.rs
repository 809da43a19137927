//! `subs bill show`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::supplier_bills;
use crate::output::views::BillDetail;

/// Show one supplier bill with its lines and VAT.
#[derive(Debug, Args)]
pub struct BillShowArgs {
    /// The bill (BILL-0001)
    pub id: String,
}

pub fn run(ctx: &mut Ctx, args: BillShowArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("bill show")?;
    let bill = supplier_bills::get(&mut s, &args.id)?;
    ctx.printer.record(&BillDetail::new(&bill, s.today())?)?;
    Ok(())
}
