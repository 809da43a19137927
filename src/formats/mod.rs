//! Pure encoders and decoders of the formats `subs` exchanges with the outside: the
//! documents a customer reads (invoice HTML, the website catalogue), bank statements
//! (camt.053, CSV exports), SEPA direct-debit files (pain.008), payment-gateway webhooks,
//! Factur-X e-invoices (CII and UBL XML, PDF/A-3), and the CSV text every file people give
//! is held to.
//!
//! Bytes or text in, plain values out (and the reverse): no database, no clock, no file
//! system. Formats build on the domain's types and rules; the domain never knows them.

pub mod bank;
pub mod chart;
pub mod csv_text;
pub mod document;
pub mod facturx;
pub mod fec;
pub mod gateway;
pub mod render;
pub mod report_charts;
pub mod reports_page;
pub mod sepa;
pub mod website;
