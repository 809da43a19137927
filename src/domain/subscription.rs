//! Subscriptions and plans as the rest of the code sees them, and the status a
//! subscription shows on a given day.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::billing::{BillMode, Timeline};
use crate::domain::customer::PaymentMethod;
use crate::domain::pause::{Pause, Validity, pause_on};
use crate::domain::period::{Interval, Period};
use crate::domain::values::add_days;
use crate::error::Error;

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
    /// First day billed, when a change started the line (else from the start).
    pub from: Option<NaiveDate>,
    /// Last day billed, when a change ended the line (else through the end).
    pub until: Option<NaiveDate>,
}

impl SubscriptionLine {
    pub fn validity(&self) -> Validity {
        Validity {
            from: self.from,
            until: self.until,
        }
    }
}

/// A change of interval waiting to take effect: the current run of periods ends the day
/// before `on`, and a new run of `interval` starts on `on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunSwitch {
    pub on: NaiveDate,
    pub interval: Interval,
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
    /// A pause holds today (issue 13 §4).
    Paused,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Trialing,
        Status::Active,
        Status::Cancelling,
        Status::Cancelled,
        Status::Completed,
        Status::Paused,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Trialing => "trialing",
            Status::Active => "active",
            Status::Cancelling => "cancelling",
            Status::Cancelled => "cancelled",
            Status::Completed => "completed",
            Status::Paused => "paused",
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
    /// Its pauses, in date order.
    pub pauses: Vec<Pause>,
    /// A change of interval not yet taken effect.
    pub switch: Option<RunSwitch>,
}

impl Subscription {
    /// The current run's periods; a pending change of interval ends the run, prorated, the
    /// day before it.
    pub fn timeline(&self) -> Timeline {
        if let Some(switch) = self.switch {
            if self.end.is_none_or(|end| end >= switch.on) {
                return Timeline::new(
                    self.anchor,
                    self.interval,
                    switch.on.pred_opt(),
                    true,
                    self.bill,
                );
            }
        }
        Timeline::new(
            self.anchor,
            self.interval,
            self.end,
            self.prorate_end,
            self.bill,
        )
    }

    /// Starts the new run of a pending change of interval; false when none is pending.
    pub fn start_switched_run(&mut self) -> bool {
        let Some(switch) = self.switch.take() else {
            return false;
        };
        if self.end.is_some_and(|end| end < switch.on) {
            return false;
        }
        self.anchor = switch.on;
        self.interval = switch.interval;
        self.next_period = 0;
        true
    }

    /// The pause holding `date`, if any.
    pub fn pause_on(&self, date: NaiveDate) -> Option<&Pause> {
        pause_on(&self.pauses, date)
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
            State::Active if self.pause_on(today).is_some() => Status::Paused,
            State::Active
                if self.trial_end.is_some_and(|t| today <= t) && self.restarted_on.is_none() =>
            {
                Status::Trialing
            }
            State::Active => Status::Active,
        }
    }

    /// Sets when the subscription next needs a tick, given the day its next period falls
    /// due (`None`: no period is left to bill); true when it has just ended. A subscription
    /// whose last day is past ends (`cancelled` if it was cancelled, else `completed`); one
    /// whose last day is still ahead is looked at again the day after it.
    pub fn finish_or_schedule(&mut self, next_due_on: Option<NaiveDate>, today: NaiveDate) -> bool {
        if let Some(due) = next_due_on {
            self.next_due_on = Some(due);
            return false;
        }
        match self.end {
            Some(end) if end < today => {
                self.next_due_on = None;
                self.state = if self.is_cancelled() {
                    State::Cancelled
                } else {
                    State::Completed
                };
                true
            }
            Some(end) => {
                self.next_due_on = add_days(end, 1);
                false
            }
            None => {
                self.next_due_on = None;
                false
            }
        }
    }

    /// Refuses to cancel a subscription that is cancelled, cancelling or completed.
    pub fn check_cancellable(&self) -> Result<(), Error> {
        let id = &self.id;
        match self.state {
            State::Cancelled => Err(Error::refused(format!(
                "subscription {id} is already cancelled (last day {})",
                day_or_unknown(self.end)
            ))),
            State::Completed => Err(Error::refused(format!(
                "subscription {id} is already completed (ended {})",
                day_or_unknown(self.end)
            ))),
            State::Active if self.is_cancelled() => Err(Error::refused(format!(
                "subscription {id} is already cancelled (last day {})",
                day_or_unknown(self.end)
            ))),
            State::Active => Ok(()),
        }
    }

    /// The last day of service a cancellation gives: `on` when it falls within the current
    /// run and not after an end already set, else (no `on`) the default of
    /// [`Subscription::default_last_day`].
    pub fn cancellation_last_day(
        &self,
        on: Option<NaiveDate>,
        today: NaiveDate,
    ) -> Result<NaiveDate, Error> {
        let Some(date) = on else {
            return Ok(self.default_last_day(today));
        };
        if date < self.run_start() {
            return Err(Error::invalid(
                "--on",
                format!(
                    "{date} is before the subscription's start {}",
                    self.run_start()
                ),
            ));
        }
        if let Some(end) = self.end {
            if date > end {
                return Err(Error::refused(format!(
                    "subscription {} already ends on {end}; cancel on or before that day",
                    self.id
                )));
            }
        }
        Ok(date)
    }

    /// Without `--on`: the end of the period holding today; before the first billed day, the
    /// day before it (nothing will be billed), or the trial's end during the trial.
    pub fn default_last_day(&self, today: NaiveDate) -> NaiveDate {
        let timeline = self.timeline();
        if let Some(period) = timeline
            .index_containing(today)
            .and_then(|k| timeline.period(k))
        {
            return period.served.end;
        }
        if today < self.anchor {
            return match self.trial_end {
                Some(trial) if today >= self.start => trial,
                _ => self.anchor.pred_opt().unwrap_or(self.anchor),
            };
        }
        self.end.unwrap_or(today)
    }

    /// Refuses to restart on `date` a subscription that is active or cancelling, or on a
    /// day not after its last day.
    pub fn check_restartable(&self, date: NaiveDate) -> Result<(), Error> {
        let id = &self.id;
        let end = match (self.state, self.end) {
            (State::Active, Some(end)) if self.is_cancelled() => {
                return Err(Error::refused(format!(
                    "subscription {id} is cancelling (last day {end}); restart it after that day"
                )));
            }
            (State::Active, _) => {
                return Err(Error::refused(format!(
                    "subscription {id} is active; nothing to restart"
                )));
            }
            (_, end) => end,
        };
        if let Some(end) = end {
            if date <= end {
                return Err(Error::invalid(
                    "--on",
                    format!("{date} is not after the subscription's last day {end}"),
                ));
            }
        }
        Ok(())
    }
}

fn day_or_unknown(date: Option<NaiveDate>) -> String {
    date.map_or_else(|| "unknown".into(), |d| d.to_string())
}

/// A subscription with what its views show beyond the stored fields.
#[derive(Debug, Clone)]
pub struct SubscriptionInfo {
    pub subscription: Subscription,
    pub current_period: Option<Period>,
    pub next_invoice_date: Option<NaiveDate>,
    pub outstanding: i64,
    /// The coupon it carries, if any.
    pub coupon: Option<String>,
}

impl SubscriptionInfo {
    /// What `subscription` shows on `today`, with `outstanding` (minor units) still owed on
    /// its invoices.
    pub fn new(subscription: Subscription, today: NaiveDate, outstanding: i64) -> Self {
        let timeline = subscription.timeline();
        let current_period = match subscription.state {
            State::Active => timeline
                .index_containing(today)
                .and_then(|k| timeline.period(k))
                .map(|p| p.served),
            _ => None,
        };
        let next_invoice_date = match subscription.state {
            State::Active => timeline.period(subscription.next_period).map(|p| p.due_on),
            _ => None,
        };
        SubscriptionInfo {
            subscription,
            current_period,
            next_invoice_date,
            outstanding,
            coupon: None,
        }
    }
}

/// Monthly from 1 January 2026, billed in advance, still running: where the unit tests of
/// subscriptions, changes and pauses start.
#[cfg(test)]
pub(crate) fn sample_monthly() -> Subscription {
    let date = |text: &str| -> NaiveDate { text.parse().unwrap() };
    Subscription {
        id: "SUB-0001".into(),
        customer: "C1".into(),
        plan: None,
        start: date("2026-01-01"),
        trial_end: None,
        end: None,
        prorate_end: false,
        interval: Interval {
            unit: crate::domain::period::IntervalUnit::Month,
            every: 1,
        },
        bill: BillMode::Advance,
        anchor: date("2026-01-01"),
        restarted_on: None,
        next_period: 0,
        next_due_on: None,
        state: State::Active,
        cancelled_at: None,
        days_until_due: None,
        draft_invoices: false,
        with_order: false,
        invoice_orders: false,
        payment_method: None,
        email_template: None,
        gateway_customer: None,
        gateway_payment_method: None,
        sales_order: None,
        lines: Vec::new(),
        pauses: Vec::new(),
        switch: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn monthly() -> Subscription {
        sample_monthly()
    }

    fn cancelled_on(end: &str) -> Subscription {
        let mut sub = monthly();
        sub.end = Some(date(end));
        sub.cancelled_at = Some("2026-01-10T10:00:00+01:00".into());
        sub
    }

    #[test]
    fn a_next_period_due_is_when_the_subscription_is_looked_at_next() {
        let mut sub = monthly();
        assert!(!sub.finish_or_schedule(Some(date("2026-02-01")), date("2026-01-15")));
        assert_eq!(sub.next_due_on, Some(date("2026-02-01")));
        assert_eq!(sub.state, State::Active);
    }

    #[test]
    fn with_no_period_left_and_its_last_day_past_it_ends() {
        let mut completed = monthly();
        completed.end = Some(date("2026-03-31"));
        assert!(completed.finish_or_schedule(None, date("2026-04-01")));
        assert_eq!(
            (completed.state, completed.next_due_on),
            (State::Completed, None)
        );
        let mut cancelled = cancelled_on("2026-03-31");
        assert!(cancelled.finish_or_schedule(None, date("2026-04-01")));
        assert_eq!(cancelled.state, State::Cancelled);
    }

    #[test]
    fn with_no_period_left_and_its_last_day_ahead_it_is_looked_at_the_day_after() {
        let mut sub = cancelled_on("2026-03-31");
        assert!(!sub.finish_or_schedule(None, date("2026-03-31")));
        assert_eq!(sub.next_due_on, Some(date("2026-04-01")));
        assert_eq!(sub.state, State::Active);
        // The day after 2199-12-31 is past what subs knows: nothing to look at.
        sub.end = Some(date("2199-12-31"));
        assert!(!sub.finish_or_schedule(None, date("2026-01-01")));
        assert_eq!(sub.next_due_on, None);
    }

    #[test]
    fn with_no_period_left_and_no_end_it_waits_for_nothing() {
        let mut sub = monthly();
        sub.next_due_on = Some(date("2026-01-01"));
        assert!(!sub.finish_or_schedule(None, date("2026-01-15")));
        assert_eq!((sub.state, sub.next_due_on), (State::Active, None));
    }

    #[test]
    fn only_a_running_subscription_can_be_cancelled() {
        assert!(monthly().check_cancellable().is_ok());
        let cancelling = cancelled_on("2026-01-31");
        assert_eq!(
            cancelling.check_cancellable().unwrap_err().to_string(),
            "subscription SUB-0001 is already cancelled (last day 2026-01-31)"
        );
        let mut cancelled = cancelling.clone();
        cancelled.state = State::Cancelled;
        assert_eq!(
            cancelled.check_cancellable().unwrap_err().to_string(),
            "subscription SUB-0001 is already cancelled (last day 2026-01-31)"
        );
        let mut completed = monthly();
        completed.state = State::Completed;
        assert_eq!(
            completed.check_cancellable().unwrap_err().to_string(),
            "subscription SUB-0001 is already completed (ended unknown)"
        );
    }

    #[test]
    fn the_last_day_given_must_fall_within_the_run_and_its_end() {
        let sub = monthly();
        let today = date("2026-01-10");
        assert_eq!(
            sub.cancellation_last_day(Some(date("2026-01-20")), today)
                .unwrap(),
            date("2026-01-20")
        );
        assert_eq!(
            sub.cancellation_last_day(Some(date("2025-12-31")), today)
                .unwrap_err()
                .to_string(),
            "--on: 2025-12-31 is before the subscription's start 2026-01-01"
        );
        let mut ending = monthly();
        ending.end = Some(date("2026-06-30"));
        assert_eq!(
            ending
                .cancellation_last_day(Some(date("2026-07-01")), today)
                .unwrap_err()
                .to_string(),
            "subscription SUB-0001 already ends on 2026-06-30; cancel on or before that day"
        );
    }

    #[test]
    fn without_a_last_day_the_current_period_is_served_to_its_end() {
        let sub = monthly();
        assert_eq!(
            sub.cancellation_last_day(None, date("2026-02-10")).unwrap(),
            date("2026-02-28")
        );
    }

    #[test]
    fn without_a_last_day_a_trial_ends_with_the_trial_and_a_future_start_the_day_before() {
        let mut trial = monthly();
        trial.trial_end = Some(date("2026-01-14"));
        trial.anchor = date("2026-01-15");
        assert_eq!(
            trial.default_last_day(date("2026-01-05")),
            date("2026-01-14")
        );
        let mut later = monthly();
        later.start = date("2026-03-01");
        later.anchor = date("2026-03-01");
        assert_eq!(
            later.default_last_day(date("2026-01-05")),
            date("2026-02-28")
        );
    }

    #[test]
    fn only_an_ended_subscription_restarts_and_after_its_last_day() {
        assert_eq!(
            monthly()
                .check_restartable(date("2026-02-01"))
                .unwrap_err()
                .to_string(),
            "subscription SUB-0001 is active; nothing to restart"
        );
        assert_eq!(
            cancelled_on("2026-01-31")
                .check_restartable(date("2026-02-01"))
                .unwrap_err()
                .to_string(),
            "subscription SUB-0001 is cancelling (last day 2026-01-31); restart it after that day"
        );
        let mut ended = cancelled_on("2026-01-31");
        ended.state = State::Cancelled;
        assert_eq!(
            ended
                .check_restartable(date("2026-01-31"))
                .unwrap_err()
                .to_string(),
            "--on: 2026-01-31 is not after the subscription's last day 2026-01-31"
        );
        assert!(ended.check_restartable(date("2026-02-01")).is_ok());
    }
}
