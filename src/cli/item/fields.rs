//! What `item add` sets and `item edit` changes, each flag's help written once.

use clap::Args;

/// What `item add` sets and `item edit` changes, each flag's help written once.
#[derive(Debug, Args)]
pub struct ItemFields {
    /// Name printed on invoices (`add` asks for it at a terminal when missing)
    #[arg(long)]
    pub name: Option<String>,
    /// Item group (on edit, `""` takes it out of its group)
    #[arg(long)]
    pub group: Option<String>,
    /// Unit of measure it is sold in
    #[arg(long)]
    pub uom: Option<String>,
    /// VAT code or percentage
    #[arg(long, value_name = "RATE")]
    pub vat_rate: Option<String>,
    /// Description for the catalogue (on edit, `""` clears it)
    #[arg(long)]
    pub description: Option<String>,
    /// A unit it can be booked by (repeat: --booking-uom half-day --booking-uom day); on
    /// edit, they replace the item's
    #[arg(long = "booking-uom", value_name = "UOM")]
    pub booking_uoms: Vec<String>,
}
