//! `subs subscription list`.

use clap::Args;

use crate::cli::ctx::{Ctx, currency_digits};
use crate::domain::ids::CustomerCode;
use crate::domain::subscription::Status;
use crate::error::Error;
use crate::ops::subscriptions;
use crate::output::views::SubscriptionView;

/// List subscriptions, optionally of one customer or in one status.
#[derive(Debug, Args)]
pub struct SubscriptionListArgs {
    /// Only this customer's subscriptions
    #[arg(long)]
    pub customer: Option<CustomerCode>,
    /// trialing, active, cancelling, cancelled or completed
    #[arg(long)]
    pub status: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: SubscriptionListArgs) -> anyhow::Result<()> {
    let status = args
        .status
        .as_deref()
        .map(|s| {
            Status::parse(s).ok_or_else(|| {
                Error::invalid(
                    "--status",
                    format!(
                        "{s:?} is not one of trialing, active, cancelling, cancelled, completed"
                    ),
                )
            })
        })
        .transpose()?;
    let mut s = ctx.session("subscription list")?;
    let digits = currency_digits(&mut s)?;
    let today = s.today();
    let mut list = ctx.printer.list::<SubscriptionView>()?;
    subscriptions::list(&mut s, args.customer.as_ref(), |info| {
        if status.is_some_and(|wanted| info.subscription.status(today) != wanted) {
            return Ok(());
        }
        list.push(&SubscriptionView::new(&info, today, digits))
            .map_err(Error::Write)
    })?;
    list.finish()?;
    Ok(())
}
