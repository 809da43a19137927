//! Every word a customer reads, in one place: the message catalogue.
//!
//! Invoices and credit notes (their page, and the reasons and line descriptions written onto
//! them), the website catalogue page, repeat notices, the text a SEPA debtor reads on their
//! bank statement, and the names of common units all take their words from a [`Catalogue`]
//! — one per language, each a value of the same struct, so that the compiler refuses a
//! language that misses a message. Templates (`formats/document/invoice.html`,
//! `formats/website/catalog.html`) hold layout only; a test fails on a word written in them,
//! or on a catalogue phrase found anywhere else in the code.
//!
//! The company's `company.language` setting picks the catalogue
//! ([`crate::domain::settings::Company::messages`]).
//!
//! A message is a text with `{name}` placeholders, filled by the typed methods below (so a
//! call site cannot forget an argument). Dates in messages follow the catalogue's own
//! format. Data outputs (JSON, CSV, tables for the user) are not messages: they keep ISO
//! dates and plain decimals.

mod catalogue;
mod phrases;

pub use catalogue::*;

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use rust_decimal::Decimal;

    #[test]
    fn every_language_has_the_same_placeholders_for_each_message() {
        let english = EN.entries();
        for lang in Lang::ALL {
            let entries = lang.catalogue().entries();
            assert_eq!(entries.len(), english.len());
            for ((id, text), (en_id, en_text)) in entries.iter().zip(&english) {
                assert_eq!(id, en_id);
                let mut mine = placeholders(text);
                let mut theirs = placeholders(en_text);
                mine.sort_unstable();
                theirs.sort_unstable();
                assert_eq!(mine, theirs, "{lang:?} {id}: {text:?} vs {en_text:?}");
                assert!(!text.trim().is_empty(), "{lang:?} {id} is empty");
            }
        }
    }

    #[test]
    fn fill_replaces_each_placeholder_and_leaves_other_braces() {
        assert_eq!(
            fill("{a} and {b}, {a} {c}", &[("a", "x"), ("b", "y")]),
            "x and y, x {c}"
        );
        assert_eq!(fill("{unclosed", &[("unclosed", "x")]), "{unclosed");
        assert_eq!(
            fill_html("Motif : {reason}", &[("reason", "<b>A & B</b>")]),
            "Motif : &lt;b&gt;A &amp; B&lt;/b&gt;"
        );
    }

    #[test]
    fn french_documents_read_french() {
        let date = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(
            FR.cancellation_reason("SUB-0005", date("2023-01-20")),
            "Avoir pour résiliation de SUB-0005 au 20/01/2023"
        );
        assert_eq!(
            FR.not_served_line("Bureau fixe", date("2026-03-11"), date("2026-03-31")),
            "Bureau fixe — non servi du 11/03/2026 au 31/03/2026"
        );
        assert_eq!(
            FR.prorated_line("Bureau fixe", 10, 31),
            "Bureau fixe (10/31 jours)"
        );
        assert_eq!(
            FR.remittance_text(
                "INV-2026-00001",
                Some((date("2026-01-01"), date("2026-01-31")))
            ),
            "Facture INV-2026-00001 du 01/01/2026 au 31/01/2026"
        );
        assert_eq!(
            EN.cancellation_reason("SUB-0005", date("2023-01-20")),
            "cancellation of SUB-0005 on 2023-01-20"
        );
    }

    #[test]
    fn amounts_and_rates_read_as_each_language_writes_them() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(FR.money(d("310"), "EUR"), "310,00\u{a0}€");
        assert_eq!(
            FR.money(d("1234567.5"), "EUR"),
            "1\u{202f}234\u{202f}567,50\u{a0}€"
        );
        assert_eq!(FR.money(d("8.9286"), "EUR"), "8,9286\u{a0}€");
        assert_eq!(FR.money(d("-12.5"), "USD"), "-12,50\u{a0}USD");
        assert_eq!(EN.money(d("1234.5"), "EUR"), "1,234.50\u{a0}€");
        assert_eq!(FR.number(d("3.50"), 0), "3,5");
        assert_eq!(FR.number(d("100"), 0), "100");
        assert_eq!(FR.number(d("1000"), 0), "1\u{202f}000");
        assert_eq!(FR.percent(d("5.50")), "5,5\u{a0}%");
        assert_eq!(EN.percent(d("20.00")), "20\u{a0}%");
        assert_eq!(
            FR.legal_mentions(Some("SAS"), Some("20 000 €"), Some("Lyon 842 137 655")),
            "SAS au capital de 20 000 € – RCS Lyon 842 137 655"
        );
        assert_eq!(
            FR.legal_mentions(None, None, Some("Lyon B 1")),
            "RCS Lyon B 1"
        );
        assert_eq!(FR.legal_mentions(Some("EI"), None, None), "EI");
        assert_eq!(FR.date("2026-01-31".parse().unwrap()), "31/01/2026");
    }

    #[test]
    fn a_unit_created_without_a_name_reads_in_the_document_language() {
        assert_eq!(FR.unit_name("month", "month"), "mois");
        assert_eq!(FR.unit_name("unit", "Unit"), "unité");
        assert_eq!(FR.unit_name("half-day", ""), "demi-journée");
        assert_eq!(FR.unit_name("month", "mois"), "mois");
        assert_eq!(FR.unit_name("month", "Mensualité"), "Mensualité");
        assert_eq!(FR.unit_name("page", "page"), "page");
        assert_eq!(EN.unit_name("month", "month"), "month");
    }
}
