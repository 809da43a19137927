//! `subs subscription show`.

use clap::Args;

use crate::cli::{Ctx, currency_digits};
use crate::ops::{bookings, subscriptions};
use crate::output::views::{ReservationView, SubscriptionDetail};

/// Show one subscription with its lines and reservations.
#[derive(Debug, Args)]
pub struct SubscriptionShowArgs {
    pub id: String,
}

pub fn run(ctx: &mut Ctx, args: SubscriptionShowArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("subscription show")?;
    let digits = currency_digits(&mut s)?;
    let info = subscriptions::get(&mut s, &args.id)?;
    let reservations = bookings::reservations_of(&mut s, &info.subscription.id)?;
    ctx.printer.record(&SubscriptionDetail::new(
        &info,
        s.today(),
        digits,
        reservations.iter().map(ReservationView::from).collect(),
    ))?;
    Ok(())
}
