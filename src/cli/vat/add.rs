//! `subs vat add`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::domain::catalogue::parse_vat_rate;
use crate::ops::catalogue;
use crate::output::views::VatView;

/// Add a VAT rate, in percent (20, 10, 5.5, 2.1, 0).
///
/// Items take the default rate when created without --vat-rate.
#[derive(Debug, Args)]
pub struct VatAddArgs {
    /// Code you choose: letters, digits, '_', '.', '-' (TVA20)
    pub code: String,
    /// Percentage, at most two decimals
    #[arg(long)]
    pub rate: String,
    /// Make it the default rate
    #[arg(long)]
    pub default: bool,
}

pub fn run(ctx: &mut Ctx, args: VatAddArgs) -> anyhow::Result<()> {
    let rate = parse_vat_rate("--rate", &args.rate)?;
    let mut s = ctx.session("vat add")?;
    let vat = catalogue::add_vat(&mut s, &args.code, rate, args.default)?;
    ctx.printer.created(&vat.code, &VatView::from(&vat))?;
    Ok(())
}
