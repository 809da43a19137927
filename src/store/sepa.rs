//! Rows of SEPA direct debit collections, and the owed invoices of SEPA payers.

use chrono::NaiveDate;
use rusqlite::params;

use super::tx::Tx;
use crate::domain::sepa::{Collection, SequenceType};
use crate::error::Result;

/// An issued invoice still owed by a payer who pays by SEPA direct debit.
#[derive(Debug, Clone, PartialEq)]
pub struct SepaOwed {
    pub id: i64,
    pub number: String,
    pub customer: String,
    pub outstanding: i64,
    pub currency: String,
    pub period: Option<(NaiveDate, NaiveDate)>,
    pub issued_on: NaiveDate,
    /// Some earlier export holds it.
    pub exported_before: bool,
}

/// One collection exported earlier under a mandate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastCollection {
    pub invoice: i64,
    pub msg_id: String,
    pub sequence: SequenceType,
}

impl Tx<'_> {
    /// Issued invoices still owed, due on or before `date`, whose payer pays by `sepa` (the
    /// subscription's payment method, else the customer's), by customer then issue order.
    pub fn sepa_owed(&self, date: NaiveDate) -> Result<Vec<SepaOwed>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT i.id, i.number, i.customer, i.grand_total - i.settled, i.currency,
                    i.period_start, i.period_end,
                    EXISTS (SELECT 1 FROM sepa_collections x WHERE x.invoice = i.id), i.issue_date
             FROM invoices i
             JOIN customers c ON c.code = i.customer
             LEFT JOIN subscriptions s ON s.id = i.subscription
             WHERE i.kind = 'invoice' AND i.status = 'issued' AND i.grand_total > i.settled
               AND i.due_date <= ?1
               AND coalesce(s.payment_method, c.payment_method) = 'sepa'
             ORDER BY i.customer, i.issue_date, i.id",
        )?;
        let rows = stmt.query_map([date], |r| {
            let start: Option<NaiveDate> = r.get(5)?;
            let end: Option<NaiveDate> = r.get(6)?;
            Ok(SepaOwed {
                id: r.get(0)?,
                number: r.get(1)?,
                customer: r.get(2)?,
                outstanding: r.get(3)?,
                currency: r.get(4)?,
                period: start.zip(end),
                exported_before: r.get(7)?,
                issued_on: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The collections exported under a customer's mandate, oldest first.
    pub fn sepa_mandate_collections(
        &self,
        customer: &str,
        mandate_id: &str,
    ) -> Result<Vec<PastCollection>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT invoice, msg_id, sequence FROM sepa_collections
             WHERE customer = ?1 AND mandate_id = ?2 ORDER BY id",
        )?;
        let rows = stmt.query_map([customer, mandate_id], |r| {
            let sequence: String = r.get(2)?;
            Ok(PastCollection {
                invoice: r.get(0)?,
                msg_id: r.get(1)?,
                // The CHECK constraint guarantees it parses.
                sequence: SequenceType::parse("sequence", &sequence)
                    .unwrap_or(SequenceType::Recurring),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records a collection put in the file `msg_id`.
    pub fn sepa_collection_insert(
        &self,
        msg_id: &str,
        collection: &Collection,
        collection_date: NaiveDate,
        exported_at: &str,
    ) -> Result<()> {
        self.exec(
            "INSERT INTO sepa_collections (msg_id, invoice, customer, mandate_id, sequence,
                 amount, collection_date, exported_at, iban, mandate_signed_on, retry_of)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                msg_id,
                collection.invoice_id,
                collection.customer,
                collection.mandate.id,
                collection.sequence.as_str(),
                collection.amount,
                collection_date,
                exported_at,
                collection.mandate.iban,
                collection.mandate.signed_on,
                collection.retry_of
            ],
        )?;
        Ok(())
    }
}
