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
    /// What it is on e-invoices: services (the default) or goods
    #[arg(long, value_name = "goods|services")]
    pub operation: Option<String>,
    /// Why a 0 % item is exempt, printed on e-invoices (e.g. "Exonération de TVA, article
    /// 261-4-4° a du CGI"); on edit, `""` clears it
    #[arg(long, value_name = "REASON")]
    pub vat_exemption: Option<String>,
    /// The VATEX code of that exemption (e.g. VATEX-FR-CGI261-4); on edit, `""` clears it
    #[arg(long, value_name = "CODE")]
    pub vatex: Option<String>,
}
