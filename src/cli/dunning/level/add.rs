//! `subs dunning level add`.

use clap::Args;

use crate::cli::args::days_arg;
use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::ops::dunning;
use crate::output::views::DunningLevelView;

/// Add a reminder level (or change the one of that number). Once levels exist, `tick`
/// queues for each overdue invoice the reminder of the highest level it has reached and
/// not yet been sent, once per level, one e-mail per customer grouping their overdue
/// invoices; business customers' reminders state the late-payment penalty and the 40 €
/// recovery indemnity. A book without levels sends no reminder.
#[derive(Debug, Args)]
pub struct DunningLevelAddArgs {
    /// The level's number (1, 2, 3, …)
    #[arg(value_name = "N")]
    pub level: String,
    /// Days after the due date (default 7, 15 and 30 for levels 1, 2 and 3)
    #[arg(long, value_name = "DAYS")]
    pub after: Option<String>,
    /// The e-mail template of the reminder (`subs template add`)
    #[arg(long, value_name = "T")]
    pub template: String,
}

pub fn run(ctx: &mut Ctx, args: DunningLevelAddArgs) -> anyhow::Result<()> {
    let level = match args.level.trim().parse::<u32>() {
        Ok(n) if n >= 1 => n,
        _ => {
            return Err(Error::invalid(
                "N",
                format!("{:?} is not a level number (1, 2, 3, …)", args.level),
            )
            .into());
        }
    };
    let after = days_arg("--after", args.after.as_deref())?;
    let mut s = ctx.session("dunning level add")?;
    let added = dunning::add_level(&mut s, level, after, &args.template)?;
    ctx.printer.record(&DunningLevelView::from(&added))?;
    Ok(())
}
