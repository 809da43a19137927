//! `subs customer add`.

use clap::Args;

use crate::cli::{Ctx, date_arg};
use crate::domain::customer::{Customer, CustomerKind, PaymentMethod};
use crate::domain::{sepa, values};
use crate::ops::customers;
use crate::output::prompt;
use crate::output::views::CustomerView;

/// Add a customer.
///
/// Prints the customer's code. Business customers (the default) get the late-payment
/// mentions on their invoices. A customer paying by SEPA direct debit (`--payment-method
/// sepa`) needs a mandate for `subs sepa export`: --iban, --mandate-id and
/// --mandate-signed-on (--bic is optional).
#[derive(Debug, Args)]
pub struct CustomerAddArgs {
    /// Code you choose: letters, digits, '_', '.', '-'
    pub code: String,
    /// Name printed on invoices (asked for at a terminal when missing)
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
    /// A business (default)
    #[arg(long, conflicts_with = "individual")]
    pub business: bool,
    /// A private person
    #[arg(long)]
    pub individual: bool,
    /// manual (default), link, stripe, gocardless or sepa
    #[arg(long, value_name = "METHOD")]
    pub payment_method: Option<String>,
    /// IBAN of the account SEPA direct debits are taken from
    #[arg(long)]
    pub iban: Option<String>,
    /// BIC of that account's bank (optional for SEPA)
    #[arg(long)]
    pub bic: Option<String>,
    /// Unique reference of the customer's SEPA mandate (up to 35 of A-Z a-z 0-9 /-?:().,'+)
    #[arg(long, value_name = "REF")]
    pub mandate_id: Option<String>,
    /// Day the customer signed the SEPA mandate
    #[arg(long, value_name = "DATE")]
    pub mandate_signed_on: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: CustomerAddArgs) -> anyhow::Result<()> {
    values::check_code("CODE", &args.code)?;
    let name = prompt::require_text(args.name, "--name", "Customer name")?;
    let customer = Customer {
        code: args.code,
        name: values::non_empty("--name", &name)?,
        email: args
            .email
            .map(|e| values::check_email("--email", &e))
            .transpose()?,
        address: args
            .address
            .map(|a| values::non_empty("--address", &a))
            .transpose()?,
        price_list: args.price_list,
        vat_id: args
            .vat_id
            .map(|v| values::normalize_vat_id("--vat-id", &v))
            .transpose()?,
        siren: args
            .siren
            .map(|v| values::normalize_siren("--siren", &v))
            .transpose()?,
        kind: if args.individual {
            CustomerKind::Individual
        } else {
            CustomerKind::Business
        },
        payment_method: args
            .payment_method
            .map(|m| PaymentMethod::parse("--payment-method", &m))
            .transpose()?
            .unwrap_or(PaymentMethod::Manual),
        disabled: false,
        mandate: sepa::MandateFields {
            iban: args
                .iban
                .map(|v| sepa::normalize_iban("--iban", &v))
                .transpose()?,
            bic: args
                .bic
                .map(|v| sepa::normalize_bic("--bic", &v))
                .transpose()?,
            id: args
                .mandate_id
                .map(|v| sepa::check_mandate_id("--mandate-id", &v))
                .transpose()?,
            signed_on: date_arg("--mandate-signed-on", args.mandate_signed_on.as_deref())?,
        },
    };
    let mut s = ctx.session("customer add")?;
    let customer = customers::add(&mut s, customer)?;
    ctx.printer
        .created(&customer.code, &CustomerView::from(&customer))?;
    Ok(())
}
