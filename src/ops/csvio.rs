//! Reading CSV files that people edited: strict headers, every row as long as the header,
//! no quote left open, and errors that name the file, the line and the column. Every row is
//! checked before anything is written; rows are read one at a time into one reused record,
//! so a file of any size is read in one pass, and only what the caller keeps stays in
//! memory.

use crate::domain::values::utf8_text;
use crate::error::{Error, Result};
use crate::formats::csv_text::{LineCounter, check_length, check_quotes};

/// The columns of a CSV file, as its header names them.
pub struct CsvColumns {
    source: String,
    /// (name, index) of each column: a handful, looked up for every cell of every row, so a
    /// plain list is quicker than hashing.
    columns: Vec<(String, usize)>,
}

/// One data row, able to name its own cells in errors.
pub struct CsvRow<'a> {
    columns: &'a CsvColumns,
    line: usize,
    record: &'a csv::StringRecord,
}

impl CsvColumns {
    /// Reads `bytes` (UTF-8, comma separated, one header row) and hands each data row to
    /// `each`, in order; the first error (the file's or `each`'s) stops the reading. Every
    /// header must be in `known`, and every column of `required` must be present.
    pub fn read(
        source: &str,
        bytes: &[u8],
        known: &[&str],
        required: &[&str],
        mut each: impl FnMut(CsvRow<'_>) -> Result<()>,
    ) -> Result<CsvColumns> {
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
        let mut columns: Vec<(String, usize)> = Vec::new();
        for (index, name) in headers.iter().enumerate() {
            let name = name.trim();
            if !known.contains(&name) {
                return Err(Error::invalid(
                    format!("{source}:1"),
                    format!("unknown column {name:?}; expected {}", known.join(",")),
                ));
            }
            if columns.iter().any(|(known, _)| known == name) {
                return Err(Error::invalid(
                    format!("{source}:1"),
                    format!("column {name:?} appears twice"),
                ));
            }
            columns.push((name.to_string(), index));
        }
        let columns = CsvColumns {
            source: source.to_string(),
            columns,
        };
        if let Some(missing) = required.iter().find(|c| !columns.has_column(c)) {
            return Err(Error::invalid(
                format!("{source}:1"),
                format!("missing column {missing:?}"),
            ));
        }
        let mut lines = LineCounter::new(text, 0);
        // The header is record 1: number it so that the counter moves past it.
        lines.line_at(headers.position());
        let mut record = csv::StringRecord::new();
        loop {
            let read = reader.read_record(&mut record);
            let line = match read {
                Ok(false) => break,
                Ok(true) => lines.line_at(record.position()) as usize,
                Err(e) => return Err(lines.malformed(source, &e)),
            };
            check_length(&columns.place(line), record.len(), headers.len())?;
            each(CsvRow {
                columns: &columns,
                line,
                record: &record,
            })?;
        }
        Ok(columns)
    }

    /// Whether the file has this column at all (an absent column is not an empty one).
    pub fn has_column(&self, column: &str) -> bool {
        self.index_of(column).is_some()
    }

    fn index_of(&self, column: &str) -> Option<usize> {
        self.columns
            .iter()
            .find(|(name, _)| name == column)
            .map(|(_, index)| *index)
    }

    /// Where line `line` is, for errors that concern a whole row: `customers.csv:3`.
    pub fn place(&self, line: usize) -> String {
        format!("{}:{line}", self.source)
    }

    /// How errors name a cell: `customers.csv:3: column email`.
    pub fn field(&self, line: usize, column: &str) -> String {
        format!("{}:{line}: column {column}", self.source)
    }
}

impl<'a> CsvRow<'a> {
    /// The cell of `column`, or `None` when the column is absent or the cell empty.
    pub fn get(&self, column: &str) -> Option<&'a str> {
        let index = self.columns.index_of(column)?;
        self.record
            .get(index)
            .map(str::trim)
            .filter(|v| !v.is_empty())
    }

    /// How errors name this cell: `customers.csv:3: column email`.
    pub fn field(&self, column: &str) -> String {
        self.columns.field(self.line, column)
    }

    pub fn required(&self, column: &str) -> Result<&'a str> {
        self.get(column)
            .ok_or_else(|| Error::invalid(self.field(column), "is empty"))
    }

    /// Whether the file has this column at all (an absent column is not an empty one).
    pub fn has_column(&self, column: &str) -> bool {
        self.columns.has_column(column)
    }

    /// Where this row is, for errors that concern the whole row.
    pub fn place(&self) -> String {
        self.columns.place(self.line)
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

/// What an import did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ImportSummary {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

impl ImportSummary {
    /// Adds what another batch of the same import did.
    pub fn add(&mut self, batch: ImportSummary) {
        self.created += batch.created;
        self.updated += batch.updated;
        self.unchanged += batch.unchanged;
    }
}
