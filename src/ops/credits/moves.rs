//! Credits moving in and out of a customer's lots, inside the caller's transaction: a lot
//! opened, a use or a revocation taken soonest-expiring first, a cancelled booking's credits
//! given back. Every move is checked by the domain before a row is written.

use chrono::NaiveDate;

use crate::domain::booking::BookingRecord;
use crate::domain::credits::{
    LedgerEntry, LedgerKind, Lot, Move, apply, entries, plan_refund, plan_use,
};
use crate::error::Result;
use crate::store::{NewLedgerRow, NewLot, Tx};

/// Why credits move, as written on their ledger rows: the day, what caused it
/// (`manual`, `booking:BK-0001`, …), the booking and reason if any, and the command's
/// instant.
#[derive(Debug, Clone, Copy)]
pub struct Cause<'a> {
    pub date: NaiveDate,
    pub origin: &'a str,
    pub booking: Option<&'a str>,
    pub reason: Option<&'a str>,
    pub now: &'a str,
}

/// A customer's holding of one credit type: the lots a use, a grant or an expiry moves.
#[derive(Debug, Clone, Copy)]
pub struct Holding<'a> {
    pub customer: &'a str,
    pub credit_type: &'a str,
}

/// Credits moving in or out of a holding: which kind of ledger row, and why.
#[derive(Debug, Clone, Copy)]
pub struct Movement<'a> {
    pub holding: Holding<'a>,
    pub kind: LedgerKind,
    pub cause: &'a Cause<'a>,
}

/// A lot granted by hand: how many milli-credits, valid through `expires` (`None`: never
/// lapses).
#[derive(Debug, Clone, Copy)]
pub struct Granted {
    pub quantity: i64,
    pub expires: Option<NaiveDate>,
}

/// Opens a lot and writes its opening row (grant or purchase), dated `cause.date`.
pub(super) fn open_lot(tx: &Tx, lot: &NewLot, cause: &Cause) -> Result<i64> {
    let id = tx.credit_lot_insert(lot)?;
    tx.credit_ledger_insert(&NewLedgerRow {
        date: cause.date,
        customer: lot.customer,
        credit_type: lot.credit_type,
        entry: LedgerEntry::new(id, lot.origin_kind.opening_kind(), lot.quantity),
        origin: lot.origin,
        booking: cause.booking,
        reason: cause.reason,
        created_at: cause.now,
    })?;
    Ok(id)
}

/// Writes `moves` of `kind` on `lots`: the domain checks them all (no lot below zero or
/// above its quantity) before any row is written.
pub(super) fn record_moves(
    tx: &Tx,
    movement: &Movement,
    lots: &mut [Lot],
    moves: &[Move],
) -> Result<()> {
    let Movement {
        holding: Holding {
            customer,
            credit_type,
        },
        kind,
        cause,
    } = *movement;
    let movements = entries(kind, moves);
    apply(lots, &movements)?;
    for entry in movements {
        tx.credit_ledger_insert(&NewLedgerRow {
            date: cause.date,
            customer,
            credit_type,
            entry,
            origin: cause.origin,
            booking: cause.booking,
            reason: cause.reason,
            created_at: cause.now,
        })?;
    }
    for lot in lots
        .iter()
        .filter(|lot| moves.iter().any(|(id, _)| *id == lot.id))
    {
        tx.credit_lot_set_remaining(lot.id, lot.remaining)?;
    }
    Ok(())
}

/// Takes `amount` milli-credits of `kind` (use or revoke) from the customer's lots usable
/// on `cause.date`, soonest expiring first; refused (exit 1) with nothing taken when they
/// hold less.
pub fn spend(tx: &Tx, movement: &Movement, amount: i64) -> Result<Vec<Move>> {
    let Holding {
        customer,
        credit_type,
    } = movement.holding;
    let mut lots = tx.credit_open_lots(customer, credit_type)?;
    let taken = plan_use(&lots, amount, movement.cause.date)
        .map_err(|shortfall| shortfall.refusal(customer, credit_type))?;
    record_moves(tx, movement, &mut lots, &taken)?;
    Ok(taken)
}

/// Gives a cancelled booking's credits back to the lots they came from, where those have
/// not lapsed on `today`. Returns the milli-credits refunded.
pub fn refund_booking(
    tx: &Tx,
    booking: &BookingRecord,
    today: NaiveDate,
    now: &str,
) -> Result<i64> {
    let Some(credit_type) = &booking.credit_type else {
        return Ok(0);
    };
    let taken = tx.credit_taken_by_booking(&booking.id)?;
    let mut lots = Vec::new();
    for (lot, _) in &taken {
        lots.extend(tx.credit_lot(*lot)?.map(|record| record.lot));
    }
    let refund = plan_refund(&taken, &lots, today);
    let origin = format!("booking:{}", booking.id);
    let cause = Cause {
        date: today,
        origin: &origin,
        booking: Some(&booking.id),
        reason: None,
        now,
    };
    let movement = Movement {
        holding: Holding {
            customer: &booking.customer,
            credit_type,
        },
        kind: LedgerKind::Refund,
        cause: &cause,
    };
    record_moves(tx, &movement, &mut lots, &refund)?;
    Ok(refund.iter().map(|(_, amount)| amount).sum())
}
