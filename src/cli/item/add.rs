//! `subs item add`.

use clap::Args;

use crate::cli::Ctx;
use crate::ops::catalogue::{self, ItemInput};
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
    /// Name printed on invoices (asked for at a terminal when missing)
    #[arg(long)]
    pub name: Option<String>,
    /// Item group
    #[arg(long)]
    pub group: Option<String>,
    /// Unit of measure it is sold in
    #[arg(long)]
    pub uom: Option<String>,
    /// Billed by subscriptions (a membership, a desk by the month)
    #[arg(long)]
    pub recurring: bool,
    /// VAT code or percentage
    #[arg(long, value_name = "RATE")]
    pub vat_rate: Option<String>,
    /// Show it in the website catalogue
    #[arg(long)]
    pub publish: bool,
    /// Description for the catalogue
    #[arg(long)]
    pub description: Option<String>,
    /// A unit it can be booked by (repeat: --booking-uom half-day --booking-uom day)
    #[arg(long = "booking-uom", value_name = "UOM")]
    pub booking_uoms: Vec<String>,
}

pub fn run(ctx: &mut Ctx, args: ItemAddArgs) -> anyhow::Result<()> {
    let name = prompt::require_text(args.name, "--name", "Item name")?;
    let input = ItemInput {
        code: args.code,
        name,
        group: args.group,
        uom: args.uom,
        recurring: args.recurring,
        vat_rate: args.vat_rate,
        published: args.publish,
        description: args.description,
        booking_uoms: args.booking_uoms,
        disabled: false,
    };
    let mut s = ctx.session("item add")?;
    let item = catalogue::add_item(&mut s, input)?;
    ctx.printer.created(&item.code, &ItemView::from(&item))?;
    Ok(())
}
