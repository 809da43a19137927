//! Bank statements as the books see them: the booked [`BankLine`]s, and matching an
//! incoming line to open invoices (DESIGN §8). Pure: plain values in, decisions out; the
//! store keeps the lines and applies the matches. Reading what the bank sends (CSV exports,
//! camt.053) is `formats::bank`'s.
//!
//! - `lines.rs` holds the lines as imported and stored, and the matches made of them.
//! - `reconcile.rs` decides which open invoices an incoming line pays: [`match_line`].
//!
//! Amounts are minor units with the `digits` the caller passes (the account currency's);
//! a line's `currency`, when the statement gives one, is kept for the caller to compare.

mod lines;
mod reconcile;

pub use lines::{BankLine, BankTransaction, Matched};
pub use reconcile::{
    Allocation, Decision, LineMatch, MatchRule, OpenInvoice, Payer, decide, match_line,
};
