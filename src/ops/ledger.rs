//! The books (issue 15): the chart of accounts the accountant chooses (`account set|list`),
//! the journal entries derived from the documents (`journal`), the balance per account
//! (`trial-balance`) and the FEC of a fiscal year (`fec export`). Read-only but for
//! `account set`.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde_json::json;

use super::Session;
use super::books::company_of;
use crate::domain::accounting::balance::{AccountBalance, trial_balance as balances};
use crate::domain::accounting::chart::{self, AccountRow, Chart, GROUP_PREFIX, ITEM_PREFIX, KEYS};
use crate::domain::accounting::entries::{self, Entry, apply_letters, derive, letters, number};
use crate::domain::accounting::fiscal::{self, FiscalYear, fiscal_year, month_day, year_of};
use crate::domain::money::minor_digits;
use crate::error::{Error, Result};
use crate::formats::fec;
use crate::store::Tx;

fn setting(tx: &Tx, key: &str) -> Result<Option<String>> {
    tx.setting(key)
}

/// The chart in force in this transaction.
pub fn chart_of(tx: &Tx) -> Result<Chart> {
    let (item_groups, group_parents) = tx.item_group_tree()?;
    Ok(Chart {
        chosen: tx.account_map()?,
        item_groups,
        group_parents,
        vat_on_debits: setting(tx, "company.vat_on_debits")?.as_deref() == Some("true"),
    })
}

fn year_end(tx: &Tx) -> Result<(u32, u32)> {
    Ok(month_day(
        setting(tx, "company.fiscal_year_end")?
            .as_deref()
            .unwrap_or("12-31"),
    ))
}

/// The mapping: every fixed key with its account, then the accounts chosen per item group
/// and per item.
pub fn account_list(s: &mut Session) -> Result<Vec<AccountRow>> {
    s.store.read(|tx| {
        let chart = chart_of(tx)?;
        let mut rows: Vec<AccountRow> = KEYS
            .iter()
            .map(|k| AccountRow {
                key: k.key.to_string(),
                account: chart.account(k.key),
                label: k.label.to_string(),
                default: k.default.to_string(),
            })
            .collect();
        let mut scoped: Vec<_> = chart
            .chosen
            .iter()
            .filter(|(k, _)| k.starts_with(ITEM_PREFIX) || k.starts_with(GROUP_PREFIX))
            .collect();
        scoped.sort_by(|a, b| {
            (a.0.starts_with(ITEM_PREFIX), a.0).cmp(&(b.0.starts_with(ITEM_PREFIX), b.0))
        });
        for (key, account) in scoped {
            rows.push(AccountRow {
                key: key.clone(),
                account: account.clone(),
                label: chart.account_label(account),
                default: chart.account("services"),
            });
        }
        Ok(rows)
    })
}

/// Chooses the account of a key.
pub fn account_set(s: &mut Session, key: &str, account: &str) -> Result<String> {
    chart::check_key(key)?;
    let account = chart::check_account(account)?;
    s.store.write(|tx| {
        if let Some(item) = key.strip_prefix(ITEM_PREFIX) {
            if !tx.item_exists(item)? {
                return Err(Error::not_found("item", item));
            }
        }
        if let Some(group) = key.strip_prefix(GROUP_PREFIX) {
            if !tx.item_group_exists(group)? {
                return Err(Error::not_found("item group", group));
            }
        }
        tx.set_account(key, &account)?;
        tx.audit(&format!("account:{key}"), &json!({ "account": account }))?;
        Ok(account.clone())
    })
}

/// The entries dated from `from` through `to`, numbered within their fiscal year and
/// lettered as of `letters_on`.
fn entries_in(
    tx: &Tx,
    from: NaiveDate,
    to: NaiveDate,
    letters_on: NaiveDate,
) -> Result<Vec<Entry>> {
    let chart = chart_of(tx)?;
    let end = year_end(tx)?;
    // Numbers count from the start of the fiscal year `from` is in.
    let start = fiscal_year(year_of(from, end), end).start;
    let mut facts = tx.accounting_facts(start, to)?;
    let mut waiting: HashMap<i64, i64> = HashMap::new();
    for settlement in facts
        .payments
        .iter_mut()
        .flat_map(|p| p.settles.iter_mut())
        .chain(facts.credit_uses.iter_mut().map(|u| &mut u.settles))
    {
        let vat = match waiting.get(&settlement.invoice) {
            Some(v) => *v,
            None => {
                let (lines, vat) = tx.document_tax_basis(settlement.invoice)?;
                let v = entries::vat_waiting(&chart, &lines, &vat);
                waiting.insert(settlement.invoice, v);
                v
            }
        };
        settlement.vat_waiting = vat;
    }
    let mut all = derive(&chart, &facts, start, to);
    number(&mut all, |d| year_of(d, end));
    let settled = tx.settled_invoices(letters_on)?;
    apply_letters(&mut all, &letters(settled));
    all.retain(|e| e.date >= from);
    Ok(all)
}

/// What `journal` lists.
#[derive(Debug, Clone)]
pub struct JournalOptions {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Only lines on this account (or its sub-accounts: `411` gives every customer's).
    pub account: Option<String>,
}

/// The entries of a span (the current fiscal year by default), with the currency's digits.
pub fn journal(s: &mut Session, opts: &JournalOptions) -> Result<(Vec<Entry>, u32)> {
    let today = s.today();
    s.store.read(|tx| {
        let end = year_end(tx)?;
        let fy = fiscal_year(year_of(today, end), end);
        let from = opts.from.unwrap_or(fy.start);
        let to = opts.to.unwrap_or(fy.closing);
        if to < from {
            return Err(Error::invalid(
                "--to",
                format!("{to} is before --from {from}"),
            ));
        }
        let mut entries = entries_in(tx, from, to, today.max(to))?;
        if let Some(account) = &opts.account {
            for e in &mut entries {
                e.lines.retain(|l| l.account.starts_with(account.as_str()));
            }
            entries.retain(|e| !e.lines.is_empty());
        }
        let digits = minor_digits(&company_of(tx)?.currency);
        Ok((entries, digits))
    })
}

/// The balance of every account on `on` (everything booked through that day).
pub fn trial_balance(s: &mut Session, on: Option<NaiveDate>) -> Result<(Vec<AccountBalance>, u32)> {
    let on = on.unwrap_or_else(|| s.today());
    s.store.read(|tx| {
        let digits = minor_digits(&company_of(tx)?.currency);
        let Some(first) = tx.first_booked_date()? else {
            return Ok((Vec::new(), digits));
        };
        if first > on {
            return Ok((Vec::new(), digits));
        }
        let entries = entries_in(tx, first, on, on)?;
        Ok((balances(&entries), digits))
    })
}

/// A FEC ready to be written.
#[derive(Debug, Clone)]
pub struct FecFile {
    pub name: String,
    pub bytes: Vec<u8>,
    pub year: FiscalYear,
    pub entries: usize,
    pub lines: usize,
}

/// The FEC of the fiscal year closing in `year`, lettered as of its closing date.
pub fn fec_export(s: &mut Session, year: i32) -> Result<FecFile> {
    if !(1901..=2199).contains(&year) {
        return Err(Error::invalid(
            "--year",
            format!("{year} is not a year from 1901 to 2199"),
        ));
    }
    s.store.read(|tx| {
        let company = company_of(tx)?;
        let siren = company.siren.clone().ok_or_else(|| {
            Error::invalid(
                "company.siren",
                "the FEC file is named after the SIREN: set it with `subs config set company.siren …`",
            )
        })?;
        let end = year_end(tx)?;
        let fy = fiscal::fiscal_year(year, end);
        let entries = entries_in(tx, fy.start, fy.closing, fy.closing)?;
        let digits = minor_digits(&company.currency);
        Ok(FecFile {
            name: fec::file_name(&siren, fy.closing),
            bytes: fec::write(&entries, digits),
            year: fy,
            entries: entries.len(),
            lines: entries.iter().map(|e| e.lines.len()).sum(),
        })
    })
}
