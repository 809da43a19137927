//! `subs subscription restart`.

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::{Ctx, currency_digits};
use crate::domain::ids::SubscriptionId;
use crate::ops::subscriptions;
use crate::output::views::SubscriptionView;

/// Restart a cancelled or completed subscription: periods start again from --on.
#[derive(Debug, Args)]
pub struct SubscriptionRestartArgs {
    /// The subscription (SUB-0001)
    pub id: SubscriptionId,
    /// First day of the new run [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: SubscriptionRestartArgs) -> anyhow::Result<()> {
    let on = date_arg("--on", args.on.as_deref())?;
    let mut s = ctx.session("subscription restart")?;
    let digits = currency_digits(&mut s)?;
    subscriptions::restart(&mut s, &args.id, on)?;
    let info = subscriptions::get(&mut s, &args.id)?;
    ctx.printer
        .record(&SubscriptionView::new(&info, s.today(), digits))?;
    Ok(())
}
