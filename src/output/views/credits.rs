//! Booking credits, locations, bookings and availability.

use serde::Serialize;

use super::billing::ReservationView;
use super::fields::{date, local_rfc3339};
use crate::domain::availability::{DayAvailability, SlotAvailability};
use crate::domain::booking::{BookingRecord, Location, ReservationRecord};
use crate::domain::credits::{Balance, CreditType, LedgerRecord, LotRecord, format_credits};
use crate::domain::invoice::draft_reference;
use crate::domain::money::format_decimal;

#[derive(Debug, Default, Serialize)]
pub struct CreditTypeView {
    pub code: String,
    pub unit: String,
    pub sold_item: Option<String>,
    pub sold_uom: Option<String>,
    pub credits_per_unit: Option<String>,
    pub validity_days: Option<u32>,
    pub whole: bool,
    /// `ITEM:UOM:CREDITS` per booking unit, space-separated.
    pub costs: String,
}

impl From<&CreditType> for CreditTypeView {
    fn from(t: &CreditType) -> Self {
        CreditTypeView {
            code: t.code.clone(),
            unit: t.unit.clone(),
            sold_item: t.sold_as.as_ref().map(|(item, _, _)| item.clone()),
            sold_uom: t.sold_as.as_ref().map(|(_, uom, _)| uom.clone()),
            credits_per_unit: t.sold_as.as_ref().map(|(_, _, c)| format_credits(*c)),
            validity_days: t.validity_days,
            whole: t.whole,
            costs: t
                .costs
                .iter()
                .map(|c| {
                    format!(
                        "{}:{}:{}",
                        c.item,
                        c.uom,
                        format_credits(c.credits_per_unit)
                    )
                })
                .collect::<Vec<_>>()
                .join(" "),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct CreditBalanceView {
    pub customer: String,
    #[serde(rename = "type")]
    pub credit_type: String,
    pub unit: String,
    pub balance: String,
    pub next_expiry: Option<String>,
}

impl From<&Balance> for CreditBalanceView {
    fn from(b: &Balance) -> Self {
        CreditBalanceView {
            customer: b.customer.clone(),
            credit_type: b.credit_type.clone(),
            unit: b.unit.clone(),
            balance: format_credits(b.balance),
            next_expiry: date(b.next_expiry),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct CreditLotView {
    pub lot: i64,
    pub customer: String,
    #[serde(rename = "type")]
    pub credit_type: String,
    pub origin: String,
    pub quantity: String,
    pub remaining: String,
    pub starts: String,
    pub expires: Option<String>,
    pub expired: bool,
}

impl From<&LotRecord> for CreditLotView {
    fn from(r: &LotRecord) -> Self {
        CreditLotView {
            lot: r.lot.id,
            customer: r.customer.clone(),
            credit_type: r.credit_type.clone(),
            origin: r.origin.clone(),
            quantity: format_credits(r.lot.quantity),
            remaining: format_credits(r.lot.remaining),
            starts: r.lot.starts.to_string(),
            expires: date(r.lot.expires),
            expired: r.expired,
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct CreditLedgerView {
    pub date: String,
    pub customer: String,
    pub lot: i64,
    #[serde(rename = "type")]
    pub credit_type: String,
    pub kind: String,
    pub credits: String,
    pub origin: String,
    pub booking: Option<String>,
    pub reason: Option<String>,
}

impl From<&LedgerRecord> for CreditLedgerView {
    fn from(r: &LedgerRecord) -> Self {
        CreditLedgerView {
            date: r.date.to_string(),
            customer: r.customer.clone(),
            lot: r.entry.lot,
            credit_type: r.credit_type.clone(),
            kind: r.entry.kind.as_str().into(),
            credits: format_credits(r.entry.credits),
            origin: r.origin.clone(),
            booking: r.booking.clone(),
            reason: r.reason.clone(),
        }
    }
}

/// One row per (location, item); a location without items is one row with no item.
#[derive(Debug, Default, Serialize)]
pub struct LocationView {
    pub location: String,
    pub name: String,
    pub item: Option<String>,
    pub capacity: Option<u32>,
}

impl LocationView {
    pub fn rows(location: &Location) -> Vec<LocationView> {
        if location.capacities.is_empty() {
            return vec![LocationView {
                location: location.code.clone(),
                name: location.name.clone(),
                item: None,
                capacity: None,
            }];
        }
        location
            .capacities
            .iter()
            .map(|(item, capacity)| LocationView {
                location: location.code.clone(),
                name: location.name.clone(),
                item: Some(item.clone()),
                capacity: Some(*capacity),
            })
            .collect()
    }
}

impl From<&ReservationRecord> for ReservationView {
    fn from(r: &ReservationRecord) -> Self {
        ReservationView {
            item: r.item.clone(),
            location: r.location.clone(),
            from: r.from.to_string(),
            to: date(r.to),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct BookingView {
    pub id: String,
    pub customer: String,
    pub item: String,
    pub location: String,
    pub from: String,
    pub to: String,
    pub uom: String,
    pub units: String,
    pub pay: String,
    #[serde(rename = "type")]
    pub credit_type: Option<String>,
    pub credits: Option<String>,
    pub invoice: Option<String>,
    pub status: String,
    pub cancelled_at: Option<String>,
}

impl BookingView {
    pub fn new(b: &BookingRecord, tz: chrono_tz::Tz) -> Self {
        BookingView {
            id: b.id.clone(),
            customer: b.customer.clone(),
            item: b.item.clone(),
            location: b.location.clone(),
            from: local_rfc3339(b.from, tz),
            to: local_rfc3339(b.to, tz),
            uom: b.uom.clone(),
            units: format_decimal(b.units),
            pay: b.pay.as_str().into(),
            credit_type: b.credit_type.clone(),
            credits: b.credits.map(format_credits),
            invoice: b.invoice_number.clone().or(b.invoice.map(draft_reference)),
            status: b.status().into(),
            cancelled_at: b.cancelled_at.clone(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct DayAvailabilityView {
    pub date: String,
    pub capacity: u32,
    pub reserved: i64,
    pub booked: i64,
    pub free: i64,
}

impl From<&DayAvailability> for DayAvailabilityView {
    fn from(d: &DayAvailability) -> Self {
        DayAvailabilityView {
            date: d.date.to_string(),
            capacity: d.capacity,
            reserved: d.reserved,
            booked: d.booked,
            free: d.free,
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct SlotAvailabilityView {
    pub from: String,
    pub to: String,
    pub capacity: u32,
    pub reserved: i64,
    pub booked: i64,
    pub free: i64,
}

impl SlotAvailabilityView {
    pub fn new(s: &SlotAvailability, tz: chrono_tz::Tz) -> Self {
        SlotAvailabilityView {
            from: local_rfc3339(s.from, tz),
            to: local_rfc3339(s.to, tz),
            capacity: s.capacity,
            reserved: s.reserved,
            booked: s.booked,
            free: s.free,
        }
    }
}
