//! The balance per account (trial balance): debits and credits summed per account.

use std::collections::BTreeMap;

use super::entries::Entry;

/// One account's totals.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountBalance {
    pub account: String,
    pub label: String,
    pub debit: i64,
    pub credit: i64,
}

impl AccountBalance {
    /// Debit minus credit.
    pub fn balance(&self) -> i64 {
        self.debit - self.credit
    }
}

/// Sums the entries per account, in account order.
pub fn trial_balance<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> Vec<AccountBalance> {
    let mut accounts: BTreeMap<String, AccountBalance> = BTreeMap::new();
    for line in entries.into_iter().flat_map(|e| &e.lines) {
        let row = accounts
            .entry(line.account.clone())
            .or_insert_with(|| AccountBalance {
                account: line.account.clone(),
                label: line.account_label.clone(),
                ..AccountBalance::default()
            });
        if line.amount > 0 {
            row.debit += line.amount;
        } else {
            row.credit -= line.amount;
        }
    }
    accounts.into_values().collect()
}
