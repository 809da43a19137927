//! `subs subscription resume`.

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::{Ctx, currency_digits};
use crate::domain::ids::SubscriptionId;
use crate::ops::change;

/// Resume a paused subscription: its pause ends the day before --on; days given back in
/// periods already billed are invoiced at once.
#[derive(Debug, Args)]
pub struct SubscriptionResumeArgs {
    /// The subscription (SUB-0001)
    pub id: SubscriptionId,
    /// First day billed again [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: SubscriptionResumeArgs) -> anyhow::Result<()> {
    let on = date_arg("--on", args.on.as_deref())?;
    let mut s = ctx.session("subscription resume")?;
    let digits = currency_digits(&mut s)?;
    let done = change::resume(&mut s, &args.id, on)?;
    let what = format!("resumes on {}", done.on);
    super::adjusted::print(ctx, &done, what, (s.today(), digits))
}
