//! The one integration test binary: drives the real `subs` binary as a user types it, in a
//! temporary directory, with a cleared environment and a pinned `SUBS_NOW`.

mod env;
mod smtp_sink;
mod tools;

mod bank;
mod billing;
mod bills;
mod bookings;
mod cancel_before_start;
mod cancellation;
mod catalog_export;
mod catalog_page;
mod catalogue;
mod completions;
mod confirmations;
mod contracts;
mod corpus;
mod credits;
mod customers;
mod database;
mod demo;
mod engine;
mod gateway;
mod guard;
mod help;
mod mail;
mod messages;
mod money_invariants;
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
