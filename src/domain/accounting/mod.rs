//! The books an accountant files, derived from the documents: the chart of accounts
//! (`chart.rs`), the journal entries each document produces with their lettering
//! (`entries.rs`), and the balance per account (`balance.rs`). Nothing here is stored: the
//! entries are worked out from invoices, credit notes, payments, refunds and supplier bills
//! each time they are asked for, so they can never disagree with the documents.

pub mod balance;
pub mod chart;
pub mod entries;
pub mod facts;
pub mod fiscal;
