//! What `customer add` sets and `customer edit` changes, each flag's help written once.
//! On edit, an empty value (`--email ""`) clears an optional field.

use clap::Args;

/// What `customer add` sets and `customer edit` changes, each flag's help written once.
#[derive(Debug, Args)]
pub struct CustomerFields {
    /// Name printed on invoices (`add` asks for it at a terminal when missing)
    #[arg(long)]
    pub name: Option<String>,
    /// Contact e-mail address (documents go here unless --billing-email is set)
    #[arg(long)]
    pub email: Option<String>,
    /// E-mail address invoices, credit notes and payment requests are sent to
    #[arg(long, value_name = "EMAIL")]
    pub billing_email: Option<String>,
    /// Billing address
    #[arg(long)]
    pub address: Option<String>,
    /// Default price list for this customer
    #[arg(long, value_name = "LIST")]
    pub price_list: Option<String>,
    /// Intra-EU VAT number
    #[arg(long, value_name = "ID")]
    pub vat_id: Option<String>,
    /// SIREN (nine digits)
    #[arg(long)]
    pub siren: Option<String>,
    /// A business (the default for a new customer)
    #[arg(long, conflicts_with = "individual")]
    pub business: bool,
    /// A private person
    #[arg(long)]
    pub individual: bool,
    /// manual (the default for a new customer), link, stripe, gocardless or sepa
    #[arg(long, value_name = "METHOD")]
    pub payment_method: Option<String>,
    /// IBAN of the account SEPA direct debits are taken from
    #[arg(long)]
    pub iban: Option<String>,
    /// BIC of that account's bank (optional for SEPA)
    #[arg(long)]
    pub bic: Option<String>,
    /// Unique reference of the customer's SEPA mandate (up to 35 of A-Z a-z 0-9 /-?:().,'+);
    /// a new one starts again with FRST
    #[arg(long, value_name = "REF")]
    pub mandate_id: Option<String>,
    /// Day the customer signed the SEPA mandate
    #[arg(long, value_name = "DATE")]
    pub mandate_signed_on: Option<String>,
}
