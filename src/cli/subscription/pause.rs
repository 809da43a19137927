//! `subs subscription pause`.

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::{Ctx, currency_digits};
use crate::domain::ids::SubscriptionId;
use crate::error::Error;
use crate::ops::change;

/// Pause a subscription: its paused days are not billed (a period billed in advance gets a
/// credit note for them); its anchor and reservations stay.
#[derive(Debug, Args)]
pub struct SubscriptionPauseArgs {
    /// The subscription (SUB-0001)
    pub id: SubscriptionId,
    /// First paused day
    #[arg(long, value_name = "DATE")]
    pub from: String,
    /// Last paused day [default: until `subscription resume`]
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: SubscriptionPauseArgs) -> anyhow::Result<()> {
    let from =
        date_arg("--from", Some(&args.from))?.ok_or_else(|| Error::Usage("give --from".into()))?;
    let until = date_arg("--until", args.until.as_deref())?;
    let mut s = ctx.session("subscription pause")?;
    let digits = currency_digits(&mut s)?;
    let done = change::pause(&mut s, &args.id, from, until)?;
    let what = match until {
        Some(until) => format!("is paused from {from} through {until}"),
        None => format!("is paused from {from} until resumed"),
    };
    super::adjusted::print(ctx, &done, what, (s.today(), digits))
}
