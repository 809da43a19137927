//! The records scripts read: one flat struct per kind, field names as in CLI.md. Amounts
//! and decimals are strings, dates `YYYY-MM-DD`, missing values `null` (empty in CSV).

use serde::Serialize;

use crate::domain::audit::{AuditEntry, ChainHead};
use crate::domain::catalogue::{
    Item, ItemGroup, ItemPrice, PriceList, Uom, UomConversion, VatRate,
};
use crate::domain::customer::Customer;
use crate::domain::money::format_decimal;
use crate::domain::settings::SettingValue;

#[derive(Debug, Default, Serialize)]
pub struct CustomerView {
    pub code: String,
    pub name: String,
    pub email: Option<String>,
    pub address: Option<String>,
    pub price_list: Option<String>,
    pub vat_id: Option<String>,
    pub siren: Option<String>,
    pub kind: String,
    pub payment_method: String,
    pub disabled: bool,
    pub iban: Option<String>,
    pub bic: Option<String>,
    pub mandate_id: Option<String>,
    pub mandate_signed_on: Option<String>,
}

impl From<&Customer> for CustomerView {
    fn from(c: &Customer) -> Self {
        CustomerView {
            code: c.code.clone(),
            name: c.name.clone(),
            email: c.email.clone(),
            address: c.address.clone(),
            price_list: c.price_list.clone(),
            vat_id: c.vat_id.clone(),
            siren: c.siren.clone(),
            kind: c.kind.as_str().into(),
            payment_method: c.payment_method.as_str().into(),
            disabled: c.disabled,
            iban: c.mandate.iban.clone(),
            bic: c.mandate.bic.clone(),
            mandate_id: c.mandate.id.clone(),
            mandate_signed_on: c.mandate.signed_on.map(|d| d.to_string()),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct ItemView {
    pub code: String,
    pub name: String,
    pub group: Option<String>,
    pub uom: String,
    pub recurring: bool,
    pub vat_rate: String,
    pub published: bool,
    pub booking_uoms: String,
    pub description: Option<String>,
    pub disabled: bool,
}

impl From<&Item> for ItemView {
    fn from(i: &Item) -> Self {
        ItemView {
            code: i.code.clone(),
            name: i.name.clone(),
            group: i.group.clone(),
            uom: i.uom.clone(),
            recurring: i.recurring,
            vat_rate: format_decimal(i.vat_rate),
            published: i.published,
            booking_uoms: i.booking_uoms.join(" "),
            description: i.description.clone(),
            disabled: i.disabled,
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct UomView {
    pub code: String,
    pub name: String,
}

impl From<&Uom> for UomView {
    fn from(u: &Uom) -> Self {
        UomView {
            code: u.code.clone(),
            name: u.name.clone(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct ConversionView {
    pub item: String,
    pub from: String,
    pub to: String,
    pub factor: String,
}

impl From<&UomConversion> for ConversionView {
    fn from(c: &UomConversion) -> Self {
        ConversionView {
            item: c.item.clone(),
            from: c.from.clone(),
            to: c.to.clone(),
            factor: format_decimal(c.factor),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct ItemGroupView {
    pub name: String,
    pub parent: Option<String>,
    pub path: String,
}

impl ItemGroupView {
    pub fn new(group: &ItemGroup, path: &str) -> Self {
        ItemGroupView {
            name: group.name.clone(),
            parent: group.parent.clone(),
            path: path.to_string(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct PriceListView {
    pub name: String,
    pub currency: String,
    pub default: bool,
}

impl From<&PriceList> for PriceListView {
    fn from(p: &PriceList) -> Self {
        PriceListView {
            name: p.name.clone(),
            currency: p.currency.clone(),
            default: p.is_default,
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct PriceView {
    pub item: String,
    pub price_list: String,
    pub uom: String,
    pub rate: String,
    pub valid_from: Option<String>,
    pub valid_to: Option<String>,
}

impl PriceView {
    /// `digits`: the minor digits of the price list's currency.
    pub fn new(p: &ItemPrice, digits: u32) -> Self {
        PriceView {
            item: p.item.clone(),
            price_list: p.price_list.clone(),
            uom: p.uom.clone(),
            rate: crate::domain::money::format_rate(p.rate, digits),
            valid_from: p.valid_from.map(|d| d.to_string()),
            valid_to: p.valid_to.map(|d| d.to_string()),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct VatView {
    pub code: String,
    pub rate: String,
    pub default: bool,
}

impl From<&VatRate> for VatView {
    fn from(v: &VatRate) -> Self {
        VatView {
            code: v.code.clone(),
            rate: format_decimal(v.rate),
            default: v.is_default,
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct SettingView {
    pub key: String,
    pub value: Option<String>,
    pub default: bool,
    pub help: String,
}

impl From<&SettingValue> for SettingView {
    fn from(s: &SettingValue) -> Self {
        SettingView {
            key: s.key.into(),
            value: s.value.clone(),
            default: s.is_default,
            help: s.help.into(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct AuditView {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub command: String,
    pub entity: String,
    pub change: String,
}

impl From<AuditEntry> for AuditView {
    fn from(e: AuditEntry) -> Self {
        AuditView {
            id: e.id,
            at: e.at,
            actor: e.actor,
            command: e.command,
            entity: e.entity,
            change: e.change,
        }
    }
}

/// The head of the audit chain (`log verify`, `db backup`): worth keeping somewhere else,
/// so that a later rewrite of the chain can be told from the original.
#[derive(Debug, Default, Serialize)]
pub struct ChainView {
    pub entries: i64,
    pub head: String,
    /// Issued documents whose recorded chain head was checked (`log verify` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchors_checked: Option<u64>,
}

impl From<&ChainHead> for ChainView {
    fn from(head: &ChainHead) -> Self {
        ChainView {
            entries: head.length,
            head: head.hash.clone(),
            anchors_checked: None,
        }
    }
}

// ── billing ──

use crate::domain::invoice::{Invoice, InvoiceLine, VatAmount, draft_reference};
use crate::domain::money::{format_minor, format_rate, minor_digits};
use crate::domain::subscription::SubscriptionInfo;
use crate::domain::subscription::{Plan, Subscription};

fn date(d: Option<chrono::NaiveDate>) -> Option<String> {
    d.map(|d| d.to_string())
}

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
}

impl SubscriptionView {
    pub fn new(info: &SubscriptionInfo, today: chrono::NaiveDate, digits: u32) -> Self {
        let s = &info.subscription;
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
                })
                .collect(),
            reservations,
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
    pub failed: Vec<FailureView>,
}

// ── orders ──

use crate::domain::order::Order;

#[derive(Debug, Default, Serialize)]
pub struct OrderView {
    pub id: String,
    pub customer: String,
    pub date: String,
    pub status: String,
    pub subscription: Option<String>,
    pub period_start: Option<String>,
    pub period_end: Option<String>,
    pub invoice: Option<String>,
    pub currency: String,
    pub net_total: String,
}

impl OrderView {
    pub fn new(order: &Order) -> Self {
        let digits = minor_digits(&order.currency);
        OrderView {
            id: order.id.clone(),
            customer: order.customer.clone(),
            date: order.date.to_string(),
            status: order.status.as_str().into(),
            subscription: order.subscription.clone(),
            period_start: date(order.period_start),
            period_end: date(order.period_end),
            invoice: order
                .invoice_number
                .clone()
                .or(order.invoice.map(draft_reference)),
            currency: order.currency.clone(),
            net_total: format_minor(order.lines.iter().map(|l| l.line.amount.net).sum(), digits),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct OrderLineView {
    pub item: String,
    pub description: String,
    pub qty: String,
    pub uom: String,
    pub rate: String,
    pub net: String,
    pub vat_rate: String,
    pub period_start: Option<String>,
    pub period_end: Option<String>,
    pub recurring: bool,
    pub subscription: Option<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct OrderDetail {
    #[serde(flatten)]
    pub summary: OrderView,
    pub lines: Vec<OrderLineView>,
}

impl OrderDetail {
    pub fn new(order: &Order) -> Self {
        let digits = minor_digits(&order.currency);
        OrderDetail {
            summary: OrderView::new(order),
            lines: order
                .lines
                .iter()
                .map(|l| OrderLineView {
                    item: l.line.item.clone(),
                    description: l.line.description.clone(),
                    qty: format_decimal(l.line.qty),
                    uom: l.line.uom.clone(),
                    rate: format_rate(l.line.rate, digits),
                    net: format_minor(l.line.amount.net, digits),
                    vat_rate: format_decimal(l.line.vat_rate),
                    period_start: date(l.line.period.map(|p| p.start)),
                    period_end: date(l.line.period.map(|p| p.end)),
                    recurring: l.recurring,
                    subscription: l.subscription.clone(),
                })
                .collect(),
        }
    }
}

// ── payments ──

use crate::domain::payment::Recorded;

#[derive(Debug, Default, Serialize)]
pub struct PaymentView {
    pub id: String,
    pub customer: String,
    pub date: String,
    pub amount: String,
    pub currency: String,
    pub method: String,
    pub reference: Option<String>,
    pub allocated: String,
    pub unallocated: String,
    pub invoices: String,
    /// What was paid back of it (`payment refund`).
    pub refunded: String,
}

impl PaymentView {
    pub fn new(r: &Recorded) -> Self {
        let p = &r.payment;
        let digits = minor_digits(&p.currency);
        PaymentView {
            id: p.id.clone(),
            customer: p.customer.clone(),
            date: p.date.to_string(),
            amount: format_minor(p.amount, digits),
            currency: p.currency.clone(),
            method: p.method.as_str().into(),
            reference: p.reference.clone(),
            allocated: format_minor(p.amount - r.unallocated - r.refunded, digits),
            unallocated: format_minor(r.unallocated, digits),
            invoices: r
                .allocations
                .iter()
                .map(|(n, _)| n.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            refunded: format_minor(r.refunded, digits),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct AllocationView {
    pub invoice: String,
    pub amount: String,
}

#[derive(Debug, Default, Serialize)]
pub struct PaymentDetail {
    #[serde(flatten)]
    pub summary: PaymentView,
    pub allocations: Vec<AllocationView>,
}

impl PaymentDetail {
    pub fn new(r: &Recorded) -> Self {
        let digits = minor_digits(&r.payment.currency);
        PaymentDetail {
            summary: PaymentView::new(r),
            allocations: r
                .allocations
                .iter()
                .map(|(invoice, amount)| AllocationView {
                    invoice: invoice.clone(),
                    amount: format_minor(*amount, digits),
                })
                .collect(),
        }
    }
}

// ── bank ──

use crate::domain::bank::BankTransaction;
use crate::domain::bank::Matched;

#[derive(Debug, Default, Serialize)]
pub struct BankTransactionView {
    pub id: i64,
    pub date: String,
    pub amount: String,
    pub label: String,
    pub reference: Option<String>,
    pub counterparty: Option<String>,
    pub status: String,
    pub match_rule: Option<String>,
    pub customer: Option<String>,
    pub payment: Option<String>,
    pub currency: Option<String>,
    /// Why reconciliation left the line for a person.
    pub note: Option<String>,
}

impl From<&BankTransaction> for BankTransactionView {
    fn from(t: &BankTransaction) -> Self {
        let digits = t.line.currency.as_deref().map_or(2, minor_digits);
        BankTransactionView {
            id: t.id,
            date: t.line.date.to_string(),
            amount: format_minor(t.line.amount, digits),
            label: t.line.label.clone(),
            reference: t.line.reference.clone(),
            counterparty: t.line.counterparty.clone(),
            status: t.status.clone(),
            match_rule: t.match_rule.clone(),
            customer: t.customer.clone(),
            payment: t.payment.clone(),
            currency: t.line.currency.clone(),
            note: t.note.clone(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct BankMatchView {
    pub transaction: i64,
    pub rule: String,
    pub customer: String,
    pub payment: String,
    pub invoices: String,
}

impl From<&Matched> for BankMatchView {
    fn from(m: &Matched) -> Self {
        BankMatchView {
            transaction: m.transaction,
            rule: m.rule.clone(),
            customer: m.customer.clone(),
            payment: m.payment.clone(),
            invoices: m.invoices.join(" "),
        }
    }
}

// ── mail, payment requests, webhooks ──

use crate::domain::outbox::{OutboxMessage, Template};
use crate::domain::payment_request::PaymentRequest;

#[derive(Debug, Default, Serialize)]
pub struct TemplateView {
    pub name: String,
    pub subject: String,
    pub body: String,
}

impl From<&Template> for TemplateView {
    fn from(t: &Template) -> Self {
        TemplateView {
            name: t.name.clone(),
            subject: t.subject.clone(),
            body: t.body.clone(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct OutboxView {
    pub id: i64,
    pub status: String,
    pub recipients: String,
    pub subject: String,
    pub attachment: Option<String>,
    pub payment_request: Option<String>,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: String,
    pub sent_at: Option<String>,
    /// Why the message was withdrawn (status `cancelled`).
    pub reason: Option<String>,
}

impl From<&OutboxMessage> for OutboxView {
    fn from(m: &OutboxMessage) -> Self {
        OutboxView {
            id: m.id,
            status: m.status.clone(),
            recipients: m.recipients.clone(),
            subject: m.subject.clone(),
            attachment: m.attachment_name.clone(),
            payment_request: m.payment_request.clone(),
            attempts: m.attempts,
            last_error: m.last_error.clone(),
            created_at: m.created_at.clone(),
            sent_at: m.sent_at.clone(),
            reason: m.reason.clone(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct PaymentRequestView {
    pub id: String,
    pub invoice: String,
    pub customer: String,
    pub subscription: Option<String>,
    pub method: String,
    pub amount: String,
    pub currency: String,
    pub status: String,
    pub token: String,
    pub link: Option<String>,
    pub gateway_payment_id: Option<String>,
    pub failure: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

impl From<&PaymentRequest> for PaymentRequestView {
    fn from(r: &PaymentRequest) -> Self {
        PaymentRequestView {
            id: r.id.clone(),
            invoice: r.invoice_number.clone(),
            customer: r.customer.clone(),
            subscription: r.subscription.clone(),
            method: r.method.clone(),
            amount: format_minor(r.amount, minor_digits(&r.currency)),
            currency: r.currency.clone(),
            status: r.status.clone(),
            token: r.token.clone(),
            link: r.link.clone(),
            gateway_payment_id: r.gateway_payment_id.clone(),
            failure: r.failure.clone(),
            created_at: r.created_at.clone(),
            updated_at: r.updated_at.clone(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct WebhookView {
    pub event_id: String,
    pub kind: String,
    pub outcome: String,
}

// ── supplier bills ──

use crate::domain::bill::SupplierBill;

#[derive(Debug, Default, Serialize)]
pub struct BillView {
    pub id: String,
    pub supplier: String,
    pub date: String,
    pub due_date: String,
    pub reference: Option<String>,
    pub status: String,
    pub currency: String,
    pub net_total: String,
    pub tax_total: String,
    pub grand_total: String,
    pub paid_on: Option<String>,
}

impl BillView {
    /// The bill's totals are derived from its lines again (they were bounded when written).
    pub fn new(bill: &SupplierBill, today: chrono::NaiveDate) -> Result<Self, crate::error::Error> {
        let digits = minor_digits(&bill.currency);
        let totals = bill.totals(digits).map_err(|e| e.at(&bill.id))?;
        Ok(BillView {
            id: bill.id.clone(),
            supplier: bill.supplier.clone(),
            date: bill.date.to_string(),
            due_date: bill.due_date.to_string(),
            reference: bill.reference.clone(),
            status: bill.status(today).as_str().into(),
            currency: bill.currency.clone(),
            net_total: format_minor(totals.net, digits),
            tax_total: format_minor(totals.tax, digits),
            grand_total: format_minor(totals.grand, digits),
            paid_on: date(bill.paid_on),
        })
    }
}

#[derive(Debug, Default, Serialize)]
pub struct BillLineView {
    pub description: String,
    pub qty: String,
    pub rate: String,
    pub net: String,
    pub vat_rate: String,
}

#[derive(Debug, Default, Serialize)]
pub struct BillDetail {
    #[serde(flatten)]
    pub summary: BillView,
    pub lines: Vec<BillLineView>,
    pub vat: Vec<VatBreakdownView>,
}

impl BillDetail {
    pub fn new(bill: &SupplierBill, today: chrono::NaiveDate) -> Result<Self, crate::error::Error> {
        let digits = minor_digits(&bill.currency);
        Ok(BillDetail {
            summary: BillView::new(bill, today)?,
            lines: bill
                .lines
                .iter()
                .map(|l| BillLineView {
                    description: l.description.clone(),
                    qty: format_decimal(l.qty),
                    rate: format_rate(l.rate, digits),
                    net: format_minor(l.net, digits),
                    vat_rate: format_decimal(l.vat_rate),
                })
                .collect(),
            vat: bill
                .totals(digits)
                .map_err(|e| e.at(&bill.id))?
                .vat
                .iter()
                .map(|v| VatBreakdownView::new(v, digits))
                .collect(),
        })
    }
}

// ── repeats ──

use crate::domain::repeat::{Repeat, RepeatRun};
use crate::domain::schedule::DayRule;

#[derive(Debug, Default, Serialize)]
pub struct RepeatView {
    pub id: String,
    pub source: String,
    pub frequency: String,
    pub start: String,
    pub end: Option<String>,
    /// `N` (day of month), `last`, or empty (the start's day).
    pub day: Option<String>,
    pub issue: bool,
    pub notify: String,
    pub status: String,
    pub next_date: Option<String>,
}

impl From<&Repeat> for RepeatView {
    fn from(r: &Repeat) -> Self {
        RepeatView {
            id: r.id.clone(),
            source: r.source.describe(),
            frequency: r.schedule.frequency.as_str().into(),
            start: r.schedule.start.to_string(),
            end: date(r.schedule.end),
            day: match r.schedule.day {
                DayRule::StartDay => None,
                DayRule::Day(n) => Some(n.to_string()),
                DayRule::LastDay => Some("last".into()),
            },
            issue: r.issue,
            notify: r.notify.join(" "),
            status: r.status.as_str().into(),
            next_date: date(r.next_due_on),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct RepeatRunView {
    pub date: String,
    pub kind: String,
    pub document: String,
    pub notified: bool,
}

#[derive(Debug, Default, Serialize)]
pub struct RepeatDetail {
    #[serde(flatten)]
    pub summary: RepeatView,
    pub created: usize,
    pub runs: Vec<RepeatRunView>,
}

impl RepeatDetail {
    pub fn new(repeat: &Repeat, runs: &[(RepeatRun, bool)]) -> Self {
        RepeatDetail {
            summary: RepeatView::from(repeat),
            created: runs.len(),
            runs: runs
                .iter()
                .map(|(run, notified)| RepeatRunView {
                    date: run.date.to_string(),
                    kind: run.kind.as_str().into(),
                    document: run.document.clone(),
                    notified: *notified,
                })
                .collect(),
        }
    }
}

// ── contracts ──

use crate::domain::contract::{Contract, fulfilment};

#[derive(Debug, Default, Serialize)]
pub struct ContractView {
    pub id: String,
    pub customer: String,
    pub status: String,
    pub start: String,
    pub end: Option<String>,
    pub signed_on: Option<String>,
    pub subscriptions: String,
    pub fulfilment: String,
}

impl ContractView {
    pub fn new(c: &Contract, today: chrono::NaiveDate) -> Self {
        ContractView {
            id: c.id.clone(),
            customer: c.customer.clone(),
            status: c.status.as_str().into(),
            start: c.start.to_string(),
            end: date(c.end),
            signed_on: date(c.signed_on),
            subscriptions: c.subscriptions.join(" "),
            fulfilment: fulfilment(&c.fulfilment_terms, c.end, today)
                .as_str()
                .into(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct ContractTermView {
    pub number: u32,
    pub text: String,
    pub done_on: Option<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct ContractDetail {
    #[serde(flatten)]
    pub summary: ContractView,
    pub terms: Option<String>,
    pub fulfilment_terms: Vec<ContractTermView>,
}

impl ContractDetail {
    pub fn new(c: &Contract, today: chrono::NaiveDate) -> Self {
        ContractDetail {
            summary: ContractView::new(c, today),
            terms: c.terms.clone(),
            fulfilment_terms: c
                .fulfilment_terms
                .iter()
                .map(|t| ContractTermView {
                    number: t.number,
                    text: t.text.clone(),
                    done_on: date(t.done_on),
                })
                .collect(),
        }
    }
}

// ── booking credits, locations, bookings ──

use crate::domain::availability::{DayAvailability, SlotAvailability};
use crate::domain::booking::{BookingRecord, Location, ReservationRecord};
use crate::domain::credits::{Balance, CreditType, LedgerRecord, LotRecord, format_credits};

/// A company-local datetime as RFC 3339 with the zone's offset that day. A wall-clock
/// time that does not exist in the zone (never stored: bookings refuse it) is shown bare.
pub fn local_rfc3339(at: chrono::NaiveDateTime, tz: chrono_tz::Tz) -> String {
    crate::domain::local_time::local_to_utc(at, tz).map_or_else(
        || at.format("%Y-%m-%dT%H:%M:%S").to_string(),
        |instant| {
            instant
                .with_timezone(&tz)
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
        },
    )
}

#[derive(Debug, Default, Serialize)]
pub struct CreditTypeView {
    pub code: String,
    pub unit: String,
    pub sold_item: Option<String>,
    pub sold_uom: Option<String>,
    pub credits_per_unit: Option<String>,
    pub validity_days: Option<u32>,
    pub whole: bool,
    /// `ITEM:UOM:CREDITS` per booking unit, space-separated.
    pub costs: String,
}

impl From<&CreditType> for CreditTypeView {
    fn from(t: &CreditType) -> Self {
        CreditTypeView {
            code: t.code.clone(),
            unit: t.unit.clone(),
            sold_item: t.sold_as.as_ref().map(|(item, _, _)| item.clone()),
            sold_uom: t.sold_as.as_ref().map(|(_, uom, _)| uom.clone()),
            credits_per_unit: t.sold_as.as_ref().map(|(_, _, c)| format_credits(*c)),
            validity_days: t.validity_days,
            whole: t.whole,
            costs: t
                .costs
                .iter()
                .map(|c| {
                    format!(
                        "{}:{}:{}",
                        c.item,
                        c.uom,
                        format_credits(c.credits_per_unit)
                    )
                })
                .collect::<Vec<_>>()
                .join(" "),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct CreditBalanceView {
    pub customer: String,
    #[serde(rename = "type")]
    pub credit_type: String,
    pub unit: String,
    pub balance: String,
    pub next_expiry: Option<String>,
}

impl From<&Balance> for CreditBalanceView {
    fn from(b: &Balance) -> Self {
        CreditBalanceView {
            customer: b.customer.clone(),
            credit_type: b.credit_type.clone(),
            unit: b.unit.clone(),
            balance: format_credits(b.balance),
            next_expiry: date(b.next_expiry),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct CreditLotView {
    pub lot: i64,
    pub customer: String,
    #[serde(rename = "type")]
    pub credit_type: String,
    pub origin: String,
    pub quantity: String,
    pub remaining: String,
    pub starts: String,
    pub expires: Option<String>,
    pub expired: bool,
}

impl From<&LotRecord> for CreditLotView {
    fn from(r: &LotRecord) -> Self {
        CreditLotView {
            lot: r.lot.id,
            customer: r.customer.clone(),
            credit_type: r.credit_type.clone(),
            origin: r.origin.clone(),
            quantity: format_credits(r.lot.quantity),
            remaining: format_credits(r.lot.remaining),
            starts: r.lot.starts.to_string(),
            expires: date(r.lot.expires),
            expired: r.expired,
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct CreditLedgerView {
    pub date: String,
    pub customer: String,
    pub lot: i64,
    #[serde(rename = "type")]
    pub credit_type: String,
    pub kind: String,
    pub credits: String,
    pub origin: String,
    pub booking: Option<String>,
    pub reason: Option<String>,
}

impl From<&LedgerRecord> for CreditLedgerView {
    fn from(r: &LedgerRecord) -> Self {
        CreditLedgerView {
            date: r.date.to_string(),
            customer: r.customer.clone(),
            lot: r.entry.lot,
            credit_type: r.credit_type.clone(),
            kind: r.entry.kind.as_str().into(),
            credits: format_credits(r.entry.credits),
            origin: r.origin.clone(),
            booking: r.booking.clone(),
            reason: r.reason.clone(),
        }
    }
}

/// One row per (location, item); a location without items is one row with no item.
#[derive(Debug, Default, Serialize)]
pub struct LocationView {
    pub location: String,
    pub name: String,
    pub item: Option<String>,
    pub capacity: Option<u32>,
}

impl LocationView {
    pub fn rows(location: &Location) -> Vec<LocationView> {
        if location.capacities.is_empty() {
            return vec![LocationView {
                location: location.code.clone(),
                name: location.name.clone(),
                item: None,
                capacity: None,
            }];
        }
        location
            .capacities
            .iter()
            .map(|(item, capacity)| LocationView {
                location: location.code.clone(),
                name: location.name.clone(),
                item: Some(item.clone()),
                capacity: Some(*capacity),
            })
            .collect()
    }
}

impl From<&ReservationRecord> for ReservationView {
    fn from(r: &ReservationRecord) -> Self {
        ReservationView {
            item: r.item.clone(),
            location: r.location.clone(),
            from: r.from.to_string(),
            to: date(r.to),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct BookingView {
    pub id: String,
    pub customer: String,
    pub item: String,
    pub location: String,
    pub from: String,
    pub to: String,
    pub uom: String,
    pub units: String,
    pub pay: String,
    #[serde(rename = "type")]
    pub credit_type: Option<String>,
    pub credits: Option<String>,
    pub invoice: Option<String>,
    pub status: String,
    pub cancelled_at: Option<String>,
}

impl BookingView {
    pub fn new(b: &BookingRecord, tz: chrono_tz::Tz) -> Self {
        BookingView {
            id: b.id.clone(),
            customer: b.customer.clone(),
            item: b.item.clone(),
            location: b.location.clone(),
            from: local_rfc3339(b.from, tz),
            to: local_rfc3339(b.to, tz),
            uom: b.uom.clone(),
            units: format_decimal(b.units),
            pay: b.pay.as_str().into(),
            credit_type: b.credit_type.clone(),
            credits: b.credits.map(format_credits),
            invoice: b.invoice_number.clone().or(b.invoice.map(draft_reference)),
            status: b.status().into(),
            cancelled_at: b.cancelled_at.clone(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct DayAvailabilityView {
    pub date: String,
    pub capacity: u32,
    pub reserved: i64,
    pub booked: i64,
    pub free: i64,
}

impl From<&DayAvailability> for DayAvailabilityView {
    fn from(d: &DayAvailability) -> Self {
        DayAvailabilityView {
            date: d.date.to_string(),
            capacity: d.capacity,
            reserved: d.reserved,
            booked: d.booked,
            free: d.free,
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct SlotAvailabilityView {
    pub from: String,
    pub to: String,
    pub capacity: u32,
    pub reserved: i64,
    pub booked: i64,
    pub free: i64,
}

impl SlotAvailabilityView {
    pub fn new(s: &SlotAvailability, tz: chrono_tz::Tz) -> Self {
        SlotAvailabilityView {
            from: local_rfc3339(s.from, tz),
            to: local_rfc3339(s.to, tz),
            capacity: s.capacity,
            reserved: s.reserved,
            booked: s.booked,
            free: s.free,
        }
    }
}

/// One direct debit of a SEPA collection file.
#[derive(Debug, Default, Serialize)]
pub struct SepaCollectionView {
    pub invoice: String,
    pub customer: String,
    pub mandate_id: String,
    pub sequence: String,
    pub amount: String,
}

/// What `sepa export` did: the file, its totals, and what was left out.
#[derive(Debug, Default, Serialize)]
pub struct SepaExportView {
    /// `null` when there was nothing to collect.
    pub msg_id: Option<String>,
    pub file: Option<String>,
    pub collection_date: String,
    pub transactions: usize,
    pub control_sum: String,
    pub currency: String,
    pub skipped: usize,
    pub already_exported: usize,
    pub collections: Vec<SepaCollectionView>,
}
