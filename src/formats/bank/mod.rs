//! Bank statements: reading what the bank sends into [`BankLine`]s. Pure: bytes in, plain
//! values out.
//!
//! - `mapping.rs` owns the column-mapping file for CSV exports, [`CsvMapping`] (its TOML
//!   format is documented there), and [`CsvMapping::french_default`].
//! - `csv_statement.rs` reads a CSV export through a mapping: [`parse_csv`].
//! - `camt.rs` reads an ISO 20022 camt.053 statement: [`parse_camt053`].
//! - `amount.rs` reads the amounts both formats write, strictly and without floating point.
//!
//! - `lines.rs` holds what the formats share: a line as read, its fingerprint, and the
//!   cleaning of free text.
//!
//! This file tells the formats apart: [`detect_format`].
//!
//! Amounts are minor units with the `digits` the caller passes (the account currency's);
//! a line's `currency`, when the statement gives one, is kept for the caller to compare.

mod amount;
mod camt;
mod csv_statement;
mod lines;
mod mapping;

pub use crate::domain::bank::BankLine;
pub use camt::parse_camt053;
pub use csv_statement::parse_csv;
pub use lines::MAX_TEXT_CHARS;
pub use mapping::{AmountColumns, CsvMapping, TextEncoding};

/// The two statement formats `subs bank import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatementFormat {
    Csv,
    Camt053,
}

/// Guesses the format from the content: XML when the first byte after an optional UTF-8
/// byte-order mark and whitespace is `<`; a CSV export never starts that way.
pub fn detect_format(bytes: &[u8]) -> StatementFormat {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match bytes.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'<') => StatementFormat::Camt053,
        _ => StatementFormat::Csv,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_is_recognised_after_a_bom_and_whitespace() {
        assert_eq!(
            detect_format(b"\xEF\xBB\xBF \r\n<?xml version=\"1.0\"?>"),
            StatementFormat::Camt053
        );
        assert_eq!(detect_format(b"<Document/>"), StatementFormat::Camt053);
    }

    #[test]
    fn anything_else_is_read_as_csv() {
        assert_eq!(detect_format(b"Date;Libell\xE9\r\n"), StatementFormat::Csv);
        assert_eq!(detect_format(b""), StatementFormat::Csv);
    }
}
