//! `subs contract list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::contract::ContractStatus;
use crate::error::Error;
use crate::ops::contracts;
use crate::output::views::ContractView;

/// List contracts.
#[derive(Debug, Args)]
pub struct ContractListArgs {
    /// Only this customer's contracts
    #[arg(long)]
    pub customer: Option<String>,
    /// unsigned, active or inactive
    #[arg(long)]
    pub status: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: ContractListArgs) -> anyhow::Result<()> {
    let status = args
        .status
        .as_deref()
        .map(|s| {
            ContractStatus::parse(s).ok_or_else(|| {
                Error::invalid("--status", format!("{s:?} is not a contract status"))
            })
        })
        .transpose()?;
    let mut s = ctx.session("contract list")?;
    let today = s.today();
    let mut list = ctx.printer.list::<ContractView>()?;
    contracts::list(&mut s, args.customer.as_deref(), status, |contract| {
        list.push(&ContractView::new(&contract, today))
            .map_err(Error::Write)
    })?;
    list.finish()?;
    Ok(())
}
