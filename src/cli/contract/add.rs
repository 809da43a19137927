//! `subs contract add`.

use std::path::PathBuf;

use clap::Args;

use crate::cli::args::{date_arg, read_text};
use crate::cli::ctx::Ctx;
use crate::domain::values::parse_date;
use crate::ops::contracts::{self, NewContract};
use crate::output::views::ContractDetail;

/// Record a contract: a customer's commitment from --start through --end.
///
/// The status is unsigned until the contract is signed (--signed-on, or `contract sign`),
/// then active from the start through the end and inactive outside; `subs tick` keeps it
/// up to date. A subscription tied with --subscription cannot be cancelled before the end
/// of a signed contract without --break-commitment. Prints the contract id (CTR-0001).
#[derive(Debug, Args)]
pub struct ContractAddArgs {
    /// The customer committed by the contract
    #[arg(long)]
    pub customer: String,
    /// A subscription of the customer the contract commits (repeat the flag)
    #[arg(long = "subscription", value_name = "ID")]
    pub subscriptions: Vec<String>,
    /// First day of the commitment
    #[arg(long, value_name = "DATE")]
    pub start: String,
    /// Last day of the commitment (inclusive)
    #[arg(long, value_name = "DATE")]
    pub end: Option<String>,
    /// The day it was signed (not in the future)
    #[arg(long, value_name = "DATE")]
    pub signed_on: Option<String>,
    /// The contract's text, from a UTF-8 file (`-` reads standard input)
    #[arg(long, value_name = "FILE")]
    pub terms_file: Option<PathBuf>,
    /// A fulfilment term to track (repeat the flag)
    #[arg(long = "term", value_name = "TEXT")]
    pub fulfilment: Vec<String>,
}

pub fn run(ctx: &mut Ctx, args: ContractAddArgs) -> anyhow::Result<()> {
    let start = parse_date("--start", &args.start)?;
    let end = date_arg("--end", args.end.as_deref())?;
    let signed_on = date_arg("--signed-on", args.signed_on.as_deref())?;
    let terms = args
        .terms_file
        .as_deref()
        .map(|path| read_text(path).map(|(_, text)| text))
        .transpose()?;
    let mut s = ctx.session("contract add")?;
    let today = s.today();
    let contract = contracts::add(
        &mut s,
        NewContract {
            customer: args.customer,
            subscriptions: args.subscriptions,
            start,
            end,
            signed_on,
            terms,
            fulfilment: args.fulfilment,
        },
    )?;
    ctx.printer
        .created(&contract.id, &ContractDetail::new(&contract, today))?;
    Ok(())
}
