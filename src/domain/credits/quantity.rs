//! Quantities of credits: integer milli-credits, typed and shown as decimals.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::domain::money::{DecimalRule, parse_decimal};
use crate::error::Error;

/// Milli-credits in one credit.
pub const MILLI: i64 = 1000;

/// Decimal places a fractional credit type accepts: one milli-credit is the smallest step.
const CREDIT_PLACES: u32 = 3;

/// Parses a positive quantity of credits typed by a person into milli-credits.
///
/// Strict like every typed decimal (no exponent, `NaN`, sign or zero; at most three
/// places). For a whole-credit type (`whole = true`) the value must be a whole number
/// (`"2"` or `"2.0"`, not `"2.5"`).
pub fn parse_credits(field: &str, text: &str, whole: bool) -> Result<i64, Error> {
    let value = parse_decimal(field, text, DecimalRule::positive(CREDIT_PLACES))?;
    if whole && !value.fract().is_zero() {
        return Err(Error::invalid(
            field,
            format!("{text:?} is not a whole number; this credit type counts whole credits"),
        ));
    }
    // parse_decimal bounds the integer part to 12 digits, so milli-credits fit an i64.
    (value * Decimal::from(MILLI))
        .to_i64()
        .ok_or_else(|| Error::invalid(field, format!("{text:?} is too large")))
}

/// Formats milli-credits as the shortest exact decimal: `2000` → `"2"`, `2500` → `"2.5"`,
/// `125` → `"0.125"`, `-3000` → `"-3"`.
pub fn format_credits(milli: i64) -> String {
    Decimal::new(milli, CREDIT_PLACES).normalize().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::error::ExitKind;

    #[test]
    fn credits_parse_into_milli_credits() {
        assert_eq!(parse_credits("QTY", "2", true).unwrap(), 2000);
        assert_eq!(parse_credits("QTY", "2.0", true).unwrap(), 2000);
        assert_eq!(parse_credits("QTY", "2.5", false).unwrap(), 2500);
        assert_eq!(parse_credits("QTY", "0.125", false).unwrap(), 125);
        assert_eq!(parse_credits("QTY", " 7 ", false).unwrap(), 7000);
    }

    #[test]
    fn a_fraction_of_a_whole_credit_type_is_refused() {
        let error = parse_credits("QTY", "2.5", true).unwrap_err();
        assert_eq!(error.exit_kind(), ExitKind::BadInput);
        assert!(error.to_string().contains("whole credits"), "{error}");
        assert!(error.to_string().starts_with("QTY:"), "{error}");
    }

    #[test]
    fn credit_quantities_that_are_not_plain_positive_decimals_are_refused() {
        for bad in [
            "0",
            "0.000",
            "-1",
            "1e3",
            "NaN",
            "inf",
            "",
            "1,5",
            "0.0005",
            "+2",
            ".5",
            "1_000",
            "9999999999999",
        ] {
            assert!(
                parse_credits("QTY", bad, false).is_err(),
                "{bad:?} accepted"
            );
        }
    }

    #[test]
    fn credits_format_without_trailing_zeros() {
        assert_eq!(format_credits(2000), "2");
        assert_eq!(format_credits(2500), "2.5");
        assert_eq!(format_credits(125), "0.125");
        assert_eq!(format_credits(-3000), "-3");
        assert_eq!(format_credits(0), "0");
    }
}
