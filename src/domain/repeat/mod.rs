//! Repeats (DESIGN §11): a source document copied on a schedule. What can be repeated, the
//! states a repeat goes through, and the notice sent for each document it creates. The
//! dates a repeat falls on are `dates.rs`'s.

pub mod dates;

use chrono::NaiveDate;

use crate::domain::messages::{Catalogue, NoticeDocument, fill};
use crate::domain::values::check_email;
use crate::error::Error;
use dates::RepeatSchedule;

/// The kind of document a repeat copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// A one-off sales invoice, known by its number.
    Invoice,
    /// A sales order (`SO-0001`).
    Order,
    /// A supplier bill (`BILL-0001`).
    Bill,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Invoice => "invoice",
            SourceKind::Order => "order",
            SourceKind::Bill => "bill",
        }
    }
}

/// `--source KIND:ID` as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRef {
    pub kind: SourceKind,
    pub id: String,
}

impl SourceRef {
    pub fn parse(field: &str, text: &str) -> Result<SourceRef, Error> {
        let invalid = |reason: &str| Error::invalid(field, format!("{text:?} {reason}"));
        let (kind, id) = text.split_once(':').ok_or_else(|| {
            invalid("is not KIND:ID (invoice:NUMBER, order:SO-0001 or bill:BILL-0001)")
        })?;
        let kind = match kind.trim() {
            "invoice" | "sales-invoice" | "sales_invoice" => SourceKind::Invoice,
            "order" | "sales-order" | "sales_order" => SourceKind::Order,
            // A supplier bill is what ERPs call a purchase invoice.
            "bill" | "supplier-bill" | "supplier_bill" | "purchase-invoice"
            | "purchase_invoice" => SourceKind::Bill,
            _ => {
                return Err(invalid(
                    "names no kind that can repeat (invoice, order or bill)",
                ));
            }
        };
        let id = id.trim();
        if id.is_empty() {
            return Err(invalid("has no id after the kind"));
        }
        Ok(SourceRef {
            kind,
            id: id.to_string(),
        })
    }

    pub fn describe(&self) -> String {
        format!("{}:{}", self.kind.as_str(), self.id)
    }
}

/// Where a repeat stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RepeatStatus {
    /// Creating documents as their dates come.
    Active,
    /// Stopped by hand; `repeat start` resumes it.
    Stopped,
    /// Its end date has passed: every occurrence was created.
    Completed,
}

impl RepeatStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RepeatStatus::Active => "active",
            RepeatStatus::Stopped => "stopped",
            RepeatStatus::Completed => "completed",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [
            RepeatStatus::Active,
            RepeatStatus::Stopped,
            RepeatStatus::Completed,
        ]
        .into_iter()
        .find(|s| s.as_str() == text)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Repeat {
    pub id: String,
    pub source: SourceRef,
    pub schedule: RepeatSchedule,
    /// Issue the sales documents it creates (invoices issued, orders to invoice) instead
    /// of leaving drafts.
    pub issue: bool,
    /// Who is told about each created document.
    pub notify: Vec<String>,
    pub next_index: u64,
    pub next_due_on: Option<NaiveDate>,
    pub status: RepeatStatus,
}

/// One occurrence created by a repeat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepeatRun {
    pub index: u64,
    pub date: NaiveDate,
    pub kind: SourceKind,
    /// The document: invoice number (or `draft:ID`), order id or bill id.
    pub document: String,
}

/// Checks `--notify` addresses; each one once. Commas are refused so that a list of
/// recipients always splits back into the addresses it was made of.
pub fn check_recipients(field: &str, emails: &[String]) -> Result<Vec<String>, Error> {
    let mut out: Vec<String> = Vec::new();
    for email in emails {
        let email = check_email(field, email)?;
        if email.contains([',', ';']) {
            return Err(Error::invalid(
                field,
                format!("{email:?} holds a separator; give each address its own --notify"),
            ));
        }
        if !out.contains(&email) {
            out.push(email);
        }
    }
    Ok(out)
}

/// The notice for one created document, in the words of `t`: (subject, body).
pub fn notice(
    t: &Catalogue,
    company: &str,
    repeat: &Repeat,
    kind: NoticeDocument,
    document: &str,
    date: NaiveDate,
) -> (String, String) {
    let document = t.notice_document(kind, document);
    let date = t.date(date);
    let subject = fill(
        t.notice_subject,
        &[
            ("company", company),
            ("document", &document),
            ("date", &date),
        ],
    );
    let body = fill(
        t.notice_body,
        &[
            ("repeat", &repeat.id),
            ("frequency", t.frequency(repeat.schedule.frequency)),
            ("source", &repeat.source.describe()),
            ("document", &document),
            ("date", &date),
        ],
    );
    (subject, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_parse_kind_and_id() {
        let s = SourceRef::parse("--source", "invoice:INV-2026-00001").unwrap();
        assert_eq!(
            (s.kind, s.id.as_str()),
            (SourceKind::Invoice, "INV-2026-00001")
        );
        assert_eq!(
            SourceRef::parse("--source", "bill:BILL-0001").unwrap().kind,
            SourceKind::Bill
        );
        assert_eq!(
            SourceRef::parse("--source", "order:SO-0001")
                .unwrap()
                .describe(),
            "order:SO-0001"
        );
        for bad in ["INV-1", "credit:CN-1", "invoice:", ":X"] {
            let err = SourceRef::parse("--source", bad).unwrap_err().to_string();
            assert!(err.starts_with("--source"), "{bad}: {err}");
        }
    }

    #[test]
    fn recipients_are_checked_and_deduplicated() {
        let got = check_recipients(
            "--notify",
            &["a@x.fr".into(), "b@x.fr".into(), "a@x.fr".into()],
        )
        .unwrap();
        assert_eq!(got, ["a@x.fr", "b@x.fr"]);
        assert!(check_recipients("--notify", &["nope".into()]).is_err());
        assert!(check_recipients("--notify", &["a,b@x.fr".into()]).is_err());
    }
}
