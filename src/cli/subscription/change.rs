//! `subs subscription change`.

use clap::Args;

use crate::cli::args::{IntervalArg, date_arg, every_arg, line_specs};
use crate::cli::ctx::{Ctx, currency_digits};
use crate::domain::ids::SubscriptionId;
use crate::domain::period::Interval;
use crate::error::Error;
use crate::ops::change::{self, ChangeOptions};

/// Change a subscription's lines (and interval) from a day on: inside a period, the old
/// lines bill the days before it and the new lines the days from it, each prorated; what
/// was invoiced in advance is corrected at once (a credit note and an invoice).
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("what").required(true).multiple(true).args(["plan", "items", "interval"])))]
pub struct SubscriptionChangeArgs {
    /// The subscription (SUB-0001)
    pub id: SubscriptionId,
    /// The plan whose lines replace the current ones
    #[arg(long, value_name = "PLAN")]
    pub plan: Option<String>,
    /// ITEM[:QTY][@RATE] (repeat): the lines that replace the current ones
    #[arg(long = "item", value_name = "ITEM[:QTY][@RATE]")]
    pub items: Vec<String>,
    /// First day of the new lines [default: the next period's first day]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// New billing interval: the current run of periods ends the day before --on and a new
    /// one starts on it
    #[arg(long, requires = "every")]
    pub interval: Option<IntervalArg>,
    /// Intervals per period of the new run, 1 to 1000 (with --interval)
    #[arg(long, value_name = "N", requires = "interval")]
    pub every: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: SubscriptionChangeArgs) -> anyhow::Result<()> {
    let on = date_arg("--on", args.on.as_deref())?;
    let every = every_arg(args.every.as_deref())?;
    let interval = match (args.interval, every) {
        (Some(unit), Some(every)) => Some(Interval {
            unit: unit.into(),
            every,
        }),
        (None, None) => None,
        _ => return Err(Error::Usage("give --interval with --every".into()).into()),
    };
    let options = ChangeOptions {
        id: args.id,
        plan: args.plan,
        lines: line_specs(&args.items)?,
        on,
        interval,
    };
    let mut s = ctx.session("subscription change")?;
    let digits = currency_digits(&mut s)?;
    let done = change::change(&mut s, &options)?;
    let what = format!("changes on {}", done.on);
    super::adjusted::print(ctx, &done, what, (s.today(), digits))
}
