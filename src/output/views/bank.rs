//! Bank statement lines and their matches.

use serde::Serialize;

use crate::domain::bank::{BankTransaction, Matched};
use crate::domain::money::{format_minor, minor_digits};

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
