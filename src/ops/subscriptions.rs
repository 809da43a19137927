//! Subscriptions: creation from a plan or from lines, listing, editing, previewing, and
//! restart. Their cancellation is `cancellation.rs`'s.

use chrono::NaiveDate;
use serde_json::json;

use super::Session;
use super::bookings::Spot;
use super::books::{Books, Subscriber, find_customer, find_subscription};
use super::metering;
use super::pricing::{period_lines, typed_line_item};
use crate::domain::billing::{BillMode, BillingPeriod, Timeline};
use crate::domain::customer::PaymentMethod;
use crate::domain::ids::{CustomerCode, SubscriptionId};
use crate::domain::invoice::{NewLine, Totals};
use crate::domain::lines::LineSpec;
use crate::domain::period::{Interval, IntervalUnit};
use crate::domain::subscription::{Plan, State, Subscription, SubscriptionInfo, SubscriptionLine};
use crate::domain::values::{self, LAST_DATE};
use crate::error::{Error, Result};
use crate::ops::plans;
use crate::store::Tx;

/// A subscription as typed on `subscription create`.
#[derive(Debug, Clone, Default)]
pub struct NewSubscription {
    pub customer: String,
    pub plan: Option<String>,
    pub lines: Vec<LineSpec>,
    pub start: Option<NaiveDate>,
    pub interval: Option<IntervalUnit>,
    pub every: Option<u32>,
    pub bill: Option<BillMode>,
    pub trial_end: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub days_until_due: Option<u32>,
    pub draft_invoices: bool,
    pub with_order: bool,
    pub invoice_orders: bool,
    pub payment_method: Option<PaymentMethod>,
    pub email_template: Option<String>,
    /// `--reserve ITEM@LOCATION`: (item, location) held for the subscription's life.
    pub reserve: Vec<(String, String)>,
    /// `--credits TYPE:QTY:RECURRENCE[:VALIDITY_DAYS]` rules.
    pub credit_rules: Vec<crate::domain::credits::RuleSpec>,
    /// The sales order it comes from (`order confirm` makes it).
    pub sales_order: Option<String>,
    /// `--coupon CODE`: a discount from the first period.
    pub coupon: Option<String>,
}

fn check_dates(
    start: NaiveDate,
    trial_end: Option<NaiveDate>,
    end: Option<NaiveDate>,
) -> Result<()> {
    if let Some(trial) = trial_end {
        if trial < start {
            return Err(Error::invalid(
                "--trial-end",
                format!("{trial} is before --start {start}"),
            ));
        }
    }
    if let Some(end) = end {
        if end < start {
            return Err(Error::invalid(
                "--end",
                format!("{end} is before --start {start}"),
            ));
        }
    }
    Ok(())
}

pub fn create(s: &mut Session, input: NewSubscription) -> Result<Subscription> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.write(|tx| insert(tx, input, today, &now))
}

/// Creates a subscription inside the caller's transaction (`order confirm` makes several).
pub fn insert(
    tx: &Tx,
    input: NewSubscription,
    today: NaiveDate,
    now: &str,
) -> Result<Subscription> {
    let start = input.start.unwrap_or(today);
    check_dates(start, input.trial_end, input.end)?;
    if input.every == Some(0) {
        return Err(Error::invalid("--every", "must be at least 1"));
    }
    let customer = find_customer(tx, &input.customer)?;
    if customer.disabled {
        return Err(Error::refused(format!(
            "customer {} is disabled",
            customer.code
        )));
    }
    let plan = input
        .plan
        .as_deref()
        .map(|p| plans::find(tx, p))
        .transpose()?;
    let lines = subscription_lines(tx, plan.as_ref(), &input.lines)?;
    if lines.is_empty() {
        return Err(Error::Usage("give --plan or at least one --item".into()));
    }
    if let Some(template) = &input.email_template {
        crate::domain::values::check_code("--email-template", template)?;
    }
    check_payment_setup(
        tx,
        input.payment_method.unwrap_or(customer.payment_method),
        input.email_template.as_deref(),
    )?;
    let plan_interval = plan.as_ref().and_then(|p| p.interval);
    let interval = Interval {
        unit: input
            .interval
            .or(plan_interval.map(|i| i.unit))
            .unwrap_or(IntervalUnit::Month),
        every: input.every.or(plan_interval.map(|i| i.every)).unwrap_or(1),
    };
    let id = tx.next_code("SUB")?;
    let anchor = Timeline::first_billed_day(start, input.trial_end);
    let mut sub = Subscription {
        id: id.clone(),
        customer: customer.code.clone(),
        plan: plan.map(|p| p.code),
        start,
        trial_end: input.trial_end,
        end: input.end,
        prorate_end: input.end.is_some(),
        interval,
        bill: input.bill.unwrap_or(BillMode::Advance),
        anchor,
        restarted_on: None,
        next_period: 0,
        next_due_on: None,
        state: State::Active,
        cancelled_at: None,
        days_until_due: input.days_until_due,
        draft_invoices: input.draft_invoices,
        with_order: input.with_order,
        invoice_orders: input.invoice_orders,
        payment_method: input.payment_method,
        email_template: input.email_template.clone(),
        gateway_customer: None,
        gateway_payment_method: None,
        sales_order: input.sales_order.clone(),
        lines,
        pauses: Vec::new(),
        switch: None,
    };
    if sub.timeline().cadence.period(0).is_none() {
        return Err(Error::invalid(
            "--start",
            format!(
                "a first period from {anchor} would end after {LAST_DATE}; dates are years 1900 to 2199"
            ),
        ));
    }
    let first_due = sub.timeline().period(0).map(|p| p.due_on);
    sub.finish_or_schedule(first_due, anchor);
    tx.subscription_insert(&sub, now)?;
    tx.audit(
        &format!("subscription:{id}"),
        &json!({ "customer": sub.customer, "plan": sub.plan, "start": start, "interval": interval.unit.as_str(),
                 "every": interval.every, "bill": sub.bill.as_str(), "trial_end": sub.trial_end, "end": sub.end,
                 "sales_order": sub.sales_order,
                 "lines": sub.lines.iter().map(|l| json!({"item": l.item, "qty": l.qty.to_string(), "rate": l.rate.map(|r| r.to_string())})).collect::<Vec<_>>() }),
    )?;
    for (item, location) in &input.reserve {
        super::bookings::reserve(tx, &sub, Spot { item, location }, now)?;
    }
    super::credits::add_rules(tx, &sub, &input.credit_rules, now)?;
    let sub = find_subscription(tx, &id)?;
    super::time_units::check_lines(tx, &sub)?;
    if let Some(code) = &input.coupon {
        super::coupons::attach(tx, &sub, code, today, now)?;
    }
    Ok(sub)
}

/// What issuing an invoice will need for this payer is there now: the payment link for
/// `link`, and the e-mail template named.
fn check_payment_setup(tx: &Tx, method: PaymentMethod, template: Option<&str>) -> Result<()> {
    super::payment_requests::check_link_template(tx, method)?;
    if let Some(name) = template {
        if tx.template(name)?.is_none() {
            return Err(Error::not_found_hint(
                "template",
                name,
                format!(
                    "add it with `subs template add {name} --subject … --body-file …`, or give another --email-template"
                ),
            ));
        }
    }
    Ok(())
}

/// The lines of a plan, then the lines typed (`ITEM[:QTY][@RATE]`), billed every day.
pub(super) fn subscription_lines(
    tx: &Tx,
    plan: Option<&Plan>,
    specs: &[LineSpec],
) -> Result<Vec<SubscriptionLine>> {
    let mut lines = Vec::new();
    if let Some(plan) = plan {
        lines.extend(plan.lines.iter().map(|l| SubscriptionLine {
            id: 0,
            item: l.item.clone(),
            qty: l.qty,
            uom: l.uom.clone(),
            rate: l.rate,
            from: None,
            until: None,
        }));
    }
    for spec in specs {
        let item = typed_line_item(tx, spec)?;
        lines.push(SubscriptionLine {
            id: 0,
            uom: item.uom,
            item: item.code,
            qty: spec.qty,
            rate: spec.rate,
            from: None,
            until: None,
        });
    }
    Ok(lines)
}

fn info(tx: &Tx, sub: Subscription, today: NaiveDate) -> Result<SubscriptionInfo> {
    let outstanding = tx.subscription_outstanding(&sub.id)?;
    let coupon = tx.subscription_coupon(&sub.id)?.map(|c| c.coupon.code);
    Ok(SubscriptionInfo {
        coupon,
        ..SubscriptionInfo::new(sub, today, outstanding)
    })
}

pub fn get(s: &mut Session, id: &SubscriptionId) -> Result<SubscriptionInfo> {
    let today = s.today();
    s.store
        .read(|tx| info(tx, find_subscription(tx, id)?, today))
}

pub fn list(
    s: &mut Session,
    customer: Option<&CustomerCode>,
    mut each: impl FnMut(SubscriptionInfo) -> Result<()>,
) -> Result<()> {
    let today = s.today();
    s.store.read(|tx| {
        if let Some(c) = customer {
            find_customer(tx, c)?;
        }
        tx.subscriptions_each(customer.map(CustomerCode::as_str), |sub| {
            each(info(tx, sub, today)?)
        })
    })
}

/// Changes to the settings of a subscription; its dates and interval stay (history).
#[derive(Debug, Default)]
pub struct SubscriptionEdit {
    pub lines: Option<Vec<LineSpec>>,
    pub days_until_due: Option<u32>,
    pub draft_invoices: Option<bool>,
    pub with_order: Option<bool>,
    pub invoice_orders: Option<bool>,
    pub payment_method: Option<Option<PaymentMethod>>,
    pub email_template: Option<Option<String>>,
    /// `--coupon CODE`: a discount from the next period billed, replacing any other.
    pub coupon: Option<String>,
    /// The payer's references at its gateway, for charges of a saved card or mandate.
    pub gateway_customer: Option<String>,
    pub gateway_payment_method: Option<String>,
}

pub fn edit(s: &mut Session, id: &SubscriptionId, edit: SubscriptionEdit) -> Result<Subscription> {
    let id = id.as_str();
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let mut sub = find_subscription(tx, id)?;
        if let Some(specs) = &edit.lines {
            let mut lines = Vec::new();
            for spec in specs {
                let item = typed_line_item(tx, spec)?;
                lines.push(SubscriptionLine { id: 0, item: item.code, qty: spec.qty, uom: item.uom, rate: spec.rate, from: None, until: None });
            }
            tx.subscription_replace_lines(id, &lines)?;
        }
        if let Some(days) = edit.days_until_due {
            sub.days_until_due = Some(days);
        }
        if let Some(v) = edit.draft_invoices {
            sub.draft_invoices = v;
        }
        if let Some(v) = edit.with_order {
            sub.with_order = v;
        }
        if let Some(v) = edit.invoice_orders {
            sub.invoice_orders = v;
        }
        if let Some(v) = edit.payment_method {
            sub.payment_method = v;
        }
        if let Some(v) = edit.email_template.clone() {
            sub.email_template = v;
        }
        let customer = find_customer(tx, &sub.customer)?;
        check_payment_setup(
            tx,
            sub.payment_method.unwrap_or(customer.payment_method),
            sub.email_template.as_deref(),
        )?;
        tx.subscription_update(&sub)?;
        let gateway_customer = edit.gateway_customer.as_deref().map(|r| values::non_empty("--gateway-customer", r)).transpose()?;
        let gateway_method = edit.gateway_payment_method.as_deref().map(|r| values::non_empty("--gateway-payment-method", r)).transpose()?;
        if gateway_customer.is_some() || gateway_method.is_some() {
            tx.subscription_set_gateway_refs(id, gateway_customer.as_deref(), gateway_method.as_deref())?;
        }
        tx.audit(
            &format!("subscription:{id}"),
            &json!({ "gateway_customer": gateway_customer, "gateway_payment_method": gateway_method, "edit": { "lines": edit.lines.as_ref().map(|l| l.len()), "days_until_due": sub.days_until_due,
                     "draft_invoices": sub.draft_invoices, "with_order": sub.with_order,
                     "payment_method": sub.payment_method.map(PaymentMethod::as_str), "email_template": sub.email_template } }),
        )?;
        let sub = find_subscription(tx, id)?;
        super::time_units::check_lines(tx, &sub)?;
        if let Some(code) = &edit.coupon {
            super::coupons::attach(tx, &sub, code, today, &now)?;
        }
        Ok(sub)
    })
}

/// One upcoming period and what it would bill.
#[derive(Debug, Clone)]
pub struct PreviewPeriod {
    pub period: BillingPeriod,
    pub lines: Vec<NewLine>,
    pub totals: Option<Totals>,
    /// The net of the usage lines among `lines` (usage recorded, not billed yet).
    pub usage: i64,
    pub error: Option<String>,
}

/// The next `count` periods of a subscription priced as they would be, writing nothing.
pub fn preview(
    s: &mut Session,
    id: &SubscriptionId,
    count: usize,
) -> Result<(Subscription, Vec<PreviewPeriod>)> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.read(|tx| {
        let original = find_subscription(tx, id)?;
        let books = Books::load(tx, today, &now)?;
        let customer = find_customer(tx, &original.customer)?;
        let mut sub = original.clone();
        let mut out = Vec::new();
        if sub.state != State::Active {
            return Ok((original, out));
        }
        // Usage recorded and not billed yet rides on the first previewed invoice whose
        // cut-off reaches it, as `tick` would bill it.
        let mut usage_taken: Vec<i64> = Vec::new();
        let mut index = sub.next_period;
        while out.len() < count {
            let period = match sub.timeline().period(index) {
                Some(period) => period,
                // A change of interval: the next periods are the new run's.
                None if sub.start_switched_run() => {
                    index = 0;
                    continue;
                }
                None => break,
            };
            index += 1;
            let subscriber = Subscriber {
                subscription: &sub,
                customer: &customer,
            };
            let through = crate::domain::usage::billed_through(sub.bill, &period);
            let priced = period_lines(tx, &books, subscriber, &period)
                .and_then(|mut lines| {
                    let usage =
                        metering::usage_lines(tx, &books, subscriber, through, &usage_taken)?;
                    lines.extend(usage.lines.iter().cloned());
                    Ok((lines, usage))
                })
                .and_then(|(lines, usage)| {
                    crate::domain::invoice::totals(
                        lines.iter().map(|l| (l.vat_rate, l.amount.net)),
                        books.digits,
                    )
                    .map_err(|e| e.at("lines"))
                    .map(|totals| (lines, totals, usage))
                });
            match priced {
                Ok((lines, totals, usage)) => {
                    usage_taken.extend(&usage.ids);
                    out.push(PreviewPeriod {
                        period,
                        lines,
                        totals: Some(totals),
                        usage: usage.net(),
                        error: None,
                    });
                }
                Err(e) => out.push(PreviewPeriod {
                    period,
                    lines: Vec::new(),
                    totals: None,
                    usage: 0,
                    error: Some(e.to_string()),
                }),
            }
        }
        Ok((original, out))
    })
}

/// Restarts a cancelled or completed subscription on `on` (default today): a new run of
/// periods anchored on that day.
pub fn restart(
    s: &mut Session,
    id: &SubscriptionId,
    on: Option<NaiveDate>,
) -> Result<Subscription> {
    let id = id.as_str();
    let today = s.today();
    let date = on.unwrap_or(today);
    s.store.write(|tx| {
        let mut sub = find_subscription(tx, id)?;
        sub.check_restartable(date)?;
        // A pause of the ended run does not reach into the new one.
        for pause in sub
            .pauses
            .iter()
            .filter(|p| p.until.is_none_or(|u| u >= date))
        {
            if pause.from >= date {
                tx.pause_delete(pause.id)?;
            } else {
                tx.pause_set_until(pause.id, date.pred_opt())?;
            }
        }
        sub.anchor = date;
        sub.restarted_on = Some(date);
        sub.next_period = 0;
        sub.end = None;
        sub.prorate_end = false;
        sub.cancelled_at = None;
        sub.state = State::Active;
        let first_due = sub.timeline().period(0).map(|p| p.due_on);
        sub.finish_or_schedule(first_due, today);
        tx.subscription_update(&sub)?;
        super::credits::reschedule_rules(tx, &sub)?;
        tx.audit(
            &format!("subscription:{id}"),
            &json!({ "restarted_on": date }),
        )?;
        find_subscription(tx, id)
    })
}
