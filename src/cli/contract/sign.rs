//! `subs contract sign`.

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::ops::contracts;
use crate::output::views::ContractView;

/// Record that a contract was signed; its status follows at once.
#[derive(Debug, Args)]
pub struct ContractSignArgs {
    /// The contract (CTR-0001)
    pub id: String,
    /// The day it was signed [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: ContractSignArgs) -> anyhow::Result<()> {
    let on = date_arg("--on", args.on.as_deref())?;
    let mut s = ctx.session("contract sign")?;
    let contract = contracts::sign(&mut s, &args.id, on)?;
    ctx.printer
        .record(&ContractView::new(&contract, s.today()))?;
    Ok(())
}
