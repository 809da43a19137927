//! Credits granted, used and revoked by hand, and what a customer holds: balances, lots
//! and the ledger.

use chrono::NaiveDate;
use serde_json::json;

use crate::domain::credits::{
    Balance, CreditType, LedgerKind, LedgerRecord, Lot, LotRecord, OriginKind, expiry_for,
    format_credits, next_expiry, usable_balance,
};
use crate::domain::ids::CustomerCode;
use crate::domain::values;
use crate::error::{Error, Result};
use crate::ops::Session;
use crate::ops::books::find_customer;
use crate::store::{NewLot, Tx};

use super::{moves::*, types::*};

/// Credits given or taken by hand (`credits grant`, `use`, `revoke`).
#[derive(Debug, Clone, Default)]
pub struct ByHand {
    pub customer: CustomerCode,
    pub credit_type: String,
    /// As typed: whole or fractional credits, as the type counts them.
    pub quantity: String,
    /// Why, for the ledger.
    pub reason: Option<String>,
}

fn balance_of(tx: &Tx, customer: &str, credit_type: &CreditType, on: NaiveDate) -> Result<Balance> {
    let lots = tx.credit_open_lots(customer, &credit_type.code)?;
    Ok(Balance {
        customer: customer.to_string(),
        credit_type: credit_type.code.clone(),
        unit: credit_type.unit.clone(),
        balance: usable_balance(&lots, on),
        next_expiry: next_expiry(&lots, on),
    })
}

/// Grants credits by hand: a lot from today, through `expires` (default: the type's
/// validity). Returns the new lot.
pub fn grant(s: &mut Session, grant: &ByHand, expires: Option<NaiveDate>) -> Result<LotRecord> {
    let today = s.today();
    let now = s.clock.rfc3339();
    let reason = grant
        .reason
        .as_ref()
        .map(|r| values::non_empty("--reason", r))
        .transpose()?;
    s.store.write(|tx| {
        let customer = find_customer(tx, &grant.customer)?;
        let credit_type = find_type(tx, &grant.credit_type)?;
        let quantity = credit_type.parse_quantity("QTY", &grant.quantity)?;
        if let Some(day) = expires.filter(|day| *day < today) {
            return Err(Error::invalid(
                "--expires",
                format!("{day} is before today ({today}); the credits could never be used"),
            ));
        }
        let expires = expires.or_else(|| expiry_for(today, credit_type.validity_days));
        let cause = Cause {
            date: today,
            origin: "manual",
            booking: None,
            reason: reason.as_deref(),
            now: &now,
        };
        let holding = Holding {
            customer: &customer.code,
            credit_type: &credit_type.code,
        };
        let lot = grant_in(tx, holding, Granted { quantity, expires }, &cause)?;
        tx.credit_lot(lot)?
            .ok_or_else(|| Error::Database(format!("credit lot {lot} vanished")))
    })
}

/// Opens a lot granted by hand from `cause.date`, inside the caller's transaction (the
/// demo grants in bulk this way); returns its id.
pub fn grant_in(tx: &Tx, holding: Holding, granted: Granted, cause: &Cause) -> Result<i64> {
    let Holding {
        customer,
        credit_type,
    } = holding;
    let Granted { quantity, expires } = granted;
    let lot = open_lot(
        tx,
        &NewLot {
            customer,
            credit_type,
            quantity,
            starts: cause.date,
            expires,
            origin_kind: OriginKind::Manual,
            origin: cause.origin,
            invoice_line: None,
            created_at: cause.now,
        },
        cause,
    )?;
    tx.audit(
        &format!("credits:{customer}"),
        &json!({ "grant": { "lot": lot, "type": credit_type, "credits": format_credits(quantity),
                 "expires": expires, "reason": cause.reason } }),
    )?;
    Ok(lot)
}

/// Takes `quantity` by hand, as a use or a revocation; returns what is left.
fn take_by_hand(s: &mut Session, kind: LedgerKind, take: &ByHand) -> Result<Balance> {
    let today = s.today();
    let now = s.clock.rfc3339();
    let reason = take
        .reason
        .as_ref()
        .map(|r| values::non_empty("--reason", r))
        .transpose()?;
    s.store.write(|tx| {
        let customer = find_customer(tx, &take.customer)?;
        let credit_type = find_type(tx, &take.credit_type)?;
        let amount = credit_type.parse_quantity("QTY", &take.quantity)?;
        let cause = Cause {
            date: today,
            origin: "manual",
            booking: None,
            reason: reason.as_deref(),
            now: &now,
        };
        let movement = Movement {
            holding: Holding {
                customer: &customer.code,
                credit_type: &credit_type.code,
            },
            kind,
            cause: &cause,
        };
        let taken = spend(tx, &movement, amount)?;
        tx.audit(
            &format!("credits:{}", customer.code),
            &json!({ kind.as_str(): { "type": credit_type.code, "credits": format_credits(amount),
                     "lots": taken.iter().map(|(lot, n)| json!({ "lot": lot, "credits": format_credits(*n) })).collect::<Vec<_>>(),
                     "reason": reason } }),
        )?;
        balance_of(tx, &customer.code, &credit_type, today)
    })
}

/// Spends credits by hand (`credits use`), soonest-expiring lots first.
pub fn use_credits(s: &mut Session, take: &ByHand) -> Result<Balance> {
    take_by_hand(s, LedgerKind::Use, take)
}

/// Takes credits back by hand (`credits revoke`), in the same order as a use.
pub fn revoke(s: &mut Session, take: &ByHand) -> Result<Balance> {
    take_by_hand(s, LedgerKind::Revoke, take)
}

/// Balances usable on `on`, per customer and type: of one customer (every type they ever
/// held, even at 0), or of every customer holding something.
pub fn balances(
    s: &mut Session,
    customer: Option<&str>,
    on: NaiveDate,
    mut each: impl FnMut(Balance) -> Result<()>,
) -> Result<()> {
    s.store.read(|tx| {
        if let Some(code) = customer {
            find_customer(tx, code)?;
        }
        let types = tx.credit_types()?;
        let unit_of = |code: &str| {
            types
                .iter()
                .find(|t| t.code == code)
                .map(|t| t.unit.clone())
                .unwrap_or_default()
        };
        let mut flush = |group: Option<(String, String, Vec<Lot>)>| -> Result<()> {
            let Some((customer_code, credit_type, lots)) = group else {
                return Ok(());
            };
            let balance = usable_balance(&lots, on);
            if customer.is_none() && balance == 0 {
                return Ok(());
            }
            each(Balance {
                unit: unit_of(&credit_type),
                customer: customer_code,
                credit_type,
                balance,
                next_expiry: next_expiry(&lots, on),
            })
        };
        // Lots come ordered by customer and type: one group at a time, memory stays flat.
        let mut group: Option<(String, String, Vec<Lot>)> = None;
        tx.credit_lots_each(customer, customer.is_none(), |record| {
            match &mut group {
                Some((c, t, lots)) if *c == record.customer && *t == record.credit_type => {
                    lots.push(record.lot);
                }
                _ => {
                    flush(group.take())?;
                    group = Some((record.customer, record.credit_type, vec![record.lot]));
                }
            }
            Ok(())
        })?;
        flush(group)
    })
}

/// Every lot, of one customer or all.
pub fn lots(
    s: &mut Session,
    customer: Option<&str>,
    each: impl FnMut(LotRecord) -> Result<()>,
) -> Result<()> {
    s.store.read(|tx| {
        if let Some(code) = customer {
            find_customer(tx, code)?;
        }
        tx.credit_lots_each(customer, false, each)
    })
}

/// Every ledger row, of one customer or all, in the order written.
pub fn ledger(
    s: &mut Session,
    customer: Option<&str>,
    each: impl FnMut(LedgerRecord) -> Result<()>,
) -> Result<()> {
    s.store.read(|tx| {
        if let Some(code) = customer {
            find_customer(tx, code)?;
        }
        tx.credit_ledger_each(customer, each)
    })
}
