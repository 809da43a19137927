//! Pure business logic: no database, no command line, no clock, no file system.
//!
//! Time enters as an argument; the store applies what these functions decide.

pub mod bank;
pub mod catalogue;
pub mod customer;
pub mod money;
pub mod numbering;
pub mod period;
pub mod settings;
pub mod values;
