//! Credit types: their unit, how they are sold, how long their lots last, what they pay
//! for.

use crate::error::Error;

use super::{cost::*, quantity::*};

/// A credit type: its unit, how it is sold, how long its lots last and what it pays for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditType {
    pub code: String,
    /// What one credit is called (`half-day`, `hour`, `ticket`).
    pub unit: String,
    /// The invoice line (item, uom) that buys it, with milli-credits per unit bought.
    pub sold_as: Option<(String, String, i64)>,
    /// Days a lot is usable, its first day included; `None` never expires.
    pub validity_days: Option<u32>,
    /// Whether quantities are whole credits.
    pub whole: bool,
    pub costs: Vec<CostRule>,
}

impl CreditType {
    /// Parses a quantity typed for this type (`field` names the flag or argument).
    pub fn parse_quantity(&self, field: &str, text: &str) -> Result<i64, Error> {
        parse_credits(field, text, self.whole)
    }

    /// Whether the type pays for booking `item` by `uom`.
    pub fn covers(&self, item: &str, uom: &str) -> bool {
        self.costs
            .iter()
            .any(|rule| rule.item == item && rule.uom == uom)
    }
}

/// Parses a validity typed as a number of days: a whole number from 1 to 36 500.
pub fn parse_validity_days(field: &str, text: &str) -> Result<u32, Error> {
    match text.trim().parse::<u32>() {
        Ok(days) if (1..=36_500).contains(&days) => Ok(days),
        _ => Err(Error::invalid(
            field,
            format!("{text:?} is not a number of days (1 to 36500)"),
        )),
    }
}

/// Parses `ITEM:UOM:CREDITS` (`--sold-as`, `--cost`): the item, the unit, and
/// milli-credits per unit. Costs may be fractional whatever the type counts (an hour of a
/// room may cost a quarter of a half-day); what is sold follows the type (`whole`).
pub fn parse_item_credits(
    field: &str,
    text: &str,
    whole: bool,
) -> Result<(String, String, i64), Error> {
    let parts: Vec<&str> = text.split(':').collect();
    let [item, uom, credits] = parts.as_slice() else {
        return Err(Error::invalid(
            field,
            format!("{text:?} is not ITEM:UOM:CREDITS (like DESK:day:2)"),
        ));
    };
    let named = format!("{field} {text}");
    crate::domain::values::check_code(&named, item)?;
    crate::domain::values::check_code(&named, uom)?;
    let credits = parse_credits(&format!("{named}: credits"), credits, whole)?;
    Ok((item.to_string(), uom.to_string(), credits))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::error::ExitKind;

    #[test]
    fn cost_and_sale_specs_parse_item_unit_and_credits() {
        assert_eq!(
            parse_item_credits("--cost", "DESK:day:2", true).unwrap(),
            ("DESK".into(), "day".into(), 2 * MILLI)
        );
        assert_eq!(
            parse_item_credits("--cost", "ROOM:hour:0.25", false).unwrap(),
            ("ROOM".into(), "hour".into(), 250)
        );
        for bad in [
            "DESK:day",
            "DESK:day:2:3",
            "DESK::2",
            "DESK:day:-1",
            "DESK:day:x",
        ] {
            let error = parse_item_credits("--cost", bad, false).unwrap_err();
            assert_eq!(error.exit_kind(), ExitKind::BadInput, "{bad}");
            assert!(error.to_string().starts_with("--cost"), "{error}");
        }
        let error = parse_item_credits("--sold-as", "PASS:unit:2.5", true).unwrap_err();
        assert!(error.to_string().contains("whole"), "{error}");
    }
}
