//! Rows of locations and their capacities, the reservations subscriptions hold, and
//! bookings. Booking instants are company-local `YYYY-MM-DDTHH:MM:SS` text, which sorts
//! in time order, so overlaps are plain text comparisons.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{OptionalExtension, Row, params};

use super::tx::{Tx, decimal, decimal_text, duplicate_as};
use crate::domain::availability::{Booking, Reservation};
use crate::domain::booking::{BookingRecord, LOCAL_DATETIME, Location, Pay, ReservationRecord};
use crate::error::Result;

fn local_text(at: NaiveDateTime) -> String {
    at.format(LOCAL_DATETIME).to_string()
}

fn local_at(index: usize, text: &str) -> rusqlite::Result<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text, LOCAL_DATETIME).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, Box::new(e))
    })
}

const SELECT_BOOKING: &str = "SELECT b.id, b.customer, b.item, b.location, b.from_at, b.to_at,
    b.uom, b.units, b.pay, b.credit_type, b.credits, b.invoice, i.number, b.cancelled_at
    FROM bookings b LEFT JOIN invoices i ON i.id = b.invoice";

fn booking_from_row(row: &Row) -> rusqlite::Result<BookingRecord> {
    let pay: String = row.get(8)?;
    Ok(BookingRecord {
        id: row.get(0)?,
        customer: row.get(1)?,
        item: row.get(2)?,
        location: row.get(3)?,
        from: local_at(4, &row.get::<_, String>(4)?)?,
        to: local_at(5, &row.get::<_, String>(5)?)?,
        uom: row.get(6)?,
        units: decimal(&row.get::<_, String>(7)?)?,
        pay: Pay::parse(&pay).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                8,
                rusqlite::types::Type::Text,
                format!("unexpected pay mode {pay:?}").into(),
            )
        })?,
        credit_type: row.get(9)?,
        credits: row.get(10)?,
        invoice: row.get(11)?,
        invoice_number: row.get(12)?,
        cancelled_at: row.get(13)?,
    })
}

impl Tx<'_> {
    // ── locations ──

    pub fn location_insert(&self, location: &Location, created_at: &str) -> Result<()> {
        self.conn()
            .execute(
                "INSERT INTO locations (code, name, created_at) VALUES (?1, ?2, ?3)",
                params![location.code, location.name, created_at],
            )
            .map_err(duplicate_as("location", &location.code))?;
        Ok(())
    }

    fn location_capacities(&self, code: &str) -> Result<Vec<(String, u32)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT item, capacity FROM location_capacity WHERE location = ?1 ORDER BY item",
        )?;
        let rows = stmt.query_map([code], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn location(&self, code: &str) -> Result<Option<Location>> {
        let found = self
            .conn()
            .prepare_cached("SELECT code, name FROM locations WHERE code = ?1")?
            .query_row([code], |r| {
                Ok(Location {
                    code: r.get(0)?,
                    name: r.get(1)?,
                    capacities: Vec::new(),
                })
            })
            .optional()?;
        match found {
            Some(mut location) => {
                location.capacities = self.location_capacities(code)?;
                Ok(Some(location))
            }
            None => Ok(None),
        }
    }

    pub fn locations(&self) -> Result<Vec<Location>> {
        let codes: Vec<String> = self
            .conn()
            .prepare("SELECT code FROM locations ORDER BY code")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut found = Vec::new();
        for code in codes {
            found.extend(self.location(&code)?);
        }
        Ok(found)
    }

    pub fn location_set_capacity(&self, location: &str, item: &str, capacity: u32) -> Result<()> {
        self.conn().execute(
            "INSERT INTO location_capacity (location, item, capacity) VALUES (?1, ?2, ?3)
             ON CONFLICT (location, item) DO UPDATE SET capacity = excluded.capacity",
            params![location, item, capacity],
        )?;
        Ok(())
    }

    /// Units of `item` at `location`; `None` when the location holds none.
    pub fn capacity(&self, location: &str, item: &str) -> Result<Option<u32>> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT capacity FROM location_capacity WHERE location = ?1 AND item = ?2",
            )?
            .query_row([location, item], |r| r.get(0))
            .optional()?)
    }

    // ── reservations ──

    pub fn reservation_insert(&self, r: &ReservationRecord, created_at: &str) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO reservations (subscription, item, location, from_date, to_date, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![
                r.subscription,
                r.item,
                r.location,
                r.from,
                r.to,
                created_at
            ])?;
        Ok(())
    }

    /// Reservations of `item` at `location` holding any day of `from` through `to`
    /// (`None`: ever after).
    pub fn reservations_at(
        &self,
        location: &str,
        item: &str,
        from: NaiveDate,
        to: Option<NaiveDate>,
    ) -> Result<Vec<Reservation>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT from_date, to_date FROM reservations
             WHERE location = ?1 AND item = ?2
               AND (?4 IS NULL OR from_date <= ?4) AND (to_date IS NULL OR to_date >= ?3)
             ORDER BY from_date, id",
        )?;
        let rows = stmt.query_map(params![location, item, from, to], |r| {
            Ok(Reservation {
                from: r.get(0)?,
                to: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn reservations_of(&self, subscription: &str) -> Result<Vec<ReservationRecord>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT subscription, item, location, from_date, to_date FROM reservations
             WHERE subscription = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([subscription], |r| {
            Ok(ReservationRecord {
                subscription: r.get(0)?,
                item: r.get(1)?,
                location: r.get(2)?,
                from: r.get(3)?,
                to: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Ends a subscription's reservations on `last_day` (inclusive); one that would only
    /// have begun after it is withdrawn. Returns how many changed.
    pub fn reservations_end(&self, subscription: &str, last_day: NaiveDate) -> Result<usize> {
        let ended = self.conn().execute(
            "UPDATE reservations SET to_date = ?2
             WHERE subscription = ?1 AND from_date <= ?2 AND (to_date IS NULL OR to_date > ?2)",
            params![subscription, last_day],
        )?;
        let withdrawn = self.conn().execute(
            "DELETE FROM reservations WHERE subscription = ?1 AND from_date > ?2",
            params![subscription, last_day],
        )?;
        Ok(ended + withdrawn)
    }

    // ── bookings ──

    pub fn booking_insert(&self, b: &BookingRecord, created_at: &str) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO bookings (id, customer, item, location, from_at, to_at, uom, units, pay,
                     credit_type, credits, invoice, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )?
            .execute(params![
                b.id,
                b.customer,
                b.item,
                b.location,
                local_text(b.from),
                local_text(b.to),
                b.uom,
                decimal_text(b.units),
                b.pay.as_str(),
                b.credit_type,
                b.credits,
                b.invoice,
                created_at
            ])
            .map_err(duplicate_as("booking", &b.id))?;
        Ok(())
    }

    pub fn booking_set_invoice(&self, id: &str, invoice: i64) -> Result<()> {
        self.conn().execute(
            "UPDATE bookings SET invoice = ?2 WHERE id = ?1",
            params![id, invoice],
        )?;
        Ok(())
    }

    pub fn booking_mark_cancelled(&self, id: &str, at: &str) -> Result<()> {
        self.conn().execute(
            "UPDATE bookings SET status = 'cancelled', cancelled_at = ?2 WHERE id = ?1",
            params![id, at],
        )?;
        Ok(())
    }

    pub fn booking(&self, id: &str) -> Result<Option<BookingRecord>> {
        Ok(self
            .conn()
            .prepare_cached(&format!("{SELECT_BOOKING} WHERE b.id = ?1"))?
            .query_row([id], booking_from_row)
            .optional()?)
    }

    /// Bookings by start then id, of one customer or all, streamed.
    pub fn bookings_each(
        &self,
        customer: Option<&str>,
        mut each: impl FnMut(BookingRecord) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.conn().prepare(&format!(
            "{SELECT_BOOKING} WHERE ?1 IS NULL OR b.customer = ?1 ORDER BY b.from_at, b.id"
        ))?;
        let mut rows = stmt.query([customer])?;
        while let Some(row) = rows.next()? {
            each(booking_from_row(row)?)?;
        }
        Ok(())
    }

    /// Confirmed bookings of `item` at `location` overlapping `[from, to)` (`to = None`:
    /// ever after).
    pub fn bookings_at(
        &self,
        location: &str,
        item: &str,
        from: NaiveDateTime,
        to: Option<NaiveDateTime>,
    ) -> Result<Vec<Booking>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT from_at, to_at FROM bookings
             WHERE location = ?1 AND item = ?2 AND status = 'confirmed'
               AND (?4 IS NULL OR from_at < ?4) AND to_at > ?3
             ORDER BY from_at, id",
        )?;
        let rows = stmt.query_map(
            params![location, item, local_text(from), to.map(local_text)],
            |r| {
                Ok(Booking {
                    from: local_at(0, &r.get::<_, String>(0)?)?,
                    to: local_at(1, &r.get::<_, String>(1)?)?,
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
