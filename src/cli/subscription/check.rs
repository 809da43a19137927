//! `subs subscription check`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::cli::tick::{max_periods_arg, print_report};
use crate::domain::ids::SubscriptionId;
use crate::ops::{tick, time_units};

/// Bring one subscription up to date now: what `tick` would do for it.
///
/// Also points out, on stderr, the UOMs of its lines named like a span of time (`mois`,
/// `day`) that are not declared as one.
#[derive(Debug, Args)]
pub struct SubscriptionCheckArgs {
    /// The subscription (SUB-0001)
    pub id: SubscriptionId,
    /// Refuse to bill more periods than this in one run
    #[arg(long, value_name = "N")]
    pub max_periods: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: SubscriptionCheckArgs) -> anyhow::Result<()> {
    let max = max_periods_arg(args.max_periods.as_deref())?;
    let mut s = ctx.session("subscription check")?;
    let report = tick::check_one(&mut s, &args.id, max)?;
    for u in time_units::undeclared_for(&mut s, args.id.as_str())? {
        ctx.printer.note(format!("warning: {}", u.warning()));
    }
    print_report(ctx, &report)
}
