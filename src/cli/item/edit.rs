//! `subs item edit`.

use clap::Args;

use super::fields::ItemFields;
use crate::cli::args::clearable;
use crate::cli::ctx::Ctx;
use crate::ops::catalogue::ItemEdit;
use crate::ops::einvoice::{self, TermsEdit};
use crate::output::views::ItemView;

/// Change an item. `--group ""` or `--description ""` clears them.
#[derive(Debug, Args)]
pub struct ItemEditArgs {
    /// The item's code
    pub code: String,
    #[command(flatten)]
    pub fields: ItemFields,
    /// Billed by subscriptions (a membership, a desk by the month)
    #[arg(long, conflicts_with = "not_recurring")]
    pub recurring: bool,
    /// Sold once, not by subscriptions
    #[arg(long)]
    pub not_recurring: bool,
    /// Show it in the website catalogue
    #[arg(long, conflicts_with = "unpublish")]
    pub publish: bool,
    /// Take it out of the website catalogue
    #[arg(long)]
    pub unpublish: bool,
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
        name: args.fields.name,
        group: clearable(args.fields.group),
        uom: args.fields.uom,
        recurring: choice(args.recurring, args.not_recurring),
        vat_rate: args.fields.vat_rate,
        published: choice(args.publish, args.unpublish),
        description: clearable(args.fields.description),
        booking_uoms: if args.no_booking_uoms {
            Some(Vec::new())
        } else if args.fields.booking_uoms.is_empty() {
            None
        } else {
            Some(args.fields.booking_uoms)
        },
        disabled: choice(args.disable, args.enable),
    };
    let terms = TermsEdit {
        operation: args.fields.operation,
        vat_exemption: args.fields.vat_exemption,
        vatex: args.fields.vatex,
    };
    let mut s = ctx.session("item edit")?;
    let item = einvoice::edit_item(&mut s, &args.code, edit, terms)?;
    ctx.printer.record(&ItemView::from(&item))?;
    Ok(())
}
