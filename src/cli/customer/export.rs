//! `subs customer export`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::customers;

/// Export every customer as CSV, in the format `customer import` reads.
#[derive(Debug, Args)]
pub struct CustomerExportArgs {}

pub fn run(ctx: &mut Ctx, _args: CustomerExportArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("customer export")?;
    customers::export(&mut s, ctx.printer.out())?;
    Ok(())
}
