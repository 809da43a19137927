//! `subs usage add`.

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::domain::ids::SubscriptionId;
use crate::ops::usage::{self, Added, UsageInput};
use crate::output::views::UsageView;

/// Record what a subscription used (pages printed, room hours), to be billed in arrears.
///
/// The usage is billed on the invoice of the period it falls in when the subscription
/// bills in arrears, on the next period's invoice when it bills in advance (for its own
/// period), and on a final invoice after the subscription ends; priced from the price list
/// on its period's first day (graduated tiers apply per period). A --reference recorded
/// already is skipped, so a script can send the same usage twice.
#[derive(Debug, Args)]
pub struct UsageAddArgs {
    /// The subscription that used it (SUB-0001)
    #[arg(long, value_name = "SUB")]
    pub subscription: SubscriptionId,
    /// The item used (priced from the price list)
    #[arg(long)]
    pub item: String,
    /// How much, in the item's unit (up to three decimals, more than zero)
    #[arg(long, value_name = "Q", allow_hyphen_values = true)]
    pub qty: String,
    /// The day it was used [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// Your own id for it: recorded once, a second time is skipped
    #[arg(long, value_name = "R")]
    pub reference: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: UsageAddArgs) -> anyhow::Result<()> {
    let input = UsageInput {
        subscription: args.subscription.into_string(),
        item: args.item,
        qty: args.qty,
        on: date_arg("--on", args.on.as_deref())?,
        reference: args.reference,
    };
    let mut s = ctx.session("usage add")?;
    match usage::add(&mut s, &input)? {
        Added::Recorded(recorded) => ctx
            .printer
            .created(&recorded.id.to_string(), &UsageView::from(&recorded))?,
        Added::Skipped(reference) => ctx.printer.note(format!(
            "usage {reference} is recorded already; nothing added"
        )),
    }
    Ok(())
}
