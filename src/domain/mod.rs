//! Pure business logic: no database, no command line, no clock, no file system.
//!
//! Time enters as an argument; the store applies what these functions decide.

pub mod availability;
pub mod bank;
pub mod bill;
pub mod billing;
pub mod booking;
pub mod cancellation;
pub mod catalog;
pub mod catalogue;
pub mod contract;
pub mod credits;
pub mod csv_text;
pub mod customer;
pub mod document;
pub mod einvoice;
pub mod gateway;
pub mod invoice;
pub mod lines;
pub mod messages;
pub mod money;
pub mod numbering;
pub mod order;
pub mod payment;
pub mod period;
pub mod pricing;
pub mod render;
pub mod repeat;
pub mod schedule;
pub mod sepa;
pub mod settings;
pub mod statement;
pub mod subscription;
pub mod values;
