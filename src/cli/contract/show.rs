//! `subs contract show`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::ops::contracts;
use crate::output::views::ContractDetail;

/// Show a contract with its text and fulfilment terms.
#[derive(Debug, Args)]
pub struct ContractShowArgs {
    /// The contract (CTR-0001)
    pub id: String,
}

pub fn run(ctx: &mut Ctx, args: ContractShowArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("contract show")?;
    let contract = contracts::get(&mut s, &args.id)?;
    ctx.printer
        .record(&ContractDetail::new(&contract, s.today()))?;
    Ok(())
}
