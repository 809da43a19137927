//! `subs item edit`.

use clap::Args;

use crate::cli::{Ctx, clearable};
use crate::ops::catalogue::{self, ItemEdit};
use crate::output::views::ItemView;

/// Change an item. `--group ""` or `--description ""` clears them.
#[derive(Debug, Args)]
pub struct ItemEditArgs {
    /// The item's code
    pub code: String,
    /// Name printed on invoices
    #[arg(long)]
    pub name: Option<String>,
    /// Item group (`""` to take it out of its group)
    #[arg(long)]
    pub group: Option<String>,
    /// Unit of measure it is sold in
    #[arg(long)]
    pub uom: Option<String>,
    /// Billed by subscriptions (a membership, a desk by the month)
    #[arg(long, conflicts_with = "not_recurring")]
    pub recurring: bool,
    /// Sold once, not by subscriptions
    #[arg(long)]
    pub not_recurring: bool,
    /// VAT code or percentage
    #[arg(long, value_name = "RATE")]
    pub vat_rate: Option<String>,
    /// Show it in the website catalogue
    #[arg(long, conflicts_with = "unpublish")]
    pub publish: bool,
    /// Take it out of the website catalogue
    #[arg(long)]
    pub unpublish: bool,
    /// Description for the catalogue (`""` to clear it)
    #[arg(long)]
    pub description: Option<String>,
    /// Replace the booking units (repeat the flag)
    #[arg(long = "booking-uom", value_name = "UOM")]
    pub booking_uoms: Vec<String>,
    /// Remove every booking unit
    #[arg(long, conflicts_with = "booking_uoms")]
    pub no_booking_uoms: bool,
    /// Disable the item (kept for history, hidden from lists)
    #[arg(long, conflicts_with = "enable")]
    pub disable: bool,
    /// Enable a disabled item
    #[arg(long)]
    pub enable: bool,
}

fn choice(yes: bool, no: bool) -> Option<bool> {
    if yes {
        Some(true)
    } else if no {
        Some(false)
    } else {
        None
    }
}

pub fn run(ctx: &mut Ctx, args: ItemEditArgs) -> anyhow::Result<()> {
    let edit = ItemEdit {
        name: args.name,
        group: clearable(args.group),
        uom: args.uom,
        recurring: choice(args.recurring, args.not_recurring),
        vat_rate: args.vat_rate,
        published: choice(args.publish, args.unpublish),
        description: clearable(args.description),
        booking_uoms: if args.no_booking_uoms {
            Some(Vec::new())
        } else if args.booking_uoms.is_empty() {
            None
        } else {
            Some(args.booking_uoms)
        },
        disabled: choice(args.disable, args.enable),
    };
    let mut s = ctx.session("item edit")?;
    let item = catalogue::edit_item(&mut s, &args.code, edit)?;
    ctx.printer.record(&ItemView::from(&item))?;
    Ok(())
}
