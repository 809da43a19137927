//! Payments and what they settled.

use serde::Serialize;

use crate::domain::money::{format_minor, minor_digits};
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
