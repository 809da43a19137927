//! SEPA direct-debit exports.

use serde::Serialize;

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

/// A direct debit and what became of it (`sepa debits`, `sepa import`).
#[derive(Debug, Default, Serialize)]
pub struct SepaDebitView {
    pub invoice: String,
    pub customer: String,
    pub msg_id: String,
    pub mandate_id: String,
    pub sequence: String,
    pub amount: String,
    pub currency: String,
    pub collection_date: String,
    /// `exported` (no news from the bank), `rejected` or `returned`.
    pub status: String,
    /// The bank's reason code (`AM04`), empty while `exported`.
    pub reason: String,
    pub reason_text: String,
    pub reported_on: String,
    /// The collection file of the debit this one presents again.
    pub retry_of: String,
}

/// One debit `sepa import` marked, with what followed.
#[derive(Debug, Default, Serialize)]
pub struct SepaMarkedView {
    pub invoice: String,
    pub customer: String,
    pub msg_id: String,
    pub status: String,
    pub reason: String,
    pub reason_text: String,
    pub reported_on: String,
    pub amount: String,
    /// Money the debit had settled, taken back off the invoice (it is owed again).
    pub reversed: String,
    /// `mandate_unusable`, `retry` or `none`.
    pub next: String,
}

/// What `sepa import` did.
#[derive(Debug, Default, Serialize)]
pub struct SepaImportView {
    pub file: String,
    pub message: String,
    pub msg_id: String,
    pub marked: Vec<SepaMarkedView>,
    pub already_known: usize,
}
