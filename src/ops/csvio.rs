//! Reading CSV files that people edited: strict headers, every row as long as the header,
//! no quote left open, and errors that name the file, the line and the column. A file is
//! read whole and checked before anything is written.

use std::collections::HashMap;

use crate::domain::csv_text::{LineCounter, check_length, check_quotes};
use crate::domain::values::utf8_text;
use crate::error::{Error, Result};

/// A CSV file read into memory with its header.
pub struct CsvFile {
    source: String,
    columns: HashMap<String, usize>,
    records: Vec<(usize, csv::StringRecord)>,
}

/// One data row, able to name its own cells in errors.
pub struct CsvRow<'a> {
    file: &'a CsvFile,
    line: usize,
    record: &'a csv::StringRecord,
}

impl CsvFile {
    /// Parses `bytes` (UTF-8, comma separated, one header row). Every header must be in
    /// `known`, and every column of `required` must be present.
    pub fn parse(source: &str, bytes: &[u8], known: &[&str], required: &[&str]) -> Result<CsvFile> {
        let text = utf8_text(source, bytes, " (save the file as UTF-8)")?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        check_quotes(source, text, b',', 0)?;
        // Record lengths are checked here, with the line, rather than by the reader.
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(true)
            .from_reader(text.as_bytes());
        let headers = reader
            .headers()
            .map_err(|e| Error::invalid(format!("{source}:1"), format!("unreadable header ({e})")))?
            .clone();
        let mut columns = HashMap::new();
        for (index, name) in headers.iter().enumerate() {
            let name = name.trim();
            if !known.contains(&name) {
                return Err(Error::invalid(
                    format!("{source}:1"),
                    format!("unknown column {name:?}; expected {}", known.join(",")),
                ));
            }
            if columns.insert(name.to_string(), index).is_some() {
                return Err(Error::invalid(
                    format!("{source}:1"),
                    format!("column {name:?} appears twice"),
                ));
            }
        }
        if let Some(missing) = required.iter().find(|c| !columns.contains_key(**c)) {
            return Err(Error::invalid(
                format!("{source}:1"),
                format!("missing column {missing:?}"),
            ));
        }
        let mut lines = LineCounter::new(text, 0);
        // The header is record 1: number it so that the counter moves past it.
        lines.line_at(headers.position());
        let mut records = Vec::new();
        for record in reader.records() {
            let (line, record) = lines.number(source, record)?;
            check_length(&format!("{source}:{line}"), record.len(), headers.len())?;
            records.push((line as usize, record));
        }
        Ok(CsvFile {
            source: source.to_string(),
            columns,
            records,
        })
    }

    /// Whether the file has this column at all (an absent column is not an empty one).
    pub fn has_column(&self, column: &str) -> bool {
        self.columns.contains_key(column)
    }

    pub fn rows(&self) -> impl Iterator<Item = CsvRow<'_>> {
        self.records.iter().map(|(line, record)| CsvRow {
            file: self,
            line: *line,
            record,
        })
    }
}

impl CsvRow<'_> {
    /// The cell of `column`, or `None` when the column is absent or the cell empty.
    pub fn get(&self, column: &str) -> Option<&str> {
        let index = *self.file.columns.get(column)?;
        self.record
            .get(index)
            .map(str::trim)
            .filter(|v| !v.is_empty())
    }

    /// How errors name this cell: `customers.csv:3: column email`.
    pub fn field(&self, column: &str) -> String {
        format!("{}:{}: column {column}", self.file.source, self.line)
    }

    pub fn required(&self, column: &str) -> Result<&str> {
        self.get(column)
            .ok_or_else(|| Error::invalid(self.field(column), "is empty"))
    }

    /// Where this row is, for errors that concern the whole row.
    pub fn place(&self) -> String {
        format!("{}:{}", self.file.source, self.line)
    }
}

/// A yes/no cell: true/false, yes/no, 1/0.
pub fn parse_flag(field: &str, text: &str) -> Result<bool> {
    match text.to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" => Ok(true),
        "false" | "no" | "0" => Ok(false),
        _ => Err(Error::invalid(
            field,
            format!("{text:?} is not true or false"),
        )),
    }
}
