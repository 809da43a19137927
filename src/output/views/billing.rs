//! Plans, subscriptions, invoices and what a tick did.

use serde::Serialize;

use super::fields::date;
use crate::domain::invoice::{Invoice, InvoiceLine, VatAmount};
use crate::domain::money::{format_decimal, format_minor, format_rate, minor_digits};
use crate::domain::subscription::{Plan, Subscription, SubscriptionInfo};

#[derive(Debug, Default, Serialize)]
pub struct PlanLineView {
    pub item: String,
    pub qty: String,
    pub uom: String,
    pub rate: Option<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct PlanView {
    pub code: String,
    pub name: String,
    pub interval: Option<String>,
    pub every: Option<u32>,
    pub lines: Vec<PlanLineView>,
}

#[derive(Debug, Default, Serialize)]
pub struct PlanRow {
    pub code: String,
    pub name: String,
    pub interval: Option<String>,
    pub every: Option<u32>,
    pub items: String,
}

impl PlanView {
    pub fn new(plan: &Plan, digits: u32) -> Self {
        PlanView {
            code: plan.code.clone(),
            name: plan.name.clone(),
            interval: plan.interval.map(|i| i.unit.as_str().into()),
            every: plan.interval.map(|i| i.every),
            lines: plan
                .lines
                .iter()
                .map(|l| PlanLineView {
                    item: l.item.clone(),
                    qty: format_decimal(l.qty),
                    uom: l.uom.clone(),
                    rate: l.rate.map(|r| format_rate(r, digits)),
                })
                .collect(),
        }
    }
}

impl PlanRow {
    pub fn new(plan: &Plan) -> Self {
        PlanRow {
            code: plan.code.clone(),
            name: plan.name.clone(),
            interval: plan.interval.map(|i| i.unit.as_str().into()),
            every: plan.interval.map(|i| i.every),
            items: plan
                .lines
                .iter()
                .map(|l| format!("{}:{}", l.item, format_decimal(l.qty)))
                .collect::<Vec<_>>()
                .join(" "),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct SubscriptionView {
    pub id: String,
    pub customer: String,
    pub status: String,
    pub start: String,
    pub end: Option<String>,
    pub trial_end: Option<String>,
    pub interval: String,
    pub every: u32,
    pub bill: String,
    pub current_period_start: Option<String>,
    pub current_period_end: Option<String>,
    pub next_invoice_date: Option<String>,
    pub outstanding: String,
    pub plan: Option<String>,
    pub payment_method: Option<String>,
    /// A pause holds today.
    pub paused: bool,
    /// The pause holding today, else the next one.
    pub pause_from: Option<String>,
    pub pause_until: Option<String>,
    /// The coupon the subscription carries.
    pub coupon: Option<String>,
}

impl SubscriptionView {
    pub fn new(info: &SubscriptionInfo, today: chrono::NaiveDate, digits: u32) -> Self {
        let s = &info.subscription;
        let pause = s.pauses.iter().find(|p| p.until.is_none_or(|u| u >= today));
        SubscriptionView {
            id: s.id.clone(),
            customer: s.customer.clone(),
            status: s.status(today).as_str().into(),
            start: s.start.to_string(),
            end: date(s.end),
            trial_end: date(s.trial_end),
            interval: s.interval.unit.as_str().into(),
            every: s.interval.every,
            bill: s.bill.as_str().into(),
            current_period_start: info.current_period.map(|p| p.start.to_string()),
            current_period_end: info.current_period.map(|p| p.end.to_string()),
            next_invoice_date: date(info.next_invoice_date),
            outstanding: format_minor(info.outstanding, digits),
            plan: s.plan.clone(),
            payment_method: s.payment_method.map(|m| m.as_str().into()),
            paused: s.pause_on(today).is_some(),
            pause_from: pause.map(|p| p.from.to_string()),
            pause_until: date(pause.and_then(|p| p.until)),
            coupon: info.coupon.clone(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct SubscriptionLineView {
    pub item: String,
    pub qty: String,
    pub uom: String,
    pub rate: Option<String>,
    pub price_source: String,
    /// First day billed, when a change started the line.
    pub from: Option<String>,
    /// Last day billed, when a change ended the line.
    pub until: Option<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct ReservationView {
    pub item: String,
    pub location: String,
    pub from: String,
    pub to: Option<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct SubscriptionDetail {
    #[serde(flatten)]
    pub summary: SubscriptionView,
    pub days_until_due: Option<u32>,
    pub draft_invoices: bool,
    pub with_order: bool,
    pub email_template: Option<String>,
    pub cancelled_at: Option<String>,
    pub gateway_customer: Option<String>,
    pub gateway_payment_method: Option<String>,
    pub lines: Vec<SubscriptionLineView>,
    pub reservations: Vec<ReservationView>,
    /// Usage recorded and not billed yet (`usage list --unbilled` for this subscription).
    pub usage: Vec<super::usage::UsageView>,
}

impl SubscriptionDetail {
    pub fn new(
        info: &SubscriptionInfo,
        today: chrono::NaiveDate,
        digits: u32,
        reservations: Vec<ReservationView>,
    ) -> Self {
        let s: &Subscription = &info.subscription;
        SubscriptionDetail {
            summary: SubscriptionView::new(info, today, digits),
            days_until_due: s.days_until_due,
            draft_invoices: s.draft_invoices,
            with_order: s.with_order,
            email_template: s.email_template.clone(),
            cancelled_at: s.cancelled_at.clone(),
            gateway_customer: s.gateway_customer.clone(),
            gateway_payment_method: s.gateway_payment_method.clone(),
            lines: s
                .lines
                .iter()
                .map(|l| SubscriptionLineView {
                    item: l.item.clone(),
                    qty: format_decimal(l.qty),
                    uom: l.uom.clone(),
                    rate: l.rate.map(|r| format_rate(r, digits)),
                    price_source: if l.rate.is_some() {
                        "fixed rate".into()
                    } else {
                        "price list".into()
                    },
                    from: date(l.from),
                    until: date(l.until),
                })
                .collect(),
            reservations,
            usage: Vec::new(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct InvoiceView {
    pub number: String,
    pub kind: String,
    pub status: String,
    pub payment_status: String,
    pub customer: String,
    pub subscription: Option<String>,
    pub issue_date: Option<String>,
    pub due_date: Option<String>,
    pub period_start: Option<String>,
    pub period_end: Option<String>,
    pub currency: String,
    pub net_total: String,
    pub tax_total: String,
    pub grand_total: String,
    pub outstanding: String,
    pub credits_invoice: Option<String>,
}

impl InvoiceView {
    pub fn new(inv: &Invoice, today: chrono::NaiveDate) -> Self {
        let digits = minor_digits(&inv.currency);
        let money = |m| format_minor(m, digits);
        InvoiceView {
            number: inv.reference(),
            kind: inv.kind.clone(),
            status: inv.status.clone(),
            payment_status: inv.payment_status(today).as_str().into(),
            customer: inv.customer.clone(),
            subscription: inv.subscription.clone(),
            issue_date: date(inv.issue_date),
            due_date: date(inv.due_date),
            period_start: date(inv.period_start),
            period_end: date(inv.period_end),
            currency: inv.currency.clone(),
            net_total: money(inv.net_total),
            tax_total: money(inv.tax_total),
            grand_total: money(inv.grand_total),
            outstanding: money(inv.outstanding()),
            credits_invoice: inv.credits_number.clone(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct InvoiceLineView {
    pub item: String,
    pub description: String,
    pub qty: String,
    pub uom: String,
    pub rate: String,
    pub factor: String,
    pub net: String,
    pub vat_rate: String,
    pub period_start: Option<String>,
    pub period_end: Option<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct VatBreakdownView {
    pub rate: String,
    pub base: String,
    pub tax: String,
}

impl VatBreakdownView {
    pub fn new(v: &VatAmount, digits: u32) -> Self {
        VatBreakdownView {
            rate: format_decimal(v.rate),
            base: format_minor(v.base, digits),
            tax: format_minor(v.tax, digits),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct InvoiceDetail {
    #[serde(flatten)]
    pub summary: InvoiceView,
    pub customer_name: Option<String>,
    pub customer_address: Option<String>,
    pub sales_order: Option<String>,
    pub reason: Option<String>,
    pub lines: Vec<InvoiceLineView>,
    pub vat: Vec<VatBreakdownView>,
}

impl InvoiceDetail {
    pub fn new(
        inv: &Invoice,
        lines: &[InvoiceLine],
        vat: &[VatAmount],
        today: chrono::NaiveDate,
    ) -> Self {
        let digits = minor_digits(&inv.currency);
        InvoiceDetail {
            summary: InvoiceView::new(inv, today),
            customer_name: inv.customer_name.clone(),
            customer_address: inv.customer_address.clone(),
            sales_order: inv.sales_order.clone(),
            reason: inv.reason.clone(),
            lines: lines
                .iter()
                .map(|l| InvoiceLineView {
                    item: l.item.clone(),
                    description: l.description.clone(),
                    qty: format_decimal(l.qty),
                    uom: l.uom.clone(),
                    rate: format_rate(l.rate, digits),
                    factor: l.factor.clone(),
                    net: format_minor(l.net, digits),
                    vat_rate: format_decimal(l.vat_rate),
                    period_start: date(l.period_start),
                    period_end: date(l.period_end),
                })
                .collect(),
            vat: vat
                .iter()
                .map(|v| VatBreakdownView::new(v, digits))
                .collect(),
        }
    }
}

/// One line of `invoice explain`: how its amount was reached.
#[derive(Debug, Default, Serialize)]
pub struct ExplainLineView {
    pub line: i64,
    pub item: String,
    pub period_start: Option<String>,
    pub period_end: Option<String>,
    pub days: Option<i64>,
    pub period_days: Option<i64>,
    pub factor: String,
    pub qty: String,
    pub rate: String,
    pub unrounded: String,
    pub rounded: String,
    pub price_source: String,
}

impl ExplainLineView {
    pub fn new(line: &InvoiceLine, digits: u32) -> Self {
        ExplainLineView {
            line: line.position,
            item: line.item.clone(),
            period_start: date(line.period_start),
            period_end: date(line.period_end),
            days: line.days,
            period_days: line.period_days,
            factor: line.factor.clone(),
            qty: format_decimal(line.qty),
            rate: format_rate(line.rate, digits),
            unrounded: format_rate(line.unrounded, digits),
            rounded: format_minor(line.net, digits),
            price_source: line.price_source.clone(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct FailureView {
    pub unit: String,
    pub error: String,
}

#[derive(Debug, Default, Serialize)]
pub struct TickView {
    pub now: String,
    pub invoices: u64,
    pub credit_notes: u64,
    pub orders: u64,
    pub payment_requests: u64,
    pub emails: u64,
    pub credits_granted: u64,
    pub credits_expired: u64,
    pub repeats: u64,
    pub completed: u64,
    pub charges: u64,
    pub charges_declined: u64,
    pub reminders: u64,
    pub failed: Vec<FailureView>,
}
