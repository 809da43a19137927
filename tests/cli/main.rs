//! The one integration test binary: drives the real `subs` binary as a user types it, in a
//! temporary directory, with a cleared environment and a pinned `SUBS_NOW`.

mod env;
mod smtp_sink;
mod tools;

mod amounts;
mod bank;
mod billing;
mod bills;
mod bookings;
mod cancellation;
mod catalog_export;
mod catalog_page;
mod catalogue;
mod completions;
mod contracts;
mod corpus;
mod credits;
mod customers;
mod database;
mod dates;
mod demo;
mod engine;
mod gateway;
mod guard;
mod mail;
mod no_panic;
mod orders;
mod payments;
mod repeats;
mod safety;
mod schemas;
mod security;
mod sepa;
