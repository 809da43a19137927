//! `subs payment list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::ops::payments;
use crate::output::views::PaymentView;

/// List payments by date.
#[derive(Debug, Args)]
pub struct PaymentListArgs {
    /// Only this customer's payments
    #[arg(long)]
    pub customer: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: PaymentListArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("payment list")?;
    let mut list = ctx.printer.list::<PaymentView>()?;
    payments::list(&mut s, args.customer.as_deref(), |p| {
        list.push(&PaymentView::new(&p)).map_err(Error::Write)
    })?;
    list.finish()?;
    Ok(())
}
