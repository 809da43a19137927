//! The column mapping that says how to read one bank's CSV export, parsed and validated once
//! from TOML into a [`CsvMapping`].
//!
//! # Format
//!
//! ```toml
//! encoding = "ISO-8859-1"   # "UTF-8" (default), or "ISO-8859-1" / "latin1" / "windows-1252"
//! delimiter = ";"           # one ASCII character, "\t" for tabs; default ","
//! decimal = ","             # "," or "."; default "."
//! thousands = " "           # "", " ", ".", "," or "'"; default "" (no grouping).
//!                           # " " also accepts the non-breaking spaces U+00A0 and U+202F.
//! date_format = "%d/%m/%Y"  # chrono strftime; default "%Y-%m-%d"
//! skip_lines = 0            # lines before the header row (account number, period…); default 0
//!
//! [columns]                 # header names, compared trimmed and case-insensitively
//! date = "Date"             # required
//! label = "Libellé"         # required; a list joins several columns: ["Libellé", "Détail"]
//! debit = "Débit"           # either debit and credit (both required together) …
//! credit = "Crédit"
//! # amount = "Montant"      # … or one signed amount column, negative for money out
//! reference = "Référence"   # optional
//! counterparty = "Tiers"    # optional
//! currency = "Devise"       # optional, ISO 4217 codes
//! ```
//!
//! Any other key is an error naming it, as are a mapping with both `amount` and
//! `debit`/`credit`, with neither, or with the same header used for two roles.

use chrono::format::{Item, StrftimeItems};
use serde::Deserialize;

use crate::error::Error;

use super::amount::NumberStyle;

/// How a CSV export's bytes become text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    /// ISO-8859-1 read as its superset windows-1252 (what the WHATWG encoding standard does
    /// for the `ISO-8859-1` label): French banks that say latin-1 write `€` as 0x80.
    Latin1,
}

/// Where the amount is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountColumns {
    /// One column, negative for money out.
    Signed(String),
    /// Money out in one column, money in in the other; exactly one is filled per row.
    DebitCredit { debit: String, credit: String },
}

/// A validated column mapping. Build it with [`CsvMapping::parse`] or
/// [`CsvMapping::french_default`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvMapping {
    pub encoding: TextEncoding,
    pub delimiter: u8,
    pub decimal: char,
    pub thousands: Option<char>,
    pub date_format: String,
    pub skip_lines: u32,
    pub date: String,
    /// One or more columns joined with a space.
    pub label: Vec<String>,
    pub amount: AmountColumns,
    pub reference: Option<String>,
    pub counterparty: Option<String>,
    pub currency: Option<String>,
}

/// The file as written, before validation.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMapping {
    encoding: Option<String>,
    delimiter: Option<String>,
    decimal: Option<String>,
    thousands: Option<String>,
    date_format: Option<String>,
    skip_lines: Option<u32>,
    columns: RawColumns,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawColumns {
    date: String,
    label: OneOrMany,
    amount: Option<String>,
    debit: Option<String>,
    credit: Option<String>,
    reference: Option<String>,
    counterparty: Option<String>,
    currency: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl CsvMapping {
    /// Parses and validates a mapping file; `source` names it in errors.
    pub fn parse(source: &str, text: &str) -> Result<CsvMapping, Error> {
        let raw: RawMapping = toml::from_str(text).map_err(|e| toml_error(source, text, &e))?;
        let invalid =
            |key: &str, reason: String| Error::invalid(format!("{source}: {key}"), reason);
        let encoding = parse_encoding(raw.encoding.as_deref().unwrap_or("UTF-8"))
            .map_err(|r| invalid("encoding", r))?;
        let delimiter = parse_delimiter(raw.delimiter.as_deref().unwrap_or(","))
            .map_err(|r| invalid("delimiter", r))?;
        let decimal = parse_decimal_mark(raw.decimal.as_deref().unwrap_or("."))
            .map_err(|r| invalid("decimal", r))?;
        let thousands = parse_thousands(raw.thousands.as_deref().unwrap_or(""), decimal)
            .map_err(|r| invalid("thousands", r))?;
        let date_format = raw.date_format.unwrap_or_else(|| "%Y-%m-%d".to_string());
        check_date_format(&date_format).map_err(|r| invalid("date_format", r))?;
        let columns = raw.columns;
        let amount = amount_columns(columns.amount, columns.debit, columns.credit)
            .map_err(|(key, r)| invalid(key, r))?;
        let label = match columns.label {
            OneOrMany::One(name) => vec![name],
            OneOrMany::Many(names) => names,
        };
        let mapping = CsvMapping {
            encoding,
            delimiter,
            decimal,
            thousands,
            date_format,
            skip_lines: raw.skip_lines.unwrap_or(0),
            date: columns.date,
            label,
            amount,
            reference: columns.reference,
            counterparty: columns.counterparty,
            currency: columns.currency,
        };
        mapping
            .check_columns()
            .map_err(|(key, r)| invalid(key, r))?;
        Ok(mapping)
    }

    /// The usual French export, as in `tests/fixtures/bank/mapping-fr.toml`: latin-1, `;`,
    /// decimal comma, space-grouped thousands, `DD/MM/YYYY`, columns `Date`, `Libellé`,
    /// `Débit`, `Crédit`, `Référence`.
    pub fn french_default() -> CsvMapping {
        CsvMapping {
            encoding: TextEncoding::Latin1,
            delimiter: b';',
            decimal: ',',
            thousands: Some(' '),
            date_format: "%d/%m/%Y".to_string(),
            skip_lines: 0,
            date: "Date".to_string(),
            label: vec!["Libellé".to_string()],
            amount: AmountColumns::DebitCredit {
                debit: "Débit".to_string(),
                credit: "Crédit".to_string(),
            },
            reference: Some("Référence".to_string()),
            counterparty: None,
            currency: None,
        }
    }

    /// How amounts in this export are written.
    pub(super) fn number_style(&self) -> NumberStyle {
        NumberStyle {
            decimal: self.decimal,
            thousands: self.thousands,
            signed: true,
        }
    }

    /// Every mapped header with the key that maps it, in a fixed order.
    fn mapped_columns(&self) -> Vec<(&'static str, &str)> {
        let mut mapped = vec![("columns.date", self.date.as_str())];
        mapped.extend(self.label.iter().map(|l| ("columns.label", l.as_str())));
        match &self.amount {
            AmountColumns::Signed(a) => mapped.push(("columns.amount", a)),
            AmountColumns::DebitCredit { debit, credit } => {
                mapped.push(("columns.debit", debit));
                mapped.push(("columns.credit", credit));
            }
        }
        let optional = [
            ("columns.reference", &self.reference),
            ("columns.counterparty", &self.counterparty),
            ("columns.currency", &self.currency),
        ];
        for (key, name) in optional {
            if let Some(name) = name {
                mapped.push((key, name));
            }
        }
        mapped
    }

    /// Header names must be non-empty and each used once: one header feeding two roles
    /// (debit and credit the same column) is a mistake in the mapping, not in the file.
    fn check_columns(&self) -> Result<(), (&'static str, String)> {
        if self.label.is_empty() {
            return Err(("columns.label", "lists no column".to_string()));
        }
        let mapped = self.mapped_columns();
        for (i, (key, name)) in mapped.iter().enumerate() {
            if name.trim().is_empty() {
                return Err((key, "must name a column".to_string()));
            }
            let folded = name.trim().to_lowercase();
            if let Some((other, _)) = mapped[..i]
                .iter()
                .find(|(_, n)| n.trim().to_lowercase() == folded)
            {
                return Err((key, format!("column {name:?} is already mapped by {other}")));
            }
        }
        Ok(())
    }
}

/// A TOML error as one line naming the file, the line and the key (TOML's own message
/// names the key for unknown fields; the line shows it for the others).
fn toml_error(source: &str, text: &str, error: &toml::de::Error) -> Error {
    let message = error.message().trim().replace('\n', " ");
    match error.span() {
        Some(span) => {
            let start = span.start.min(text.len());
            let line_no = text[..start].matches('\n').count() + 1;
            let line = text.lines().nth(line_no - 1).unwrap_or("").trim();
            Error::invalid(
                format!("{source}:{line_no}"),
                format!("{message} (in `{line}`)"),
            )
        }
        None => Error::invalid(source, message),
    }
}

fn parse_encoding(text: &str) -> Result<TextEncoding, String> {
    match text.to_ascii_lowercase().as_str() {
        "utf-8" | "utf8" => Ok(TextEncoding::Utf8),
        "iso-8859-1" | "iso8859-1" | "latin1" | "latin-1" | "windows-1252" | "cp1252" => {
            Ok(TextEncoding::Latin1)
        }
        _ => Err(format!(
            "{text:?} is not a known encoding (UTF-8, ISO-8859-1, latin1, windows-1252)"
        )),
    }
}

fn parse_delimiter(text: &str) -> Result<u8, String> {
    match text.as_bytes() {
        [b] if b.is_ascii() && !b.is_ascii_alphanumeric() && !matches!(b, b'"' | b'\n' | b'\r') => {
            Ok(*b)
        }
        _ => Err(format!(
            "{text:?} is not a delimiter (one ASCII punctuation character or \"\\t\")"
        )),
    }
}

fn parse_decimal_mark(text: &str) -> Result<char, String> {
    match text {
        "," => Ok(','),
        "." => Ok('.'),
        _ => Err(format!(
            "{text:?} is not a decimal separator (\",\" or \".\")"
        )),
    }
}

fn parse_thousands(text: &str, decimal: char) -> Result<Option<char>, String> {
    let mark = match text {
        "" => return Ok(None),
        " " | "\u{a0}" | "\u{202f}" => ' ',
        "." => '.',
        "," => ',',
        "'" => '\'',
        _ => {
            return Err(format!(
                "{text:?} is not a thousands separator (\"\", \" \", \".\", \",\" or \"'\")"
            ));
        }
    };
    if mark == decimal {
        return Err(format!("{text:?} is also the decimal separator"));
    }
    Ok(Some(mark))
}

/// A format chrono cannot read (`%Q`) or that cannot give a day is refused here, once,
/// rather than on every row.
fn check_date_format(format: &str) -> Result<(), String> {
    if StrftimeItems::new(format).any(|item| matches!(item, Item::Error)) {
        return Err(format!("{format:?} is not a chrono strftime format"));
    }
    let has = |specs: &[&str]| specs.iter().any(|s| format.contains(s));
    let whole = has(&["%F", "%D", "%x"]);
    let year = has(&["%Y", "%y"]);
    let day_of_month = has(&["%m", "%b", "%B", "%h"]) && has(&["%d", "%e"]);
    if !(whole || (year && (day_of_month || has(&["%j"])))) {
        return Err(format!(
            "{format:?} does not give a full date (e.g. %d/%m/%Y)"
        ));
    }
    Ok(())
}

fn amount_columns(
    amount: Option<String>,
    debit: Option<String>,
    credit: Option<String>,
) -> Result<AmountColumns, (&'static str, String)> {
    match (amount, debit, credit) {
        (Some(a), None, None) => Ok(AmountColumns::Signed(a)),
        (None, Some(debit), Some(credit)) => Ok(AmountColumns::DebitCredit { debit, credit }),
        (Some(_), _, _) => Err((
            "columns.amount",
            "cannot be combined with debit/credit; map one signed column or both debit and credit"
                .to_string(),
        )),
        (None, Some(_), None) => Err(("columns.debit", "needs columns.credit too".to_string())),
        (None, None, Some(_)) => Err(("columns.credit", "needs columns.debit too".to_string())),
        (None, None, None) => Err((
            "columns",
            "map either amount (signed) or debit and credit".to_string(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = include_str!("../../../tests/fixtures/bank/mapping-fr.toml");

    fn parse_err(text: &str) -> String {
        CsvMapping::parse("map.toml", text).unwrap_err().to_string()
    }

    #[test]
    fn the_fixture_mapping_is_the_french_default() {
        assert_eq!(
            CsvMapping::parse("mapping-fr.toml", FIXTURE).unwrap(),
            CsvMapping::french_default()
        );
    }

    #[test]
    fn defaults_fill_what_the_file_leaves_out() {
        let mapping = CsvMapping::parse(
            "map.toml",
            "[columns]\ndate = \"d\"\nlabel = \"l\"\namount = \"a\"\n",
        )
        .unwrap();
        assert_eq!(mapping.encoding, TextEncoding::Utf8);
        assert_eq!(mapping.delimiter, b',');
        assert_eq!(mapping.decimal, '.');
        assert_eq!(mapping.thousands, None);
        assert_eq!(mapping.date_format, "%Y-%m-%d");
        assert_eq!(mapping.amount, AmountColumns::Signed("a".into()));
    }

    #[test]
    fn several_label_columns_are_accepted_as_a_list() {
        let mapping = CsvMapping::parse(
            "map.toml",
            "delimiter = \"\\t\"\n[columns]\ndate = \"d\"\nlabel = [\"l1\", \"l2\"]\namount = \"a\"\n",
        )
        .unwrap();
        assert_eq!(mapping.label, vec!["l1", "l2"]);
        assert_eq!(mapping.delimiter, b'\t');
    }

    #[test]
    fn an_unknown_key_is_named_with_its_line() {
        let err = parse_err(
            "encoding = \"UTF-8\"\nseparator = \";\"\n[columns]\ndate = \"d\"\nlabel = \"l\"\namount = \"a\"\n",
        );
        assert!(
            err.starts_with("map.toml:2: unknown field `separator`"),
            "{err}"
        );
    }

    #[test]
    fn an_unknown_column_role_is_named() {
        let err =
            parse_err("[columns]\ndate = \"d\"\nlabel = \"l\"\namount = \"a\"\nmemo = \"m\"\n");
        assert!(err.starts_with("map.toml:5: unknown field `memo`"), "{err}");
    }

    #[test]
    fn a_value_of_the_wrong_type_names_its_line() {
        let err =
            parse_err("delimiter = 5\n[columns]\ndate = \"d\"\nlabel = \"l\"\namount = \"a\"\n");
        assert!(err.starts_with("map.toml:1: "), "{err}");
        assert!(err.contains("`delimiter = 5`"), "{err}");
        assert!(!err.contains('\n'), "{err}");
    }

    #[test]
    fn amount_and_debit_credit_together_are_refused() {
        let err = parse_err(
            "[columns]\ndate = \"d\"\nlabel = \"l\"\namount = \"a\"\ndebit = \"x\"\ncredit = \"y\"\n",
        );
        assert!(
            err.starts_with("map.toml: columns.amount: cannot be combined"),
            "{err}"
        );
    }

    #[test]
    fn debit_without_credit_is_refused() {
        let err = parse_err("[columns]\ndate = \"d\"\nlabel = \"l\"\ndebit = \"x\"\n");
        assert_eq!(err, "map.toml: columns.debit: needs columns.credit too");
    }

    #[test]
    fn no_amount_column_at_all_is_refused() {
        let err = parse_err("[columns]\ndate = \"d\"\nlabel = \"l\"\n");
        assert!(
            err.starts_with("map.toml: columns: map either amount"),
            "{err}"
        );
    }

    #[test]
    fn one_header_in_two_roles_is_refused() {
        let err = parse_err(
            "[columns]\ndate = \"d\"\nlabel = \"l\"\ndebit = \"Montant\"\ncredit = \"montant\"\n",
        );
        assert_eq!(
            err,
            "map.toml: columns.credit: column \"montant\" is already mapped by columns.debit"
        );
    }

    #[test]
    fn an_unknown_encoding_is_refused() {
        let err = parse_err(
            "encoding = \"EBCDIC\"\n[columns]\ndate = \"d\"\nlabel = \"l\"\namount = \"a\"\n",
        );
        assert!(err.starts_with("map.toml: encoding: \"EBCDIC\""), "{err}");
    }

    #[test]
    fn thousands_equal_to_decimal_is_refused() {
        let err = parse_err(
            "decimal = \",\"\nthousands = \",\"\n[columns]\ndate = \"d\"\nlabel = \"l\"\namount = \"a\"\n",
        );
        assert_eq!(
            err,
            "map.toml: thousands: \",\" is also the decimal separator"
        );
    }

    #[test]
    fn a_date_format_without_a_day_or_with_a_bad_directive_is_refused() {
        for format in ["%m/%Y", "%d/%m/%Q"] {
            let text = format!(
                "date_format = \"{format}\"\n[columns]\ndate = \"d\"\nlabel = \"l\"\namount = \"a\"\n"
            );
            assert!(
                parse_err(&text).starts_with("map.toml: date_format: "),
                "{format}"
            );
        }
    }

    #[test]
    fn a_multi_character_delimiter_is_refused() {
        let err = parse_err(
            "delimiter = \";;\"\n[columns]\ndate = \"d\"\nlabel = \"l\"\namount = \"a\"\n",
        );
        assert!(err.starts_with("map.toml: delimiter: "), "{err}");
    }
}
