//! Subscriptions and plans as the rest of the code sees them, and the status a
//! subscription shows on a given day.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::billing::{BillMode, Timeline};
use crate::domain::customer::PaymentMethod;
use crate::domain::period::Interval;

#[derive(Debug, Clone, PartialEq)]
pub struct PlanLine {
    pub item: String,
    pub qty: Decimal,
    pub uom: String,
    /// `None`: priced from the price list.
    pub rate: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub code: String,
    pub name: String,
    pub interval: Option<Interval>,
    pub lines: Vec<PlanLine>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionLine {
    pub id: i64,
    pub item: String,
    pub qty: Decimal,
    pub uom: String,
    pub rate: Option<Decimal>,
}

/// What the store keeps of a subscription's life; the shown status is derived from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Active,
    Cancelled,
    Completed,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Active => "active",
            State::Cancelled => "cancelled",
            State::Completed => "completed",
        }
    }

    pub fn parse(text: &str) -> Option<State> {
        match text {
            "active" => Some(State::Active),
            "cancelled" => Some(State::Cancelled),
            "completed" => Some(State::Completed),
            _ => None,
        }
    }
}

/// The status CLI.md promises: trialing, active, cancelling, cancelled, completed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Trialing,
    Active,
    Cancelling,
    Cancelled,
    Completed,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Trialing,
        Status::Active,
        Status::Cancelling,
        Status::Cancelled,
        Status::Completed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Trialing => "trialing",
            Status::Active => "active",
            Status::Cancelling => "cancelling",
            Status::Cancelled => "cancelled",
            Status::Completed => "completed",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Subscription {
    pub id: String,
    pub customer: String,
    pub plan: Option<String>,
    pub start: NaiveDate,
    pub trial_end: Option<NaiveDate>,
    /// Last day of service (an end given at creation, or the cancellation date).
    pub end: Option<NaiveDate>,
    pub prorate_end: bool,
    pub interval: Interval,
    pub bill: BillMode,
    /// First day of period 0 of the current run.
    pub anchor: NaiveDate,
    pub restarted_on: Option<NaiveDate>,
    pub next_period: u64,
    pub next_due_on: Option<NaiveDate>,
    pub state: State,
    /// When the cancellation was recorded.
    pub cancelled_at: Option<String>,
    pub days_until_due: Option<u32>,
    pub draft_invoices: bool,
    pub with_order: bool,
    pub invoice_orders: bool,
    pub payment_method: Option<PaymentMethod>,
    pub email_template: Option<String>,
    pub gateway_customer: Option<String>,
    pub gateway_payment_method: Option<String>,
    pub sales_order: Option<String>,
    pub lines: Vec<SubscriptionLine>,
}

impl Subscription {
    pub fn timeline(&self) -> Timeline {
        Timeline::new(
            self.anchor,
            self.interval,
            self.end,
            self.prorate_end,
            self.bill,
        )
    }

    /// The first day of the current run: the start, or the restart date.
    pub fn run_start(&self) -> NaiveDate {
        self.restarted_on.unwrap_or(self.start)
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled_at.is_some()
    }

    pub fn status(&self, today: NaiveDate) -> Status {
        match self.state {
            State::Completed => Status::Completed,
            State::Cancelled => Status::Cancelled,
            State::Active if self.is_cancelled() => Status::Cancelling,
            State::Active
                if self.trial_end.is_some_and(|t| today <= t) && self.restarted_on.is_none() =>
            {
                Status::Trialing
            }
            State::Active => Status::Active,
        }
    }
}
