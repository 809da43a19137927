//! `subs subscription create`.

use clap::{Args, ValueEnum};

use super::fields::SubscriptionFields;
use crate::cli::args::{IntervalArg, date_arg, days_arg, every_arg, line_specs};
use crate::cli::ctx::{Ctx, currency_digits};
use crate::domain::billing::BillMode;
use crate::domain::customer::PaymentMethod;
use crate::domain::ids::SubscriptionId;
use crate::ops::einvoice::{self, SendTo};
use crate::ops::subscriptions::{self, NewSubscription};
use crate::output::prompt;
use crate::output::views::SubscriptionView;

/// Create a subscription from a plan or from item lines.
///
/// Periods are laid out from the first billed day (the start, or the day after the trial)
/// and never drift: a subscription starting on the 31st bills from the last day of shorter
/// months. `subs tick` issues each period's invoice when it is due: on its first day in
/// advance (default), the day after it ends in arrears. An --end works as a cancellation on
/// that day, prorated. Prints the new id (SUB-0001).
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("lines").required(true).multiple(true).args(["plan", "items"])))]
pub struct SubscriptionCreateArgs {
    /// The customer billed (asked for at a terminal when missing)
    #[arg(long)]
    pub customer: Option<String>,
    #[command(flatten)]
    pub fields: SubscriptionFields,
    /// Copy the lines (and interval) of this plan
    #[arg(long)]
    pub plan: Option<String>,
    /// First day of service [default: today]
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
    /// Billing interval [default: the plan's, else month]
    #[arg(long, value_enum)]
    pub interval: Option<IntervalArg>,
    /// Intervals per period, 1 to 1000 (quarterly: --interval month --every 3)
    #[arg(long, value_name = "N")]
    pub every: Option<String>,
    /// Bill each period in advance (default) or in arrears
    #[arg(long, value_enum)]
    pub bill: Option<BillArg>,
    /// Last day of a free trial; billing starts the day after
    #[arg(long, value_name = "DATE")]
    pub trial_end: Option<String>,
    /// Last day of service; the period holding it is prorated
    #[arg(long, value_name = "DATE")]
    pub end: Option<String>,
    /// Leave invoices as drafts for review (`subs invoice issue`)
    #[arg(long)]
    pub draft_invoices: bool,
    /// Create a sales order per period (invoiced with `subs order invoice`)
    #[arg(long)]
    pub with_order: bool,
    /// With --with-order: let tick invoice each order at once
    #[arg(long, requires = "with_order")]
    pub invoice_orders: bool,
    /// Hold one unit of ITEM at LOCATION from --start through --end (or the cancellation
    /// date); refused when none is free for the whole span
    #[arg(long, value_name = "ITEM@LOCATION")]
    pub reserve: Vec<String>,
    /// Grant booking credits: QTY of TYPE once, every billed period, or every day, week or
    /// month from the first billed day, each lot lasting VALIDITY_DAYS [default: the type's]
    #[arg(long = "credits", value_name = "TYPE:QTY:RECURRENCE[:VALIDITY_DAYS]")]
    pub credits: Vec<String>,
    /// E-mail each invoice and credit note issued for it, with its Factur-X PDF (whatever
    /// its customer says)
    #[arg(long, conflicts_with = "no_send_invoices")]
    pub send_invoices: bool,
    /// Do not e-mail its documents, even when its customer has --send-invoices
    #[arg(long)]
    pub no_send_invoices: bool,
}

/// `ITEM@LOCATION`, both codes.
fn reserve_arg(text: &str) -> Result<(String, String), crate::error::Error> {
    let (item, location) = text.split_once('@').ok_or_else(|| {
        crate::error::Error::invalid(
            "--reserve",
            format!("{text:?} is not ITEM@LOCATION (like DESK@LYON)"),
        )
    })?;
    let field = format!("--reserve {text}");
    crate::domain::values::check_code(&field, item)?;
    crate::domain::values::check_code(&field, location)?;
    Ok((item.to_string(), location.to_string()))
}

pub fn run(ctx: &mut Ctx, args: SubscriptionCreateArgs) -> anyhow::Result<()> {
    let customer = prompt::require_text(args.customer, "--customer", "Customer code")?;
    let input_dates = (
        date_arg("--start", args.start.as_deref())?,
        date_arg("--trial-end", args.trial_end.as_deref())?,
        date_arg("--end", args.end.as_deref())?,
    );
    let every = every_arg(args.every.as_deref())?;
    let days_until_due = days_arg("--days-until-due", args.fields.days_until_due.as_deref())?;
    let payment_method = args
        .fields
        .payment_method
        .map(|m| PaymentMethod::parse("--payment-method", &m))
        .transpose()?;
    let reserve = args
        .reserve
        .iter()
        .map(|r| reserve_arg(r))
        .collect::<Result<Vec<_>, _>>()?;
    let credit_rules = args
        .credits
        .iter()
        .map(|c| crate::domain::credits::parse_rule_spec("--credits", c))
        .collect::<Result<Vec<_>, _>>()?;
    let mut s = ctx.session("subscription create")?;
    let digits = currency_digits(&mut s)?;
    let input = NewSubscription {
        customer,
        plan: args.plan,
        lines: line_specs(&args.fields.items)?,
        start: input_dates.0,
        interval: args.interval.map(Into::into),
        every,
        bill: args.bill.map(Into::into),
        trial_end: input_dates.1,
        end: input_dates.2,
        days_until_due,
        draft_invoices: args.draft_invoices,
        with_order: args.with_order,
        invoice_orders: args.invoice_orders,
        payment_method,
        email_template: args.fields.email_template,
        reserve,
        credit_rules,
        sales_order: None,
        coupon: args.fields.coupon,
    };
    let sub = subscriptions::create(&mut s, input)?;
    if args.send_invoices || args.no_send_invoices {
        einvoice::set_send_invoices(&mut s, SendTo::Subscription(&sub.id), args.send_invoices)?;
    }
    let info = subscriptions::get(&mut s, &SubscriptionId::from(sub.id.as_str()))?;
    ctx.printer
        .created(&sub.id, &SubscriptionView::new(&info, s.today(), digits))?;
    Ok(())
}

/// When each period is billed, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BillArg {
    Advance,
    Arrears,
}

impl From<BillArg> for BillMode {
    fn from(b: BillArg) -> Self {
        match b {
            BillArg::Advance => BillMode::Advance,
            BillArg::Arrears => BillMode::Arrears,
        }
    }
}
