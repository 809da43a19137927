//! Contracts (DESIGN §11): a customer's signed commitment, from a start to an optional end,
//! optionally tying subscriptions (which then cannot be cancelled before the end without
//! `--break-commitment`), with fulfilment terms ticked off as they are met.
//!
//! The status follows from the dates alone: `unsigned` until signed; once signed, `active`
//! from the start through the end (inclusive) and `inactive` before the start and after
//! the end.

use chrono::NaiveDate;

use crate::domain::values::add_days;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContractStatus {
    Unsigned,
    Active,
    Inactive,
}

impl ContractStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ContractStatus::Unsigned => "unsigned",
            ContractStatus::Active => "active",
            ContractStatus::Inactive => "inactive",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [
            ContractStatus::Unsigned,
            ContractStatus::Active,
            ContractStatus::Inactive,
        ]
        .into_iter()
        .find(|s| s.as_str() == text)
    }
}

/// The status on `today`, and the next day it changes by itself (`None`: only signing
/// changes it, or it never changes again).
pub fn status_on(
    signed_on: Option<NaiveDate>,
    start: NaiveDate,
    end: Option<NaiveDate>,
    today: NaiveDate,
) -> (ContractStatus, Option<NaiveDate>) {
    if signed_on.is_none() {
        return (ContractStatus::Unsigned, None);
    }
    if today < start {
        return (ContractStatus::Inactive, Some(start));
    }
    match end {
        Some(end) if today > end => (ContractStatus::Inactive, None),
        Some(end) => (ContractStatus::Active, add_days(end, 1)),
        None => (ContractStatus::Active, None),
    }
}

/// One fulfilment term: something to deliver or do under the contract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContractTerm {
    /// 1, 2, … in the order added.
    pub number: u32,
    pub text: String,
    pub done_on: Option<NaiveDate>,
}

/// How far the terms are met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fulfilment {
    /// No terms to meet.
    None,
    Unfulfilled,
    PartlyFulfilled,
    Fulfilled,
    /// The contract ended with terms still open.
    Lapsed,
}

impl Fulfilment {
    pub fn as_str(self) -> &'static str {
        match self {
            Fulfilment::None => "n/a",
            Fulfilment::Unfulfilled => "unfulfilled",
            Fulfilment::PartlyFulfilled => "partly_fulfilled",
            Fulfilment::Fulfilled => "fulfilled",
            Fulfilment::Lapsed => "lapsed",
        }
    }
}

pub fn fulfilment(terms: &[ContractTerm], end: Option<NaiveDate>, today: NaiveDate) -> Fulfilment {
    let done = terms.iter().filter(|t| t.done_on.is_some()).count();
    if terms.is_empty() {
        Fulfilment::None
    } else if done == terms.len() {
        Fulfilment::Fulfilled
    } else if end.is_some_and(|end| end < today) {
        Fulfilment::Lapsed
    } else if done == 0 {
        Fulfilment::Unfulfilled
    } else {
        Fulfilment::PartlyFulfilled
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Contract {
    pub id: String,
    pub customer: String,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    pub signed_on: Option<NaiveDate>,
    pub terms: Option<String>,
    pub status: ContractStatus,
    pub status_due_on: Option<NaiveDate>,
    pub subscriptions: Vec<String>,
    pub fulfilment_terms: Vec<ContractTerm>,
}

impl Contract {
    /// Sets the status and its next change for `today`; true when the status changed.
    pub fn refresh(&mut self, today: NaiveDate) -> bool {
        let (status, due) = status_on(self.signed_on, self.start, self.end, today);
        let changed = status != self.status;
        self.status = status;
        self.status_due_on = due;
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn status_follows_signature_start_and_end() {
        let (start, end) = (d("2026-02-01"), Some(d("2026-12-31")));
        let signed = Some(d("2026-01-10"));
        assert_eq!(
            status_on(None, start, end, d("2026-06-01")),
            (ContractStatus::Unsigned, None)
        );
        assert_eq!(
            status_on(signed, start, end, d("2026-01-15")),
            (ContractStatus::Inactive, Some(start))
        );
        assert_eq!(
            status_on(signed, start, end, start),
            (ContractStatus::Active, Some(d("2027-01-01")))
        );
        assert_eq!(
            status_on(signed, start, end, d("2026-12-31")).0,
            ContractStatus::Active
        );
        assert_eq!(
            status_on(signed, start, end, d("2027-01-01")),
            (ContractStatus::Inactive, None)
        );
        assert_eq!(
            status_on(signed, start, None, d("2030-01-01")),
            (ContractStatus::Active, None)
        );
    }

    #[test]
    fn fulfilment_counts_terms_done_and_lapses_after_the_end() {
        let term = |n, done: Option<&str>| ContractTerm {
            number: n,
            text: format!("term {n}"),
            done_on: done.map(d),
        };
        let today = d("2026-06-01");
        assert_eq!(fulfilment(&[], None, today), Fulfilment::None);
        let open = [term(1, None), term(2, None)];
        assert_eq!(fulfilment(&open, None, today), Fulfilment::Unfulfilled);
        let half = [term(1, Some("2026-05-01")), term(2, None)];
        assert_eq!(fulfilment(&half, None, today), Fulfilment::PartlyFulfilled);
        assert_eq!(
            fulfilment(&half, Some(d("2026-05-31")), today),
            Fulfilment::Lapsed
        );
        let all = [term(1, Some("2026-05-01"))];
        assert_eq!(
            fulfilment(&all, Some(d("2026-05-31")), today),
            Fulfilment::Fulfilled
        );
    }
}
