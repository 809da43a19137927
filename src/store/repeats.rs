//! Rows of repeats, the occurrences they created, and the notices owed for them.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::tx::Tx;
use crate::domain::invoice::draft_reference;
use crate::domain::repeat::dates::{DayRule, Frequency, RepeatSchedule};
use crate::domain::repeat::{Repeat, RepeatRun, RepeatStatus, SourceKind, SourceRef};
use crate::error::Result;

const SELECT_REPEAT: &str = "SELECT r.id, r.source_invoice, i.number, r.source_order,
    r.source_bill, r.frequency, r.start, r.end_date, r.day_of_month, r.last_day, r.issue,
    r.notify, r.next_index, r.next_due_on, r.status
    FROM repeats r LEFT JOIN invoices i ON i.id = r.source_invoice";

fn unexpected(index: usize, what: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        index,
        rusqlite::types::Type::Text,
        format!("unexpected {what}").into(),
    )
}

fn repeat_from_row(row: &Row) -> rusqlite::Result<Repeat> {
    let invoice: Option<i64> = row.get(1)?;
    let number: Option<String> = row.get(2)?;
    let order: Option<String> = row.get(3)?;
    let bill: Option<String> = row.get(4)?;
    let source = match (invoice, order, bill) {
        (Some(id), _, _) => SourceRef {
            kind: SourceKind::Invoice,
            id: number.unwrap_or_else(|| draft_reference(id)),
        },
        (None, Some(order), _) => SourceRef {
            kind: SourceKind::Order,
            id: order,
        },
        (None, None, Some(bill)) => SourceRef {
            kind: SourceKind::Bill,
            id: bill,
        },
        (None, None, None) => return Err(unexpected(1, "repeat without a source")),
    };
    let frequency: String = row.get(5)?;
    let day: Option<u32> = row.get(8)?;
    let last_day: bool = row.get(9)?;
    let notify: String = row.get(11)?;
    let status: String = row.get(14)?;
    Ok(Repeat {
        id: row.get(0)?,
        source,
        schedule: RepeatSchedule {
            start: row.get(6)?,
            frequency: Frequency::parse(&frequency).ok_or_else(|| unexpected(5, "frequency"))?,
            day: match (day, last_day) {
                (Some(n), _) => DayRule::Day(n),
                (None, true) => DayRule::LastDay,
                (None, false) => DayRule::StartDay,
            },
            end: row.get(7)?,
        },
        issue: row.get(10)?,
        notify: notify
            .lines()
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect(),
        next_index: row.get::<_, i64>(12)? as u64,
        next_due_on: row.get(13)?,
        status: RepeatStatus::parse(&status).ok_or_else(|| unexpected(14, "status"))?,
    })
}

/// The internal key of a repeat's source: invoices by row id, the others by their id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceKey {
    Invoice(i64),
    Order(String),
    Bill(String),
}

/// The document an occurrence created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CreatedDoc {
    Invoice(i64),
    Order(String),
    Bill(String),
}

impl Tx<'_> {
    pub fn repeat_insert(&self, r: &Repeat, source: &SourceKey, created_at: &str) -> Result<()> {
        let (invoice, order, bill) = match source {
            SourceKey::Invoice(id) => (Some(*id), None, None),
            SourceKey::Order(id) => (None, Some(id.as_str()), None),
            SourceKey::Bill(id) => (None, None, Some(id.as_str())),
        };
        let (day, last_day) = match r.schedule.day {
            DayRule::Day(n) => (Some(n), false),
            DayRule::LastDay => (None, true),
            DayRule::StartDay => (None, false),
        };
        self.conn()
            .prepare_cached(
                "INSERT INTO repeats (id, source_invoice, source_order, source_bill, frequency, start,
                     end_date, day_of_month, last_day, issue, notify, next_index, next_due_on, status,
                     created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            )?
            .execute(params![
                r.id,
                invoice,
                order,
                bill,
                r.schedule.frequency.as_str(),
                r.schedule.start,
                r.schedule.end,
                day,
                last_day,
                r.issue,
                r.notify.join("\n"),
                r.next_index as i64,
                r.next_due_on,
                r.status.as_str(),
                created_at
            ])?;
        Ok(())
    }

    pub fn repeat(&self, id: &str) -> Result<Option<Repeat>> {
        Ok(self
            .conn()
            .prepare_cached(&format!("{SELECT_REPEAT} WHERE r.id = ?1"))?
            .query_row([id], repeat_from_row)
            .optional()?)
    }

    /// Repeats by id, optionally in one status, streamed.
    pub fn repeats_each(
        &self,
        status: Option<&str>,
        mut each: impl FnMut(Repeat) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT_REPEAT} WHERE (?1 IS NULL OR r.status = ?1) ORDER BY r.id"
        ))?;
        for repeat in stmt.query_map([status], repeat_from_row)? {
            each(repeat?)?;
        }
        Ok(())
    }

    /// Saves where a repeat's schedule stands.
    pub fn repeat_update(&self, r: &Repeat) -> Result<()> {
        self.conn().execute(
            "UPDATE repeats SET next_index = ?2, next_due_on = ?3, status = ?4 WHERE id = ?1",
            params![r.id, r.next_index as i64, r.next_due_on, r.status.as_str()],
        )?;
        Ok(())
    }

    /// Records that an occurrence is being created; `None` when it already was (the
    /// schema's unique key), otherwise the run's row id.
    pub fn repeat_run_insert(
        &self,
        repeat: &str,
        index: u64,
        date: NaiveDate,
        created_at: &str,
    ) -> Result<Option<i64>> {
        Ok(self
            .conn()
            .prepare_cached(
                "INSERT INTO repeat_runs (repeat, occurrence_index, occurrence_date, created_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT DO NOTHING
                 RETURNING id",
            )?
            .query_row(params![repeat, index as i64, date, created_at], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub fn repeat_run_set_document(&self, run: i64, doc: &CreatedDoc) -> Result<()> {
        let (invoice, order, bill) = match doc {
            CreatedDoc::Invoice(id) => (Some(*id), None, None),
            CreatedDoc::Order(id) => (None, Some(id.as_str()), None),
            CreatedDoc::Bill(id) => (None, None, Some(id.as_str())),
        };
        self.conn().execute(
            "UPDATE repeat_runs SET invoice = ?2, sales_order = ?3, supplier_bill = ?4 WHERE id = ?1",
            params![run, invoice, order, bill],
        )?;
        Ok(())
    }

    /// The occurrences a repeat created, oldest first, with whether a notice was recorded.
    pub fn repeat_runs(&self, repeat: &str) -> Result<Vec<(RepeatRun, bool)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT u.occurrence_index, u.occurrence_date, u.invoice, i.number, u.sales_order,
                 u.supplier_bill, EXISTS (SELECT 1 FROM repeat_notifications n WHERE n.run = u.id)
             FROM repeat_runs u LEFT JOIN invoices i ON i.id = u.invoice
             WHERE u.repeat = ?1 ORDER BY u.occurrence_index",
        )?;
        let rows = stmt.query_map([repeat], |row| {
            let invoice: Option<i64> = row.get(2)?;
            let number: Option<String> = row.get(3)?;
            let order: Option<String> = row.get(4)?;
            let bill: Option<String> = row.get(5)?;
            let (kind, document) = match (invoice, order, bill) {
                (Some(id), _, _) => (
                    SourceKind::Invoice,
                    number.unwrap_or_else(|| draft_reference(id)),
                ),
                (None, Some(order), _) => (SourceKind::Order, order),
                (None, None, Some(bill)) => (SourceKind::Bill, bill),
                (None, None, None) => return Err(unexpected(2, "run without a document")),
            };
            Ok((
                RepeatRun {
                    index: row.get::<_, i64>(0)? as u64,
                    date: row.get(1)?,
                    kind,
                    document,
                },
                row.get(6)?,
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records the notice owed to a repeat's recipients for one created document.
    pub fn repeat_notification_insert(
        &self,
        repeat: &str,
        run: i64,
        recipients: &[String],
        subject: &str,
        body: &str,
        created_at: &str,
    ) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO repeat_notifications (repeat, run, recipients, subject, body, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![
                repeat,
                run,
                recipients.join(", "),
                subject,
                body,
                created_at
            ])?;
        Ok(())
    }
}
