//! `subs coupon …`: discounts a subscription carries for some periods or for ever.

mod add;
mod disable;
mod list;
mod show;

use clap::Subcommand;

use crate::cli::ctx::Ctx;

#[derive(Debug, Subcommand)]
pub enum CouponCommand {
    Add(add::CouponAddArgs),
    List(list::CouponListArgs),
    Show(show::CouponShowArgs),
    Disable(disable::CouponDisableArgs),
}

pub fn run(ctx: &mut Ctx, cmd: CouponCommand) -> anyhow::Result<()> {
    match cmd {
        CouponCommand::Add(args) => add::run(ctx, args),
        CouponCommand::List(args) => list::run(ctx, args),
        CouponCommand::Show(args) => show::run(ctx, args),
        CouponCommand::Disable(args) => disable::run(ctx, args),
    }
}
