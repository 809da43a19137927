//! `subs contract term add`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::contracts;

/// Add a fulfilment term to a contract; prints its number (1, 2, …).
#[derive(Debug, Args)]
pub struct ContractTermAddArgs {
    /// The contract (CTR-0001)
    pub id: String,
    /// What is to be done, e.g. "Remise des badges"
    pub text: String,
}

pub fn run(ctx: &mut Ctx, args: ContractTermAddArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("contract term add")?;
    let (_, number) = contracts::add_term(&mut s, &args.id, &args.text)?;
    writeln!(ctx.printer.out(), "{number}")?;
    Ok(())
}
