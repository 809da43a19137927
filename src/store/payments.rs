//! Rows of payments and of the allocations that settle invoices.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::tx::Tx;
use crate::domain::payment::{Method, Payment};
use crate::error::Result;

const SELECT_PAYMENT: &str = "SELECT id, customer, date, amount, currency, method, reference,
    bank_transaction, gateway, gateway_payment_id FROM payments";

fn payment_from_row(row: &Row) -> rusqlite::Result<Payment> {
    let method: String = row.get(5)?;
    Ok(Payment {
        id: row.get(0)?,
        customer: row.get(1)?,
        date: row.get(2)?,
        amount: row.get(3)?,
        currency: row.get(4)?,
        method: Method::parse("method", &method).unwrap_or(Method::Transfer),
        reference: row.get(6)?,
        bank_transaction: row.get(7)?,
        gateway: row.get(8)?,
        gateway_payment_id: row.get(9)?,
    })
}

/// Money of a customer not allocated yet: what is left of a payment or of a credit note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CreditSource {
    Payment(String),
    CreditNote(i64),
}

/// Whether a customer has a payment or a credit note: through indexes on (customer) and
/// (customer, kind), whatever the number of their invoices.
pub(super) const MAY_HAVE_CREDIT: &str =
    "SELECT EXISTS (SELECT 1 FROM payments WHERE customer = ?1)
     OR EXISTS (SELECT 1 FROM invoices WHERE customer = ?1 AND kind = 'credit_note')";

impl Tx<'_> {
    pub fn payment_insert(&self, p: &Payment, created_at: &str) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO payments (id, customer, date, amount, currency, method, reference,
                     bank_transaction, gateway, gateway_payment_id, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?
            .execute(params![
                p.id,
                p.customer,
                p.date,
                p.amount,
                p.currency,
                p.method.as_str(),
                p.reference,
                p.bank_transaction,
                p.gateway,
                p.gateway_payment_id,
                created_at
            ])?;
        Ok(())
    }

    pub fn payment(&self, id: &str) -> Result<Option<Payment>> {
        Ok(self
            .conn()
            .prepare_cached(&format!("{SELECT_PAYMENT} WHERE id = ?1"))?
            .query_row([id], payment_from_row)
            .optional()?)
    }

    pub fn payment_by_gateway(&self, gateway: &str, payment_id: &str) -> Result<Option<Payment>> {
        Ok(self
            .conn()
            .prepare_cached(&format!(
                "{SELECT_PAYMENT} WHERE gateway = ?1 AND gateway_payment_id = ?2"
            ))?
            .query_row([gateway, payment_id], payment_from_row)
            .optional()?)
    }

    /// Payments by date then id, optionally of one customer, streamed.
    pub fn payments_each(
        &self,
        customer: Option<&str>,
        mut each: impl FnMut(Payment) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT_PAYMENT} WHERE ?1 IS NULL OR customer = ?1 ORDER BY date, id"
        ))?;
        let mut rows = stmt.query([customer])?;
        while let Some(row) = rows.next()? {
            each(payment_from_row(row)?)?;
        }
        Ok(())
    }

    /// Records an allocation and adds it to the invoice's settlement (and, for money, to
    /// what was paid on it). `from_credit`: it uses credit the customer held, rather than
    /// being made by its payment or credit note as it came in.
    pub fn allocation_insert(
        &self,
        invoice: i64,
        source: &CreditSource,
        amount: i64,
        date: NaiveDate,
        from_credit: bool,
    ) -> Result<()> {
        let (payment, credit_note) = match source {
            CreditSource::Payment(id) => (Some(id.as_str()), None),
            CreditSource::CreditNote(id) => (None, Some(*id)),
        };
        self.conn()
            .prepare_cached(
                "INSERT INTO allocations (invoice, payment, credit_note, amount, date, from_credit)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![
                invoice,
                payment,
                credit_note,
                amount,
                date,
                from_credit
            ])?;
        let paid = if payment.is_some() { amount } else { 0 };
        self.conn()
            .prepare_cached(
                "UPDATE invoices SET settled = settled + ?2, paid = paid + ?3 WHERE id = ?1",
            )?
            .execute(params![invoice, amount, paid])?;
        Ok(())
    }

    /// (invoice number, amount) of what a payment settled.
    pub fn payment_allocations(&self, payment: &str) -> Result<Vec<(String, i64)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT i.number, a.amount FROM allocations a JOIN invoices i ON i.id = a.invoice
             WHERE a.payment = ?1 ORDER BY a.id",
        )?;
        Ok(stmt
            .query_map([payment], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// False when the customer has never paid ahead nor been credited: the common case,
    /// answered without adding anything up (asked at every invoice issued).
    pub fn customer_may_have_credit(&self, customer: &str) -> Result<bool> {
        Ok(self.query_one(MAY_HAVE_CREDIT, [customer], |r| r.get(0))?)
    }

    /// What a customer has paid or been credited in `currency` and neither allocated nor
    /// refunded yet, oldest first; with `on`, only what was received or credited by then.
    pub fn unallocated_credit(
        &self,
        customer: &str,
        currency: &str,
        on: Option<NaiveDate>,
    ) -> Result<Vec<(CreditSource, i64)>> {
        let mut out = Vec::new();
        let mut stmt = self.conn().prepare_cached(
            "SELECT p.id, p.amount
                 - coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.payment = p.id), 0)
                 - coalesce((SELECT sum(r.amount) FROM refund_parts r WHERE r.payment = p.id), 0)
             FROM payments p WHERE p.customer = ?1 AND p.currency = ?2
                 AND (?3 IS NULL OR p.date <= ?3)
             ORDER BY p.date, p.id",
        )?;
        for row in stmt.query_map(params![customer, currency, on], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })? {
            let (id, left) = row?;
            if left > 0 {
                out.push((CreditSource::Payment(id), left));
            }
        }
        let mut stmt = self.conn().prepare_cached(
            "SELECT c.id, -c.grand_total
                 - coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.credit_note = c.id), 0)
                 - coalesce((SELECT sum(r.amount) FROM refund_parts r WHERE r.credit_note = c.id), 0)
             FROM invoices c WHERE c.customer = ?1 AND c.currency = ?2 AND c.kind = 'credit_note'
                 AND c.status = 'issued' AND (?3 IS NULL OR c.issue_date <= ?3)
             ORDER BY c.issue_date, c.id",
        )?;
        for row in stmt.query_map(params![customer, currency, on], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?))
        })? {
            let (id, left) = row?;
            if left > 0 {
                out.push((CreditSource::CreditNote(id), left));
            }
        }
        Ok(out)
    }

    /// A customer's issued invoices in `currency` that still owe something:
    /// (id, outstanding), oldest first.
    pub fn open_invoices(&self, customer: &str, currency: &str) -> Result<Vec<(i64, i64)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, grand_total - settled FROM invoices
             WHERE customer = ?1 AND currency = ?2 AND kind = 'invoice' AND status = 'issued'
                 AND grand_total > settled
             ORDER BY issue_date, id",
        )?;
        Ok(stmt
            .query_map([customer, currency], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }
}
