//! `subs subscription show`.

use clap::Args;

use crate::cli::ctx::{Ctx, currency_digits};
use crate::domain::ids::SubscriptionId;
use crate::domain::usage::UsageFilter;
use crate::ops::{Session, bookings, subscriptions, usage};
use crate::output::views::{ReservationView, SubscriptionDetail, UsageView};

/// Show one subscription with its lines, reservations and usage not billed yet.
#[derive(Debug, Args)]
pub struct SubscriptionShowArgs {
    /// The subscription (SUB-0001)
    pub id: SubscriptionId,
}

pub fn run(ctx: &mut Ctx, args: SubscriptionShowArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("subscription show")?;
    let digits = currency_digits(&mut s)?;
    print_detail(ctx, &mut s, &args.id, digits)
}

/// Prints a subscription as `show` does (also what `edit` answers with).
pub(super) fn print_detail(
    ctx: &mut Ctx,
    s: &mut Session,
    id: &SubscriptionId,
    digits: u32,
) -> anyhow::Result<()> {
    let info = subscriptions::get(s, id)?;
    let reservations = bookings::reservations_of(s, id)?;
    let mut detail = SubscriptionDetail::new(
        &info,
        s.today(),
        digits,
        reservations.iter().map(ReservationView::from).collect(),
    );
    let unbilled = UsageFilter {
        subscription: Some(id.to_string()),
        unbilled: true,
    };
    detail.usage = usage::list(s, &unbilled)?
        .iter()
        .map(UsageView::from)
        .collect();
    ctx.printer.record(&detail)?;
    Ok(())
}
