//! `subs customer list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::ops::customers;
use crate::output::views::CustomerView;

/// List customers.
#[derive(Debug, Args)]
pub struct CustomerListArgs {
    /// Include disabled customers
    #[arg(long)]
    pub all: bool,
}

pub fn run(ctx: &mut Ctx, args: CustomerListArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("customer list")?;
    let mut list = ctx.printer.list::<CustomerView>()?;
    customers::list(&mut s, args.all, |c| {
        list.push(&CustomerView::from(&c)).map_err(Error::Write)
    })?;
    list.finish()?;
    Ok(())
}
