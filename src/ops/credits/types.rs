//! Credit types: defining them, finding them, listing them.

use serde_json::json;

use crate::domain::credits::{CreditType, format_credits};
use crate::domain::values;
use crate::error::{Error, Result};
use crate::ops::Session;
use crate::ops::books::find_item;
use crate::ops::catalogue::require_uom;
use crate::store::Tx;

pub fn find_type(tx: &Tx, code: &str) -> Result<CreditType> {
    tx.credit_type(code)?.ok_or_else(|| {
        Error::not_found_hint(
            "credit type",
            code,
            "list them with `subs credits type list`",
        )
    })
}

/// Defines a credit type; its items and units must exist, and an (item, uom) sells one
/// type only.
pub fn add_type(s: &mut Session, credit_type: CreditType) -> Result<CreditType> {
    values::check_code("CODE", &credit_type.code)?;
    values::check_code("--unit", &credit_type.unit)?;
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        if let Some((item, uom, _)) = &credit_type.sold_as {
            find_item(tx, item)?;
            require_uom(tx, uom)?;
            if let Some(other) = tx.credit_type_selling(item, uom)? {
                return Err(Error::invalid(
                    "--sold-as",
                    format!("{item} per {uom} already sells credit type {}", other.code),
                ));
            }
        }
        for (index, cost) in credit_type.costs.iter().enumerate() {
            find_item(tx, &cost.item)?;
            require_uom(tx, &cost.uom)?;
            let repeated = credit_type.costs[..index]
                .iter()
                .any(|c| c.item == cost.item && c.uom == cost.uom);
            if repeated {
                return Err(Error::invalid(
                    "--cost",
                    format!("{} per {} is given twice", cost.item, cost.uom),
                ));
            }
        }
        tx.credit_type_insert(&credit_type, &now)?;
        tx.audit(
            &format!("credit_type:{}", credit_type.code),
            &json!({
                "unit": credit_type.unit,
                "sold_as": credit_type.sold_as.as_ref().map(|(i, u, c)| format!("{i}:{u}:{}", format_credits(*c))),
                "validity_days": credit_type.validity_days,
                "whole": credit_type.whole,
                "costs": credit_type.costs.iter().map(|c| format!("{}:{}:{}", c.item, c.uom, format_credits(c.credits_per_unit))).collect::<Vec<_>>(),
            }),
        )?;
        find_type(tx, &credit_type.code)
    })
}

pub fn list_types(s: &mut Session) -> Result<Vec<CreditType>> {
    s.store.read(|tx| tx.credit_types())
}
