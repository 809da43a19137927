//! Rows of supplier bills and their lines.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::tx::{Tx, decimal, decimal_text, duplicate_as};
use crate::domain::invoice::Totals;
use crate::domain::supplier_bill::{BillLine, BillPayment, Received, ReceivedVat, SupplierBill};
use crate::error::Result;

const SELECT_BILL: &str = "SELECT id, supplier, bill_date, due_date, reference, currency, paid_on,
        source, supplier_siren, supplier_vat_id, period_start, period_end, payment_means,
        payment_iban, payment_bic, payment_reference, payment_terms, net_total, tax_total,
        grand_total
    FROM supplier_bills";

/// What an imported bill keeps of its e-invoice, when the row has a source.
fn received_from_row(row: &Row) -> rusqlite::Result<Option<Received>> {
    let Some(source) = row.get::<_, Option<String>>(7)? else {
        return Ok(None);
    };
    let start: Option<NaiveDate> = row.get(10)?;
    let end: Option<NaiveDate> = row.get(11)?;
    Ok(Some(Received {
        source,
        supplier_siren: row.get(8)?,
        supplier_vat_id: row.get(9)?,
        period: start.zip(end),
        payment: BillPayment {
            means: row.get(12)?,
            iban: row.get(13)?,
            bic: row.get(14)?,
            reference: row.get(15)?,
            terms: row.get(16)?,
        },
        vat: Vec::new(),
        net: row.get(17)?,
        tax: row.get(18)?,
        grand: row.get(19)?,
    }))
}

fn bill_from_row(row: &Row) -> rusqlite::Result<SupplierBill> {
    Ok(SupplierBill {
        received: received_from_row(row)?,
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
        if let Some(received) = &bill.received {
            self.bill_received_insert(&bill.id, received)?;
        }
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

    fn bill_received_insert(&self, id: &str, received: &Received) -> Result<()> {
        let (start, end) = received.period.unzip();
        let payment = &received.payment;
        self.conn()
            .prepare_cached(
                "UPDATE supplier_bills SET source = ?2, supplier_siren = ?3, supplier_vat_id = ?4,
                     period_start = ?5, period_end = ?6, payment_means = ?7, payment_iban = ?8,
                     payment_bic = ?9, payment_reference = ?10, payment_terms = ?11
                 WHERE id = ?1",
            )?
            .execute(params![
                id,
                received.source,
                received.supplier_siren,
                received.supplier_vat_id,
                start,
                end,
                payment.means,
                payment.iban,
                payment.bic,
                payment.reference,
                payment.terms
            ])?;
        let mut stmt = self.conn().prepare_cached(
            "INSERT INTO supplier_bill_vat (bill, category, rate, base, tax, exemption_reason)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for vat in &received.vat {
            stmt.execute(params![
                id,
                vat.category,
                decimal_text(vat.rate),
                vat.base,
                vat.tax,
                vat.exemption_reason
            ])?;
        }
        Ok(())
    }

    /// The bill a supplier identified by SIREN (or, without one, by VAT id) already sent
    /// under `reference`, if one was imported.
    pub fn bill_imported(
        &self,
        siren: Option<&str>,
        vat_id: Option<&str>,
        reference: &str,
    ) -> Result<Option<String>> {
        let found = self
            .conn()
            .prepare_cached(
                "SELECT id FROM supplier_bills WHERE reference = ?3 AND (
                     (?1 IS NOT NULL AND supplier_siren = ?1)
                     OR (?1 IS NULL AND supplier_siren IS NULL AND supplier_vat_id = ?2))",
            )?
            .query_row(params![siren, vat_id, reference], |r| r.get(0))
            .optional()?;
        Ok(found)
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
        if let Some(received) = &mut bill.received {
            received.vat = self
                .conn()
                .prepare_cached(
                    "SELECT category, rate, base, tax, exemption_reason FROM supplier_bill_vat
                     WHERE bill = ?1 ORDER BY rowid",
                )?
                .query_map([id], |row| {
                    Ok(ReceivedVat {
                        category: row.get(0)?,
                        rate: decimal(&row.get::<_, String>(1)?)?,
                        base: row.get(2)?,
                        tax: row.get(3)?,
                        exemption_reason: row.get(4)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
        }
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
