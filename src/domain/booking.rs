//! Locations, the reservations subscriptions hold there, and bookings (DESIGN §10), as
//! the rest of the code sees them; and the local datetimes bookings are typed in.
//!
//! Whether a unit is free is decided in [`crate::domain::availability`]; this module only
//! names things.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use rust_decimal::Decimal;

use crate::error::Error;

/// A site holding bookable items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub code: String,
    pub name: String,
    /// (item, units held), by item.
    pub capacities: Vec<(String, u32)>,
}

/// A unit of an item held at a location for a subscription's life.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReservationRecord {
    pub subscription: String,
    pub item: String,
    pub location: String,
    pub from: NaiveDate,
    /// Last day held; `None` until the subscription ends.
    pub to: Option<NaiveDate>,
}

/// How a booking is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pay {
    Credits,
    Invoice,
}

impl Pay {
    pub fn as_str(self) -> &'static str {
        match self {
            Pay::Credits => "credits",
            Pay::Invoice => "invoice",
        }
    }

    pub fn parse(text: &str) -> Option<Pay> {
        match text {
            "credits" => Some(Pay::Credits),
            "invoice" => Some(Pay::Invoice),
            _ => None,
        }
    }
}

/// One unit of an item held at a location over `[from, to)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookingRecord {
    pub id: String,
    pub customer: String,
    pub item: String,
    pub location: String,
    pub from: NaiveDateTime,
    pub to: NaiveDateTime,
    pub uom: String,
    /// Booking units counted in `uom` ([`crate::domain::credits::booking_units`]).
    pub units: Decimal,
    pub pay: Pay,
    /// With `Pay::Credits`: the type and the milli-credits taken.
    pub credit_type: Option<String>,
    pub credits: Option<i64>,
    /// With `Pay::Invoice`: the invoice's id and number.
    pub invoice: Option<i64>,
    pub invoice_number: Option<String>,
    /// When it was cancelled (RFC 3339); `None` while it holds its unit.
    pub cancelled_at: Option<String>,
}

impl BookingRecord {
    pub fn status(&self) -> &'static str {
        if self.cancelled_at.is_some() {
            "cancelled"
        } else {
            "confirmed"
        }
    }

    pub fn span(&self) -> crate::domain::availability::Booking {
        crate::domain::availability::Booking {
            from: self.from,
            to: self.to,
        }
    }
}

/// The stored and parsed form of a local datetime.
pub const LOCAL_DATETIME: &str = "%Y-%m-%dT%H:%M:%S";

/// Parses a company-local datetime as typed: `2026-03-02T09:00`, `2026-03-02T09:00:00`, or
/// a bare date `2026-03-02` (00:00). Offsets are refused: bookings live on the wall clock
/// of the place.
pub fn parse_local_datetime(field: &str, text: &str) -> Result<NaiveDateTime, Error> {
    let trimmed = text.trim();
    if trimmed.len() == 10 {
        // A bare date is checked as every typed date is (its shape, and years 1900 to 2199).
        return crate::domain::values::parse_date(field, trimmed)
            .map(|day| day.and_time(NaiveTime::MIN));
    }
    let parsed = NaiveDateTime::parse_from_str(trimmed, LOCAL_DATETIME)
        .or_else(|_| NaiveDateTime::parse_from_str(trimmed, "%Y-%m-%dT%H:%M"))
        .ok();
    // chrono accepts a leap second (60) and signs or single digits in places; what is kept
    // must read back the same.
    parsed
        .filter(|at| at.nanosecond() == 0)
        .filter(|at| {
            let shown = at.format(LOCAL_DATETIME).to_string();
            shown == trimmed || shown.strip_suffix(":00") == Some(trimmed)
        })
        .ok_or_else(|| {
            Error::invalid(
                field,
                format!(
                    "{text:?} is not a date or local time (expected 2026-03-02, 2026-03-02T09:00 or 2026-03-02T09:00:00)"
                ),
            )
        })
        .and_then(|at| crate::domain::values::check_date_range(field, at.date()).map(|_| at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_datetimes_take_three_shapes() {
        let at = |s: &str| parse_local_datetime("--from", s).unwrap().to_string();
        assert_eq!(at("2026-03-02T09:00"), "2026-03-02 09:00:00");
        assert_eq!(at("2026-03-02T09:00:30"), "2026-03-02 09:00:30");
        assert_eq!(at("2026-03-02"), "2026-03-02 00:00:00");
        assert_eq!(at(" 2026-03-02T18:30 "), "2026-03-02 18:30:00");
    }

    #[test]
    fn other_datetimes_are_refused_naming_the_flag() {
        for bad in [
            "",
            "2026-03-02 09:00",
            "2026-03-02T9:00",
            "2026-03-02T25:00",
            "2026-02-30",
            "2026-03-02T09:00:00+01:00",
            "2026-03-02T09:00:60",
            "tomorrow",
        ] {
            let error = parse_local_datetime("--to", bad).unwrap_err();
            assert!(error.to_string().starts_with("--to:"), "{bad:?}: {error}");
        }
    }

    #[test]
    fn pay_modes_round_trip_through_text() {
        for pay in [Pay::Credits, Pay::Invoice] {
            assert_eq!(Pay::parse(pay.as_str()), Some(pay));
        }
        assert_eq!(Pay::parse("cash"), None);
    }
}
