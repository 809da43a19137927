//! Payment-gateway webhooks: proving that a body was sent by the gateway (the HMAC-SHA256
//! signatures of Stripe and GoCardless) and reading the payment events it carries.
//!
//! Pure: the caller passes the signature header, the raw body, the secret and the current
//! time. What to do with an event (deduplicate on its id, settle a payment request) is the
//! caller's. One payment can be reported by several events (GoCardless sends `confirmed`
//! then `paid_out`; Stripe sends `payment_intent.succeeded` and `charge.succeeded`), so
//! `payment_id` is the id that stays the same across them, and settling must be idempotent
//! on it.
//!
//! - `signature.rs` verifies the signatures: [`verify_stripe`], [`verify_gocardless`].
//! - `events.rs` reads the events: [`parse_stripe`], [`parse_gocardless`].
//! - `charge.rs` asks for a charge of a saved card or mandate and reads the answer.

mod charge;
mod events;
mod signature;

pub use charge::*;
pub use events::*;
pub use signature::*;
