//! Bank lines: as a statement gives them, as the store keeps them, and as reconciliation
//! matched them.

use chrono::NaiveDate;

/// One booked movement on the bank account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankLine {
    /// The booking date as the bank wrote it.
    pub date: NaiveDate,
    /// Minor units: positive for money in (credit), negative for money out (debit).
    pub amount: i64,
    /// ISO 4217 code when the statement says it.
    pub currency: Option<String>,
    /// The bank's free text, whitespace collapsed.
    pub label: String,
    /// A reference the payer gave (end-to-end id) or the bank's own.
    pub reference: Option<String>,
    /// The other party's name when the statement says it.
    pub counterparty: Option<String>,
    /// Hex SHA-256 that recognises this line when the same statement is imported again.
    pub fingerprint: String,
}

/// A bank line as stored, with what reconciliation made of it.
#[derive(Debug, Clone, PartialEq)]
pub struct BankTransaction {
    pub id: i64,
    pub line: BankLine,
    pub status: String,
    pub match_rule: Option<String>,
    pub customer: Option<String>,
    pub payment: Option<String>,
    /// Why reconciliation left the line for a person.
    pub note: Option<String>,
}

/// A line matched to invoices by the reconciliation.
#[derive(Debug, Clone)]
pub struct Matched {
    pub transaction: i64,
    pub rule: String,
    pub customer: String,
    pub payment: String,
    pub invoices: Vec<String>,
}
