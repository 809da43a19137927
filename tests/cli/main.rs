//! The one integration test binary: drives the real `subs` binary as a user types it, in a
//! temporary directory, with a cleared environment and a pinned `SUBS_NOW`.

mod env;
mod smtp_sink;
mod tools;

mod backup;
mod bank;
mod billing;
mod bills;
mod bookings;
mod books;
mod cancellation;
mod catalog_export;
mod catalog_page;
mod catalogue;
mod chain;
mod completions;
mod contracts;
mod corpus;
mod credits;
mod csv_injection;
mod customers;
mod database;
mod demo;
mod engine;
mod gateway;
mod guard;
mod mail;
mod messages;
mod orders;
mod payments;
mod repeats;
mod safety;
mod schemas;
mod security;
mod sepa;
mod templates;
