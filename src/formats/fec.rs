//! The FEC (fichier des écritures comptables, LPF art. L47 A-I, BOI-CF-IOR-60-40-20): the
//! journal entries of one fiscal year as the tax office asks for them — the 18 columns in
//! their legal order, tab-separated, one header line, dates `YYYYMMDD`, amounts with a
//! decimal comma, ISO-8859-15 text (a character outside it becomes `?`).

use chrono::NaiveDate;

use crate::domain::accounting::entries::Entry;

/// The columns, in their legal order.
pub const COLUMNS: [&str; 18] = [
    "JournalCode",
    "JournalLib",
    "EcritureNum",
    "EcritureDate",
    "CompteNum",
    "CompteLib",
    "CompAuxNum",
    "CompAuxLib",
    "PieceRef",
    "PieceDate",
    "EcritureLib",
    "Debit",
    "Credit",
    "EcritureLet",
    "DateLet",
    "ValidDate",
    "Montantdevise",
    "Idevise",
];

/// `<SIREN>FEC<YYYYMMDD>.txt`, the closing date of the fiscal year.
pub fn file_name(siren: &str, closing: NaiveDate) -> String {
    format!("{siren}FEC{}.txt", closing.format("%Y%m%d"))
}

/// An entry's number: its journal and its rank in the journal's year (`VE000001`).
pub fn entry_number(entry: &Entry) -> String {
    format!("{}{:06}", entry.journal.code(), entry.number)
}

/// The whole file for `entries` (numbered, in order), as ISO-8859-15 bytes.
pub fn write(entries: &[Entry], digits: u32) -> Vec<u8> {
    let mut text = String::with_capacity(entries.len() * 400 + 256);
    text.push_str(&COLUMNS.join("\t"));
    text.push_str("\r\n");
    for entry in entries {
        let date = ymd(entry.date);
        for line in &entry.lines {
            let (debit, credit) = if line.amount >= 0 {
                (line.amount, 0)
            } else {
                (0, -line.amount)
            };
            let (aux_num, aux_lib) = line
                .aux
                .as_ref()
                .map_or((String::new(), String::new()), |(c, n)| {
                    (clean(c), clean(n))
                });
            let (let_code, let_date) = line
                .letter
                .as_ref()
                .map_or((String::new(), String::new()), |l| {
                    (l.code.clone(), ymd(l.date))
                });
            let cells = [
                entry.journal.code().to_string(),
                clean(entry.journal.label()),
                entry_number(entry),
                date.clone(),
                clean(&line.account),
                clean(&line.account_label),
                aux_num,
                aux_lib,
                clean(&entry.piece),
                ymd(entry.piece_date),
                clean(&entry.label),
                amount(debit, digits),
                amount(credit, digits),
                let_code,
                let_date,
                date.clone(),
                String::new(),
                String::new(),
            ];
            text.push_str(&cells.join("\t"));
            text.push_str("\r\n");
        }
    }
    latin9(&text)
}

fn ymd(date: NaiveDate) -> String {
    date.format("%Y%m%d").to_string()
}

/// Minor units with a decimal comma: `12050` → `120,50`.
pub fn amount(minor: i64, digits: u32) -> String {
    crate::domain::money::format_minor(minor, digits).replace('.', ",")
}

/// Text fit for a cell: no tab or line break, no leading or trailing space.
fn clean(text: &str) -> String {
    text.replace(['\t', '\r', '\n'], " ").trim().to_string()
}

/// Encodes text in ISO-8859-15 (Latin-9): Latin-1 but for eight places (€, Š, š, Ž, ž, Œ,
/// œ, Ÿ); anything else outside it becomes `?`.
pub fn latin9(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '€' => 0xA4,
            'Š' => 0xA6,
            'š' => 0xA8,
            'Ž' => 0xB4,
            'ž' => 0xB8,
            'Œ' => 0xBC,
            'œ' => 0xBD,
            'Ÿ' => 0xBE,
            '\u{A4}' | '\u{A6}' | '\u{A8}' | '\u{B4}' | '\u{B8}' | '\u{BC}' | '\u{BD}'
            | '\u{BE}' => b'?',
            c if (c as u32) < 0x100 => c as u8,
            _ => b'?',
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin9_has_the_euro_sign_and_french_letters() {
        assert_eq!(latin9("é€œ✓"), vec![0xE9, 0xA4, 0xBD, b'?']);
    }

    #[test]
    fn amounts_have_a_decimal_comma() {
        assert_eq!(amount(12050, 2), "120,50");
        assert_eq!(amount(0, 2), "0,00");
    }
}
