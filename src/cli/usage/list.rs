//! `subs usage list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::ids::SubscriptionId;
use crate::domain::usage::UsageFilter;
use crate::ops::usage;
use crate::output::views::UsageView;

/// List recorded usage by day, with the invoice that billed each.
#[derive(Debug, Args)]
pub struct UsageListArgs {
    /// Only this subscription's usage
    #[arg(long, value_name = "SUB")]
    pub subscription: Option<SubscriptionId>,
    /// Only usage no invoice has billed yet
    #[arg(long)]
    pub unbilled: bool,
}

pub fn run(ctx: &mut Ctx, args: UsageListArgs) -> anyhow::Result<()> {
    let filter = UsageFilter {
        subscription: args.subscription.map(SubscriptionId::into_string),
        unbilled: args.unbilled,
    };
    let mut s = ctx.session("usage list")?;
    let usages = usage::list(&mut s, &filter)?;
    ctx.printer.rows(usages.iter().map(UsageView::from))?;
    Ok(())
}
