//! Lines as typed on the command line: `ITEM[:QTY][@RATE]` (plans, subscriptions, orders,
//! one-off invoices). Without `@RATE` the line is priced from the price list.

use rust_decimal::Decimal;

use crate::domain::catalogue::QTY_RULE;
use crate::domain::money::{DecimalRule, parse_decimal};
use crate::domain::values::check_code;
use crate::error::Error;

#[derive(Debug, Clone, PartialEq)]
pub struct LineSpec {
    pub item: String,
    pub qty: Decimal,
    pub rate: Option<Decimal>,
}

/// Parses `DESK`, `DESK:2`, `DESK@310`, `DESK:2@310.00`; rates take at most `digits` decimals.
pub fn parse_line_spec(flag: &str, text: &str, digits: u32) -> Result<LineSpec, Error> {
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
        .map(|r| {
            parse_decimal(
                &format!("{field}: rate"),
                r,
                DecimalRule::non_negative(digits),
            )
        })
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
        let p = |t| parse_line_spec("--item", t, 2).unwrap();
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
    fn malformed_lines_name_the_part() {
        for bad in [
            "",
            ":2",
            "DESK:",
            "DESK:0",
            "DESK:-1",
            "DESK@",
            "DESK@1.234",
            "DESK@abc",
            "DE SK",
        ] {
            let err = parse_line_spec("--item", bad, 2).unwrap_err().to_string();
            assert!(err.starts_with("--item"), "{bad}: {err}");
        }
    }
}
