//! What every CSV file people or banks give is held to before its cells are read: records
//! numbered by the line of the file they start on, a quote that is opened and never closed
//! refused (the `csv` crate would read the rest of the file into one cell), and every
//! record as long as the header.
//!
//! Quoting follows RFC 4180 as the `csv` crate reads it: a quote opens a quoted cell only
//! as the cell's first byte, `""` inside it is one quote, and a cell ends at the delimiter
//! or at a line break (`\n`, `\r` or `\r\n`).

use crate::error::Error;

/// Refuses a quote that is never closed, naming the line it was opened on (`line_offset`
/// lines precede `text` in the file).
pub fn check_quotes(
    source: &str,
    text: &str,
    delimiter: u8,
    line_offset: u64,
) -> Result<(), Error> {
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum State {
        CellStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }
    let mut state = State::CellStart;
    let mut line = line_offset + 1;
    let mut opened_on = line;
    for &byte in text.as_bytes() {
        let ends_cell = byte == delimiter || byte == b'\n' || byte == b'\r';
        state = match state {
            State::CellStart if byte == b'"' => {
                opened_on = line;
                State::Quoted
            }
            State::CellStart | State::Unquoted | State::QuoteInQuoted if ends_cell => {
                State::CellStart
            }
            State::CellStart | State::Unquoted => State::Unquoted,
            State::Quoted if byte == b'"' => State::QuoteInQuoted,
            State::Quoted => State::Quoted,
            State::QuoteInQuoted if byte == b'"' => State::Quoted,
            // After a closing quote the cell goes on unquoted, as the csv crate reads it.
            State::QuoteInQuoted => State::Unquoted,
        };
        if byte == b'\n' {
            line += 1;
        }
    }
    if state == State::Quoted {
        return Err(Error::invalid(
            format!("{source}:{opened_on}"),
            "a quote opened on this line is never closed",
        ));
    }
    Ok(())
}

/// Refuses a record whose number of cells is not the header's.
pub fn check_length(place: &str, cells: usize, header_cells: usize) -> Result<(), Error> {
    if cells == header_cells {
        return Ok(());
    }
    Err(Error::invalid(
        place,
        format!("has {cells} fields; the header has {header_cells}"),
    ))
}

/// Numbers records by the line of the file they start on.
///
/// The csv reader's own line count lags by one after a CRLF (it counts the `\n` only once
/// it reads on), so lines are counted here from each record's byte offset. Records arrive
/// in order, so only the bytes since the previous record are scanned: numbering a whole
/// file costs one pass over it.
pub struct LineCounter<'t> {
    body: &'t [u8],
    /// Lines that precede `body` in the file.
    offset: u64,
    scanned: usize,
    newlines: u64,
}

impl<'t> LineCounter<'t> {
    pub fn new(body: &'t str, offset: u64) -> Self {
        LineCounter {
            body: body.as_bytes(),
            offset,
            scanned: 0,
            newlines: 0,
        }
    }

    /// The line on which the record (or error) at `position` starts.
    pub fn line_at(&mut self, position: Option<&csv::Position>) -> u64 {
        let start = position
            .and_then(|p| usize::try_from(p.byte()).ok())
            .unwrap_or(self.scanned)
            .clamp(self.scanned, self.body.len());
        // A record never starts with a line break: those before it end the previous line.
        let breaks = self.body[start..]
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
        let end = start + breaks;
        let counted = self.body[self.scanned..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        self.newlines += counted as u64;
        self.scanned = end;
        self.offset + self.newlines + 1
    }

    /// The record with its line, or the reader's error naming the line.
    pub fn number(
        &mut self,
        source: &str,
        record: csv::Result<csv::StringRecord>,
    ) -> Result<(u64, csv::StringRecord), Error> {
        match record {
            Ok(record) => Ok((self.line_at(record.position()), record)),
            Err(e) => Err(self.malformed(source, &e)),
        }
    }

    /// The reader's error, naming the line it stopped on.
    pub fn malformed(&mut self, source: &str, error: &csv::Error) -> Error {
        let line = self.line_at(error.position());
        Error::invalid(
            format!("{source}:{line}"),
            format!("malformed CSV ({error})"),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Result<(), String> {
        check_quotes("f.csv", text, b',', 0).map_err(|e| e.to_string())
    }

    #[test]
    fn closed_and_doubled_quotes_are_fine() {
        assert!(quotes("a,\"b,c\"\n\"x \"\"y\"\"\",z\n").is_ok());
        assert!(quotes("a,\"two\nlines\"\n").is_ok());
        // A quote inside an unquoted cell is a plain character.
        assert!(quotes("a,5\" screen\n").is_ok());
    }

    #[test]
    fn an_unterminated_quote_names_the_line_it_opens_on() {
        assert_eq!(
            quotes("code,name\nC1,ok\nC2,\"never closed\nC3,lost\n"),
            Err("f.csv:3: a quote opened on this line is never closed".into())
        );
    }

    #[test]
    fn the_line_offset_counts_lines_before_the_text() {
        let err = check_quotes("r.csv", "a;\"b\n", b';', 4).unwrap_err();
        assert_eq!(
            err.to_string(),
            "r.csv:5: a quote opened on this line is never closed"
        );
    }

    #[test]
    fn crlf_line_breaks_end_cells() {
        assert!(quotes("a,b\r\n\"c\",d\r\n").is_ok());
        assert_eq!(
            quotes("a,b\r\nc,\"d\r\n"),
            Err("f.csv:2: a quote opened on this line is never closed".into())
        );
    }

    #[test]
    fn lines_are_counted_from_record_offsets() {
        let text = "h1,h2\r\nA,\"x\r\ny\"\r\nB,z\r\n";
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes());
        let mut lines = LineCounter::new(text, 0);
        let numbered: Vec<u64> = reader
            .records()
            .map(|r| lines.number("f.csv", r).unwrap().0)
            .collect();
        assert_eq!(numbered, vec![1, 2, 4]);
    }
}
