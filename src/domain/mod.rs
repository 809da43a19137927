//! Pure business logic: no database, no command line, no clock, no file system.
//!
//! Time enters as an argument; the store applies what these functions decide.

pub mod accounting;
pub mod audit;
pub mod availability;
pub mod bank;
pub mod billing;
pub mod booking;
pub mod cancellation;
pub mod catalogue;
pub mod change;
pub mod charge;
pub mod contract;
pub mod credit_note;
pub mod credits;
pub mod customer;
pub mod discount;
pub mod dunning;
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
pub mod pause;
pub mod payment;
pub mod payment_request;
pub mod period;
pub mod pricing;
pub mod received_bill;
pub mod repeat;
pub mod reports;
pub mod sepa;
pub mod sepa_follow_up;
pub mod settings;
pub mod statement;
pub mod subscription;
pub mod supplier_bill;
pub mod tiers;
pub mod time_unit;
pub mod usage;
pub mod values;
