//! Sales orders.

use serde::Serialize;

use super::fields::date;
use crate::domain::invoice::draft_reference;
use crate::domain::money::{format_decimal, format_minor, format_rate, minor_digits};
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
