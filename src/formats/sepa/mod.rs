//! SEPA direct debit files: the pain.008 collection file the bank is sent
//! (`pain008.rs`), and what the bank sends back about it, rejects in pain.002 and returns
//! in camt.054/053 (`status.rs`, read through the small element tree of `tree.rs`).

mod pain008;
mod status;
mod tree;

pub use pain008::{Creditor, Message, PAIN_008_001_08, pain_008};
pub use status::{READ as STATUS_MESSAGES, StatusFile, read_status_file};
