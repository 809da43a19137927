//! Validation of the small values people type (codes, dates, SIREN, e-mail addresses)
//! and of the text of the files they give.

use chrono::NaiveDate;

use crate::error::Error;

/// `bytes` as UTF-8 text, or an error naming `source:LINE` of the first byte that is not,
/// followed by `advice` (what to do about it, with its own leading punctuation).
pub fn utf8_text<'a>(source: &str, bytes: &'a [u8], advice: &str) -> Result<&'a str, Error> {
    std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        Error::invalid(
            format!("{source}:{line}"),
            format!("is not valid UTF-8{advice}"),
        )
    })
}

/// `text` cut to at most `max_chars` characters, saying how much was left out: an error
/// message that quotes a hostile input stays one readable line.
pub fn clip(text: &str, max_chars: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(max_chars) {
        None => std::borrow::Cow::Borrowed(text),
        Some((cut, _)) => std::borrow::Cow::Owned(format!(
            "{}… ({} more characters)",
            &text[..cut],
            text[cut..].chars().count()
        )),
    }
}

/// Codes chosen by the user (customers, items, plans, …): `[A-Za-z0-9_.-]+`, not starting
/// with `-` (a flag on the command line, a formula in a spreadsheet).
pub fn check_code(field: &str, code: &str) -> Result<(), Error> {
    let valid = !code.is_empty()
        && !code.starts_with('-')
        && code.len() <= 64
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'));
    if valid {
        Ok(())
    } else {
        Err(Error::invalid(
            field,
            format!(
                "{code:?} is not a valid code (letters, digits, '_', '.', '-' but not first; at most 64)"
            ),
        ))
    }
}

/// The first day `subs` knows (DESIGN §1: dates are years 1900 to 2199).
pub const FIRST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(date) => date,
    None => panic!("1900-01-01 is a date"),
};

/// The last day `subs` knows: no date typed, read or computed goes past it.
pub const LAST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2199, 12, 31) {
    Some(date) => date,
    None => panic!("2199-12-31 is a date"),
};

/// Whether `date` is within the years 1900 to 2199.
pub fn in_date_range(date: NaiveDate) -> bool {
    (FIRST_DATE..=LAST_DATE).contains(&date)
}

/// `date` if it is within the years 1900 to 2199, else bad input naming `field`.
pub fn check_date_range(field: &str, date: NaiveDate) -> Result<NaiveDate, Error> {
    if in_date_range(date) {
        Ok(date)
    } else {
        Err(Error::invalid(
            field,
            format!("{date} is outside the years 1900 to 2199"),
        ))
    }
}

/// `days` after `date`, or `None` past the last day `subs` knows.
pub fn add_days(date: NaiveDate, days: u64) -> Option<NaiveDate> {
    date.checked_add_days(chrono::Days::new(days))
        .filter(|d| *d <= LAST_DATE)
}

/// A calendar date written `YYYY-MM-DD`, in the years 1900 to 2199; `2026-02-30` is refused.
pub fn parse_date(field: &str, text: &str) -> Result<NaiveDate, Error> {
    let trimmed = text.trim();
    let shaped = trimmed.len() == 10
        && trimmed.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    let parsed = shaped
        .then(|| NaiveDate::parse_from_str(trimmed, "%Y-%m-%d").ok())
        .flatten();
    let date = parsed.ok_or_else(|| {
        Error::invalid(
            field,
            format!("{text:?} is not a valid date (expected YYYY-MM-DD)"),
        )
    })?;
    check_date_range(field, date)
}

/// Longest free text accepted (names, addresses, descriptions).
pub const MAX_TEXT_LEN: usize = 1000;

/// The first characters that make a spreadsheet run a cell as a formula (OWASP, "CSV
/// injection"): `=`, `+`, `-`, `@`, a tab and a carriage return.
pub const FORMULA_LEADS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether a spreadsheet would run `cell` as a formula: it starts with one of
/// [`FORMULA_LEADS`] and is not a plain decimal number (`-12.50` is a negative amount).
pub fn reads_as_formula(cell: &str) -> bool {
    cell.starts_with(FORMULA_LEADS) && !is_plain_number(cell)
}

/// `-12.50`, `3`, `0.125`: an optional minus, digits, optionally a point and digits.
fn is_plain_number(text: &str) -> bool {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    !whole.is_empty()
        && !fraction.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.bytes().all(|b| b.is_ascii_digit())
}

/// Refuses typed text that starts like a spreadsheet formula, naming the character. Text a
/// person types has no reason to (a negative amount is a number, never free text), and
/// whatever is stored is exported as typed.
fn refuse_formula_lead(field: &str, text: &str) -> Result<(), Error> {
    match text.chars().next() {
        Some(first) if FORMULA_LEADS.contains(&first) => Err(Error::invalid(
            field,
            format!(
                "{:?} starts with {first:?}, which makes a spreadsheet read it as a formula; reword it",
                clip(text, 60)
            ),
        )),
        _ => Ok(()),
    }
}

/// A required non-empty text, trimmed. Text that a spreadsheet would run as a formula
/// (`=`, `+`, `-`, `@` first) is refused, so exports stay safe to open.
pub fn non_empty(field: &str, text: &str) -> Result<String, Error> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        Err(Error::invalid(field, "must not be empty"))
    } else if trimmed.chars().count() > MAX_TEXT_LEN {
        Err(Error::invalid(
            field,
            format!("is longer than {MAX_TEXT_LEN} characters"),
        ))
    } else if trimmed.chars().any(|c| c.is_control() && c != '\n') {
        Err(Error::invalid(field, "must not contain control characters"))
    } else {
        refuse_formula_lead(field, trimmed)?;
        Ok(trimmed.to_string())
    }
}

/// A French SIREN: nine digits (spaces allowed and removed).
pub fn normalize_siren(field: &str, text: &str) -> Result<String, Error> {
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() == 9 && digits.bytes().all(|b| b.is_ascii_digit()) {
        Ok(digits)
    } else {
        Err(Error::invalid(
            field,
            format!("{text:?} is not a SIREN (nine digits)"),
        ))
    }
}

/// An intra-EU VAT number: two letters then 2 to 13 letters or digits (spaces removed).
pub fn normalize_vat_id(field: &str, text: &str) -> Result<String, Error> {
    let id: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let bytes = id.as_bytes();
    let valid = (4..=15).contains(&bytes.len())
        && bytes[..2].iter().all(u8::is_ascii_alphabetic)
        && bytes[2..].iter().all(u8::is_ascii_alphanumeric);
    if valid {
        Ok(id)
    } else {
        Err(Error::invalid(
            field,
            format!("{text:?} is not a VAT number (e.g. FR40123456789)"),
        ))
    }
}

/// A plausible e-mail address: something@domain.tld, no spaces, and not starting like a
/// spreadsheet formula (`=HYPERLINK(…)@x.fr`; an address starting with `-` is valid mail
/// syntax but used by nobody, and a formula in a spreadsheet).
pub fn check_email(field: &str, text: &str) -> Result<String, Error> {
    let email = text.trim();
    refuse_formula_lead(field, email)?;
    let valid = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.chars().any(|c| c.is_whitespace() || c.is_control())
                && !domain.contains('@')
        }
        None => false,
    };
    if valid {
        Ok(email.to_string())
    } else {
        Err(Error::invalid(
            field,
            format!("{text:?} is not an e-mail address"),
        ))
    }
}

/// An ISO 4217 currency code: three upper-case letters.
pub fn check_currency(field: &str, text: &str) -> Result<String, Error> {
    let code = text.trim().to_ascii_uppercase();
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(code)
    } else {
        Err(Error::invalid(
            field,
            format!("{text:?} is not a currency code (e.g. EUR)"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_allow_the_documented_alphabet_only() {
        assert!(check_code("code", "ACME_sarl-2.0").is_ok());
        for bad in ["", "a b", "é", "x;DROP", "a/b", "'"] {
            assert!(check_code("code", bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert!(parse_date("--start", "2026-02-30").is_err());
        assert!(parse_date("--start", "2026-2-3").is_err());
        assert!(parse_date("--start", "02/02/2026").is_err());
        assert!(parse_date("--start", "+2026-02-03").is_err());
        assert_eq!(
            parse_date("--start", "2024-02-29").unwrap().to_string(),
            "2024-02-29"
        );
    }

    #[test]
    fn dates_are_years_1900_to_2199() {
        assert!(parse_date("--start", "1900-01-01").is_ok());
        assert!(parse_date("--start", "2199-12-31").is_ok());
        for outside in ["1899-12-31", "2200-01-01", "0000-01-01", "9999-12-31"] {
            let err = parse_date("--start", outside).unwrap_err().to_string();
            assert!(
                err.starts_with("--start: ") && err.contains("outside the years 1900 to 2199"),
                "{outside}: {err}"
            );
        }
        assert_eq!(add_days(LAST_DATE, 1), None);
        assert_eq!(
            add_days(FIRST_DATE, 31),
            NaiveDate::from_ymd_opt(1900, 2, 1)
        );
    }

    #[test]
    fn free_text_refuses_formulas_control_characters_and_huge_values() {
        assert!(non_empty("name", "=HYPERLINK(\"x\")").is_err());
        assert!(non_empty("name", "@SUM(A1)").is_err());
        assert!(non_empty("name", "+33 6 12").is_err());
        assert!(non_empty("name", "-2+3").is_err());
        assert!(non_empty("name", "\t=1+1").is_err());
        assert!(non_empty("name", "a\u{7}b").is_err());
        assert!(non_empty("name", &"x".repeat(MAX_TEXT_LEN + 1)).is_err());
        assert_eq!(non_empty("name", "  Acme -20 % ").unwrap(), "Acme -20 %");
    }

    #[test]
    fn identifiers_are_normalized() {
        assert_eq!(
            normalize_siren("siren", "123 456 789").unwrap(),
            "123456789"
        );
        assert!(normalize_siren("siren", "12345678").is_err());
        assert_eq!(
            normalize_vat_id("vat", "fr 40 123456789").unwrap(),
            "FR40123456789"
        );
        assert!(normalize_vat_id("vat", "1234").is_err());
        assert!(check_email("email", "a@b.fr").is_ok());
        assert!(check_email("email", "a@b").is_err());
        assert!(check_email("email", "a b@c.fr").is_err());
        let formula = check_email("--email", "=HYPERLINK(\"http://x\")@x.fr").unwrap_err();
        assert!(formula.to_string().contains("formula"), "{formula}");
        assert!(check_email("email", "-info@x.fr").is_err());
        assert!(check_email("email", "a-b@x.fr").is_ok());
    }

    #[test]
    fn codes_may_not_start_with_a_dash() {
        assert!(check_code("CODE", "-A1").is_err());
        assert!(check_code("CODE", "A-1").is_ok());
    }

    #[test]
    fn a_cell_reads_as_a_formula_unless_it_is_a_plain_number() {
        for formula in [
            "=1+1", "+1", "@SUM(A1)", "-2+3", "-cmd", "\tx", "\rx", "-", "-1.", "-.5",
        ] {
            assert!(reads_as_formula(formula), "{formula:?}");
        }
        for safe in ["-12.50", "-3", "12.50", "Acme", "a=b", "", "2026-01-15"] {
            assert!(!reads_as_formula(safe), "{safe:?}");
        }
    }
}
