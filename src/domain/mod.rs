//! Pure business logic: no database, no command line, no clock, no file system.
//!
//! Time enters as an argument; the store applies what these functions decide.

pub mod audit;
pub mod availability;
pub mod bank;
pub mod billing;
pub mod booking;
pub mod cancellation;
pub mod catalogue;
pub mod contract;
pub mod credit_note;
pub mod credits;
pub mod customer;
pub mod einvoice;
pub mod ids;
pub mod invoice;
pub mod lines;
pub mod local_time;
pub mod messages;
pub mod money;
pub mod numbering;
pub mod order;
pub mod outbox;
pub mod payment;
pub mod payment_request;
pub mod period;
pub mod pricing;
pub mod repeat;
pub mod sepa;
pub mod sepa_follow_up;
pub mod settings;
pub mod statement;
pub mod subscription;
pub mod supplier_bill;
pub mod values;
