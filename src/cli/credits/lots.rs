//! `subs credits lots`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::ops::credits;
use crate::output::views::CreditLotView;

/// Every lot of credits: where it came from, what is left, from when and until when.
#[derive(Debug, Args)]
pub struct CreditsLotsArgs {
    /// Only this customer's lots [default: every customer's]
    pub customer: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: CreditsLotsArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("credits lots")?;
    let mut list = ctx.printer.list::<CreditLotView>()?;
    credits::lots(&mut s, args.customer.as_deref(), |lot| {
        list.push(&CreditLotView::from(&lot)).map_err(Error::Write)
    })?;
    list.finish()?;
    Ok(())
}
