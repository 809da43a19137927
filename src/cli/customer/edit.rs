//! `subs customer edit`.

use clap::Args;

use super::fields::CustomerFields;
use crate::cli::args::clearable;
use crate::cli::ctx::Ctx;
use crate::domain::customer::{CustomerKind, PaymentMethod};
use crate::domain::ids::CustomerCode;
use crate::domain::values::parse_date;
use crate::domain::{sepa, values};
use crate::ops::customers::{self, CustomerEdit};
use crate::ops::einvoice::{self, SendTo};
use crate::output::views::CustomerView;

/// Change a customer. Give an empty value (`--email ""`) to clear an optional field.
#[derive(Debug, Args)]
pub struct CustomerEditArgs {
    /// The customer's code
    pub code: CustomerCode,
    #[command(flatten)]
    pub fields: CustomerFields,
    /// Disable the customer (kept for history, hidden from lists)
    #[arg(long, conflicts_with = "enable")]
    pub disable: bool,
    /// Enable a disabled customer
    #[arg(long)]
    pub enable: bool,
    /// E-mail each invoice and credit note issued to it, with its Factur-X PDF
    #[arg(long, conflicts_with = "no_send_invoices")]
    pub send_invoices: bool,
    /// Stop e-mailing its documents when they are issued
    #[arg(long)]
    pub no_send_invoices: bool,
}

pub fn run(ctx: &mut Ctx, args: CustomerEditArgs) -> anyhow::Result<()> {
    let edit = CustomerEdit {
        name: args
            .fields
            .name
            .map(|n| values::non_empty("--name", &n))
            .transpose()?,
        email: clearable(args.fields.email)
            .map(|e| e.map(|e| values::check_email("--email", &e)).transpose())
            .transpose()?,
        billing_email: clearable(args.fields.billing_email)
            .map(|e| {
                e.map(|e| values::check_email("--billing-email", &e))
                    .transpose()
            })
            .transpose()?,
        address: clearable(args.fields.address)
            .map(|a| a.map(|a| values::non_empty("--address", &a)).transpose())
            .transpose()?,
        price_list: clearable(args.fields.price_list),
        vat_id: clearable(args.fields.vat_id)
            .map(|v| {
                v.map(|v| values::normalize_vat_id("--vat-id", &v))
                    .transpose()
            })
            .transpose()?,
        siren: clearable(args.fields.siren)
            .map(|v| {
                v.map(|v| values::normalize_siren("--siren", &v))
                    .transpose()
            })
            .transpose()?,
        kind: if args.fields.individual {
            Some(CustomerKind::Individual)
        } else if args.fields.business {
            Some(CustomerKind::Business)
        } else {
            None
        },
        payment_method: args
            .fields
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
        iban: clearable(args.fields.iban)
            .map(|v| v.map(|v| sepa::normalize_iban("--iban", &v)).transpose())
            .transpose()?,
        bic: clearable(args.fields.bic)
            .map(|v| v.map(|v| sepa::normalize_bic("--bic", &v)).transpose())
            .transpose()?,
        mandate_id: clearable(args.fields.mandate_id)
            .map(|v| {
                v.map(|v| sepa::check_mandate_id("--mandate-id", &v))
                    .transpose()
            })
            .transpose()?,
        mandate_signed_on: clearable(args.fields.mandate_signed_on)
            .map(|v| v.map(|v| parse_date("--mandate-signed-on", &v)).transpose())
            .transpose()?,
    };
    let mut s = ctx.session("customer edit")?;
    let customer = customers::edit(&mut s, &args.code, edit)?;
    if args.send_invoices || args.no_send_invoices {
        einvoice::set_send_invoices(&mut s, SendTo::Customer(&customer.code), args.send_invoices)?;
    }
    ctx.printer.record(&CustomerView::from(&customer))?;
    Ok(())
}
