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
