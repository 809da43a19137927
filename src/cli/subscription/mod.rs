//! `subs subscription …`: recurring billing for a customer.

mod adjusted;
pub mod cancel;
mod change;
mod check;
mod create;
mod edit;
mod fields;
mod list;
mod pause;
mod preview;
mod restart;
mod resume;
mod show;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum SubscriptionCommand {
    Create(create::SubscriptionCreateArgs),
    List(list::SubscriptionListArgs),
    Show(show::SubscriptionShowArgs),
    Edit(edit::SubscriptionEditArgs),
    Check(check::SubscriptionCheckArgs),
    Preview(preview::SubscriptionPreviewArgs),
    Cancel(cancel::SubscriptionCancelArgs),
    Restart(restart::SubscriptionRestartArgs),
    Change(change::SubscriptionChangeArgs),
    Pause(pause::SubscriptionPauseArgs),
    Resume(resume::SubscriptionResumeArgs),
}

pub fn run(ctx: &mut Ctx, cmd: SubscriptionCommand) -> anyhow::Result<()> {
    match cmd {
        SubscriptionCommand::Create(args) => create::run(ctx, args),
        SubscriptionCommand::List(args) => list::run(ctx, args),
        SubscriptionCommand::Show(args) => show::run(ctx, args),
        SubscriptionCommand::Edit(args) => edit::run(ctx, args),
        SubscriptionCommand::Check(args) => check::run(ctx, args),
        SubscriptionCommand::Preview(args) => preview::run(ctx, args),
        SubscriptionCommand::Cancel(args) => cancel::run(ctx, args),
        SubscriptionCommand::Restart(args) => restart::run(ctx, args),
        SubscriptionCommand::Change(args) => change::run(ctx, args),
        SubscriptionCommand::Pause(args) => pause::run(ctx, args),
        SubscriptionCommand::Resume(args) => resume::run(ctx, args),
    }
}
