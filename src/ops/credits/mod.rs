//! Booking credits (DESIGN §9): credit types; lots bought on invoices, granted by
//! subscription rules or by hand; spent on bookings or by hand, refunded, revoked, and
//! written off by `tick` once lapsed; the balances, lots and ledger that show them.
//!
//! The domain decides what moves (`plan_use`, `plan_refund`, `lots_to_expire`, `apply`);
//! this module writes each movement as a ledger row next to the lot's new remainder, in
//! the caller's transaction, so the ledger always sums to the lots.

mod by_hand;
mod invoices;
mod moves;
mod rules;
mod types;

pub use by_hand::*;
pub use invoices::*;
pub use moves::*;
pub use rules::*;
pub use types::*;
