//! How data leaves `subs`: tables for people, CSV and JSON for scripts, messages on stderr.
//!
//! Views are flat `Serialize` structs; their field names are the CSV headers and JSON keys
//! scripts rely on (CLI.md). Lists stream row by row in CSV and JSON so memory stays flat.
//!
//! CSV cells are neutralised here, once, for every command: a cell a spreadsheet would run
//! as a formula (bank labels and webhook fields come from whoever pays, imported text from
//! whoever wrote the file) goes out with a leading `'` (the OWASP rule for CSV injection).

pub mod progress;
pub mod prompt;
mod table;
pub mod views;

use std::io::{self, Write};

use serde::Serialize;
use serde_json::Value;

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
                // The CSV writer borrows the output for the list's life and gives it back
                // in `finish`; it buffers, so rows stream out in blocks.
                let out = std::mem::replace(&mut self.out, Box::new(io::sink()));
                // The header is written here, so that an empty list still has one.
                let mut csv = csv::WriterBuilder::new()
                    .has_headers(false)
                    .from_writer(out);
                csv.write_record(&headers).map_err(csv_io)?;
                ListState::Csv(Box::new(csv))
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
    Csv(Box<csv::Writer<Box<dyn Write>>>),
    Table(Vec<Vec<String>>),
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
            ListState::Csv(csv) => {
                let value = to_value(row);
                csv.write_record(
                    self.headers
                        .iter()
                        .map(|h| csv_cell(value.get(h).unwrap_or(&Value::Null))),
                )
                .map_err(csv_io)?
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
            ListState::Csv(csv) => {
                *out = csv.into_inner().map_err(|e| e.into_error())?;
                Ok(())
            }
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

fn is_nested(value: &Value) -> bool {
    matches!(value, Value::Array(_) | Value::Object(_))
}

/// A scalar as CSV or table text: strings verbatim, null empty.
fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        other => other.to_string(),
    }
}

/// A scalar as a CSV cell: as [`cell`], with a leading `'` when a spreadsheet would run it
/// as a formula.
fn csv_cell(value: &Value) -> String {
    let text = cell(value);
    if crate::domain::values::reads_as_formula(&text) {
        format!("'{text}")
    } else {
        text
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
