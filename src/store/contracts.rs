//! Rows of contracts, the subscriptions they tie, and their fulfilment terms.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::tx::Tx;
use crate::domain::contract::{Contract, ContractStatus, ContractTerm};
use crate::error::Result;

const SELECT_CONTRACT: &str = "SELECT id, customer, start, end_date, signed_on, terms, status,
    status_due_on FROM contracts";

fn contract_from_row(row: &Row) -> rusqlite::Result<Contract> {
    let status: String = row.get(6)?;
    Ok(Contract {
        id: row.get(0)?,
        customer: row.get(1)?,
        start: row.get(2)?,
        end: row.get(3)?,
        signed_on: row.get(4)?,
        terms: row.get(5)?,
        status: ContractStatus::parse(&status).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                6,
                rusqlite::types::Type::Text,
                "unexpected contract status".into(),
            )
        })?,
        status_due_on: row.get(7)?,
        subscriptions: Vec::new(),
        fulfilment_terms: Vec::new(),
    })
}

impl Tx<'_> {
    /// Writes a contract with the subscriptions it ties and its first terms.
    pub fn contract_insert(&self, c: &Contract, created_at: &str) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO contracts (id, customer, start, end_date, signed_on, terms, status,
                     status_due_on, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                c.id,
                c.customer,
                c.start,
                c.end,
                c.signed_on,
                c.terms,
                c.status.as_str(),
                c.status_due_on,
                created_at
            ])?;
        let mut stmt = self.conn().prepare_cached(
            "INSERT INTO contract_subscriptions (contract, subscription) VALUES (?1, ?2)
             ON CONFLICT DO NOTHING",
        )?;
        for sub in &c.subscriptions {
            stmt.execute(params![c.id, sub])?;
        }
        for term in &c.fulfilment_terms {
            self.contract_term_insert(&c.id, &term.text, created_at)?;
        }
        Ok(())
    }

    pub fn contract(&self, id: &str) -> Result<Option<Contract>> {
        let found = self
            .conn()
            .prepare_cached(&format!("{SELECT_CONTRACT} WHERE id = ?1"))?
            .query_row([id], contract_from_row)
            .optional()?;
        let Some(mut contract) = found else {
            return Ok(None);
        };
        contract.subscriptions = self
            .conn()
            .prepare_cached(
                "SELECT subscription FROM contract_subscriptions WHERE contract = ?1 ORDER BY subscription",
            )?
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        contract.fulfilment_terms = self
            .conn()
            .prepare_cached(
                "SELECT position, text, done_on FROM contract_terms WHERE contract = ?1 ORDER BY position",
            )?
            .query_map([id], |r| {
                Ok(ContractTerm {
                    number: r.get(0)?,
                    text: r.get(1)?,
                    done_on: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some(contract))
    }

    /// Contracts by id, optionally of one customer and in one status, streamed.
    pub fn contracts_each(
        &self,
        customer: Option<&str>,
        status: Option<&str>,
        mut each: impl FnMut(Contract) -> Result<()>,
    ) -> Result<()> {
        let ids: Vec<String> = {
            let mut stmt = self.conn().prepare_cached(
                "SELECT id FROM contracts WHERE (?1 IS NULL OR customer = ?1)
                   AND (?2 IS NULL OR status = ?2) ORDER BY id",
            )?;
            stmt.query_map(params![customer, status], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?
        };
        for id in ids {
            if let Some(contract) = self.contract(&id)? {
                each(contract)?;
            }
        }
        Ok(())
    }

    /// Saves the signature, status and next status change of a contract.
    pub fn contract_update(&self, c: &Contract) -> Result<()> {
        self.conn().execute(
            "UPDATE contracts SET signed_on = ?2, status = ?3, status_due_on = ?4 WHERE id = ?1",
            params![c.id, c.signed_on, c.status.as_str(), c.status_due_on],
        )?;
        Ok(())
    }

    /// Adds a term after the contract's last one; returns its number.
    pub fn contract_term_insert(
        &self,
        contract: &str,
        text: &str,
        created_at: &str,
    ) -> Result<u32> {
        Ok(self
            .conn()
            .prepare_cached(
                "INSERT INTO contract_terms (contract, position, text, created_at)
                 VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM contract_terms WHERE contract = ?1), ?2, ?3)
                 RETURNING position",
            )?
            .query_row(params![contract, text, created_at], |r| r.get(0))?)
    }

    pub fn contract_term_set_done(&self, contract: &str, number: u32, on: NaiveDate) -> Result<()> {
        self.conn().execute(
            "UPDATE contract_terms SET done_on = ?3 WHERE contract = ?1 AND position = ?2",
            params![contract, number, on],
        )?;
        Ok(())
    }
}
