//! `subs contract term done`.

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::ops::contracts;
use crate::output::views::ContractView;

/// Mark a fulfilment term of a contract done.
#[derive(Debug, Args)]
pub struct ContractTermDoneArgs {
    /// The contract (CTR-0001)
    pub id: String,
    /// The term's number, as `contract show` lists it
    pub number: String,
    /// The day it was done [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: ContractTermDoneArgs) -> anyhow::Result<()> {
    let number = match args.number.trim().parse::<u32>() {
        Ok(n) if n >= 1 => n,
        _ => {
            return Err(Error::invalid(
                "NUMBER",
                format!("{:?} is not a term number (1, 2, …)", args.number),
            )
            .into());
        }
    };
    let on = date_arg("--on", args.on.as_deref())?;
    let mut s = ctx.session("contract term done")?;
    let contract = contracts::complete_term(&mut s, &args.id, number, on)?;
    ctx.printer
        .record(&ContractView::new(&contract, s.today()))?;
    Ok(())
}
