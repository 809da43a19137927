//! `subs customer show`.

use clap::Args;

use crate::cli::Ctx;
use crate::ops::customers;
use crate::output::views::CustomerView;

/// Show one customer.
#[derive(Debug, Args)]
pub struct CustomerShowArgs {
    /// The customer's code
    pub code: String,
}

pub fn run(ctx: &mut Ctx, args: CustomerShowArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("customer show")?;
    let customer = customers::get(&mut s, &args.code)?;
    ctx.printer.record(&CustomerView::from(&customer))?;
    Ok(())
}
