//! Reading a bank's CSV export through a [`CsvMapping`] into [`BankLine`]s.
//!
//! The whole file is read and checked before anything is returned, and every error names
//! the file, the line and the column (`releve.csv:4: column Crédit: "1,2,3" is not an
//! amount …`), so the user can fix the file or the mapping.
//!
//! Choices a bank export forces:
//! - Blank rows (every cell empty, as spreadsheets leave at the end) are skipped.
//! - Every other row has exactly the header's number of cells: a row with one more (an
//!   amount `100,00` written unquoted in a `,`-separated file) or one less would read every
//!   cell after the slip from the wrong column. A quote never closed is refused too.
//! - In a debit/credit pair, a `0,00` counts as empty because some banks fill the unused
//!   column with zero; two non-zero cells, or none, are an error. A debit may be written
//!   with or without a minus sign (banks do both); it is always money out. A negative
//!   credit is an error.
//! - Labels are kept as the bank wrote them, even when they look like a spreadsheet formula
//!   (`=HYPERLINK(…)`): this is a record of what the bank said, not text a person typed;
//!   whoever writes it back out to a spreadsheet must neutralise it there.
//! - A text field longer than [`MAX_TEXT_CHARS`](super::lines::MAX_TEXT_CHARS) is an error.

use std::borrow::Cow;

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::values::utf8_text;
use crate::error::Error;
use crate::formats::csv_text::{LineCounter, check_length, check_quotes};

use super::amount::parse_bank_amount;
use super::lines::{LineDraft, bounded_text, optional_text, seal};
use super::mapping::{AmountColumns, CsvMapping, TextEncoding};
use crate::domain::bank::BankLine;

/// Reads a CSV export; `source` names the file in errors and `digits` is the number of
/// decimals of the account's currency.
pub fn parse_csv(
    source: &str,
    bytes: &[u8],
    mapping: &CsvMapping,
    digits: u32,
) -> Result<Vec<BankLine>, Error> {
    let text = decode(source, bytes, mapping.encoding)?;
    let (body, skipped) = skip_preamble(source, &text, mapping.skip_lines)?;
    check_quotes(source, body, mapping.delimiter, skipped)?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(mapping.delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes());
    let mut lines = LineCounter::new(body, skipped);
    let mut rows = reader
        .records()
        .map(|record| lines.number(source, record))
        .filter(|row| !matches!(row, Ok((_, record)) if is_blank(record)));
    let (header_line, header) = rows
        .next()
        .transpose()?
        .ok_or_else(|| Error::invalid(source, "has no header row (is the file empty?)"))?;
    let columns = Columns::locate(source, header_line, &header, mapping)?;
    let reader = RowReader {
        source,
        mapping,
        columns: &columns,
        digits,
    };
    let mut drafts = Vec::new();
    for row in rows {
        let (line, record) = row?;
        check_length(&format!("{source}:{line}"), record.len(), header.len())?;
        drafts.push(reader.read(line, &record)?);
    }
    Ok(seal(drafts))
}

/// The file as text. UTF-8 is checked strictly (a latin-1 file declared UTF-8 would
/// otherwise turn every `é` into `�` and still "work"); latin-1 cannot fail.
fn decode<'a>(
    source: &str,
    bytes: &'a [u8],
    encoding: TextEncoding,
) -> Result<Cow<'a, str>, Error> {
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    match encoding {
        TextEncoding::Utf8 => {
            let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
            let advice =
                "; if the bank writes latin-1, set encoding = \"ISO-8859-1\" in the mapping";
            utf8_text(source, bytes, advice).map(Cow::Borrowed)
        }
        TextEncoding::Latin1 if bytes.starts_with(BOM) => Err(Error::invalid(
            source,
            "starts with a UTF-8 byte-order mark but the mapping says ISO-8859-1; set encoding = \"UTF-8\"",
        )),
        TextEncoding::Latin1 => Ok(encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0),
    }
}

/// The text after the `skip_lines` lines that precede the header, and how many lines
/// were skipped (to number the following lines as the file does).
fn skip_preamble<'t>(source: &str, text: &'t str, skip: u32) -> Result<(&'t str, u64), Error> {
    let mut rest = text;
    for skipped in 0..skip {
        match rest.split_once('\n') {
            Some((_, after)) => rest = after,
            None => {
                return Err(Error::invalid(
                    source,
                    format!("has only {skipped} lines; the mapping skips {skip} before the header"),
                ));
            }
        }
    }
    Ok((rest, u64::from(skip)))
}

fn is_blank(record: &csv::StringRecord) -> bool {
    record.iter().all(|cell| cell.trim().is_empty())
}

/// A mapped column: its index in the file and its name as the mapping spells it.
struct Column {
    index: usize,
    name: String,
}

enum AmountAt {
    Signed(Column),
    DebitCredit { debit: Column, credit: Column },
}

/// Where each mapped column sits in this file's header.
struct Columns {
    date: Column,
    label: Vec<Column>,
    amount: AmountAt,
    reference: Option<Column>,
    counterparty: Option<Column>,
    currency: Option<Column>,
}

impl Columns {
    fn locate(
        source: &str,
        line: u64,
        header: &csv::StringRecord,
        mapping: &CsvMapping,
    ) -> Result<Columns, Error> {
        let find = |name: &String| find_column(source, line, header, name);
        let find_opt = |name: &Option<String>| name.as_ref().map(find).transpose();
        Ok(Columns {
            date: find(&mapping.date)?,
            label: mapping.label.iter().map(find).collect::<Result<_, _>>()?,
            amount: match &mapping.amount {
                AmountColumns::Signed(name) => AmountAt::Signed(find(name)?),
                AmountColumns::DebitCredit { debit, credit } => AmountAt::DebitCredit {
                    debit: find(debit)?,
                    credit: find(credit)?,
                },
            },
            reference: find_opt(&mapping.reference)?,
            counterparty: find_opt(&mapping.counterparty)?,
            currency: find_opt(&mapping.currency)?,
        })
    }
}

/// Finds a header, trimmed and case-insensitively. Missing or repeated is an error that
/// lists the header as read, which shows at once a wrong delimiter or encoding.
fn find_column(
    source: &str,
    line: u64,
    header: &csv::StringRecord,
    name: &str,
) -> Result<Column, Error> {
    let wanted = name.trim().to_lowercase();
    let mut hits = header
        .iter()
        .enumerate()
        .filter(|(_, h)| h.trim().to_lowercase() == wanted)
        .map(|(i, _)| i);
    let place = format!("{source}:{line}");
    match (hits.next(), hits.next()) {
        (Some(index), None) => Ok(Column {
            index,
            name: name.to_string(),
        }),
        (Some(_), Some(_)) => Err(Error::invalid(
            place,
            format!("column {name:?} appears twice in the header"),
        )),
        (None, _) => {
            let found: Vec<&str> = header.iter().map(str::trim).collect();
            Err(Error::invalid(
                place,
                format!(
                    "missing column {name:?} named in the mapping; the header has {:?}",
                    found
                ),
            ))
        }
    }
}

/// Reads data rows once the columns are located.
struct RowReader<'a> {
    source: &'a str,
    mapping: &'a CsvMapping,
    columns: &'a Columns,
    digits: u32,
}

impl RowReader<'_> {
    fn read(&self, line: u64, record: &csv::StringRecord) -> Result<LineDraft, Error> {
        let cell = |column: &Column| record.get(column.index).unwrap_or("").trim();
        let place = |column: &Column| format!("{}:{line}: column {}", self.source, column.name);
        let date = self.date(&place(&self.columns.date), cell(&self.columns.date))?;
        let currency = match &self.columns.currency {
            Some(c) => currency(&place(c), cell(c))?,
            None => None,
        };
        // The amount has the decimals of the row's currency, else the account's.
        let digits = currency
            .as_deref()
            .map_or(self.digits, crate::domain::money::minor_digits);
        let amount = self.amount(line, record, digits)?;
        let label_text: Vec<&str> = self.columns.label.iter().map(cell).collect();
        let label_place = self
            .columns
            .label
            .first()
            .map_or_else(|| format!("{}:{line}", self.source), place);
        let label = bounded_text(&label_place, &label_text.join(" "))?;
        let optional = |column: &Option<Column>| match column {
            Some(c) => optional_text(&place(c), cell(c)),
            None => Ok(None),
        };
        Ok(LineDraft {
            date,
            amount,
            currency,
            label,
            reference: optional(&self.columns.reference)?,
            counterparty: optional(&self.columns.counterparty)?,
        })
    }

    /// A date in the mapping's format; a format with a time of day reads the date part.
    fn date(&self, place: &str, text: &str) -> Result<NaiveDate, Error> {
        let format = &self.mapping.date_format;
        if text.is_empty() {
            return Err(Error::invalid(place, "is empty; every row needs a date"));
        }
        let date = NaiveDate::parse_from_str(text, format)
            .or_else(|_| NaiveDateTime::parse_from_str(text, format).map(|dt| dt.date()))
            .map_err(|_| {
                Error::invalid(
                    place,
                    format!("{text:?} is not a date in the format {format}"),
                )
            })?;
        crate::domain::values::check_date_range(place, date)
    }

    fn amount(&self, line: u64, record: &csv::StringRecord, digits: u32) -> Result<i64, Error> {
        let style = self.mapping.number_style();
        let place = |column: &Column| format!("{}:{line}: column {}", self.source, column.name);
        let read = |column: &Column| -> Result<Option<i64>, Error> {
            let text = record.get(column.index).unwrap_or("").trim();
            if text.is_empty() {
                return Ok(None);
            }
            parse_bank_amount(text, style, digits)
                .map(Some)
                .map_err(|reason| Error::invalid(place(column), reason))
        };
        match &self.columns.amount {
            AmountAt::Signed(column) => {
                read(column)?.ok_or_else(|| Error::invalid(place(column), "is empty"))
            }
            AmountAt::DebitCredit { debit, credit } => {
                // A zero beside an amount is how some banks fill the unused column.
                let out = read(debit)?.filter(|v| *v != 0);
                let into = read(credit)?.filter(|v| *v != 0);
                match (out, into) {
                    (Some(out), None) => Ok(-out.abs()),
                    (None, Some(into)) if into > 0 => Ok(into),
                    (None, Some(_)) => Err(Error::invalid(
                        place(credit),
                        format!("is negative; money out belongs in column {}", debit.name),
                    )),
                    (Some(_), Some(_)) => Err(Error::invalid(
                        place(credit),
                        format!(
                            "is filled and so is column {}; a row is either money out or money in",
                            debit.name
                        ),
                    )),
                    (None, None) => {
                        // Say what is there: a zero (`-0,00`) is not a blank.
                        let cell = |c: &Column| record.get(c.index).unwrap_or("").trim();
                        let (zero, other) = if cell(credit).is_empty() && !cell(debit).is_empty() {
                            (debit, credit)
                        } else {
                            (credit, debit)
                        };
                        let reason = if cell(zero).is_empty() {
                            format!(
                                "is empty and so is column {}; one must hold the amount",
                                other.name
                            )
                        } else {
                            let beside = match cell(other) {
                                "" => "empty".to_string(),
                                text => format!("{text:?}, zero too"),
                            };
                            format!(
                                "{:?} is zero and column {} is {beside}; one must hold a non-zero amount",
                                cell(zero),
                                other.name
                            )
                        };
                        Err(Error::invalid(place(zero), reason))
                    }
                }
            }
        }
    }
}

/// An ISO 4217 code; `€` is read as EUR because French exports write it so.
fn currency(place: &str, text: &str) -> Result<Option<String>, Error> {
    let code = text.trim().to_ascii_uppercase();
    match code.as_str() {
        "" => Ok(None),
        "€" => Ok(Some("EUR".to_string())),
        _ if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) => Ok(Some(code)),
        _ => Err(Error::invalid(
            place,
            format!("{text:?} is not a currency code (e.g. EUR)"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RELEVE: &[u8] = include_bytes!("../../../tests/fixtures/bank/releve-fr.csv");
    const HEADER: &str = "Date;Libellé;Débit;Crédit;Référence\r\n";

    /// A French export with one data row, encoded as the bank would (latin-1).
    fn french(rows: &str) -> Vec<u8> {
        let text = format!("{HEADER}{rows}");
        encoding_rs::WINDOWS_1252.encode(&text).0.into_owned()
    }

    fn parse_fr(bytes: &[u8]) -> Result<Vec<BankLine>, Error> {
        parse_csv("releve.csv", bytes, &CsvMapping::french_default(), 2)
    }

    fn err_fr(rows: &str) -> String {
        parse_fr(&french(rows)).unwrap_err().to_string()
    }

    fn signed_mapping() -> CsvMapping {
        CsvMapping::parse(
            "map.toml",
            "delimiter = \";\"\ndecimal = \",\"\nthousands = \" \"\ndate_format = \"%d/%m/%Y\"\nskip_lines = 2\n\
             [columns]\ndate = \"Date\"\nlabel = [\"Libellé\", \"Détail\"]\namount = \"Montant\"\n\
             counterparty = \"Tiers\"\ncurrency = \"Devise\"\n",
        )
        .unwrap()
    }

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 2, d).unwrap()
    }

    #[test]
    fn the_fixture_reads_into_five_lines_with_exact_amounts() {
        let lines = parse_fr(RELEVE).unwrap();
        let amounts: Vec<i64> = lines.iter().map(|l| l.amount).collect();
        assert_eq!(amounts, vec![10000, -8412, 125050, 4500, -3290]);
        let dates: Vec<NaiveDate> = lines.iter().map(|l| l.date).collect();
        assert_eq!(dates, vec![date(2), date(3), date(5), date(6), date(7)]);
    }

    #[test]
    fn the_fixture_keeps_labels_and_references() {
        let lines = parse_fr(RELEVE).unwrap();
        assert_eq!(lines[0].label, "VIR SEPA CLIENT UN REF INV-2026-00002");
        assert_eq!(lines[0].reference.as_deref(), Some("E2E-0001"));
        assert_eq!(
            lines[2].label,
            "VIR INST ACME SARL FACTURE INV-2026-00003 ET INV-2026-00004"
        );
        assert_eq!(lines[1].reference, None);
        assert_eq!(lines[4].label, "CB LEROY MERLIN 06/02");
        assert!(
            lines
                .iter()
                .all(|l| l.currency.is_none() && l.counterparty.is_none())
        );
    }

    #[test]
    fn latin1_labels_are_decoded() {
        let lines = parse_fr(&french("02/02/2026;CAFÉ DES ÉCOLES 3€;4,50;;\r\n")).unwrap();
        assert_eq!(lines[0].label, "CAFÉ DES ÉCOLES 3€");
    }

    #[test]
    fn reading_the_same_bytes_twice_gives_the_same_fingerprints() {
        let first = parse_fr(RELEVE).unwrap();
        let second = parse_fr(RELEVE).unwrap();
        assert_eq!(first, second);
        let unique: std::collections::HashSet<&str> =
            first.iter().map(|l| l.fingerprint.as_str()).collect();
        assert_eq!(unique.len(), 5);
    }

    #[test]
    fn two_identical_rows_stay_two_lines_with_different_fingerprints() {
        let row = "03/02/2026;CB BOULANGERIE;1,20;;\r\n";
        let lines = parse_fr(&french(&format!("{row}{row}"))).unwrap();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].amount, lines[1].amount);
        assert_ne!(lines[0].fingerprint, lines[1].fingerprint);
    }

    #[test]
    fn quoted_cells_may_hold_the_delimiter_and_line_breaks() {
        let lines = parse_fr(&french(
            "02/02/2026;\"VIR; \"\"ACME\"\"\r\nSUITE\";;\"1 250,50\";\r\n",
        ))
        .unwrap();
        assert_eq!(lines[0].label, "VIR; \"ACME\" SUITE");
        assert_eq!(lines[0].amount, 125050);
    }

    #[test]
    fn non_breaking_space_thousands_are_read() {
        let lines = parse_fr(&french("02/02/2026;VIR;;1\u{a0}250,50;\r\n")).unwrap();
        assert_eq!(lines[0].amount, 125050);
    }

    #[test]
    fn a_debit_written_negative_is_still_money_out() {
        let lines = parse_fr(&french("02/02/2026;PRLV;-84,12;;\r\n")).unwrap();
        assert_eq!(lines[0].amount, -8412);
    }

    #[test]
    fn a_zero_in_the_unused_column_counts_as_empty() {
        let lines = parse_fr(&french("02/02/2026;VIR;0,00;100,00;\r\n")).unwrap();
        assert_eq!(lines[0].amount, 10000);
    }

    #[test]
    fn blank_trailing_rows_are_ignored() {
        let lines = parse_fr(&french("02/02/2026;VIR;;1,00;\r\n\r\n;;;;\r\n\r\n")).unwrap();
        assert_eq!(lines.len(), 1);
    }

    #[test]
    fn a_row_shorter_than_the_header_is_refused_naming_its_line() {
        assert_eq!(
            err_fr("02/02/2026;VIR;;1,00;\r\n02/02/2026;CB;3,00\r\n"),
            "releve.csv:3: has 3 fields; the header has 5"
        );
    }

    #[test]
    fn a_row_longer_than_the_header_is_refused_not_read_askew() {
        // An amount written with an unquoted decimal comma in a comma-separated export.
        let mapping = CsvMapping {
            delimiter: b',',
            ..CsvMapping::french_default()
        };
        let text = "Date,Libellé,Débit,Crédit,Référence\r\n02/02/2026,VIR,123,00,,REF\r\n";
        let err = parse_csv(
            "releve.csv",
            &encoding_rs::WINDOWS_1252.encode(text).0,
            &mapping,
            2,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "releve.csv:2: has 6 fields; the header has 5"
        );
    }

    #[test]
    fn an_unterminated_quote_is_refused_naming_its_line() {
        assert_eq!(
            err_fr("02/02/2026;VIR;;1,00;\r\n03/02/2026;\"CB;2,00;;\r\n04/02/2026;X;;3,00;\r\n"),
            "releve.csv:3: a quote opened on this line is never closed"
        );
    }

    #[test]
    fn a_signed_amount_column_after_a_preamble_reads_all_roles() {
        let text = "Compte;FR76 1234\nPériode;février\n\
                    Date;Libellé;Détail;Montant;Tiers;Devise\n\
                    02/02/2026;VIR;FACT 12;1 250,50;ACME SARL;eur\n\
                    03/02/2026;CB;;-12,30;;€\n";
        let lines = parse_csv("r.csv", text.as_bytes(), &signed_mapping(), 2).unwrap();
        assert_eq!(lines[0].amount, 125050);
        assert_eq!(lines[0].label, "VIR FACT 12");
        assert_eq!(lines[0].counterparty.as_deref(), Some("ACME SARL"));
        assert_eq!(lines[0].currency.as_deref(), Some("EUR"));
        assert_eq!(lines[1].amount, -1230);
        assert_eq!(lines[1].label, "CB");
        assert_eq!(lines[1].currency.as_deref(), Some("EUR"));
    }

    #[test]
    fn line_numbers_count_the_skipped_preamble() {
        let text = "Compte\nPériode\nDate;Libellé;Détail;Montant;Tiers;Devise\n\
                    02/02/2026;VIR;;1x;;\n";
        let err = parse_csv("r.csv", text.as_bytes(), &signed_mapping(), 2).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("r.csv:4: column Montant: \"1x\""),
            "{err}"
        );
    }

    #[test]
    fn line_numbers_follow_quoted_line_breaks() {
        let err = err_fr("02/02/2026;\"VIR\r\nSUITE\";;1,00;\r\n03/02/2026;CB;x;;\r\n");
        assert!(
            err.starts_with("releve.csv:4: column Débit: \"x\""),
            "{err}"
        );
    }

    #[test]
    fn line_numbers_count_lf_only_files_too() {
        let bytes = b"Date;Libell\xe9;D\xe9bit;Cr\xe9dit;R\xe9f\xe9rence\n\n02/02/2026;A;1,00;;\n02/02/2026;A;y;;\n";
        let err = parse_fr(bytes).unwrap_err().to_string();
        assert!(
            err.starts_with("releve.csv:4: column Débit: \"y\""),
            "{err}"
        );
    }

    #[test]
    fn a_utf8_bom_is_accepted() {
        let text = "\u{feff}Date;Libellé;Détail;Montant;Tiers;Devise\n02/02/2026;VIR;;1,00;;\n";
        let mapping = CsvMapping {
            skip_lines: 0,
            ..signed_mapping()
        };
        assert_eq!(
            parse_csv("r.csv", text.as_bytes(), &mapping, 2)
                .unwrap()
                .len(),
            1
        );
    }

    #[test]
    fn a_wrong_header_names_the_missing_column() {
        let bytes = b"Date;Libelle;Montant\r\n02/02/2026;VIR;1,00\r\n";
        let err = parse_fr(bytes).unwrap_err().to_string();
        assert!(
            err.starts_with("releve.csv:1: missing column \"Libellé\" named in the mapping; the header has [\"Date\", \"Libelle\", \"Montant\"]"),
            "{err}"
        );
    }

    #[test]
    fn an_empty_file_has_no_header() {
        let err = parse_fr(b"\r\n").unwrap_err().to_string();
        assert_eq!(err, "releve.csv: has no header row (is the file empty?)");
    }

    #[test]
    fn an_impossible_date_is_refused_with_its_place() {
        assert_eq!(
            err_fr("30/02/2026;VIR;;1,00;\r\n"),
            "releve.csv:2: column Date: \"30/02/2026\" is not a date in the format %d/%m/%Y"
        );
    }

    #[test]
    fn an_exponent_is_not_an_amount() {
        assert!(
            err_fr("02/02/2026;VIR;;1e9;\r\n")
                .starts_with("releve.csv:2: column Crédit: \"1e9\" is not an amount"),
        );
    }

    #[test]
    fn nan_is_not_an_amount() {
        assert!(
            err_fr("02/02/2026;VIR;NaN;;\r\n")
                .starts_with("releve.csv:2: column Débit: \"NaN\" is not an amount"),
        );
    }

    #[test]
    fn three_decimals_are_refused_for_a_two_digit_currency() {
        assert_eq!(
            err_fr("02/02/2026;VIR;;1,234;\r\n"),
            "releve.csv:2: column Crédit: \"1,234\" has 3 decimal places; at most 2 allowed"
        );
    }

    #[test]
    fn a_comma_list_is_not_an_amount() {
        assert!(
            err_fr("02/02/2026;VIR;;\"1,2,3\";\r\n")
                .starts_with("releve.csv:2: column Crédit: \"1,2,3\" is not an amount"),
        );
    }

    #[test]
    fn debit_and_credit_both_filled_are_refused() {
        assert_eq!(
            err_fr("02/02/2026;VIR;1,00;2,00;\r\n"),
            "releve.csv:2: column Crédit: is filled and so is column Débit; a row is either money out or money in"
        );
    }

    #[test]
    fn neither_debit_nor_credit_is_refused() {
        assert!(
            err_fr("01/02/2026;OK;1,00;;\r\n02/02/2026;VIR;;;REF\r\n")
                .starts_with("releve.csv:3: column Crédit: is empty and so is column Débit")
        );
    }

    #[test]
    fn a_zero_amount_is_called_zero_not_empty() {
        assert_eq!(
            err_fr("02/02/2026;ZERO;;-0,00;\r\n"),
            "releve.csv:2: column Crédit: \"-0,00\" is zero and column Débit is empty; one must hold a non-zero amount"
        );
        assert_eq!(
            err_fr("02/02/2026;ZERO;0,00;;\r\n"),
            "releve.csv:2: column Débit: \"0,00\" is zero and column Crédit is empty; one must hold a non-zero amount"
        );
    }

    #[test]
    fn a_negative_credit_is_refused() {
        assert!(
            err_fr("02/02/2026;VIR;;-1,00;\r\n")
                .starts_with("releve.csv:2: column Crédit: is negative")
        );
    }

    #[test]
    fn latin1_bytes_declared_utf8_are_refused_naming_the_line() {
        let mapping = CsvMapping {
            encoding: TextEncoding::Utf8,
            ..CsvMapping::french_default()
        };
        let err = parse_csv("releve.csv", RELEVE, &mapping, 2)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("releve.csv:1: is not valid UTF-8"), "{err}");
    }

    #[test]
    fn a_utf8_bom_declared_latin1_is_refused() {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(HEADER.as_bytes());
        let err = parse_fr(&bytes).unwrap_err().to_string();
        assert!(
            err.starts_with("releve.csv: starts with a UTF-8 byte-order mark"),
            "{err}"
        );
    }

    #[test]
    fn a_one_megabyte_label_is_refused_without_panicking() {
        let label = "A".repeat(1 << 20);
        let err = err_fr(&format!("02/02/2026;{label};;1,00;\r\n"));
        assert_eq!(
            err,
            "releve.csv:2: column Libellé: is 1048576 characters long; at most 2000 are read"
        );
    }

    #[test]
    fn a_formula_looking_label_is_kept_as_text() {
        let lines = parse_fr(&french(
            "02/02/2026;\"=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\";;1,00;\r\n",
        ))
        .unwrap();
        assert_eq!(lines[0].label, "=HYPERLINK(\"http://x\";\"clic\")");
    }

    #[test]
    fn an_unknown_currency_is_refused() {
        let text = "Date;Libellé;Détail;Montant;Tiers;Devise\n02/02/2026;VIR;;1,00;;Euro\n";
        let mapping = CsvMapping {
            skip_lines: 0,
            ..signed_mapping()
        };
        let err = parse_csv("r.csv", text.as_bytes(), &mapping, 2).unwrap_err();
        assert_eq!(
            err.to_string(),
            "r.csv:2: column Devise: \"Euro\" is not a currency code (e.g. EUR)"
        );
    }

    #[test]
    fn too_few_lines_for_the_preamble_is_refused() {
        let err = parse_csv("r.csv", b"Compte\n", &signed_mapping(), 2).unwrap_err();
        assert_eq!(
            err.to_string(),
            "r.csv: has only 1 lines; the mapping skips 2 before the header"
        );
    }
}
