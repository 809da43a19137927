//! Reading an ISO 20022 camt.053 bank-to-customer statement into [`BankLine`]s.
//!
//! Any `urn:iso:std:iso:20022:tech:xsd:camt.053.001.NN` namespace is accepted: the parts read
//! here (`Document/BkToCstmrStmt/Stmt/Ntry`) kept their shape from .02 to .08 and beyond,
//! except the status (`<Sts>BOOK</Sts>` became `<Sts><Cd>BOOK</Cd></Sts>`) and party names
//! (`Dbtr/Nm` became `Dbtr/Pty/Nm`), which are both read. What each entry gives:
//!
//! - amount: `Amt` (with its `Ccy`), signed by `CdtDbtInd` (`CRDT` in, `DBIT` out). A
//!   reversal keeps the indicator of the reversing movement, so the sign is still the
//!   direction the money moved.
//! - date: `BookgDt/Dt`, else `BookgDt/DtTm`, else `ValDt` (the date part as written; time
//!   zones are not shifted, the bank's calendar day is the one the statement shows).
//! - label: `AddtlNtryInf` then every `NtryDtls/TxDtls/RmtInf/Ustrd`, joined by a space.
//! - reference: the first `EndToEndId` that is not `NOTPROVIDED`, else the entry's
//!   `AcctSvcrRef`, else a transaction's.
//! - counterparty: for money in the debtor's name, for money out the creditor's.
//!
//! Only booked entries become lines (`Sts` or `Sts/Cd` = `BOOK`); pending and information
//! entries are skipped without being checked. A document in another namespace is refused
//! as "not a camt.053 statement", and malformed XML names the byte where reading stopped.
//! Errors inside an entry name it as `Ntry[n]`, counted from 1 across the document. An
//! element read here that the schema allows once per entry (`Amt`, `CdtDbtInd`, `Sts`,
//! the dates, `AcctSvcrRef`) is refused when repeated, and so is a control character other
//! than a line break or a tab in the entry's text. The amount has the decimals of the
//! currency its `Ccy` names.

use std::borrow::Cow;

use chrono::NaiveDate;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;

use crate::domain::values::{clip, utf8_text};
use crate::error::Error;

use super::amount::{NumberStyle, parse_bank_amount};
use super::lines::{LineDraft, bounded_text, optional_text, refuse_controls, seal};
use crate::domain::bank::BankLine;
use crate::domain::money::minor_digits;

const NAMESPACE_PREFIX: &str = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";

/// `xs:decimal` as ISO 20022 uses it for amounts: `1250.50`, never signed (the sign is
/// `CdtDbtInd`).
const AMOUNT_STYLE: NumberStyle = NumberStyle {
    decimal: '.',
    thousands: None,
    signed: false,
};

/// Where an entry sits: `Document/BkToCstmrStmt/Stmt/Ntry`.
const ENTRY_PATH: [&str; 4] = ["Document", "BkToCstmrStmt", "Stmt", "Ntry"];

/// Reads a camt.053 statement; `source` names the file in errors and `digits` is the number
/// of decimals of the account's currency.
pub fn parse_camt053(source: &str, bytes: &[u8], digits: u32) -> Result<Vec<BankLine>, Error> {
    let text = decode(source, bytes)?;
    let mut reader = NsReader::from_str(&text);
    let mut walk = Walk::new(source, digits);
    loop {
        let position = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| walk.malformed(reader.error_position(), &e.to_string()))?;
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(start) | Event::Empty(start) => {
                if walk.path.is_empty() {
                    let (namespace, _) = reader.resolver().resolve_element(start.name());
                    walk.check_root(&namespace, &start, position)?;
                }
                walk.open(&start)?;
                if empty {
                    walk.close()?;
                }
            }
            Event::End(_) => walk.close()?,
            Event::Text(text) => walk.push_text(&text.xml10_content()),
            Event::CData(data) => walk.push_text(&data.xml10_content()),
            Event::GeneralRef(reference) => {
                let resolved = resolve_reference(&reference)
                    .ok_or_else(|| walk.malformed(position, "undefined entity reference"))?;
                walk.push_text(&resolved);
            }
            Event::DocType(_) => {
                return Err(walk.malformed(position, "a DOCTYPE is not allowed in a statement"));
            }
            Event::Eof => break,
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) => {}
        }
    }
    walk.finish()
}

/// The document as text: UTF-8 (a BOM is fine), or the encoding its declaration names.
fn decode<'a>(source: &str, bytes: &'a [u8]) -> Result<Cow<'a, str>, Error> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(label) = declared_encoding(bytes) {
        let encoding = encoding_rs::Encoding::for_label(label.as_bytes()).ok_or_else(|| {
            Error::invalid(source, format!("declares an unknown encoding {label:?}"))
        })?;
        if encoding != encoding_rs::UTF_8 {
            return Ok(encoding.decode_without_bom_handling(bytes).0);
        }
    }
    utf8_text(
        source,
        bytes,
        " and the XML declaration names no other encoding",
    )
    .map(Cow::Borrowed)
}

/// The `encoding` of an `<?xml … ?>` declaration, which is ASCII whatever follows.
fn declared_encoding(bytes: &[u8]) -> Option<String> {
    let rest = bytes.strip_prefix(b"<?xml")?;
    let end = rest.windows(2).take(256).position(|w| w == b"?>")?;
    let decl = std::str::from_utf8(&rest[..end]).ok()?;
    let after = decl
        .split_once("encoding")?
        .1
        .trim_start()
        .strip_prefix('=')?;
    let after = after.trim_start();
    let quote = after.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let value = after[1..].split(quote).next()?;
    Some(value.to_string())
}

/// `&amp;`, `&#233;`, `&#xE9;`: the five predefined entities and character references.
/// A DOCTYPE is refused, so no other entity can be defined.
fn resolve_reference(reference: &quick_xml::events::BytesRef<'_>) -> Option<String> {
    if reference.is_char_ref() {
        return reference
            .resolve_char_ref()
            .ok()
            .flatten()
            .map(String::from);
    }
    let name = reference.xml10_content();
    quick_xml::escape::resolve_predefined_entity(&name).map(str::to_string)
}

/// The state of one pass over the document.
struct Walk<'s> {
    source: &'s str,
    digits: u32,
    /// Local names of the open elements, the root first.
    path: Vec<String>,
    seen_root: bool,
    /// Text of the innermost open element, when inside an entry.
    text: String,
    entry: Option<Entry>,
    entries: usize,
    drafts: Vec<LineDraft>,
}

impl<'s> Walk<'s> {
    fn new(source: &'s str, digits: u32) -> Self {
        Walk {
            source,
            digits,
            path: Vec::new(),
            seen_root: false,
            text: String::new(),
            entry: None,
            entries: 0,
            drafts: Vec::new(),
        }
    }

    /// The open elements as a path, root first. A hostile file can nest elements without
    /// end: past a few levels only the outermost and innermost ones are named, so that an
    /// error stays one readable line.
    fn where_(&self) -> String {
        const OUTER: usize = 3;
        const INNER: usize = 4;
        if self.path.len() <= OUTER + INNER + 1 {
            return self.path.join("/");
        }
        format!(
            "{}/…{} more…/{}",
            self.path[..OUTER].join("/"),
            self.path.len() - OUTER - INNER,
            self.path[self.path.len() - INNER..].join("/")
        )
    }

    fn malformed(&self, byte: u64, reason: &str) -> Error {
        let inside = if self.path.is_empty() {
            String::new()
        } else {
            format!(" inside <{}>", self.where_())
        };
        Error::invalid(
            format!("{}: byte {byte}", self.source),
            format!(
                "malformed XML{inside}: {}",
                clip(&reason.replace('\n', " "), 200)
            ),
        )
    }

    /// The root must be a camt.053 `Document`; anything else (a pain.008 sent by mistake,
    /// another bank format) is named by its root so the user sees what the file is.
    fn check_root(
        &mut self,
        namespace: &ResolveResult<'_>,
        start: &BytesStart<'_>,
        position: u64,
    ) -> Result<(), Error> {
        if self.seen_root {
            return Err(self.malformed(position, "content after the root element"));
        }
        self.seen_root = true;
        let local = start.local_name();
        let name = local.as_ref();
        let uri = match namespace {
            ResolveResult::Bound(ns) => Some(ns.0),
            _ => None,
        };
        let is_camt053 = uri.is_some_and(|u| {
            u.strip_prefix(NAMESPACE_PREFIX)
                .is_some_and(|v| v.len() == 2 && v.bytes().all(|b| b.is_ascii_digit()))
        });
        if name == "Document" && is_camt053 {
            return Ok(());
        }
        let root = match uri {
            Some(uri) => format!("<{name}> in namespace {uri}"),
            None => format!("<{name}> without namespace"),
        };
        Err(Error::invalid(
            self.source,
            format!("is not a camt.053 statement (root {root})"),
        ))
    }

    fn open(&mut self, start: &BytesStart<'_>) -> Result<(), Error> {
        let local = start.local_name().as_ref().to_string();
        self.path.push(local);
        self.text.clear();
        if self.path == ENTRY_PATH {
            self.entries += 1;
            self.entry = Some(Entry::new(self.entries));
        } else if let (Some(relative), Some(entry)) = (self.relative(), &mut self.entry) {
            entry.opened(self.source, &relative)?;
            if relative == "Amt" {
                entry.currency = attribute(start, "Ccy");
            }
        }
        Ok(())
    }

    fn close(&mut self) -> Result<(), Error> {
        if self.path == ENTRY_PATH {
            if let Some(entry) = self.entry.take() {
                if let Some(draft) = entry.finish(self.source, self.digits)? {
                    self.drafts.push(draft);
                }
            }
        } else if let (Some(relative), Some(entry)) = (self.relative(), &mut self.entry) {
            entry.take(&relative, std::mem::take(&mut self.text));
        }
        self.path.pop();
        self.text.clear();
        Ok(())
    }

    fn push_text(&mut self, text: &str) {
        if self.entry.is_some() {
            self.text.push_str(text);
        }
    }

    /// The path of the open element below the current entry (`NtryDtls/TxDtls/Refs`).
    fn relative(&self) -> Option<String> {
        let inside =
            self.path.len() > ENTRY_PATH.len() && self.path[..ENTRY_PATH.len()] == ENTRY_PATH;
        inside.then(|| self.path[ENTRY_PATH.len()..].join("/"))
    }

    fn finish(self) -> Result<Vec<BankLine>, Error> {
        if !self.path.is_empty() {
            return Err(Error::invalid(
                self.source,
                format!("ends inside <{}> (is the file truncated?)", self.where_()),
            ));
        }
        if !self.seen_root {
            return Err(Error::invalid(
                self.source,
                "has no root element (is the file empty?)",
            ));
        }
        Ok(seal(self.drafts))
    }
}

fn attribute(start: &BytesStart<'_>, name: &str) -> Option<String> {
    start
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(Cow::into_owned)
        })
}

/// The elements read from an entry that the schema allows once (`Amt` is `[1..1]`, and so
/// on): a second one makes the entry ambiguous (which amount was booked?), so it is refused
/// rather than one of them picked.
const ONCE: [&str; 8] = [
    "Amt",
    "CdtDbtInd",
    "Sts",
    "Sts/Cd",
    "Sts/Prtry",
    "BookgDt",
    "ValDt",
    "AcctSvcrRef",
];

/// What one `Ntry` said, as text, until the entry closes.
#[derive(Default)]
struct Entry {
    index: usize,
    /// The elements of [`ONCE`] already opened.
    seen: Vec<&'static str>,
    amount: Option<String>,
    currency: Option<String>,
    indicator: Option<String>,
    status: Option<String>,
    booking_date: Option<(String, String)>,
    value_date: Option<(String, String)>,
    info: Vec<String>,
    remittance: Vec<String>,
    end_to_end: Vec<String>,
    entry_ref: Option<String>,
    tx_ref: Option<String>,
    debtor: Option<String>,
    creditor: Option<String>,
}

impl Entry {
    fn new(index: usize) -> Self {
        Entry {
            index,
            ..Entry::default()
        }
    }

    /// Notes an element opening at `relative` below the entry; a second one of the
    /// elements the schema allows once is refused, naming the entry.
    fn opened(&mut self, source: &str, relative: &str) -> Result<(), Error> {
        if let Some(once) = ONCE.iter().find(|name| **name == relative) {
            if self.seen.contains(once) {
                return Err(Error::invalid(
                    self.place(source, ""),
                    format!("has more than one {once}; an entry has one"),
                ));
            }
            self.seen.push(once);
        }
        Ok(())
    }

    /// Keeps the text of an element that closed at `relative` below the entry.
    fn take(&mut self, relative: &str, text: String) {
        let keep = |slot: &mut Option<String>, text: String| {
            if slot.is_none() && !text.trim().is_empty() {
                *slot = Some(text);
            }
        };
        let date = |slot: &mut Option<(String, String)>, text: String| {
            if slot.is_none() {
                *slot = Some((relative.to_string(), text));
            }
        };
        match relative {
            "Amt" => keep(&mut self.amount, text),
            "CdtDbtInd" => keep(&mut self.indicator, text),
            "Sts" | "Sts/Cd" | "Sts/Prtry" => keep(&mut self.status, text),
            "BookgDt/Dt" | "BookgDt/DtTm" => date(&mut self.booking_date, text),
            "ValDt/Dt" | "ValDt/DtTm" => date(&mut self.value_date, text),
            "AddtlNtryInf" => self.info.push(text),
            "NtryDtls/TxDtls/RmtInf/Ustrd" => self.remittance.push(text),
            "NtryDtls/TxDtls/Refs/EndToEndId" => self.end_to_end.push(text),
            "AcctSvcrRef" => keep(&mut self.entry_ref, text),
            "NtryDtls/TxDtls/Refs/AcctSvcrRef" => keep(&mut self.tx_ref, text),
            "NtryDtls/TxDtls/RltdPties/Dbtr/Nm" | "NtryDtls/TxDtls/RltdPties/Dbtr/Pty/Nm" => {
                keep(&mut self.debtor, text)
            }
            "NtryDtls/TxDtls/RltdPties/Cdtr/Nm" | "NtryDtls/TxDtls/RltdPties/Cdtr/Pty/Nm" => {
                keep(&mut self.creditor, text)
            }
            _ => {}
        }
    }

    fn place(&self, source: &str, element: &str) -> String {
        format!("{source}: element Ntry[{}]{element}", self.index)
    }

    /// The line this entry books, or `None` when it is not booked.
    fn finish(self, source: &str, digits: u32) -> Result<Option<LineDraft>, Error> {
        let status = self
            .status
            .as_deref()
            .map(str::trim)
            .ok_or_else(|| Error::invalid(self.place(source, ""), "has no Sts (status)"))?;
        if status != "BOOK" {
            return Ok(None);
        }
        let currency = self.currency(source)?;
        // The amount has the decimals of its own currency (`Ccy`), else the account's.
        let digits = currency.as_deref().map_or(digits, minor_digits);
        let amount = self.signed_amount(source, digits)?;
        let date = self.date(source)?;
        for piece in &self.info {
            refuse_controls(&self.place(source, "/AddtlNtryInf"), piece)?;
        }
        for piece in &self.remittance {
            refuse_controls(&self.place(source, "/NtryDtls/TxDtls/RmtInf/Ustrd"), piece)?;
        }
        let label = bounded_text(&self.place(source, "/AddtlNtryInf"), &self.label())?;
        let reference = optional_text(
            &self.place(source, "/NtryDtls/TxDtls/Refs"),
            self.reference().unwrap_or(""),
        )?;
        let party = if amount >= 0 {
            &self.debtor
        } else {
            &self.creditor
        };
        let counterparty = optional_text(
            &self.place(source, "/NtryDtls/TxDtls/RltdPties"),
            party.as_deref().unwrap_or(""),
        )?;
        Ok(Some(LineDraft {
            date,
            amount,
            currency,
            label,
            reference,
            counterparty,
        }))
    }

    fn signed_amount(&self, source: &str, digits: u32) -> Result<i64, Error> {
        let text = self
            .amount
            .as_deref()
            .ok_or_else(|| Error::invalid(self.place(source, ""), "has no Amt"))?;
        let magnitude = parse_bank_amount(text, AMOUNT_STYLE, digits)
            .map_err(|reason| Error::invalid(self.place(source, "/Amt"), reason))?;
        match self.indicator.as_deref().map(str::trim) {
            Some("CRDT") => Ok(magnitude),
            Some("DBIT") => Ok(-magnitude),
            Some(other) => Err(Error::invalid(
                self.place(source, "/CdtDbtInd"),
                format!("{other:?} is neither CRDT nor DBIT"),
            )),
            None => Err(Error::invalid(self.place(source, ""), "has no CdtDbtInd")),
        }
    }

    fn date(&self, source: &str) -> Result<NaiveDate, Error> {
        let (element, text) = self
            .booking_date
            .as_ref()
            .or(self.value_date.as_ref())
            .ok_or_else(|| Error::invalid(self.place(source, ""), "has no BookgDt or ValDt"))?;
        let place = self.place(source, &format!("/{element}"));
        let date = parse_iso_date(text).ok_or_else(|| {
            Error::invalid(
                &place,
                format!("{:?} is not a date (expected YYYY-MM-DD)", text.trim()),
            )
        })?;
        crate::domain::values::check_date_range(&place, date)
    }

    fn currency(&self, source: &str) -> Result<Option<String>, Error> {
        match &self.currency {
            Some(code) if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) => {
                Ok(Some(code.clone()))
            }
            Some(code) => Err(Error::invalid(
                self.place(source, "/Amt"),
                format!("Ccy {code:?} is not a currency code"),
            )),
            None => Ok(None),
        }
    }

    /// The bank's description, then the payer's remittance text; a piece the bank repeats
    /// word for word is kept once.
    fn label(&self) -> String {
        let mut pieces: Vec<String> = Vec::new();
        for piece in self.info.iter().chain(&self.remittance) {
            let piece = super::lines::clean_text(piece);
            if !piece.is_empty() && !pieces.contains(&piece) {
                pieces.push(piece);
            }
        }
        pieces.join(" ")
    }

    fn reference(&self) -> Option<&str> {
        self.end_to_end
            .iter()
            .map(|r| r.trim())
            .find(|r| !r.is_empty() && !r.eq_ignore_ascii_case("NOTPROVIDED"))
            .or(self.entry_ref.as_deref())
            .or(self.tx_ref.as_deref())
    }
}

/// `xs:date` or `xs:dateTime`: the calendar day as written, whatever zone follows.
fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let (day, rest) = (text.get(..10)?, text.get(10..)?);
    let tail_ok = rest.is_empty() || rest.starts_with(['T', 'Z', '+', '-']);
    let shaped = day.bytes().enumerate().all(|(i, b)| match i {
        4 | 7 => b == b'-',
        _ => b.is_ascii_digit(),
    });
    if !(tail_ok && shaped) {
        return None;
    }
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const V02: &[u8] = include_bytes!("../../../tests/fixtures/bank/camt053-v02.xml");
    const V08: &[u8] = include_bytes!("../../../tests/fixtures/bank/camt053-v08.xml");
    const SAMPLE_V02: &[u8] =
        include_bytes!("../../../tests/fixtures/bank/camt.053.001.02.sample.xml");
    const SAMPLE_V08: &[u8] =
        include_bytes!("../../../tests/fixtures/bank/camt.053.001.08.sample.xml");
    const PAIN_008: &[u8] =
        include_bytes!("../../../tests/fixtures/bank/pain.008.001.02.sample.xml");

    fn parse(bytes: &[u8]) -> Result<Vec<BankLine>, Error> {
        parse_camt053("statement.xml", bytes, 2)
    }

    fn err(bytes: &[u8]) -> String {
        parse(bytes).unwrap_err().to_string()
    }

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 2, d).unwrap()
    }

    /// A one-entry .02 statement around `entry`.
    fn statement(entry: &str) -> Vec<u8> {
        format!(
            "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>\
             <Stmt><Ntry>{entry}</Ntry></Stmt></BkToCstmrStmt></Document>"
        )
        .into_bytes()
    }

    const BOOKED: &str =
        "<CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-02-02</Dt></BookgDt>";

    /// Date, amount, label, reference, counterparty.
    type Summary<'a> = (NaiveDate, i64, &'a str, Option<&'a str>, Option<&'a str>);

    fn expected() -> Vec<Summary<'static>> {
        vec![
            (
                date(2),
                10000,
                "VIR SEPA RECU REGLEMENT FACTURE INV-2026-00002",
                Some("INV-2026-00002"),
                Some("CLIENT UN"),
            ),
            (
                date(3),
                -8412,
                "PRLV SEPA EDF",
                Some("EDF-2026-02"),
                Some("EDF"),
            ),
            (
                date(5),
                125050,
                "VIR INST FACTURE INV-2026-00003 ET INV-2026-00004",
                None,
                Some("ACME SARL"),
            ),
            (
                date(6),
                4500,
                "VIR SEPA RECU",
                Some("BQ-TX-0005"),
                Some("DUPONT & FILS"),
            ),
        ]
    }

    fn summary(lines: &[BankLine]) -> Vec<Summary<'_>> {
        lines
            .iter()
            .map(|l| {
                (
                    l.date,
                    l.amount,
                    l.label.as_str(),
                    l.reference.as_deref(),
                    l.counterparty.as_deref(),
                )
            })
            .collect()
    }

    #[test]
    fn a_version_02_statement_reads_its_booked_entries() {
        let lines = parse(V02).unwrap();
        assert_eq!(summary(&lines), expected());
        assert!(lines.iter().all(|l| l.currency.as_deref() == Some("EUR")));
    }

    #[test]
    fn a_version_08_statement_reads_the_same_lines() {
        let v08 = parse(V08).unwrap();
        assert_eq!(summary(&v08), expected());
        let v02 = parse(V02).unwrap();
        let fingerprints = |lines: &[BankLine]| -> Vec<String> {
            lines.iter().map(|l| l.fingerprint.clone()).collect()
        };
        assert_eq!(fingerprints(&v08), fingerprints(&v02));
    }

    #[test]
    fn the_shared_samples_parse() {
        for sample in [SAMPLE_V02, SAMPLE_V08] {
            let lines = parse(sample).unwrap();
            assert_eq!(lines.len(), 1);
            assert_eq!(lines[0].amount, 1999);
            assert_eq!(lines[0].date, NaiveDate::from_ymd_opt(2024, 1, 5).unwrap());
            assert_eq!(lines[0].reference.as_deref(), Some("INV-1"));
            assert_eq!(lines[0].label, "");
        }
    }

    #[test]
    fn reading_the_same_statement_twice_gives_the_same_fingerprints() {
        assert_eq!(parse(V02).unwrap(), parse(V02).unwrap());
    }

    #[test]
    fn two_identical_entries_get_different_fingerprints() {
        let entry = format!("<Amt Ccy=\"EUR\">1.20</Amt>{BOOKED}<AddtlNtryInf>CB</AddtlNtryInf>");
        let text = String::from_utf8(statement(&entry))
            .unwrap()
            .replace("</Ntry>", &format!("</Ntry><Ntry>{entry}</Ntry>"));
        let lines = parse(text.as_bytes()).unwrap();
        assert_eq!(lines.len(), 2);
        assert_ne!(lines[0].fingerprint, lines[1].fingerprint);
    }

    #[test]
    fn any_camt053_version_is_accepted() {
        let text = String::from_utf8(statement(&format!("<Amt Ccy=\"EUR\">1</Amt>{BOOKED}")))
            .unwrap()
            .replace("camt.053.001.02", "camt.053.001.13");
        assert_eq!(parse(text.as_bytes()).unwrap()[0].amount, 100);
    }

    #[test]
    fn a_prefixed_namespace_and_a_bom_are_read() {
        let text = "\u{feff}<?xml version=\"1.0\"?><c:Document xmlns:c=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">\
                    <c:BkToCstmrStmt><c:Stmt><c:Ntry><c:Amt Ccy=\"EUR\">2.50</c:Amt><c:CdtDbtInd>DBIT</c:CdtDbtInd>\
                    <c:Sts><c:Cd>BOOK</c:Cd></c:Sts><c:ValDt><c:Dt>2026-02-02+01:00</c:Dt></c:ValDt>\
                    </c:Ntry></c:Stmt></c:BkToCstmrStmt></c:Document>";
        let lines = parse(text.as_bytes()).unwrap();
        assert_eq!(lines[0].amount, -250);
        assert_eq!(lines[0].date, date(2));
    }

    #[test]
    fn a_latin1_declared_statement_is_decoded() {
        let body = String::from_utf8(statement(&format!(
            "<Amt Ccy=\"EUR\">1</Amt>{BOOKED}<AddtlNtryInf>CAF\u{c9}</AddtlNtryInf>"
        )))
        .unwrap();
        let text = format!("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>{body}");
        let bytes = encoding_rs::WINDOWS_1252.encode(&text).0;
        assert_eq!(parse(&bytes).unwrap()[0].label, "CAF\u{c9}");
    }

    #[test]
    fn invalid_utf8_without_a_declared_encoding_names_the_line() {
        let mut bytes = statement(&format!("<Amt Ccy=\"EUR\">1</Amt>{BOOKED}"));
        bytes.insert(10, 0xE9);
        assert_eq!(
            err(&bytes),
            "statement.xml:1: is not valid UTF-8 and the XML declaration names no other encoding"
        );
    }

    #[test]
    fn a_pain008_document_is_not_a_statement() {
        assert_eq!(
            err(PAIN_008),
            "statement.xml: is not a camt.053 statement (root <Document> in namespace \
             urn:iso:std:iso:20022:tech:xsd:pain.008.001.02)"
        );
    }

    #[test]
    fn random_xml_is_not_a_statement() {
        assert_eq!(
            err(b"<foo/>"),
            "statement.xml: is not a camt.053 statement (root <foo> without namespace)"
        );
    }

    #[test]
    fn a_truncated_statement_names_where_it_stops() {
        let full = String::from_utf8(V02.to_vec()).unwrap();
        let cut = &full[..full.find("<CdtDbtInd>DBIT").unwrap()];
        assert_eq!(
            err(cut.as_bytes()),
            "statement.xml: ends inside <Document/BkToCstmrStmt/Stmt/Ntry> (is the file truncated?)"
        );
    }

    #[test]
    fn a_statement_cut_inside_a_tag_names_the_byte() {
        let full = String::from_utf8(V02.to_vec()).unwrap();
        let at = full.find("<CdtDbtInd>DBIT").unwrap();
        assert_eq!(
            err(&full.as_bytes()[..at + 4]),
            format!(
                "statement.xml: byte {at}: malformed XML inside <Document/BkToCstmrStmt/Stmt/Ntry>: \
                 syntax error: tag not closed: `>` not found before end of input"
            )
        );
    }

    #[test]
    fn mismatched_tags_name_the_byte() {
        assert_eq!(
            err(&statement("<Amt Ccy=\"EUR\">1</Amount>")),
            "statement.xml: byte 108: malformed XML inside <Document/BkToCstmrStmt/Stmt/Ntry/Amt>: \
             ill-formed document: expected `</Amt>`, but `</Amount>` was found"
        );
    }

    #[test]
    fn an_empty_document_has_no_root() {
        assert_eq!(
            err(b"  \n"),
            "statement.xml: has no root element (is the file empty?)"
        );
    }

    #[test]
    fn a_doctype_is_refused() {
        let message = err(b"<!DOCTYPE x [<!ENTITY e \"boom\">]><x>&e;</x>");
        assert!(message.contains("a DOCTYPE is not allowed"), "{message}");
    }

    #[test]
    fn an_amount_with_an_exponent_names_the_entry() {
        assert_eq!(
            err(&statement(&format!("<Amt Ccy=\"EUR\">1e3</Amt>{BOOKED}"))),
            "statement.xml: element Ntry[1]/Amt: \"1e3\" is not an amount (expected digits like 1250.50)"
        );
    }

    #[test]
    fn more_decimals_than_the_currency_has_are_refused() {
        assert_eq!(
            err(&statement(&format!(
                "<Amt Ccy=\"EUR\">19.999</Amt>{BOOKED}"
            ))),
            "statement.xml: element Ntry[1]/Amt: \"19.999\" has 3 decimal places; at most 2 allowed"
        );
    }

    #[test]
    fn an_unknown_credit_debit_indicator_is_refused() {
        let entry = "<Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CRED</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-02-02</Dt></BookgDt>";
        assert_eq!(
            err(&statement(entry)),
            "statement.xml: element Ntry[1]/CdtDbtInd: \"CRED\" is neither CRDT nor DBIT"
        );
    }

    #[test]
    fn an_impossible_booking_date_is_refused() {
        let entry = "<Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-02-30</Dt></BookgDt>";
        assert_eq!(
            err(&statement(entry)),
            "statement.xml: element Ntry[1]/BookgDt/Dt: \"2026-02-30\" is not a date (expected YYYY-MM-DD)"
        );
    }

    #[test]
    fn a_booked_entry_without_a_date_is_refused() {
        let entry = "<Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>";
        assert_eq!(
            err(&statement(entry)),
            "statement.xml: element Ntry[1]: has no BookgDt or ValDt"
        );
    }

    #[test]
    fn an_entry_without_a_status_is_refused() {
        let entry = "<Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd>";
        assert_eq!(
            err(&statement(entry)),
            "statement.xml: element Ntry[1]: has no Sts (status)"
        );
    }

    #[test]
    fn a_non_booked_entry_is_skipped_unchecked() {
        let entry =
            "<Amt Ccy=\"EUR\">oops</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>INFO</Cd></Sts>";
        assert_eq!(parse(&statement(entry)).unwrap(), Vec::new());
    }

    #[test]
    fn an_entry_with_two_amounts_is_refused_naming_the_entry() {
        let good = format!("<Amt Ccy=\"EUR\">1.00</Amt>{BOOKED}");
        let twice = format!("<Amt Ccy=\"EUR\">1.00</Amt><Amt Ccy=\"EUR\">999.00</Amt>{BOOKED}");
        let text = String::from_utf8(statement(&good))
            .unwrap()
            .replace("</Ntry>", &format!("</Ntry><Ntry>{twice}</Ntry>"));
        assert_eq!(
            err(text.as_bytes()),
            "statement.xml: element Ntry[2]: has more than one Amt; an entry has one"
        );
    }

    #[test]
    fn an_entry_with_two_indicators_or_statuses_is_refused() {
        let entry = "<Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd><CdtDbtInd>DBIT</CdtDbtInd>\
                     <Sts>BOOK</Sts><BookgDt><Dt>2026-02-02</Dt></BookgDt>";
        assert!(err(&statement(entry)).contains("has more than one CdtDbtInd"));
        let entry = "<Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd>\
                     <Sts><Cd>BOOK</Cd><Cd>PDNG</Cd></Sts><BookgDt><Dt>2026-02-02</Dt></BookgDt>";
        assert!(err(&statement(entry)).contains("has more than one Sts/Cd"));
    }

    #[test]
    fn control_characters_in_an_entry_are_refused_naming_it() {
        let entry = format!(
            "<Amt Ccy=\"EUR\">1</Amt>{BOOKED}<AddtlNtryInf>VIR &#x1B;[2J CLIENT</AddtlNtryInf>"
        );
        assert_eq!(
            err(&statement(&entry)),
            "statement.xml: element Ntry[1]/AddtlNtryInf: contains the control character U+001B; \
             bank text must not"
        );
    }

    #[test]
    fn an_amount_has_the_decimals_of_its_own_currency() {
        let entry = format!("<Amt Ccy=\"JPY\">1250</Amt>{BOOKED}");
        let lines = parse(&statement(&entry)).unwrap();
        assert_eq!(
            (lines[0].amount, lines[0].currency.as_deref()),
            (1250, Some("JPY"))
        );
        let entry = format!("<Amt Ccy=\"JPY\">12.50</Amt>{BOOKED}");
        assert!(err(&statement(&entry)).contains("at most 0 allowed"));
    }

    #[test]
    fn character_references_and_cdata_are_text() {
        let entry = format!(
            "<Amt Ccy=\"EUR\">1</Amt>{BOOKED}<AddtlNtryInf>CAF&#xC9; &lt;<![CDATA[A&B]]>&gt;</AddtlNtryInf>"
        );
        assert_eq!(parse(&statement(&entry)).unwrap()[0].label, "CAFÉ <A&B>");
    }
}
