//! Sales orders: what a customer ordered, priced when ordered. Recurring lines become
//! subscriptions when the order is confirmed; the others are invoiced from the order.

use chrono::NaiveDate;

use crate::domain::invoice::{NewLine, Totals, totals};
use crate::domain::money::OutOfRange;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderStatus {
    Draft,
    ToInvoice,
    Invoiced,
    Completed,
    Cancelled,
}

impl OrderStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            OrderStatus::Draft => "draft",
            OrderStatus::ToInvoice => "to_invoice",
            OrderStatus::Invoiced => "invoiced",
            OrderStatus::Completed => "completed",
            OrderStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [
            OrderStatus::Draft,
            OrderStatus::ToInvoice,
            OrderStatus::Invoiced,
            OrderStatus::Completed,
            OrderStatus::Cancelled,
        ]
        .into_iter()
        .find(|s| s.as_str() == text)
    }
}

/// A priced order line, and what it is for.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderLine {
    pub id: i64,
    pub line: NewLine,
    /// The rate was typed, not looked up: a subscription made from it keeps it.
    pub fixed_rate: bool,
    /// A recurring item: confirming the order makes it a subscription.
    pub recurring: bool,
    /// First day of the subscription made from this line (else the order date).
    pub start_date: Option<NaiveDate>,
    /// The subscription made from this line, once confirmed.
    pub subscription: Option<String>,
}

impl OrderLine {
    /// A line of an order for a subscription's period: already a subscription's, so
    /// nothing to subscribe to when the order is confirmed.
    pub fn of_period(line: NewLine) -> Self {
        OrderLine {
            id: 0,
            line,
            fixed_rate: false,
            recurring: false,
            start_date: None,
            subscription: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Order {
    pub id: String,
    pub customer: String,
    pub date: NaiveDate,
    pub status: OrderStatus,
    pub subscription: Option<String>,
    pub period_start: Option<NaiveDate>,
    pub period_end: Option<NaiveDate>,
    pub invoice: Option<i64>,
    pub invoice_number: Option<String>,
    pub currency: String,
    pub due_from: Option<NaiveDate>,
    pub days_until_due: Option<u32>,
    pub lines: Vec<OrderLine>,
}

impl Order {
    /// The lines invoiced from the order (not the ones that became subscriptions).
    pub fn billable_lines(&self) -> impl Iterator<Item = &OrderLine> {
        self.lines.iter().filter(|l| !l.recurring)
    }

    /// The totals of all its lines, by the invoice rules (checked against the bound).
    pub fn totals(&self, digits: u32) -> Result<Totals, OutOfRange> {
        totals(
            self.lines
                .iter()
                .map(|l| (l.line.vat_rate, l.line.amount.net)),
            digits,
        )
    }
}
