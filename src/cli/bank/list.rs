//! `subs bank list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::ops::bank;
use crate::output::views::BankTransactionView;

/// List imported bank lines.
#[derive(Debug, Args)]
pub struct BankListArgs {
    /// unmatched, matched or ignored
    #[arg(long)]
    pub status: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: BankListArgs) -> anyhow::Result<()> {
    if let Some(status) = &args.status {
        if !matches!(status.as_str(), "unmatched" | "matched" | "ignored") {
            return Err(Error::invalid(
                "--status",
                format!("{status:?} is not unmatched, matched or ignored"),
            )
            .into());
        }
    }
    let mut s = ctx.session("bank list")?;
    let lines = bank::transactions(&mut s, args.status.as_deref())?;
    ctx.printer
        .rows(lines.iter().map(BankTransactionView::from))?;
    Ok(())
}
