//! A customer's account: what they owe, what is held for them, and the statement that
//! explains both (issue 10).
//!
//! Every movement has an effect on the customer's **net balance** (what they owe minus what
//! is held for them): an invoice adds its total, a credit note and a payment take theirs
//! off, a refund of held credit adds it back. Using held credit to settle an invoice moves
//! money from "held" to "settled" and leaves the net balance as it was; the statement shows
//! it so that the reader can follow every invoice to its settlement. The closing balance of
//! a statement is therefore `owed − held`.

use crate::domain::customer::Customer;
use chrono::NaiveDate;

/// What one statement row records. The order is the order of rows on one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EntryKind {
    Invoice,
    CreditNote,
    Payment,
    CreditUse,
    Refund,
}

impl EntryKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Invoice => "invoice",
            EntryKind::CreditNote => "credit_note",
            EntryKind::Payment => "payment",
            EntryKind::CreditUse => "credit_use",
            EntryKind::Refund => "refund",
        }
    }

    /// The sign of the entry's effect on the net balance: +1 owed more, −1 owed less,
    /// 0 for held credit put to use.
    fn sign(self) -> i64 {
        match self {
            EntryKind::Invoice | EntryKind::Refund => 1,
            EntryKind::CreditNote | EntryKind::Payment => -1,
            EntryKind::CreditUse => 0,
        }
    }
}

/// One movement on a customer's account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub date: NaiveDate,
    pub kind: EntryKind,
    /// The document, payment or refund.
    pub reference: String,
    pub description: String,
    /// Minor units, positive.
    pub amount: i64,
    /// Recording order within the kind, to keep rows of one day stable.
    pub seq: i64,
}

impl Entry {
    /// The entry's effect on the net balance, in minor units.
    pub fn effect(&self) -> i64 {
        self.kind.sign() * self.amount
    }
}

/// A statement row: the entry and the net balance after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub entry: Entry,
    pub balance: i64,
}

/// A statement from `from` (or from the first entry): the net balance before it, and each
/// entry with the running balance after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub from: Option<NaiveDate>,
    pub opening: i64,
    pub rows: Vec<Row>,
    pub closing: i64,
}

/// Orders `entries` by date (then kind, then recording order) and runs the balance; the
/// entries dated before `from` only make the opening balance.
pub fn statement(mut entries: Vec<Entry>, from: Option<NaiveDate>) -> Statement {
    entries.sort_by_key(|e| (e.date, e.kind, e.seq));
    let mut opening = 0;
    let mut balance = 0;
    let mut rows = Vec::new();
    for entry in entries {
        balance += entry.effect();
        if from.is_some_and(|from| entry.date < from) {
            opening = balance;
        } else {
            rows.push(Row { entry, balance });
        }
    }
    Statement {
        from,
        opening,
        rows,
        closing: balance,
    }
}

/// Where a customer stands, in the books' currency (minor units).
#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    pub customer: Customer,
    pub currency: String,
    /// What they owe: the outstanding of their issued invoices.
    pub balance: i64,
    /// What is held for them: unallocated payments and credit notes, less refunds.
    pub credit: i64,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, d).unwrap()
    }

    fn entry(d: u32, kind: EntryKind, amount: i64, seq: i64) -> Entry {
        Entry {
            date: day(d),
            kind,
            reference: format!("{}-{seq}", kind.as_str()),
            description: String::new(),
            amount,
            seq,
        }
    }

    #[test]
    fn invoices_and_refunds_add_payments_and_credit_notes_take_off() {
        let s = statement(
            vec![
                entry(5, EntryKind::Payment, 50000, 1),
                entry(1, EntryKind::Invoice, 37200, 1),
                entry(6, EntryKind::CreditUse, 12800, 2),
                entry(6, EntryKind::Invoice, 2110, 2),
                entry(7, EntryKind::CreditNote, 2110, 3),
                entry(9, EntryKind::Refund, 1000, 1),
            ],
            None,
        );
        let balances: Vec<(EntryKind, i64)> =
            s.rows.iter().map(|r| (r.entry.kind, r.balance)).collect();
        assert_eq!(
            balances,
            vec![
                (EntryKind::Invoice, 37200),
                (EntryKind::Payment, -12800),
                // The invoice of the 6th comes before the credit used on it that day.
                (EntryKind::Invoice, -10690),
                (EntryKind::CreditUse, -10690),
                (EntryKind::CreditNote, -12800),
                (EntryKind::Refund, -11800),
            ]
        );
        assert_eq!((s.opening, s.closing), (0, -11800));
    }

    #[test]
    fn entries_before_the_start_make_the_opening_balance() {
        let s = statement(
            vec![
                entry(1, EntryKind::Invoice, 37200, 1),
                entry(3, EntryKind::Payment, 10000, 1),
                entry(10, EntryKind::Invoice, 37200, 2),
            ],
            Some(day(4)),
        );
        assert_eq!(s.opening, 27200);
        assert_eq!(s.rows.len(), 1);
        assert_eq!(s.rows[0].balance, 64400);
        assert_eq!(s.closing, 64400);
    }

    fn any_entry() -> impl Strategy<Value = Entry> {
        let kinds = prop::sample::select(vec![
            EntryKind::Invoice,
            EntryKind::CreditNote,
            EntryKind::Payment,
            EntryKind::CreditUse,
            EntryKind::Refund,
        ]);
        (1u32..28, kinds, 1i64..100_000, 0i64..50)
            .prop_map(|(d, kind, amount, seq)| entry(d, kind, amount, seq))
    }

    proptest! {
        #[test]
        fn the_closing_balance_is_the_opening_plus_every_row(
            entries in prop::collection::vec(any_entry(), 0..30),
            from in prop::option::of(1u32..28),
        ) {
            let total: i64 = entries.iter().map(Entry::effect).sum();
            let s = statement(entries, from.map(day));
            prop_assert_eq!(s.closing, total);
            let mut running = s.opening;
            for row in &s.rows {
                running += row.entry.effect();
                prop_assert_eq!(row.balance, running);
            }
            prop_assert_eq!(running, s.closing);
        }
    }
}
