//! Lines as typed on the command line: `ITEM[:QTY][@RATE]` (plans, subscriptions, orders,
//! one-off invoices). Without `@RATE` the line is priced from the price list.

use rust_decimal::Decimal;

use crate::domain::catalogue::QTY_RULE;
use crate::domain::money::{DecimalRule, RATE_PLACES, parse_decimal};

/// A typed rate: exact, up to six places; negative for a manual discount line (the
/// document it is on may not total below zero).
const LINE_RATE_RULE: DecimalRule = DecimalRule {
    max_places: RATE_PLACES,
    allow_negative: true,
    allow_zero: true,
};
use crate::domain::values::check_code;
use crate::error::Error;

#[derive(Debug, Clone, PartialEq)]
pub struct LineSpec {
    pub item: String,
    pub qty: Decimal,
    pub rate: Option<Decimal>,
}

/// Parses `DESK`, `DESK:2`, `DESK@310`, `DESK:2@3.335`; rates are exact, up to six decimals
/// whatever the currency (only booked amounts are rounded to it).
pub fn parse_line_spec(flag: &str, text: &str) -> Result<LineSpec, Error> {
    let (head, rate) = match text.split_once('@') {
        Some((head, rate)) => (head, Some(rate)),
        None => (text, None),
    };
    let (item, qty) = match head.split_once(':') {
        Some((item, qty)) => (item, Some(qty)),
        None => (head, None),
    };
    let field = format!("{flag} {text}");
    check_code(&field, item)?;
    let qty = match qty {
        Some(q) => parse_decimal(&format!("{field}: quantity"), q, QTY_RULE)?,
        None => Decimal::ONE,
    };
    let rate = rate
        .map(|r| parse_decimal(&format!("{field}: rate"), r, LINE_RATE_RULE))
        .transpose()?;
    Ok(LineSpec {
        item: item.to_string(),
        qty,
        rate,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_shape_parses() {
        let p = |t| parse_line_spec("--item", t).unwrap();
        assert_eq!(
            p("DESK"),
            LineSpec {
                item: "DESK".into(),
                qty: Decimal::ONE,
                rate: None
            }
        );
        assert_eq!(p("DESK:2").qty, Decimal::from(2));
        assert_eq!(p("DESK@310").rate, Some(Decimal::from(310)));
        let full = p("DESK:1.5@310.00");
        assert_eq!(
            (full.qty, full.rate),
            (Decimal::new(15, 1), Some(Decimal::new(31000, 2)))
        );
    }

    #[test]
    fn rates_are_exact_up_to_six_decimals_whatever_the_currency() {
        let rate = |t| parse_line_spec("--item", t).unwrap().rate.unwrap();
        assert_eq!(rate("A:3@3.335"), Decimal::new(3335, 3));
        assert_eq!(rate("A@0.000125"), Decimal::new(125, 6));
        let err = parse_line_spec("--item", "A@0.0000001")
            .unwrap_err()
            .to_string();
        assert!(err.contains("at most 6"), "{err}");
    }

    #[test]
    fn a_negative_rate_is_a_manual_discount() {
        let line = parse_line_spec("--item", "PROMO@-50.00").unwrap();
        assert_eq!(line.rate, Some(Decimal::new(-5000, 2)));
    }

    #[test]
    fn malformed_lines_name_the_part() {
        for bad in [
            "",
            ":2",
            "DESK:",
            "DESK:0",
            "DESK:-1",
            "DESK@",
            "DESK@1.2345678",
            "DESK@abc",
            "DE SK",
        ] {
            let err = parse_line_spec("--item", bad).unwrap_err().to_string();
            assert!(err.starts_with("--item"), "{bad}: {err}");
        }
    }
}
