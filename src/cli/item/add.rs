//! `subs item add`.

use clap::Args;

use super::fields::ItemFields;
use crate::cli::ctx::Ctx;
use crate::ops::catalogue::ItemInput;
use crate::ops::einvoice::{self, TermsEdit};
use crate::output::prompt;
use crate::output::views::ItemView;

/// Add an item.
///
/// Without --uom the item is counted in `unit`. Without --vat-rate it takes the default
/// VAT rate (or 0 when none is set). --vat-rate accepts a VAT code or a percentage.
#[derive(Debug, Args)]
pub struct ItemAddArgs {
    /// Code you choose: letters, digits, '_', '.', '-'
    pub code: String,
    #[command(flatten)]
    pub fields: ItemFields,
    /// Billed by subscriptions (a membership, a desk by the month)
    #[arg(long)]
    pub recurring: bool,
    /// Show it in the website catalogue
    #[arg(long)]
    pub publish: bool,
}

pub fn run(ctx: &mut Ctx, args: ItemAddArgs) -> anyhow::Result<()> {
    let name = prompt::require_text(args.fields.name, "--name", "Item name")?;
    let input = ItemInput {
        code: args.code,
        name,
        group: args.fields.group,
        uom: args.fields.uom,
        recurring: args.recurring,
        vat_rate: args.fields.vat_rate,
        published: args.publish,
        description: args.fields.description,
        booking_uoms: args.fields.booking_uoms,
        disabled: false,
    };
    let terms = TermsEdit {
        operation: args.fields.operation,
        vat_exemption: args.fields.vat_exemption,
        vatex: args.fields.vatex,
    };
    let mut s = ctx.session("item add")?;
    let item = einvoice::add_item(&mut s, input, terms)?;
    ctx.printer.created(&item.code, &ItemView::from(&item))?;
    Ok(())
}
