//! The ledger: every move of credits as a row, checked against the lots it moves before
//! any is written, and the records the store reads back.

use chrono::NaiveDate;

use crate::error::Error;

use super::lots::*;

/// Why credits moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LedgerKind {
    Grant,
    Purchase,
    Use,
    Refund,
    Expire,
    Revoke,
}

impl LedgerKind {
    pub const ALL: [LedgerKind; 6] = [
        LedgerKind::Grant,
        LedgerKind::Purchase,
        LedgerKind::Use,
        LedgerKind::Refund,
        LedgerKind::Expire,
        LedgerKind::Revoke,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LedgerKind::Grant => "grant",
            LedgerKind::Purchase => "purchase",
            LedgerKind::Use => "use",
            LedgerKind::Refund => "refund",
            LedgerKind::Expire => "expire",
            LedgerKind::Revoke => "revoke",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        LedgerKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
    }

    /// Whether this kind of movement adds credits to its lot.
    pub fn adds(self) -> bool {
        matches!(
            self,
            LedgerKind::Grant | LedgerKind::Purchase | LedgerKind::Refund
        )
    }

    /// Whether this kind opens a lot: grants and purchases are recorded with their lot,
    /// never applied to an existing one.
    pub fn opens_lot(self) -> bool {
        matches!(self, LedgerKind::Grant | LedgerKind::Purchase)
    }
}

/// One ledger row: `credits` is signed (+ adds to the lot, − takes from it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LedgerEntry {
    pub lot: i64,
    pub kind: LedgerKind,
    pub credits: i64,
}

impl LedgerEntry {
    /// The row for moving `amount` (positive) milli-credits of `kind` on `lot`, signed.
    pub fn new(lot: i64, kind: LedgerKind, amount: i64) -> Self {
        let credits = if kind.adds() { amount } else { -amount };
        LedgerEntry { lot, kind, credits }
    }

    /// The row that records a new lot's quantity (`Grant` or `Purchase`).
    pub fn opening(lot: &Lot, kind: LedgerKind) -> Self {
        LedgerEntry::new(lot.id, kind, lot.quantity)
    }
}

/// The ledger rows for a list of moves of one kind.
pub fn entries(kind: LedgerKind, moves: &[Move]) -> Vec<LedgerEntry> {
    moves
        .iter()
        .map(|&(lot, amount)| LedgerEntry::new(lot, kind, amount))
        .collect()
}

/// A ledger row that cannot apply to the lots as they are.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LedgerError {
    #[error("credit lot {0} does not exist")]
    UnknownLot(i64),
    #[error("a {kind} row cannot move credits on existing lot {lot}; it opens its own lot")]
    OpensLot { lot: i64, kind: &'static str },
    #[error("a {kind} row on lot {lot} has the wrong sign ({credits})")]
    WrongSign {
        lot: i64,
        kind: &'static str,
        credits: i64,
    },
    #[error("credit lot {lot} would hold {would_hold}, outside 0..={quantity}")]
    OutOfRange {
        lot: i64,
        would_hold: i64,
        quantity: i64,
    },
}

impl From<LedgerError> for Error {
    fn from(error: LedgerError) -> Self {
        Error::refused(error.to_string())
    }
}

/// Applies movements (use, refund, expire, revoke) to the lots' remainders: all of them,
/// or none when one would leave a lot below zero or above its quantity.
pub fn apply(lots: &mut [Lot], movements: &[LedgerEntry]) -> Result<(), LedgerError> {
    let mut remaining: Vec<i64> = lots.iter().map(|lot| lot.remaining).collect();
    for entry in movements {
        check_sign(entry)?;
        let index = lots
            .iter()
            .position(|lot| lot.id == entry.lot)
            .ok_or(LedgerError::UnknownLot(entry.lot))?;
        let would_hold = remaining[index].saturating_add(entry.credits);
        if !(0..=lots[index].quantity).contains(&would_hold) {
            return Err(LedgerError::OutOfRange {
                lot: entry.lot,
                would_hold,
                quantity: lots[index].quantity,
            });
        }
        remaining[index] = would_hold;
    }
    for (lot, left) in lots.iter_mut().zip(remaining) {
        lot.remaining = left;
    }
    Ok(())
}

fn check_sign(entry: &LedgerEntry) -> Result<(), LedgerError> {
    if entry.kind.opens_lot() {
        return Err(LedgerError::OpensLot {
            lot: entry.lot,
            kind: entry.kind.as_str(),
        });
    }
    let signed_right = if entry.kind.adds() {
        entry.credits > 0
    } else {
        entry.credits < 0
    };
    if signed_right {
        Ok(())
    } else {
        Err(LedgerError::WrongSign {
            lot: entry.lot,
            kind: entry.kind.as_str(),
            credits: entry.credits,
        })
    }
}

/// The balance the ledger records: the sum of its signed rows.
pub fn ledger_balance(ledger: &[LedgerEntry]) -> i64 {
    ledger
        .iter()
        .fold(0i64, |sum, entry| sum.saturating_add(entry.credits))
}

/// What the lots hold: the sum of their remainders (equal to [`ledger_balance`]).
pub fn lots_balance(lots: &[Lot]) -> i64 {
    lots.iter()
        .fold(0i64, |sum, lot| sum.saturating_add(lot.remaining))
}

/// Where a lot came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OriginKind {
    /// Bought on an invoice.
    Invoice,
    /// Granted by a subscription rule.
    Rule,
    /// Granted by hand.
    Manual,
}

impl OriginKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OriginKind::Invoice => "invoice",
            OriginKind::Rule => "rule",
            OriginKind::Manual => "manual",
        }
    }

    /// The ledger kind of the row that opens a lot of this origin.
    pub fn opening_kind(self) -> LedgerKind {
        match self {
            OriginKind::Invoice => LedgerKind::Purchase,
            OriginKind::Rule | OriginKind::Manual => LedgerKind::Grant,
        }
    }
}

/// A lot as listed: the lot and whose, of which type, from where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LotRecord {
    pub lot: Lot,
    pub customer: String,
    pub credit_type: String,
    pub origin: String,
    /// Written off by `tick` after its expiry date.
    pub expired: bool,
}

/// A ledger row as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerRecord {
    pub id: i64,
    pub date: NaiveDate,
    pub customer: String,
    pub credit_type: String,
    pub entry: LedgerEntry,
    /// What caused the movement: `invoice:NUMBER`, `subscription:ID`, `booking:ID`,
    /// `manual`, `expiry`, `credit_note:NUMBER`.
    pub origin: String,
    pub booking: Option<String>,
    pub reason: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::credits::fixtures::*;

    #[test]
    fn ledger_rows_carry_the_sign_of_their_kind() {
        assert_eq!(LedgerEntry::new(1, LedgerKind::Use, 500).credits, -500);
        assert_eq!(LedgerEntry::new(1, LedgerKind::Refund, 500).credits, 500);
        assert_eq!(LedgerEntry::new(1, LedgerKind::Expire, 500).credits, -500);
        assert_eq!(LedgerEntry::new(1, LedgerKind::Revoke, 500).credits, -500);
        let opened = Lot::new(7, 2000, date("2026-01-01"), None, 1);
        assert_eq!(
            LedgerEntry::opening(&opened, LedgerKind::Purchase),
            LedgerEntry {
                lot: 7,
                kind: LedgerKind::Purchase,
                credits: 2000
            }
        );
    }

    #[test]
    fn applying_movements_is_all_or_nothing() {
        let mut lots = vec![lot(1, 2, "2026-01-01", None), lot(2, 1, "2026-01-01", None)];
        let movements = [
            LedgerEntry::new(1, LedgerKind::Use, 1000),
            LedgerEntry::new(2, LedgerKind::Use, 1500),
        ];
        assert_eq!(
            apply(&mut lots, &movements),
            Err(LedgerError::OutOfRange {
                lot: 2,
                would_hold: -500,
                quantity: 1000
            })
        );
        assert_eq!(lots_balance(&lots), 3000);
    }

    #[test]
    fn a_refund_cannot_lift_a_lot_above_its_quantity() {
        let mut lots = vec![lot(1, 2, "2026-01-01", None)];
        let error = apply(&mut lots, &[LedgerEntry::new(1, LedgerKind::Refund, 1)]);
        assert!(matches!(error, Err(LedgerError::OutOfRange { .. })));
    }

    #[test]
    fn grants_and_purchases_open_lots_rather_than_move_credits() {
        let mut lots = vec![lot(1, 2, "2026-01-01", None)];
        let error = apply(&mut lots, &[LedgerEntry::new(1, LedgerKind::Grant, 1000)]);
        assert!(matches!(error, Err(LedgerError::OpensLot { .. })));
    }

    #[test]
    fn a_movement_with_the_wrong_sign_or_lot_is_refused() {
        let mut lots = vec![lot(1, 2, "2026-01-01", None)];
        let backwards = LedgerEntry {
            lot: 1,
            kind: LedgerKind::Use,
            credits: 500,
        };
        assert!(matches!(
            apply(&mut lots, &[backwards]),
            Err(LedgerError::WrongSign { .. })
        ));
        assert_eq!(
            apply(&mut lots, &[LedgerEntry::new(9, LedgerKind::Use, 1)]),
            Err(LedgerError::UnknownLot(9))
        );
    }
}
