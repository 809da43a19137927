//! What the statement formats share: a line as read ([`LineDraft`]), the fingerprint that
//! recognises it when the same statement is imported again ([`seal`]), and the cleaning and
//! bounding of the free text banks write.

use std::collections::HashMap;

use chrono::NaiveDate;
use sha2::{Digest, Sha256};

use crate::domain::bank::BankLine;

/// Longest free text kept from a statement (label, reference, counterparty), in characters.
///
/// Banks write at most a few hundred characters (camt.053 caps `AddtlNtryInf` at 500 and
/// each `Ustrd` at 140); anything far longer is a broken or hostile file, refused rather
/// than stored.
pub const MAX_TEXT_CHARS: usize = 2000;

/// A line as read, before its fingerprint is known (that needs the whole file).
#[derive(Debug, Clone)]
pub(super) struct LineDraft {
    pub date: NaiveDate,
    pub amount: i64,
    pub currency: Option<String>,
    pub label: String,
    pub reference: Option<String>,
    pub counterparty: Option<String>,
}

/// Gives every line its fingerprint, in file order.
///
/// The hash covers the date, amount, label and reference plus the line's occurrence number
/// among identical lines of the same file: importing the same statement again yields the
/// same fingerprints (so a UNIQUE constraint recognises every line), while two genuinely
/// identical movements in one statement (two equal card payments the same day) stay two
/// lines. An overlapping later export agrees too as long as it holds the same identical
/// lines of a day, which holds for exports cut on whole days.
pub(super) fn seal(drafts: Vec<LineDraft>) -> Vec<BankLine> {
    let mut seen: HashMap<String, u32> = HashMap::new();
    drafts
        .into_iter()
        .map(|draft| {
            let identity = identity(&draft);
            let occurrence = seen.entry(identity.clone()).or_insert(0);
            let fingerprint = hex::encode(Sha256::digest(format!("{identity}{occurrence}")));
            *occurrence += 1;
            BankLine {
                date: draft.date,
                amount: draft.amount,
                currency: draft.currency,
                label: draft.label,
                reference: draft.reference,
                counterparty: draft.counterparty,
                fingerprint,
            }
        })
        .collect()
}

/// The hashed fields, each length-prefixed so that no two different lines can spell the
/// same text (a label ending in a reference's first characters, say).
fn identity(draft: &LineDraft) -> String {
    let reference = match &draft.reference {
        Some(r) => format!("{}:{r}", r.len()),
        None => "-".to_string(),
    };
    format!(
        "bank-line/1\n{}\n{}\n{}:{}\n{reference}\n",
        draft.date.format("%Y-%m-%d"),
        draft.amount,
        draft.label.len(),
        draft.label,
    )
}

/// Bank text as kept: the line breaks and tabs banks wrap text with become spaces and runs
/// of whitespace (including the non-breaking spaces banks pad with) collapse to one, so
/// that the same movement always reads, hashes and matches the same. Other control
/// characters are refused before ([`refuse_controls`]).
pub(super) fn clean_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Cleans an optional text and checks its length; empty becomes `None`.
pub(super) fn optional_text(
    place: &str,
    text: &str,
) -> Result<Option<String>, crate::error::Error> {
    let cleaned = bounded_text(place, text)?;
    Ok((!cleaned.is_empty()).then_some(cleaned))
}

/// Refuses control characters other than the tab, line feed and carriage return a bank
/// wraps its text with: NUL, ESC and the like mark a broken or hostile file, refused as free
/// text is refused everywhere else, naming where they are.
pub(super) fn refuse_controls(place: &str, text: &str) -> Result<(), crate::error::Error> {
    match text
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    {
        Some(c) => Err(crate::error::Error::invalid(
            place,
            format!(
                "contains the control character U+{:04X}; bank text must not",
                u32::from(c)
            ),
        )),
        None => Ok(()),
    }
}

/// Refuses control characters, cleans the text, and refuses it longer than
/// [`MAX_TEXT_CHARS`].
pub(super) fn bounded_text(place: &str, text: &str) -> Result<String, crate::error::Error> {
    refuse_controls(place, text)?;
    let cleaned = clean_text(text);
    let chars = cleaned.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(crate::error::Error::invalid(
            place,
            format!("is {chars} characters long; at most {MAX_TEXT_CHARS} are read"),
        ));
    }
    Ok(cleaned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(label: &str) -> LineDraft {
        LineDraft {
            date: NaiveDate::from_ymd_opt(2026, 2, 2).unwrap(),
            amount: 1000,
            currency: None,
            label: label.to_string(),
            reference: None,
            counterparty: None,
        }
    }

    #[test]
    fn identical_lines_of_one_file_get_different_fingerprints() {
        let lines = seal(vec![draft("CB CAFE"), draft("CB CAFE")]);
        assert_ne!(lines[0].fingerprint, lines[1].fingerprint);
    }

    #[test]
    fn sealing_the_same_lines_twice_gives_the_same_fingerprints() {
        let first = seal(vec![draft("A"), draft("B"), draft("A")]);
        let second = seal(vec![draft("A"), draft("B"), draft("A")]);
        assert_eq!(first, second);
        assert_eq!(first[0].fingerprint.len(), 64);
    }

    #[test]
    fn a_missing_reference_differs_from_an_empty_one() {
        let mut with_empty = draft("A");
        with_empty.reference = Some(String::new());
        let lines = seal(vec![draft("A"), with_empty]);
        assert_ne!(lines[0].fingerprint, lines[1].fingerprint);
    }

    #[test]
    fn line_breaks_tabs_and_runs_of_whitespace_collapse_to_one_space() {
        assert_eq!(
            clean_text("  VIR\u{a0}\u{a0}SEPA\t\r\nCLIENT UN "),
            "VIR SEPA CLIENT UN"
        );
    }

    #[test]
    fn control_characters_other_than_line_breaks_and_tabs_are_refused_with_their_place() {
        for text in [
            "CLIENT\u{0}UN",
            "VIR \u{1b}[31mROUGE",
            "A\u{7f}B",
            "A\u{85}B",
        ] {
            let err = bounded_text("x.csv:3: column Libellé", text).unwrap_err();
            assert!(
                err.to_string()
                    .starts_with("x.csv:3: column Libellé: contains the control character U+"),
                "{err}"
            );
        }
        assert_eq!(
            bounded_text("x", "VIR\tSEPA\r\nCLIENT").unwrap(),
            "VIR SEPA CLIENT"
        );
    }

    #[test]
    fn overlong_text_is_refused_with_its_place() {
        let err =
            bounded_text("x.csv:2: column Libellé", &"A".repeat(MAX_TEXT_CHARS + 1)).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("x.csv:2: column Libellé: is 2001"),
            "{err}"
        );
    }
}
