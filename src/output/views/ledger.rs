//! Views of the books: the chart of accounts, journal lines, the trial balance. Amounts are
//! decimal strings; a journal line is a debit or a credit, the other side empty.

use serde::Serialize;

use crate::domain::accounting::balance::AccountBalance;
use crate::domain::accounting::chart::AccountRow;
use crate::domain::accounting::entries::{Entry, Line};
use crate::domain::money::format_minor;

/// `account list`.
#[derive(Debug, Default, Serialize)]
pub struct AccountView {
    pub key: String,
    pub account: String,
    pub label: String,
    pub default: String,
}

impl From<&AccountRow> for AccountView {
    fn from(r: &AccountRow) -> Self {
        AccountView {
            key: r.key.clone(),
            account: r.account.clone(),
            label: r.label.clone(),
            default: r.default.clone(),
        }
    }
}

/// One line of `journal`, with its entry's journal, number, date and document.
#[derive(Debug, Default, Serialize)]
pub struct JournalLineView {
    pub journal: String,
    pub number: String,
    pub date: String,
    pub account: String,
    pub account_label: String,
    pub party: Option<String>,
    pub piece: String,
    pub label: String,
    pub debit: String,
    pub credit: String,
    pub letter: Option<String>,
    pub letter_date: Option<String>,
}

impl JournalLineView {
    pub fn new(entry: &Entry, line: &Line, digits: u32) -> Self {
        let side = |v: i64| {
            if v > 0 {
                format_minor(v, digits)
            } else {
                String::new()
            }
        };
        JournalLineView {
            journal: entry.journal.code().to_string(),
            number: format!("{}{:06}", entry.journal.code(), entry.number),
            date: entry.date.to_string(),
            account: line.account.clone(),
            account_label: line.account_label.clone(),
            party: line.aux.as_ref().map(|(code, _)| code.clone()),
            piece: entry.piece.clone(),
            label: entry.label.clone(),
            debit: side(line.amount),
            credit: side(-line.amount),
            letter: line.letter.as_ref().map(|l| l.code.clone()),
            letter_date: line.letter.as_ref().map(|l| l.date.to_string()),
        }
    }
}

/// One account of `trial-balance`: `balance` is debit minus credit.
#[derive(Debug, Default, Serialize)]
pub struct TrialBalanceView {
    pub account: String,
    pub label: String,
    pub debit: String,
    pub credit: String,
    pub balance: String,
}

impl TrialBalanceView {
    pub fn new(row: &AccountBalance, digits: u32) -> Self {
        TrialBalanceView {
            account: row.account.clone(),
            label: row.label.clone(),
            debit: format_minor(row.debit, digits),
            credit: format_minor(row.credit, digits),
            balance: format_minor(row.balance(), digits),
        }
    }
}
