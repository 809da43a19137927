//! `subs subscription edit`.

use clap::Args;

use super::fields::SubscriptionFields;
use crate::cli::args::{clearable, days_arg, line_specs};
use crate::cli::ctx::{Ctx, currency_digits};
use crate::domain::customer::PaymentMethod;
use crate::domain::ids::SubscriptionId;
use crate::ops::einvoice::{self, SendTo};
use crate::ops::subscriptions::{self, SubscriptionEdit};

/// Change how a subscription bills from now on. Its start, interval and dates stay
/// (cancel and restart change those); new lines apply to periods not yet billed.
#[derive(Debug, Args)]
pub struct SubscriptionEditArgs {
    /// The subscription (SUB-0001)
    pub id: SubscriptionId,
    #[command(flatten)]
    pub fields: SubscriptionFields,
    /// Leave invoices as drafts
    #[arg(long, conflicts_with = "issue_invoices")]
    pub draft_invoices: bool,
    /// Issue invoices directly
    #[arg(long)]
    pub issue_invoices: bool,
    /// E-mail each invoice and credit note issued for it, with its Factur-X PDF (whatever
    /// its customer says)
    #[arg(long, conflicts_with = "no_send_invoices")]
    pub send_invoices: bool,
    /// Do not e-mail its documents, even when its customer has --send-invoices
    #[arg(long)]
    pub no_send_invoices: bool,
    /// The payer's customer at the gateway (Stripe `cus_…`), for charges of a saved card
    #[arg(long, value_name = "REF")]
    pub gateway_customer: Option<String>,
    /// The saved card (Stripe `pm_…`) or mandate (GoCardless `MD…`) charged when an invoice is issued
    #[arg(long, value_name = "REF")]
    pub gateway_payment_method: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: SubscriptionEditArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("subscription edit")?;
    let digits = currency_digits(&mut s)?;
    let edit = SubscriptionEdit {
        lines: if args.fields.items.is_empty() {
            None
        } else {
            Some(line_specs(&args.fields.items)?)
        },
        days_until_due: days_arg("--days-until-due", args.fields.days_until_due.as_deref())?,
        draft_invoices: if args.draft_invoices {
            Some(true)
        } else if args.issue_invoices {
            Some(false)
        } else {
            None
        },
        with_order: None,
        invoice_orders: None,
        payment_method: clearable(args.fields.payment_method)
            .map(|m| {
                m.map(|m| PaymentMethod::parse("--payment-method", &m))
                    .transpose()
            })
            .transpose()?,
        email_template: clearable(args.fields.email_template),
        coupon: args.fields.coupon,
        gateway_customer: args.gateway_customer,
        gateway_payment_method: args.gateway_payment_method,
    };
    subscriptions::edit(&mut s, &args.id, edit)?;
    if args.send_invoices || args.no_send_invoices {
        einvoice::set_send_invoices(&mut s, SendTo::Subscription(&args.id), args.send_invoices)?;
    }
    super::show::print_detail(ctx, &mut s, &args.id, digits)
}
