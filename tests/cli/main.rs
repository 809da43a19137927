//! The one integration test binary: drives the real `subs` binary as a user types it, in a
//! temporary directory, with a cleared environment and a pinned `SUBS_NOW`.

// Commands written as argument arrays (`env.ok(&["tick"])`) predate typed lines
// (`env.ok("tick")`); until they are all converted, the borrow is not worth a warning.
#![allow(clippy::needless_borrows_for_generic_args)]

mod env;
mod smtp_sink;
mod tools;

mod amounts;
mod backup;
mod bank;
mod billing;
mod bills;
mod bookings;
mod books;
mod cancel_before_start;
mod cancellation;
mod catalog_export;
mod catalog_page;
mod catalogue;
mod chain;
mod completions;
mod confirmations;
mod contracts;
mod corpus;
mod credits;
mod csv_injection;
mod customers;
mod database;
mod dates;
mod demo;
mod engine;
mod error_messages;
mod facturx_formats;
mod gateway;
mod guard;
mod help;
mod mail;
mod messages;
mod money_invariants;
mod no_panic;
mod orders;
mod payment_setup;
mod payments;
mod price_fallback;
mod quiet;
mod readme;
mod repeat_source;
mod repeats;
mod safety;
mod schemas;
mod security;
mod sepa;
mod settlement;
mod statement;
mod subscription_edit;
mod templates;
