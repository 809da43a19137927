//! `subs plan add`.

use clap::Args;

use crate::cli::args::{IntervalArg, line_specs};
use crate::cli::ctx::Ctx;
use crate::domain::period::Interval;
use crate::ops::plans::{self, NewPlan};
use crate::output::views::PlanView;

/// Add a plan: item lines that subscriptions copy, and a default interval.
///
/// Each --item is ITEM[:QTY][@RATE]: with @RATE the line has a fixed unit rate, without it
/// the line is priced from the customer's (or the default) price list on each period's
/// first day.
#[derive(Debug, Args)]
pub struct PlanAddArgs {
    /// Code you choose: letters, digits, '_', '.', '-'
    pub code: String,
    /// Display name [default: the code]
    #[arg(long)]
    pub name: Option<String>,
    /// ITEM[:QTY][@RATE] (repeat for several lines)
    #[arg(long = "item", value_name = "ITEM[:QTY][@RATE]", required = true)]
    pub items: Vec<String>,
    /// Default billing interval of subscriptions made from this plan
    #[arg(long, value_enum)]
    pub interval: Option<IntervalArg>,
    /// Default count of intervals per period, 1 to 1000
    #[arg(long, value_name = "N")]
    pub every: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: PlanAddArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("plan add")?;
    let digits = crate::cli::ctx::currency_digits(&mut s)?;
    let lines = line_specs(&args.items)?;
    let every = crate::cli::args::every_arg(args.every.as_deref())?;
    let interval = match (args.interval, every) {
        (None, None) => None,
        (unit, every) => Some(Interval {
            unit: unit
                .map(Into::into)
                .unwrap_or(crate::domain::period::IntervalUnit::Month),
            every: every.unwrap_or(1),
        }),
    };
    let input = NewPlan {
        code: args.code,
        name: args.name,
        interval,
        lines,
    };
    let plan = plans::add(&mut s, input)?;
    ctx.printer
        .created(&plan.code, &PlanView::new(&plan, digits))?;
    Ok(())
}
