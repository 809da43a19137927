//! Amounts as banks write them (`1 250,50`, `-12,30`, `19.99`), read exactly into minor units.
//!
//! The reading is strict on purpose: a statement that says `1e9`, `NaN`, `1,2,3` or has more
//! decimals than the currency is a file we do not understand, and guessing would book wrong
//! money. Only digits, one decimal separator, correctly grouped thousands and (where the
//! format allows it) one leading sign are accepted. No floating point is involved: the
//! digits become an integer count of minor units directly.

use crate::domain::money::MAX_INTEGER_DIGITS;

/// How a format writes numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberStyle {
    /// The decimal separator, `.` or `,`.
    pub decimal: char,
    /// The thousands separator, if the format groups digits. A space also accepts the
    /// non-breaking spaces (U+00A0, U+202F) that French spreadsheets and banks write.
    pub thousands: Option<char>,
    /// Whether a leading `-` or `+` is accepted.
    pub signed: bool,
}

/// Reads `text` into minor units of a currency with `digits` decimals. The error is the
/// reason only; the caller prefixes the place.
pub fn parse_bank_amount(text: &str, style: NumberStyle, digits: u32) -> Result<i64, String> {
    let trimmed = text.trim();
    let not_amount = || format!("{text:?} is not an amount (expected {})", example(style));
    let (negative, unsigned) = split_sign(trimmed, style.signed);
    let (int_text, frac_text) = match unsigned.split_once(style.decimal) {
        Some((i, f)) => (i, Some(f)),
        None => (unsigned, None),
    };
    let int_digits = integer_digits(int_text, style.thousands).ok_or_else(not_amount)?;
    let frac_digits = match frac_text {
        Some(f) if is_digits(f) => f,
        Some(_) => return Err(not_amount()),
        None => "",
    };
    if frac_digits.len() > digits as usize {
        return Err(format!(
            "{text:?} has {} decimal places; at most {digits} allowed",
            frac_digits.len()
        ));
    }
    // As everywhere else in `subs` (`money::parse_decimal`): within the largest amount.
    if int_digits.trim_start_matches('0').len() > MAX_INTEGER_DIGITS {
        return Err(format!(
            "{text:?} is too large (at most {MAX_INTEGER_DIGITS} digits before the point)"
        ));
    }
    let magnitude = to_minor_units(&int_digits, frac_digits, digits)
        .ok_or_else(|| format!("{text:?} is too large"))?;
    Ok(if negative { -magnitude } else { magnitude })
}

fn example(style: NumberStyle) -> String {
    let grouped = match style.thousands {
        Some(t) => format!("1{t}250"),
        None => "1250".to_string(),
    };
    format!("digits like {grouped}{}50", style.decimal)
}

/// Strips one leading sign where the format allows it; `true` means negative.
fn split_sign(text: &str, signed: bool) -> (bool, &str) {
    if !signed {
        return (false, text);
    }
    if let Some(rest) = text.strip_prefix('-') {
        (true, rest.trim_start())
    } else if let Some(rest) = text.strip_prefix('+') {
        (false, rest.trim_start())
    } else {
        (false, text)
    }
}

fn is_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// The digits of the integer part with the thousands separators removed, or `None` when
/// the part is empty, holds anything else, or is grouped wrongly (`12 50`, `1 2345`).
fn integer_digits(text: &str, thousands: Option<char>) -> Option<String> {
    let is_separator = |c: char| match thousands {
        Some(' ') => matches!(c, ' ' | '\u{a0}' | '\u{202f}'),
        Some(t) => c == t,
        None => false,
    };
    let groups: Vec<&str> = text.split(is_separator).collect();
    let (first, rest) = groups.split_first()?;
    let well_grouped = is_digits(first)
        && (rest.is_empty() || first.len() <= 3)
        && rest.iter().all(|g| g.len() == 3 && is_digits(g));
    well_grouped.then(|| groups.concat())
}

/// `int` and `frac` are plain ASCII digits, `frac` no longer than `digits`.
fn to_minor_units(int: &str, frac: &str, digits: u32) -> Option<i64> {
    let scale = 10i64.checked_pow(digits)?;
    let whole: i64 = int.parse().ok()?;
    let padded = format!("{frac:0<width$}", width = digits as usize);
    let fraction: i64 = if padded.is_empty() {
        0
    } else {
        padded.parse().ok()?
    };
    whole.checked_mul(scale)?.checked_add(fraction)
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: NumberStyle = NumberStyle {
        decimal: '.',
        thousands: None,
        signed: false,
    };

    const FRENCH: NumberStyle = NumberStyle {
        decimal: ',',
        thousands: Some(' '),
        signed: true,
    };

    #[test]
    fn french_amounts_read_exactly() {
        for (text, minor) in [
            ("100,00", 10000),
            ("1 250,50", 125050),
            ("1\u{a0}250,50", 125050),
            ("1\u{202f}250\u{202f}000,5", 125000050),
            ("-12,30", -1230),
            ("+7", 700),
            ("0,05", 5),
            (" 84,12 ", 8412),
            ("1250,50", 125050),
        ] {
            assert_eq!(parse_bank_amount(text, FRENCH, 2), Ok(minor), "{text}");
        }
    }

    #[test]
    fn what_is_not_plainly_an_amount_is_refused() {
        for text in [
            "1e9",
            "NaN",
            "inf",
            "",
            "-",
            "1,2,3",
            "1.5",
            "12 50,00",
            "1 2345,00",
            ",5",
            "5,",
            "--1",
            "0x10",
            "1 250 ,50",
            "١٢",
        ] {
            let err = parse_bank_amount(text, FRENCH, 2).unwrap_err();
            assert!(err.contains("is not an amount"), "{text}: {err}");
        }
    }

    #[test]
    fn more_decimals_than_the_currency_has_are_refused() {
        assert_eq!(
            parse_bank_amount("1,234", FRENCH, 2).unwrap_err(),
            "\"1,234\" has 3 decimal places; at most 2 allowed"
        );
        assert_eq!(parse_bank_amount("1,234", FRENCH, 3), Ok(1234));
        assert!(parse_bank_amount("5,0", FRENCH, 0).is_err());
    }

    #[test]
    fn more_than_twelve_integer_digits_are_refused() {
        assert!(
            parse_bank_amount("9999999999999", FRENCH, 2)
                .unwrap_err()
                .contains("too large")
        );
        assert_eq!(
            parse_bank_amount("999 999 999 999,99", FRENCH, 2),
            Ok(99_999_999_999_999)
        );
    }

    #[test]
    fn xml_amounts_take_no_sign_and_no_grouping() {
        assert_eq!(parse_bank_amount("19.99", XML, 2), Ok(1999));
        for text in ["-19.99", "+19.99", "1 000.00", "19,99"] {
            assert!(parse_bank_amount(text, XML, 2).is_err(), "{text}");
        }
    }
}
