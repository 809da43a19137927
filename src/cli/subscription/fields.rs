//! What `subscription create` sets and `subscription edit` changes, each flag's help
//! written once.

use clap::Args;

/// What `subscription create` sets and `subscription edit` changes, each flag's help
#[derive(Debug, Args)]
pub struct SubscriptionFields {
    /// ITEM[:QTY][@RATE] (repeat): @RATE fixes the unit rate, otherwise the price list
    /// prices it; on edit, they replace the lines of the periods not yet billed
    #[arg(long = "item", value_name = "ITEM[:QTY][@RATE]")]
    pub items: Vec<String>,
    /// Payment term in days [default: invoice.days_until_due]
    #[arg(long, value_name = "N")]
    pub days_until_due: Option<String>,
    /// manual, link, stripe, gocardless or sepa [default: the customer's]; on edit, `""`
    /// goes back to the customer's
    #[arg(long, value_name = "METHOD")]
    pub payment_method: Option<String>,
    /// E-mail template for payment requests; on edit, `""` for none
    #[arg(long, value_name = "TEMPLATE")]
    pub email_template: Option<String>,
    /// A coupon to apply from the next period billed (`coupon add`); on edit, it replaces
    /// the one carried
    #[arg(long, value_name = "CODE")]
    pub coupon: Option<String>,
}
