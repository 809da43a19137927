//! `subs repeat add`.

use clap::{Args, ValueEnum};

use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::domain::repeat::SourceRef;
use crate::domain::repeat::dates::{Frequency, parse_day_of_month};
use crate::ops::repeats::{self, NewRepeat};
use crate::output::views::RepeatView;

/// Copy a document on a schedule: a one-off invoice, a sales order or a supplier bill.
///
/// --source is invoice:NUMBER, order:SO-0001 or bill:BILL-0001. The source is the
/// occurrence on its own date (an invoice's service or issue date, an order's or a bill's
/// date): copies are made for the later schedule dates only. Dates are computed from
/// --start (default: the source's date), never from the previous date: monthly on the 31st
/// gives 28 (or 29) February and 31 March again. --day N (1-31, clamped to short months) or --last-day pick the day
/// of each month instead, counting months from the start's month (a first date before
/// --start is skipped). `subs tick` creates every date that has come, each for its own
/// date, and completes the repeat after --end (inclusive).
///
/// Copies keep the source's lines and amounts (not re-priced). An invoice copy has the
/// schedule date as its service date and is issued on the tick's day with --issue (else a
/// draft); an order copy is dated on the schedule date, to invoice with --issue (else a
/// draft); a bill copy is dated on the schedule date, unpaid, due after as many days as
/// the source. Prints the repeat id (REP-0001).
#[derive(Debug, Args)]
pub struct RepeatAddArgs {
    /// What to copy: invoice:NUMBER, order:ID or bill:ID
    #[arg(long, value_name = "KIND:ID")]
    pub source: String,
    /// How often a copy is made
    #[arg(long, value_enum)]
    pub frequency: FrequencyArg,
    /// The first date of the schedule [default: the source's own date]
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
    /// The last day a copy may be dated (inclusive)
    #[arg(long, value_name = "DATE")]
    pub end: Option<String>,
    /// Day of the month (1-31, clamped to short months), for monthly and longer
    #[arg(long, value_name = "N")]
    pub day: Option<String>,
    /// The last day of each month, for monthly and longer
    #[arg(long)]
    pub last_day: bool,
    /// Issue the copies of invoices (else drafts) and make order copies to invoice
    #[arg(long)]
    pub issue: bool,
    /// Tell this address about each copy (repeat the flag)
    #[arg(long, value_name = "EMAIL")]
    pub notify: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FrequencyArg {
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
}

impl From<FrequencyArg> for Frequency {
    fn from(f: FrequencyArg) -> Self {
        match f {
            FrequencyArg::Daily => Frequency::Daily,
            FrequencyArg::Weekly => Frequency::Weekly,
            FrequencyArg::Monthly => Frequency::Monthly,
            FrequencyArg::Quarterly => Frequency::Quarterly,
            FrequencyArg::HalfYearly => Frequency::HalfYearly,
            FrequencyArg::Yearly => Frequency::Yearly,
        }
    }
}

pub fn run(ctx: &mut Ctx, args: RepeatAddArgs) -> anyhow::Result<()> {
    let source = SourceRef::parse("--source", &args.source)?;
    let start = date_arg("--start", args.start.as_deref())?;
    let end = date_arg("--end", args.end.as_deref())?;
    let day = args
        .day
        .as_deref()
        .map(|d| parse_day_of_month("--day", d))
        .transpose()?;
    let mut s = ctx.session("repeat add")?;
    let repeat = repeats::add(
        &mut s,
        NewRepeat {
            source,
            frequency: args.frequency.into(),
            start,
            end,
            day,
            last_day: args.last_day,
            issue: args.issue,
            notify: args.notify,
        },
    )?;
    ctx.printer
        .created(&repeat.id, &RepeatView::from(&repeat))?;
    Ok(())
}
