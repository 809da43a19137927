//! Rows of supplier bills and their lines.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::tx::{Tx, decimal, decimal_text, duplicate_as};
use crate::domain::invoice::Totals;
use crate::domain::supplier_bill::{BillLine, SupplierBill};
use crate::error::Result;

const SELECT_BILL: &str =
    "SELECT id, supplier, bill_date, due_date, reference, currency, paid_on FROM supplier_bills";

fn bill_from_row(row: &Row) -> rusqlite::Result<SupplierBill> {
    Ok(SupplierBill {
        id: row.get(0)?,
        supplier: row.get(1)?,
        date: row.get(2)?,
        due_date: row.get(3)?,
        reference: row.get(4)?,
        currency: row.get(5)?,
        paid_on: row.get(6)?,
        lines: Vec::new(),
    })
}

fn line_from_row(row: &Row) -> rusqlite::Result<BillLine> {
    Ok(BillLine {
        description: row.get(0)?,
        qty: decimal(&row.get::<_, String>(1)?)?,
        rate: decimal(&row.get::<_, String>(2)?)?,
        vat_rate: decimal(&row.get::<_, String>(3)?)?,
        net: row.get(4)?,
    })
}

impl Tx<'_> {
    /// Writes a bill, its lines and the totals derived from them.
    pub fn bill_insert(
        &self,
        bill: &SupplierBill,
        totals: &Totals,
        created_at: &str,
    ) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO supplier_bills (id, supplier, bill_date, due_date, reference, currency,
                     net_total, tax_total, grand_total, paid_on, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?
            .execute(params![
                bill.id,
                bill.supplier,
                bill.date,
                bill.due_date,
                bill.reference,
                bill.currency,
                totals.net,
                totals.tax,
                totals.grand,
                bill.paid_on,
                created_at
            ])
            .map_err(duplicate_as("supplier bill", &bill.id))?;
        let mut stmt = self.conn().prepare_cached(
            "INSERT INTO supplier_bill_lines (bill, position, description, qty, rate, vat_rate, net)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for (position, line) in bill.lines.iter().enumerate() {
            stmt.execute(params![
                bill.id,
                position as i64 + 1,
                line.description,
                decimal_text(line.qty),
                line.rate.to_string(),
                decimal_text(line.vat_rate),
                line.net
            ])?;
        }
        Ok(())
    }

    pub fn bill(&self, id: &str) -> Result<Option<SupplierBill>> {
        let found = self
            .conn()
            .prepare_cached(&format!("{SELECT_BILL} WHERE id = ?1"))?
            .query_row([id], bill_from_row)
            .optional()?;
        let Some(mut bill) = found else {
            return Ok(None);
        };
        bill.lines = self
            .conn()
            .prepare_cached(
                "SELECT description, qty, rate, vat_rate, net FROM supplier_bill_lines
                 WHERE bill = ?1 ORDER BY position",
            )?
            .query_map([id], line_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some(bill))
    }

    /// Bills by date then id, optionally of one supplier, paid or not, streamed.
    pub fn bills_each(
        &self,
        supplier: Option<&str>,
        paid: Option<bool>,
        mut each: impl FnMut(SupplierBill) -> Result<()>,
    ) -> Result<()> {
        let ids: Vec<String> = {
            let mut stmt = self.conn().prepare_cached(
                "SELECT id FROM supplier_bills WHERE (?1 IS NULL OR supplier = ?1)
                   AND (?2 IS NULL OR (paid_on IS NOT NULL) = ?2)
                 ORDER BY bill_date, id",
            )?;
            stmt.query_map(params![supplier, paid], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?
        };
        for id in ids {
            if let Some(bill) = self.bill(&id)? {
                each(bill)?;
            }
        }
        Ok(())
    }

    pub fn bill_set_paid(&self, id: &str, on: NaiveDate) -> Result<()> {
        self.conn().execute(
            "UPDATE supplier_bills SET paid_on = ?2 WHERE id = ?1",
            params![id, on],
        )?;
        Ok(())
    }
}
