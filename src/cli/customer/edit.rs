//! `subs customer edit`.

use clap::Args;

use crate::cli::{Ctx, clearable};
use crate::domain::customer::{CustomerKind, PaymentMethod};
use crate::domain::ids::CustomerCode;
use crate::domain::values::parse_date;
use crate::domain::{sepa, values};
use crate::ops::customers::{self, CustomerEdit};
use crate::output::views::CustomerView;

/// Change a customer. Give an empty value (`--email ""`) to clear an optional field.
#[derive(Debug, Args)]
pub struct CustomerEditArgs {
    /// The customer's code
    pub code: CustomerCode,
    /// Name printed on invoices
    #[arg(long)]
    pub name: Option<String>,
    /// Billing e-mail address
    #[arg(long)]
    pub email: Option<String>,
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
    /// Make it a business
    #[arg(long, conflicts_with = "individual")]
    pub business: bool,
    /// Make it a private person
    #[arg(long)]
    pub individual: bool,
    /// manual, link, stripe, gocardless or sepa
    #[arg(long, value_name = "METHOD")]
    pub payment_method: Option<String>,
    /// Disable the customer (kept for history, hidden from lists)
    #[arg(long, conflicts_with = "enable")]
    pub disable: bool,
    /// Enable a disabled customer
    #[arg(long)]
    pub enable: bool,
    /// IBAN of the account SEPA direct debits are taken from
    #[arg(long)]
    pub iban: Option<String>,
    /// BIC of that account's bank (optional for SEPA)
    #[arg(long)]
    pub bic: Option<String>,
    /// Unique reference of the customer's SEPA mandate; a new one starts again with FRST
    #[arg(long, value_name = "REF")]
    pub mandate_id: Option<String>,
    /// Day the customer signed the SEPA mandate
    #[arg(long, value_name = "DATE")]
    pub mandate_signed_on: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: CustomerEditArgs) -> anyhow::Result<()> {
    let edit = CustomerEdit {
        name: args
            .name
            .map(|n| values::non_empty("--name", &n))
            .transpose()?,
        email: clearable(args.email)
            .map(|e| e.map(|e| values::check_email("--email", &e)).transpose())
            .transpose()?,
        address: clearable(args.address)
            .map(|a| a.map(|a| values::non_empty("--address", &a)).transpose())
            .transpose()?,
        price_list: clearable(args.price_list),
        vat_id: clearable(args.vat_id)
            .map(|v| {
                v.map(|v| values::normalize_vat_id("--vat-id", &v))
                    .transpose()
            })
            .transpose()?,
        siren: clearable(args.siren)
            .map(|v| {
                v.map(|v| values::normalize_siren("--siren", &v))
                    .transpose()
            })
            .transpose()?,
        kind: if args.individual {
            Some(CustomerKind::Individual)
        } else if args.business {
            Some(CustomerKind::Business)
        } else {
            None
        },
        payment_method: args
            .payment_method
            .map(|m| PaymentMethod::parse("--payment-method", &m))
            .transpose()?,
        disabled: if args.disable {
            Some(true)
        } else if args.enable {
            Some(false)
        } else {
            None
        },
        iban: clearable(args.iban)
            .map(|v| v.map(|v| sepa::normalize_iban("--iban", &v)).transpose())
            .transpose()?,
        bic: clearable(args.bic)
            .map(|v| v.map(|v| sepa::normalize_bic("--bic", &v)).transpose())
            .transpose()?,
        mandate_id: clearable(args.mandate_id)
            .map(|v| {
                v.map(|v| sepa::check_mandate_id("--mandate-id", &v))
                    .transpose()
            })
            .transpose()?,
        mandate_signed_on: clearable(args.mandate_signed_on)
            .map(|v| v.map(|v| parse_date("--mandate-signed-on", &v)).transpose())
            .transpose()?,
    };
    let mut s = ctx.session("customer edit")?;
    let customer = customers::edit(&mut s, &args.code, edit)?;
    ctx.printer.record(&CustomerView::from(&customer))?;
    Ok(())
}
