//! The records scripts read: one flat struct per kind, field names as in CLI.md. Amounts
//! and decimals are strings, dates `YYYY-MM-DD`, missing values `null` (empty in CSV).
//!
//! One file per area; every view is reachable as `output::views::Name`.

mod bank;
mod billing;
mod bills;
mod books;
mod catalogue;
mod collections;
mod contracts;
mod coupons;
mod credits;
mod customers;
mod fields;
mod ledger;
mod mail;
mod orders;
mod payments;
mod repeats;
mod reports;
mod sepa;
mod usage;

pub use bank::*;
pub use billing::*;
pub use bills::*;
pub use books::*;
pub use catalogue::*;
pub use collections::*;
pub use contracts::*;
pub use coupons::*;
pub use credits::*;
pub use customers::*;
pub use fields::local_rfc3339;
pub use ledger::*;
pub use mail::*;
pub use orders::*;
pub use payments::*;
pub use repeats::*;
pub use reports::*;
pub use sepa::*;
pub use usage::*;
