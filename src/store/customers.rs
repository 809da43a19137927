//! Rows of customers.

use std::collections::HashSet;

use rusqlite::types::{ToSql, ToSqlOutput};
use rusqlite::{OptionalExtension, Row, params, params_from_iter};

use super::tx::{Tx, duplicate_as};
use crate::domain::customer::{Customer, CustomerKind, PaymentMethod};
use crate::domain::sepa::MandateFields;
use crate::error::Result;

macro_rules! select_customer {
    () => {
        "SELECT code, name, email, address, price_list, vat_id, siren, kind,
            payment_method, disabled, iban, bic, mandate_id, mandate_signed_on, billing_email
         FROM customers"
    };
}

const SELECT_CUSTOMER: &str = select_customer!();

macro_rules! insert_customer {
    () => {
        "INSERT INTO customers (code, name, email, address, price_list, vat_id, siren, kind,
             payment_method, disabled, created_on, iban, bic, mandate_id, mandate_signed_on,
             billing_email)
         VALUES "
    };
}

/// One customer's values, in the order of `insert_customer!`.
const CUSTOMER_VALUES: &str = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

/// How many customers one INSERT carries in [`Tx::customers_insert_new`]: running a
/// statement costs SQLite more than the row it writes (the CHECK's `IN` list is built
/// again for every run), so an import writes its rows 64 at a time.
const INSERT_BATCH: usize = 64;

impl ToSql for CustomerKind {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

impl ToSql for PaymentMethod {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

/// A customer's values for an INSERT, in the order of `insert_customer!`.
fn customer_values<'a>(c: &'a Customer, created_on: &'a dyn ToSql) -> [&'a dyn ToSql; 16] {
    [
        &c.code,
        &c.name,
        &c.email,
        &c.address,
        &c.price_list,
        &c.vat_id,
        &c.siren,
        &c.kind,
        &c.payment_method,
        &c.disabled,
        created_on,
        &c.mandate.iban,
        &c.mandate.bic,
        &c.mandate.id,
        &c.mandate.signed_on,
        &c.billing_email,
    ]
}

fn customer_from_row(row: &Row) -> rusqlite::Result<Customer> {
    let kind: String = row.get(7)?;
    let method: String = row.get(8)?;
    Ok(Customer {
        code: row.get(0)?,
        name: row.get(1)?,
        email: row.get(2)?,
        billing_email: row.get(14)?,
        address: row.get(3)?,
        price_list: row.get(4)?,
        vat_id: row.get(5)?,
        siren: row.get(6)?,
        // The CHECK constraints guarantee these parse.
        kind: CustomerKind::parse("kind", &kind).unwrap_or(CustomerKind::Business),
        payment_method: PaymentMethod::parse("payment_method", &method)
            .unwrap_or(PaymentMethod::Manual),
        disabled: row.get(9)?,
        mandate: MandateFields {
            iban: row.get(10)?,
            bic: row.get(11)?,
            id: row.get(12)?,
            signed_on: row.get(13)?,
        },
    })
}

impl Tx<'_> {
    pub fn customer_insert(&self, c: &Customer, created_on: chrono::NaiveDate) -> Result<()> {
        self.conn()
            .prepare_cached(concat!(
                insert_customer!(),
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            ))?
            .execute(customer_values(c, &created_on))
            .map_err(duplicate_as("customer", &c.code))?;
        Ok(())
    }

    /// Inserts the customers whose code is new, [`INSERT_BATCH`] to a statement; returns
    /// the positions in `customers` of those whose code exists already (left as they are).
    /// Each batch's codes are looked up in one statement, and its new customers written in
    /// another.
    pub fn customers_insert_new(
        &self,
        customers: &[&Customer],
        created_on: chrono::NaiveDate,
    ) -> Result<Vec<usize>> {
        // The day as stored, rendered once rather than for every row.
        let created_on = created_on.to_string();
        let mut existing = Vec::new();
        for (number, batch) in customers.chunks(INSERT_BATCH).enumerate() {
            let known = self.customer_codes_among(batch)?;
            let mut new = Vec::with_capacity(batch.len());
            for (i, customer) in batch.iter().enumerate() {
                if known.contains(customer.code.as_str()) {
                    existing.push(number * INSERT_BATCH + i);
                } else {
                    new.push(*customer);
                }
            }
            if new.is_empty() {
                continue;
            }
            let sql = format!(
                "{}{}",
                insert_customer!(),
                vec![CUSTOMER_VALUES; new.len()].join(", ")
            );
            let values = new.iter().flat_map(|c| customer_values(c, &created_on));
            self.conn()
                .prepare_cached(&sql)?
                .execute(params_from_iter(values))?;
        }
        Ok(existing)
    }

    /// Which of these customers' codes exist.
    fn customer_codes_among(&self, customers: &[&Customer]) -> Result<HashSet<String>> {
        let sql = format!(
            "SELECT code FROM customers WHERE code IN ({})",
            vec!["?"; customers.len()].join(", ")
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let codes = stmt
            .query_map(params_from_iter(customers.iter().map(|c| &c.code)), |r| {
                r.get(0)
            })?
            .collect::<rusqlite::Result<HashSet<String>>>()?;
        Ok(codes)
    }

    pub fn customer_update(&self, c: &Customer) -> Result<()> {
        self.conn()
            .prepare_cached(
                "UPDATE customers SET name = ?2, email = ?3, address = ?4, price_list = ?5, vat_id = ?6,
                     siren = ?7, kind = ?8, payment_method = ?9, disabled = ?10, iban = ?11,
                     bic = ?12, mandate_id = ?13, mandate_signed_on = ?14, billing_email = ?15
                 WHERE code = ?1",
            )?
            .execute(params![
                c.code,
                c.name,
                c.email,
                c.address,
                c.price_list,
                c.vat_id,
                c.siren,
                c.kind.as_str(),
                c.payment_method.as_str(),
                c.disabled,
                c.mandate.iban,
                c.mandate.bic,
                c.mandate.id,
                c.mandate.signed_on,
                c.billing_email
            ])?;
        Ok(())
    }

    pub fn customer(&self, code: &str) -> Result<Option<Customer>> {
        Ok(self
            .conn()
            // A literal, not a format: an import looks every code of its file up.
            .prepare_cached(concat!(select_customer!(), " WHERE code = ?1"))?
            .query_row([code], customer_from_row)
            .optional()?)
    }

    /// The code of the customer whose mandate reference is `mandate_id`, if any.
    pub fn customer_with_mandate(&self, mandate_id: &str) -> Result<Option<String>> {
        Ok(self
            .query_one(
                "SELECT code FROM customers WHERE mandate_id = ?1",
                [mandate_id],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Every customer by code, streamed.
    pub fn customers_each(
        &self,
        include_disabled: bool,
        mut each: impl FnMut(Customer) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.conn().prepare(&format!(
            "{SELECT_CUSTOMER} WHERE ?1 OR disabled = 0 ORDER BY code"
        ))?;
        let mut rows = stmt.query([include_disabled])?;
        while let Some(row) = rows.next()? {
            each(customer_from_row(row)?)?;
        }
        Ok(())
    }
}
