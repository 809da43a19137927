//! Rows of what followed a SEPA collection: the debits' outcomes, the bank's reports
//! read once each, mandates the bank refused, pre-notifications, and the reversal of the
//! money a returned debit had settled.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::tx::Tx;
use crate::domain::sepa::SequenceType;
use crate::domain::sepa_follow_up::{Debit, Outcome, SentWith};
use crate::error::Result;

const SELECT_DEBIT: &str = "SELECT x.id, x.msg_id, x.invoice, i.number, x.customer, x.mandate_id,
        x.iban, x.mandate_signed_on, x.sequence, x.amount, x.collection_date, x.status,
        x.reason, x.reported_on, x.retry_of
    FROM sepa_collections x JOIN invoices i ON i.id = x.invoice";

fn debit_from_row(r: &Row) -> rusqlite::Result<Debit> {
    let sequence: String = r.get(8)?;
    let status: String = r.get(11)?;
    Ok(Debit {
        id: r.get(0)?,
        msg_id: r.get(1)?,
        invoice_id: r.get(2)?,
        invoice: r.get(3)?,
        customer: r.get(4)?,
        mandate_id: r.get(5)?,
        iban: r.get(6)?,
        mandate_signed_on: r.get(7)?,
        // The CHECK constraints guarantee both parse.
        sequence: SequenceType::parse("sequence", &sequence).unwrap_or(SequenceType::Recurring),
        amount: r.get(9)?,
        collection_date: r.get(10)?,
        outcome: match status.as_str() {
            "rejected" => Some(Outcome::Rejected),
            "returned" => Some(Outcome::Returned),
            _ => None,
        },
        reason: r.get(12)?,
        reported_on: r.get(13)?,
        retry_of: r.get(14)?,
    })
}

/// A mandate (with the account under it) the bank said cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MandateBlock {
    pub mandate_id: String,
    pub iban: String,
    pub reason: String,
    pub since: NaiveDate,
}

/// What a pre-notification told the payer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prenotification {
    pub notified_on: NaiveDate,
    pub collection_date: NaiveDate,
    pub amount: i64,
    pub mandate_id: String,
    pub outbox: Option<i64>,
}

impl Tx<'_> {
    fn debits_where(&self, clause: &str, params: impl rusqlite::Params) -> Result<Vec<Debit>> {
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("{SELECT_DEBIT} WHERE {clause} ORDER BY x.id"))?;
        let rows = stmt.query_map(params, debit_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The debits of a collection file.
    pub fn sepa_debits_of_file(&self, msg_id: &str) -> Result<Vec<Debit>> {
        self.debits_where("x.msg_id = ?1", [msg_id])
    }

    /// The debits of an invoice, by its number, oldest first.
    pub fn sepa_debits_of_number(&self, number: &str) -> Result<Vec<Debit>> {
        self.debits_where("i.number = ?1", [number])
    }

    /// The debits of an invoice, oldest first.
    pub fn sepa_debits_of_invoice(&self, invoice: i64) -> Result<Vec<Debit>> {
        self.debits_where("x.invoice = ?1", [invoice])
    }

    /// Every debit, optionally of one outcome (`exported`, `rejected`, `returned`) and of
    /// one customer, oldest first.
    pub fn sepa_debits(&self, status: Option<&str>, customer: Option<&str>) -> Result<Vec<Debit>> {
        self.debits_where(
            "(?1 IS NULL OR x.status = ?1) AND (?2 IS NULL OR x.customer = ?2)",
            params![status, customer],
        )
    }

    /// The customer's last debit: what the mandate was last sent with.
    pub fn sepa_last_sent(&self, customer: &str) -> Result<Option<(SentWith, NaiveDate)>> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT mandate_id, iban, mandate_signed_on, collection_date FROM sepa_collections
                 WHERE customer = ?1 ORDER BY id DESC LIMIT 1",
            )?
            .query_row([customer], |r| {
                Ok((
                    SentWith {
                        mandate_id: r.get(0)?,
                        iban: r.get(1)?,
                        signed_on: r.get(2)?,
                    },
                    r.get(3)?,
                ))
            })
            .optional()?)
    }

    /// Whether a report with this reference was read before.
    pub fn sepa_event_known(&self, reference: &str) -> Result<bool> {
        Ok(self.query_one(
            "SELECT EXISTS (SELECT 1 FROM sepa_events WHERE reference = ?1)",
            [reference],
            |r| r.get(0),
        )?)
    }

    /// Records what a report did to a debit, and the debit's new outcome.
    pub fn sepa_debit_report(
        &self,
        debit: i64,
        report: &DebitReport,
        created_at: &str,
    ) -> Result<()> {
        self.exec(
            "INSERT INTO sepa_events (reference, collection, kind, reason, reported_on, file,
                 reversed, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                report.reference,
                debit,
                report.outcome.as_str(),
                report.reason,
                report.reported_on,
                report.file,
                report.reversed,
                created_at
            ],
        )?;
        self.exec(
            "UPDATE sepa_collections SET status = ?2, reason = ?3, reported_on = ?4 WHERE id = ?1",
            params![
                debit,
                report.outcome.as_str(),
                report.reason,
                report.reported_on
            ],
        )?;
        Ok(())
    }

    /// Flags a customer's mandate and account as unusable (once).
    pub fn sepa_block_insert(
        &self,
        customer: &str,
        block: &MandateBlock,
        debit: i64,
    ) -> Result<()> {
        self.exec(
            "INSERT OR IGNORE INTO sepa_mandate_blocks (customer, mandate_id, iban, reason, since,
                 collection)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                customer,
                block.mandate_id,
                block.iban,
                block.reason,
                block.since,
                debit
            ],
        )?;
        Ok(())
    }

    /// The mandates of a customer the bank refused.
    pub fn sepa_blocks(&self, customer: &str) -> Result<Vec<MandateBlock>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT mandate_id, iban, reason, since FROM sepa_mandate_blocks
             WHERE customer = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([customer], |r| {
            Ok(MandateBlock {
                mandate_id: r.get(0)?,
                iban: r.get(1)?,
                reason: r.get(2)?,
                since: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn sepa_prenotification_insert(&self, invoice: i64, p: &Prenotification) -> Result<()> {
        self.exec(
            "INSERT INTO sepa_prenotifications (invoice, notified_on, collection_date, amount,
                 mandate_id, outbox)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                invoice,
                p.notified_on,
                p.collection_date,
                p.amount,
                p.mandate_id,
                p.outbox
            ],
        )?;
        Ok(())
    }

    pub fn sepa_prenotification(&self, invoice: i64) -> Result<Option<Prenotification>> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT notified_on, collection_date, amount, mandate_id, outbox
                 FROM sepa_prenotifications WHERE invoice = ?1",
            )?
            .query_row([invoice], |r| {
                Ok(Prenotification {
                    notified_on: r.get(0)?,
                    collection_date: r.get(1)?,
                    amount: r.get(2)?,
                    mandate_id: r.get(3)?,
                    outbox: r.get(4)?,
                })
            })
            .optional()?)
    }

    /// The money allocated to an invoice: (allocation id, payment id, amount), newest first.
    pub fn invoice_money_allocations(&self, invoice: i64) -> Result<Vec<(i64, String, i64)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, payment, amount FROM allocations
             WHERE invoice = ?1 AND payment IS NOT NULL ORDER BY date DESC, id DESC",
        )?;
        let rows = stmt.query_map([invoice], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Takes `amount` of a payment's allocation off its invoice: the invoice owes it again.
    pub fn allocation_take_back(&self, allocation: i64, invoice: i64, amount: i64) -> Result<()> {
        // All of it goes, or part of it: never both (a row halved would match the delete).
        self.exec(
            "DELETE FROM allocations WHERE id = ?1 AND amount = ?2",
            params![allocation, amount],
        )?;
        self.exec(
            "UPDATE allocations SET amount = amount - ?2 WHERE id = ?1 AND amount > ?2",
            params![allocation, amount],
        )?;
        self.exec(
            "UPDATE invoices SET settled = settled - ?2, paid = paid - ?2 WHERE id = ?1",
            params![invoice, amount],
        )?;
        Ok(())
    }
}

/// What a reject or return does to one debit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DebitReport {
    pub reference: String,
    pub outcome: Outcome,
    pub reason: String,
    pub reported_on: NaiveDate,
    pub file: String,
    /// Cents of money taken back off the invoice.
    pub reversed: i64,
}
