//! Exact money: parsing user-typed decimals, the one rounding rule, and minor units.
//!
//! Amounts booked on documents are integer minor units (cents); unit rates and quantities
//! are exact `Decimal`s. Every rounding in `subs` goes through [`round_half_away`].
//!
//! Every value is bounded: a typed decimal has at most [`MAX_INTEGER_DIGITS`] digits before
//! the point, and a booked amount (a line net, a VAT amount, a total, a payment) is at most
//! [`MAX_WHOLE_UNITS`] currency units and its minor digits (999 999 999 999.99 EUR) either
//! way. Computing one is checked: beyond the bound it is an [`OutOfRange`] the caller names,
//! never a wrap or a panic. Bounded so, any sum or difference of a few amounts stays far
//! inside `i64` minor units, and products of a quantity, a rate and a proration factor
//! stay inside `Decimal`.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::error::Error;

/// Largest number of digits before the point in any typed decimal (amounts, unit rates,
/// quantities, factors): up to 999 999 999 999.
pub const MAX_INTEGER_DIGITS: usize = 12;

/// The largest booked amount, in whole currency units (and then the currency's decimals).
pub const MAX_WHOLE_UNITS: i64 = 999_999_999_999;

/// Most decimals a unit rate may have, whatever the currency (DESIGN §1).
pub const RATE_PLACES: u32 = 6;

/// Unit rates: exact, non-negative, up to [`RATE_PLACES`] decimals (`3.335`, `0.000125`).
pub const RATE_RULE: DecimalRule = DecimalRule::non_negative(RATE_PLACES);

/// The largest booked amount in minor units of a currency with `digits` minor digits:
/// `99_999_999_999_999` (999 999 999 999.99) for EUR.
pub fn max_minor(digits: u32) -> i64 {
    (MAX_WHOLE_UNITS + 1) * 10i64.pow(digits) - 1
}

/// An amount that would pass the bound ([`max_minor`]): `what` says which (`"3 × 1.50"`,
/// `"the total"`); the caller names the line or field with [`OutOfRange::at`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutOfRange {
    pub what: String,
    pub digits: u32,
}

impl OutOfRange {
    pub fn new(what: impl Into<String>, digits: u32) -> Self {
        OutOfRange {
            what: what.into(),
            digits,
        }
    }

    /// The bad-input error naming `field` (the line, the flag, `FILE:LINE`).
    pub fn at(self, field: impl Into<String>) -> Error {
        Error::invalid(
            field,
            format!(
                "{} is beyond the largest amount subs books ({})",
                self.what,
                format_minor(max_minor(self.digits), self.digits)
            ),
        )
    }
}

/// Whether minor units `minor` are within the bound, either way.
pub fn in_range(minor: i64, digits: u32) -> bool {
    minor.checked_abs().is_some_and(|m| m <= max_minor(digits))
}

/// `a + b` in minor units, or `None` beyond the bound.
pub fn add_minor(a: i64, b: i64, digits: u32) -> Option<i64> {
    a.checked_add(b).filter(|sum| in_range(*sum, digits))
}

/// The sum of amounts in minor units, or `None` beyond the bound. Summed wide and bounded
/// once, so amounts of both signs may pass the bound on the way.
pub fn sum_minor(amounts: impl IntoIterator<Item = i64>, digits: u32) -> Option<i64> {
    let sum: i128 = amounts.into_iter().map(i128::from).sum();
    i64::try_from(sum).ok().filter(|s| in_range(*s, digits))
}

/// Rounds half away from zero to `dp` decimal places (DESIGN §6).
///
/// `Decimal::round_dp` is banker's rounding and must not be used for money.
pub fn round_half_away(value: Decimal, dp: u32) -> Decimal {
    value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

/// How many decimal places a currency's minor unit has (ISO 4217).
pub fn minor_digits(currency: &str) -> u32 {
    match currency {
        "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF" | "UGX"
        | "VND" | "VUV" | "XAF" | "XOF" | "XPF" => 0,
        "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
        _ => 2,
    }
}

/// Rounds an exact value to the currency's minor unit (the one rounding of a booked
/// amount) and returns it as an integer count of minor units; `None` beyond the bound.
pub fn to_minor(value: Decimal, digits: u32) -> Option<i64> {
    let rounded = round_half_away(value, digits);
    let scaled = rounded.checked_mul(Decimal::from(10i64.pow(digits)))?;
    i64::try_from(scaled)
        .ok()
        .filter(|minor| in_range(*minor, digits))
}

/// `amount × part / whole` in minor units, rounded half away from zero: the share of an
/// amount split in proportion to parts of a whole. Computed wide, so it is exact for any
/// amounts; `None` only when `whole` is zero or the share leaves `i64`.
pub fn share(amount: i64, part: i64, whole: i64) -> Option<i64> {
    if whole == 0 {
        return None;
    }
    let numerator = i128::from(amount) * i128::from(part);
    let whole = i128::from(whole);
    let (quotient, remainder) = (numerator / whole, numerator % whole);
    let away = if 2 * remainder.abs() >= whole.abs() {
        numerator.signum() * whole.signum()
    } else {
        0
    };
    i64::try_from(quotient + away).ok()
}

/// The exact decimal value of a count of minor units.
pub fn from_minor(minor: i64, digits: u32) -> Decimal {
    Decimal::new(minor, digits)
}

/// Formats minor units as a plain decimal string with exactly the currency's digits:
/// `2903` → `"29.03"`, `-21000` → `"-210.00"`.
pub fn format_minor(minor: i64, digits: u32) -> String {
    let mut value = from_minor(minor, digits);
    value.rescale(digits);
    value.to_string()
}

/// Formats an exact decimal without trailing zeros beyond what it needs (`"2"`, `"0.5"`).
pub fn format_decimal(value: Decimal) -> String {
    value.normalize().to_string()
}

/// Formats a unit rate with at least the currency's digits and none of its own dropped:
/// `25` → `"25.00"`, `0.125` → `"0.125"`.
pub fn format_rate(rate: Decimal, digits: u32) -> String {
    let mut rate = rate.normalize();
    if rate.scale() < digits {
        rate.rescale(digits);
    }
    rate.to_string()
}

/// What a typed decimal may look like.
#[derive(Debug, Clone, Copy)]
pub struct DecimalRule {
    /// At most this many digits after the point.
    pub max_places: u32,
    /// Whether a leading minus is accepted.
    pub allow_negative: bool,
    /// Whether zero is accepted.
    pub allow_zero: bool,
}

impl DecimalRule {
    pub const fn non_negative(max_places: u32) -> Self {
        DecimalRule {
            max_places,
            allow_negative: false,
            allow_zero: true,
        }
    }
    pub const fn positive(max_places: u32) -> Self {
        DecimalRule {
            max_places,
            allow_negative: false,
            allow_zero: false,
        }
    }
}

/// Parses a decimal typed by a person or read from a file, strictly: digits, an optional
/// point and fraction, an optional leading minus where allowed. No exponent, no `NaN`, no
/// thousands separator, no more places than the rule allows.
pub fn parse_decimal(field: &str, text: &str, rule: DecimalRule) -> Result<Decimal, Error> {
    let invalid = |reason: String| Error::invalid(field, format!("{text:?} {reason}"));
    let trimmed = text.trim();
    let (negative, digits) = match trimmed.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, trimmed),
    };
    let (int_part, frac_part) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(int_part) || frac_part.is_some_and(|f| !all_digits(f)) {
        return Err(invalid(
            "is not a decimal number (expected digits like 12.50)".into(),
        ));
    }
    if negative && !rule.allow_negative {
        return Err(invalid("must not be negative".into()));
    }
    let places = frac_part.map_or(0, str::len);
    if places > rule.max_places as usize {
        return Err(invalid(format!(
            "has {places} decimal places; at most {} allowed",
            rule.max_places
        )));
    }
    if int_part.trim_start_matches('0').len() > MAX_INTEGER_DIGITS {
        return Err(invalid(format!(
            "is too large (at most {MAX_INTEGER_DIGITS} digits before the point)"
        )));
    }
    let value: Decimal = trimmed
        .parse()
        .map_err(|_| invalid("is not a decimal number".into()))?;
    if value.is_zero() && !rule.allow_zero {
        return Err(invalid("must be greater than zero".into()));
    }
    Ok(value)
}

/// Parses an amount of money in a currency with `digits` minor digits into minor units.
pub fn parse_amount(field: &str, text: &str, digits: u32, rule: DecimalRule) -> Result<i64, Error> {
    let rule = DecimalRule {
        max_places: digits,
        ..rule
    };
    let value = parse_decimal(field, text, rule)?;
    to_minor(value, digits).ok_or_else(|| OutOfRange::new(format!("{text:?}"), digits).at(field))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn rounds_half_away_from_zero_not_to_even() {
        assert_eq!(round_half_away(d("0.125"), 2), d("0.13"));
        assert_eq!(round_half_away(d("0.135"), 2), d("0.14"));
        assert_eq!(round_half_away(d("-0.125"), 2), d("-0.13"));
        assert_eq!(round_half_away(d("2.5"), 0), d("3"));
        assert_eq!(round_half_away(d("0.124999"), 2), d("0.12"));
    }

    #[test]
    fn minor_units_round_and_format() {
        assert_eq!(to_minor(d("29.025"), 2), Some(2903));
        assert_eq!(to_minor(d("-210"), 2), Some(-21000));
        assert_eq!(format_minor(2903, 2), "29.03");
        assert_eq!(format_minor(-21000, 2), "-210.00");
        assert_eq!(format_minor(5, 2), "0.05");
        assert_eq!(format_minor(1234, 0), "1234");
        assert_eq!(format_minor(1234, 3), "1.234");
    }

    #[test]
    fn amounts_are_bounded_at_the_documented_maximum_either_way() {
        assert_eq!(max_minor(2), 99_999_999_999_999);
        assert_eq!(max_minor(0), 999_999_999_999);
        assert_eq!(max_minor(3), 999_999_999_999_999);
        assert_eq!(to_minor(d("999999999999.99"), 2), Some(max_minor(2)));
        assert_eq!(to_minor(d("-999999999999.99"), 2), Some(-max_minor(2)));
        assert_eq!(to_minor(d("999999999999.995"), 2), None);
        assert_eq!(to_minor(d("99999999999999999999999"), 2), None);
        assert_eq!(add_minor(max_minor(2), 1, 2), None);
        assert_eq!(add_minor(i64::MAX, 1, 2), None);
        assert_eq!(sum_minor([max_minor(2), 1, -2], 2), Some(max_minor(2) - 1));
        assert_eq!(sum_minor([i64::MAX, i64::MAX], 2), None);
        let rule = DecimalRule::non_negative(2);
        assert_eq!(
            parse_amount("--amount", "999999999999.99", 2, rule).unwrap(),
            max_minor(2)
        );
        let err = parse_amount("--amount", "1000000000000", 2, rule).unwrap_err();
        assert!(err.to_string().contains("too large"), "{err}");
        let err = OutOfRange::new("3 × 2", 2).at("--item DESK").to_string();
        assert_eq!(
            err,
            "--item DESK: 3 × 2 is beyond the largest amount subs books (999999999999.99)"
        );
    }

    #[test]
    fn shares_are_exact_and_rounded_half_away_from_zero() {
        assert_eq!(share(100, 1, 3), Some(33));
        assert_eq!(share(100, 2, 3), Some(67));
        assert_eq!(share(5, 1, 2), Some(3));
        assert_eq!(share(-5, 1, 2), Some(-3));
        assert_eq!(share(1, 1, 0), None);
        // KWD-sized amounts: the product passes what a Decimal holds.
        let max = max_minor(3);
        assert_eq!(share(max, max - 1, max), Some(max - 1));
    }

    #[test]
    fn rates_show_the_currency_digits_and_keep_their_own() {
        assert_eq!(format_rate(d("25"), 2), "25.00");
        assert_eq!(format_rate(d("45.000"), 2), "45.00");
        assert_eq!(format_rate(d("0.125"), 2), "0.125");
        assert_eq!(format_rate(d("1500"), 0), "1500");
        assert_eq!(format_rate(d("3.335"), 2), "3.335");
        assert_eq!(format_rate(d("310"), 2), "310.00");
        assert_eq!(format_rate(d("0.000125"), 3), "0.000125");
        assert_eq!(format_rate(d("2.5"), 3), "2.500");
    }

    #[test]
    fn strict_parsing_refuses_what_is_not_plain_decimal() {
        let rule = DecimalRule::non_negative(2);
        for bad in [
            "1e9", "NaN", "inf", "", "1,5", "1 000", "+5", ".5", "5.", "12.345", "0x10", "--1",
        ] {
            assert!(
                parse_decimal("amount", bad, rule).is_err(),
                "{bad:?} accepted"
            );
        }
        assert!(parse_decimal("amount", "-0", rule).is_err());
        assert!(parse_decimal("amount", "1.000000000001", DecimalRule::non_negative(6)).is_err());
        assert_eq!(parse_decimal("amount", "12.50", rule).unwrap(), d("12.50"));
        assert_eq!(parse_decimal("amount", "0", rule).unwrap(), d("0"));
        assert!(parse_decimal("amount", "0", DecimalRule::positive(2)).is_err());
        assert!(parse_decimal("amount", "9999999999999", rule).is_err());
    }

    #[test]
    fn parse_error_names_the_field() {
        let err = parse_decimal("--amount", "1e9", DecimalRule::non_negative(2)).unwrap_err();
        assert!(err.to_string().contains("--amount"), "{err}");
    }

    proptest! {
        #[test]
        fn minor_units_round_trip_through_text(minor in -10_000_000_000i64..10_000_000_000) {
            let text = format_minor(minor, 2);
            let rule = DecimalRule { max_places: 2, allow_negative: true, allow_zero: true };
            prop_assert_eq!(parse_amount("x", &text, 2, rule).unwrap(), minor);
        }

        #[test]
        fn rounding_moves_at_most_half_a_unit(mantissa in -1_000_000_000i64..1_000_000_000, scale in 0u32..8) {
            let value = Decimal::new(mantissa, scale);
            let rounded = round_half_away(value, 2);
            prop_assert!((rounded - value).abs() <= d("0.005"));
        }
    }
}
