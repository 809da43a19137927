//! `subs bill list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::supplier_bill::BillStatus;
use crate::error::Error;
use crate::ops::supplier_bills;
use crate::output::views::BillView;

/// List supplier bills by date.
#[derive(Debug, Args)]
pub struct BillListArgs {
    /// Only this supplier's bills
    #[arg(long)]
    pub supplier: Option<String>,
    /// unpaid, paid or overdue (unpaid past its due date)
    #[arg(long)]
    pub status: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: BillListArgs) -> anyhow::Result<()> {
    let status = args
        .status
        .as_deref()
        .map(|s| {
            BillStatus::parse(s)
                .ok_or_else(|| Error::invalid("--status", format!("{s:?} is not a bill status")))
        })
        .transpose()?;
    let mut s = ctx.session("bill list")?;
    let today = s.today();
    let mut list = ctx.printer.list::<BillView>()?;
    supplier_bills::list(&mut s, args.supplier.as_deref(), status, |bill| {
        list.push(&BillView::new(&bill, today)?)
            .map_err(Error::Write)
    })?;
    list.finish()?;
    Ok(())
}
