//! How data leaves `subs`: tables for people, CSV and JSON for scripts, messages on stderr.
//!
//! Views are flat `Serialize` structs; their field names are the CSV headers and JSON keys
//! scripts rely on (CLI.md). Lists stream row by row in CSV and JSON so memory stays flat.
//!
//! CSV cells are neutralised here, once, for every command: a cell a spreadsheet would run
//! as a formula (bank labels and webhook fields come from whoever pays, imported text from
//! whoever wrote the file) goes out with a leading `'` (the OWASP rule for CSV injection).

pub mod accounts;
mod cells;
pub mod progress;
pub mod prompt;
mod table;
pub mod views;

use std::io::{self, Write};

use serde::Serialize;
use serde_json::Value;

use cells::{cell, csv_cell, is_nested};

/// The data formats of `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Table,
    Csv,
    Json,
}

/// Where data and messages go, and in which form.
pub struct Printer {
    pub format: Format,
    pub quiet: bool,
    pub verbose: bool,
    out: Box<dyn Write>,
}

impl Printer {
    pub fn new(format: Format, quiet: bool, verbose: bool, out: Box<dyn Write>) -> Self {
        Printer {
            format,
            quiet,
            verbose,
            out,
        }
    }

    /// A printer on the process's standard output, buffered.
    pub fn stdout(format: Format, quiet: bool, verbose: bool) -> Self {
        Printer::new(
            format,
            quiet,
            verbose,
            Box::new(io::BufWriter::with_capacity(64 * 1024, io::stdout())),
        )
    }

    pub fn out(&mut self) -> &mut dyn Write {
        &mut self.out
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// A human message on stderr, unless `-q`.
    pub fn note(&self, message: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("{}", message.as_ref());
        }
    }

    /// A problem on stderr, printed even with `-q`: a part of the command that failed while
    /// the rest went on (`error: …`), or money left aside (`warning: …`).
    pub fn problem(&self, message: impl AsRef<str>) {
        eprintln!("{}", message.as_ref());
    }

    /// Detail on stderr with `-v` only.
    pub fn detail(&self, message: impl AsRef<str>) {
        if self.verbose && !self.quiet {
            eprintln!("{}", message.as_ref());
        }
    }

    /// One record: a key/value table, a one-row CSV, or a JSON object.
    pub fn record<T: Serialize>(&mut self, record: &T) -> io::Result<()> {
        let value = to_value(record);
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut self.out, &value)?;
                writeln!(self.out)
            }
            Format::Csv => {
                let Value::Object(map) = &value else {
                    return Ok(());
                };
                let flat: Vec<(&String, &Value)> =
                    map.iter().filter(|(_, v)| !is_nested(v)).collect();
                let mut w = csv::Writer::from_writer(&mut self.out);
                w.write_record(flat.iter().map(|(k, _)| k.as_str()))
                    .map_err(csv_io)?;
                w.write_record(flat.iter().map(|(_, v)| csv_cell(v)))
                    .map_err(csv_io)?;
                w.flush()
            }
            Format::Table => table::write_record(&mut self.out, &value),
        }
    }

    /// The id of a newly created record: the id alone in table form, the record otherwise.
    pub fn created<T: Serialize>(&mut self, id: &str, record: &T) -> io::Result<()> {
        match self.format {
            Format::Table => writeln!(self.out, "{id}"),
            _ => self.record(record),
        }
    }

    /// Starts a list of `T`; push rows, then finish.
    pub fn list<T: Serialize + Default>(&mut self) -> io::Result<ListWriter<'_, T>> {
        let headers = headers_of(&T::default());
        let state = match self.format {
            Format::Json => {
                self.out.write_all(b"[")?;
                ListState::Json { first: true }
            }
            Format::Csv => {
                let written = RecordBuffer::default();
                let mut rows = CsvRows {
                    row: csv::WriterBuilder::new()
                        .has_headers(false)
                        .from_writer(written.clone()),
                    written,
                    neutral: Vec::new(),
                };
                // The header is written here, so that an empty list still has one.
                rows.row.write_record(&headers).map_err(csv_io)?;
                rows.copy_to(&mut self.out)?;
                ListState::Csv(Box::new(rows))
            }
            Format::Table => ListState::Table(Vec::new()),
        };
        Ok(ListWriter {
            printer: self,
            headers,
            state,
            _row: std::marker::PhantomData,
        })
    }

    /// A whole list at once.
    pub fn rows<T: Serialize + Default>(
        &mut self,
        rows: impl IntoIterator<Item = T>,
    ) -> io::Result<()> {
        let mut list = self.list::<T>()?;
        for row in rows {
            list.push(&row)?;
        }
        list.finish()
    }
}

enum ListState {
    Json { first: bool },
    Csv(Box<CsvRows>),
    Table(Vec<Vec<String>>),
}

/// A CSV list's rows: each serialized straight from its view (no intermediate value per
/// row) into a buffer, then copied out with its formula-like cells neutralised.
struct CsvRows {
    row: csv::Writer<RecordBuffer>,
    /// Where `row` writes (the csv writer does not lend its writer back).
    written: RecordBuffer,
    neutral: Vec<u8>,
}

impl CsvRows {
    /// Writes the record just serialized into `row` to `out`, neutralised.
    fn copy_to(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.row.flush()?;
        let mut record = self.written.0.borrow_mut();
        self.neutral.clear();
        neutralise_record(&record, &mut self.neutral);
        record.clear();
        out.write_all(&self.neutral)
    }
}

/// The bytes of one CSV record, shared between the csv writer and [`CsvRows`].
#[derive(Clone, Default)]
struct RecordBuffer(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl Write for RecordBuffer {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Copies one CSV record as the csv crate writes it (RFC 4180: a cell is quoted when it
/// holds a comma, a quote or a line break, and quotes inside are doubled), giving every
/// cell a spreadsheet would run as a formula a leading `'` — inside its quotes when it has
/// them. A quoted cell is never a plain number.
fn neutralise_record(record: &[u8], out: &mut Vec<u8>) {
    let leads_formula = |first: Option<&u8>| {
        first.is_some_and(|b| crate::domain::values::FORMULA_LEADS.contains(&char::from(*b)))
    };
    let mut i = 0;
    while i < record.len() {
        if record[i] == b'"' {
            // The cell ends at a quote that is not doubled.
            let content = i + 1;
            let mut end = content;
            while end < record.len() {
                if record[end] == b'"' {
                    if record.get(end + 1) == Some(&b'"') {
                        end += 2;
                        continue;
                    }
                    break;
                }
                end += 1;
            }
            out.push(b'"');
            if leads_formula(record.get(content)) {
                out.push(b'\'');
            }
            let close = (end + 1).min(record.len());
            out.extend_from_slice(&record[content..close]);
            i = close;
        } else {
            let end = record[i..]
                .iter()
                .position(|b| matches!(b, b',' | b'\n' | b'\r'))
                .map_or(record.len(), |n| i + n);
            let cell = &record[i..end];
            if leads_formula(cell.first())
                && crate::domain::values::reads_as_formula(std::str::from_utf8(cell).unwrap_or(""))
            {
                out.push(b'\'');
            }
            out.extend_from_slice(cell);
            i = end;
        }
        // The delimiter or the line end after the cell.
        if let Some(&byte) = record.get(i) {
            out.push(byte);
            i += 1;
        }
    }
}

/// A list being written: JSON and CSV rows go out as they come, table rows wait for widths.
pub struct ListWriter<'p, T> {
    printer: &'p mut Printer,
    headers: Vec<String>,
    state: ListState,
    _row: std::marker::PhantomData<T>,
}

impl<T: Serialize> ListWriter<'_, T> {
    pub fn push(&mut self, row: &T) -> io::Result<()> {
        match &mut self.state {
            ListState::Json { first } => {
                let out = &mut self.printer.out;
                out.write_all(if *first { b"\n" } else { b",\n" })?;
                *first = false;
                serde_json::to_writer(out, row)?;
            }
            ListState::Csv(rows) => {
                rows.row.serialize(row).map_err(csv_io)?;
                rows.copy_to(&mut self.printer.out)?;
            }
            ListState::Table(rows) => {
                let value = to_value(row);
                rows.push(
                    self.headers
                        .iter()
                        .map(|h| cell(value.get(h).unwrap_or(&Value::Null)))
                        .collect(),
                );
            }
        }
        Ok(())
    }

    pub fn finish(self) -> io::Result<()> {
        let out = &mut self.printer.out;
        match self.state {
            ListState::Json { first } => out.write_all(if first { b"]\n" } else { b"\n]\n" }),
            ListState::Csv(_) => Ok(()),
            ListState::Table(rows) => table::write_rows(out, &self.headers, &rows),
        }
    }
}

/// A CSV error as the I/O error it wraps, so that a closed pipe stays recognisable.
fn csv_io(error: csv::Error) -> io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => io::Error::other(format!("{other:?}")),
    }
}

fn to_value<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

fn headers_of<T: Serialize>(sample: &T) -> Vec<String> {
    match to_value(sample) {
        Value::Object(map) => map
            .into_iter()
            .filter(|(_, v)| !is_nested(v))
            .map(|(k, _)| k)
            .collect(),
        _ => Vec::new(),
    }
}

/// True when an I/O error only means the reader went away (`subs … | head`).
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error
        .chain()
        .filter_map(|e| {
            e.downcast_ref::<io::Error>().or_else(|| {
                e.downcast_ref::<crate::error::Error>()
                    .and_then(crate::error::Error::io_error)
            })
        })
        .any(|e| e.kind() == io::ErrorKind::BrokenPipe)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn neutralised(record: &str) -> String {
        let mut out = Vec::new();
        neutralise_record(record.as_bytes(), &mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn formula_like_cells_get_a_leading_quote_inside_their_quotes_if_any() {
        assert_eq!(
            neutralised("=1+1,\"=HYPERLINK(\"\"x\"\",\"\"y\"\")\",@SUM(A1),+33,\tx\n"),
            "'=1+1,\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",'@SUM(A1),'+33,'\tx\n"
        );
        assert_eq!(neutralised("\"\rx\",-2+3,-\n"), "\"'\rx\",'-2+3,'-\n");
    }

    #[test]
    fn numbers_plain_text_and_empty_cells_are_copied_as_they_are() {
        for record in [
            "-84.12,12.50,-3,Acme,a=b,,2026-01-15\n",
            "\"Dupont, Martin\",\"\"\"=quoted\"\"\",x\n",
            "\"\"\n",
        ] {
            assert_eq!(neutralised(record), record);
        }
    }
}
