//! Views of customer accounts: a customer with their balance and credit, statement rows,
//! refunds. Amounts are decimal strings in the account's currency.

use serde::Serialize;

use crate::domain::money::{format_minor, minor_digits};
use crate::domain::payment::Refund;
use crate::domain::statement::Account;
use crate::domain::statement::{Row, Statement};
use crate::output::views::CustomerView;

/// `customer show`: the customer, what they owe and what is held for them.
#[derive(Debug, Default, Serialize)]
pub struct CustomerDetail {
    #[serde(flatten)]
    pub customer: CustomerView,
    pub currency: String,
    /// What the customer owes on their issued documents.
    pub balance: String,
    /// Money held for them: overpayments and credit notes not used, less refunds.
    pub credit: String,
}

impl CustomerDetail {
    pub fn new(account: &Account) -> Self {
        let digits = minor_digits(&account.currency);
        CustomerDetail {
            customer: CustomerView::from(&account.customer),
            currency: account.currency.clone(),
            balance: format_minor(account.balance, digits),
            credit: format_minor(account.credit, digits),
        }
    }
}

/// One row of `customer statement`.
#[derive(Debug, Default, Serialize)]
pub struct StatementRowView {
    pub date: Option<String>,
    /// `opening`, `invoice`, `credit_note`, `payment`, `credit_use` or `refund`.
    pub kind: String,
    pub reference: Option<String>,
    pub description: String,
    /// What the row adds to what the customer owes.
    pub debit: Option<String>,
    /// What it takes off.
    pub credit: Option<String>,
    /// Held credit put to use on an invoice (no change to the balance).
    pub credit_used: Option<String>,
    /// The net balance after the row: owed minus held.
    pub balance: String,
}

impl StatementRowView {
    /// The rows of a statement: an opening row when it starts at a date, then each entry.
    pub fn rows(statement: &Statement, currency: &str) -> Vec<StatementRowView> {
        let digits = minor_digits(currency);
        let money = |minor: i64| format_minor(minor, digits);
        let mut rows = Vec::new();
        if let Some(from) = statement.from {
            rows.push(StatementRowView {
                date: Some(from.to_string()),
                kind: "opening".into(),
                reference: None,
                description: "balance brought forward".into(),
                debit: None,
                credit: None,
                credit_used: None,
                balance: money(statement.opening),
            });
        }
        rows.extend(statement.rows.iter().map(|row| Self::new(row, digits)));
        rows
    }

    fn new(row: &Row, digits: u32) -> Self {
        let entry = &row.entry;
        let amount = Some(format_minor(entry.amount, digits));
        let effect = entry.effect();
        StatementRowView {
            date: Some(entry.date.to_string()),
            kind: entry.kind.as_str().into(),
            reference: Some(entry.reference.clone()),
            description: entry.description.clone(),
            debit: if effect > 0 { amount.clone() } else { None },
            credit: if effect < 0 { amount.clone() } else { None },
            credit_used: if effect == 0 { amount } else { None },
            balance: format_minor(row.balance, digits),
        }
    }
}

/// `payment refund`.
#[derive(Debug, Default, Serialize)]
pub struct RefundView {
    pub id: String,
    pub customer: String,
    pub date: String,
    pub amount: String,
    pub currency: String,
    pub method: String,
    pub reference: Option<String>,
}

impl From<&Refund> for RefundView {
    fn from(r: &Refund) -> Self {
        RefundView {
            id: r.id.clone(),
            customer: r.customer.clone(),
            date: r.date.to_string(),
            amount: format_minor(r.amount, minor_digits(&r.currency)),
            currency: r.currency.clone(),
            method: r.method.as_str().into(),
            reference: r.reference.clone(),
        }
    }
}
