//! `subs item edit`.

use clap::Args;

use crate::cli::{Ctx, clearable};
use crate::ops::catalogue::{self, ItemEdit};
use crate::output::views::ItemView;

/// Change an item. `--group ""` or `--description ""` clears them.
#[derive(Debug, Args)]
pub struct ItemEditArgs {
    pub code: String,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub group: Option<String>,
    #[arg(long)]
    pub uom: Option<String>,
    #[arg(long, conflicts_with = "not_recurring")]
    pub recurring: bool,
    #[arg(long)]
    pub not_recurring: bool,
    /// VAT code or percentage
    #[arg(long, value_name = "RATE")]
    pub vat_rate: Option<String>,
    /// Show it in the website catalogue
    #[arg(long, conflicts_with = "unpublish")]
    pub publish: bool,
    #[arg(long)]
    pub unpublish: bool,
    #[arg(long)]
    pub description: Option<String>,
    /// Replace the booking units (repeat the flag)
    #[arg(long = "booking-uom", value_name = "UOM")]
    pub booking_uoms: Vec<String>,
    /// Remove every booking unit
    #[arg(long, conflicts_with = "booking_uoms")]
    pub no_booking_uoms: bool,
    #[arg(long, conflicts_with = "enable")]
    pub disable: bool,
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
