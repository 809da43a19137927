//! `subs customer add`.

use clap::Args;

use super::fields::CustomerFields;
use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::domain::customer::{Customer, CustomerKind, PaymentMethod};
use crate::domain::{sepa, values};
use crate::ops::customers;
use crate::ops::einvoice::{self, SendTo};
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
    #[command(flatten)]
    pub fields: CustomerFields,
    /// E-mail each invoice and credit note issued to it, with its Factur-X PDF
    #[arg(long)]
    pub send_invoices: bool,
}

pub fn run(ctx: &mut Ctx, args: CustomerAddArgs) -> anyhow::Result<()> {
    values::check_code("CODE", &args.code)?;
    let name = prompt::require_text(args.fields.name, "--name", "Customer name")?;
    let customer = Customer {
        code: args.code,
        name: values::non_empty("--name", &name)?,
        email: args
            .fields
            .email
            .map(|e| values::check_email("--email", &e))
            .transpose()?,
        billing_email: args
            .fields
            .billing_email
            .map(|e| values::check_email("--billing-email", &e))
            .transpose()?,
        address: args
            .fields
            .address
            .map(|a| values::non_empty("--address", &a))
            .transpose()?,
        price_list: args.fields.price_list,
        vat_id: args
            .fields
            .vat_id
            .map(|v| values::normalize_vat_id("--vat-id", &v))
            .transpose()?,
        siren: args
            .fields
            .siren
            .map(|v| values::normalize_siren("--siren", &v))
            .transpose()?,
        kind: if args.fields.individual {
            CustomerKind::Individual
        } else {
            CustomerKind::Business
        },
        payment_method: args
            .fields
            .payment_method
            .map(|m| PaymentMethod::parse("--payment-method", &m))
            .transpose()?
            .unwrap_or(PaymentMethod::Manual),
        disabled: false,
        mandate: sepa::MandateFields {
            iban: args
                .fields
                .iban
                .map(|v| sepa::normalize_iban("--iban", &v))
                .transpose()?,
            bic: args
                .fields
                .bic
                .map(|v| sepa::normalize_bic("--bic", &v))
                .transpose()?,
            id: args
                .fields
                .mandate_id
                .map(|v| sepa::check_mandate_id("--mandate-id", &v))
                .transpose()?,
            signed_on: date_arg(
                "--mandate-signed-on",
                args.fields.mandate_signed_on.as_deref(),
            )?,
        },
    };
    if args.send_invoices && customer.email.is_none() {
        return Err(einvoice::no_address_for_invoices(&customer.code).into());
    }
    let mut s = ctx.session("customer add")?;
    let customer = customers::add(&mut s, customer)?;
    if args.send_invoices {
        einvoice::set_send_invoices(&mut s, SendTo::Customer(&customer.code), true)?;
    }
    ctx.printer
        .created(&customer.code, &CustomerView::from(&customer))?;
    Ok(())
}
