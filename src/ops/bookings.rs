//! Locations and their capacities, the reservations subscriptions hold, bookings paid by
//! credits or invoiced, and availability (DESIGN §10).
//!
//! Every check of a free unit and the insert it allows happen in one write transaction,
//! which SQLite's `BEGIN IMMEDIATE` serialises between processes: two commands racing for
//! the last unit cannot both see it free.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use serde_json::json;

use super::Session;
use super::books::{Books, find_customer, find_item};
use super::credit_notes::{self, CreditRequest};
use super::pricing::{Buyer, LineToPrice, PriceQuery, price_for, priced_line};
use super::{follow_ups, issuing};
use crate::domain::availability::{
    self, Booking, DayAvailability, Reservation, SlotAvailability, can_book, can_reserve,
};
use crate::domain::billing::Factor;
use crate::domain::booking::{BookingRecord, Location, Pay, ReservationRecord};
use crate::domain::catalogue::Item;
use crate::domain::credits::{
    LedgerKind, booking_cost, booking_units, charged_cost, format_credits, shown_units,
};
use crate::domain::customer::Customer;
use crate::domain::ids::SubscriptionId;
use crate::domain::invoice::{DocKind, NewInvoice};
use crate::domain::period::Period;
use crate::domain::subscription::Subscription;
use crate::domain::values;
use crate::error::{Error, Result};
use crate::ops::catalogue::require_uom;
use crate::ops::credits;
use crate::store::Tx;

// ── locations ──

pub fn find_location(tx: &Tx, code: &str) -> Result<Location> {
    tx.location(code)?.ok_or_else(|| {
        Error::not_found_hint(
            "location",
            code,
            format!("create it with `subs location add {code}`"),
        )
    })
}

/// Adds a location (its name defaults to its code).
pub fn add_location(s: &mut Session, code: &str, name: Option<String>) -> Result<Location> {
    values::check_code("CODE", code)?;
    let name = values::non_empty("--name", name.as_deref().unwrap_or(code))?;
    let now = s.clock.rfc3339();
    let location = Location {
        code: code.to_string(),
        name,
        capacities: Vec::new(),
    };
    s.store.write(|tx| {
        tx.location_insert(&location, &now)?;
        tx.audit(
            &format!("location:{code}"),
            &json!({ "name": location.name }),
        )
    })?;
    Ok(location)
}

/// Sets how many units of `item` the location holds. Lowering it below what is already
/// reserved or booked is allowed (a room closed for works); availability then shows the
/// shortfall as negative free units and nothing more can be booked.
pub fn set_capacity(s: &mut Session, code: &str, item: &str, capacity: u32) -> Result<Location> {
    s.store.write(|tx| {
        let location = find_location(tx, code)?;
        let item = find_item(tx, item)?;
        tx.location_set_capacity(&location.code, &item.code, capacity)?;
        tx.audit(
            &format!("location:{code}"),
            &json!({ "capacity": { "item": item.code, "units": capacity } }),
        )?;
        find_location(tx, code)
    })
}

pub fn list_locations(s: &mut Session) -> Result<Vec<Location>> {
    s.store.read(|tx| tx.locations())
}

// ── reservations ──

fn start_of(day: NaiveDate) -> NaiveDateTime {
    day.and_time(NaiveTime::MIN)
}

/// Where units are held: an item at a location.
#[derive(Debug, Clone, Copy)]
pub struct Spot<'a> {
    pub item: &'a str,
    pub location: &'a str,
}

/// What is held at a spot around `[from, to)` (`to = None`: ever after).
fn holds(
    tx: &Tx,
    spot: Spot,
    from: NaiveDateTime,
    to: Option<NaiveDateTime>,
) -> Result<(u32, Vec<Reservation>, Vec<Booking>)> {
    let Spot { item, location } = spot;
    let capacity = tx.capacity(location, item)?.unwrap_or(0);
    // Reservations hold whole days: every day the window touches.
    let last_day = to.map(|to| (to - Duration::seconds(1)).date().max(from.date()));
    let reservations = tx.reservations_at(location, item, from.date(), last_day)?;
    let bookings = tx.bookings_at(location, item, from, to)?;
    Ok((capacity, reservations, bookings))
}

fn none_free(location: &str, item: &str, capacity: u32, when: String) -> Error {
    if capacity == 0 {
        return Error::refused(format!(
            "location {location} holds no {item}; set it with `subs location capacity {location} {item} N`"
        ));
    }
    Error::refused(format!(
        "no {item} free at {location} {when}: all {capacity} are reserved or booked"
    ))
}

/// Holds one unit of `item` at `location` from the subscription's start through its end
/// (for good when it has none), inside the subscription's transaction; refused (exit 1)
/// when no unit is free on every one of those days.
pub fn reserve(tx: &Tx, sub: &Subscription, spot: Spot, now: &str) -> Result<()> {
    let item = find_item(tx, spot.item)?;
    let location = find_location(tx, spot.location)?;
    let held = Spot {
        item: &item.code,
        location: &location.code,
    };
    let (capacity, reservations, bookings) = holds(tx, held, start_of(sub.start), None)?;
    if !can_reserve(capacity, &reservations, &bookings, sub.start, sub.end) {
        let when = match sub.end {
            Some(end) => format!("every day from {} through {end}", sub.start),
            None => format!("every day from {} on", sub.start),
        };
        return Err(none_free(&location.code, &item.code, capacity, when));
    }
    let reservation = ReservationRecord {
        subscription: sub.id.clone(),
        item: item.code.clone(),
        location: location.code.clone(),
        from: sub.start,
        to: sub.end,
    };
    tx.reservation_insert(&reservation, now)?;
    tx.audit(
        &format!("subscription:{}", sub.id),
        &json!({ "reserved": { "item": item.code, "location": location.code, "from": sub.start, "to": sub.end } }),
    )
}

/// A cancellation ends the subscription's reservations on its last day: the unit is free
/// from the day after.
pub fn end_reservations(tx: &Tx, subscription: &str, last_day: NaiveDate) -> Result<()> {
    if tx.reservations_end(subscription, last_day)? > 0 {
        tx.audit(
            &format!("subscription:{subscription}"),
            &json!({ "reservations_end": last_day }),
        )?;
    }
    Ok(())
}

pub fn reservations_of(
    s: &mut Session,
    subscription: &SubscriptionId,
) -> Result<Vec<ReservationRecord>> {
    s.store.read(|tx| tx.reservations_of(subscription))
}

// ── bookings ──

/// A booking as typed on `booking add`.
#[derive(Debug, Clone)]
pub struct NewBooking {
    pub customer: String,
    pub item: String,
    pub location: String,
    pub from: NaiveDateTime,
    pub to: NaiveDateTime,
    /// Default: the item's first booking unit, else its unit.
    pub uom: Option<String>,
    /// Default: credits when a credit type prices (item, uom), else an invoice.
    pub pay: Option<Pay>,
    pub credit_type: Option<String>,
}

pub fn find_booking(tx: &Tx, id: &str) -> Result<BookingRecord> {
    tx.booking(id)?
        .ok_or_else(|| Error::not_found("booking", id))
}

/// Books one unit over `[from, to)`, paid by credits (taken now, soonest-expiring lots
/// first) or by a one-off invoice at the item's price for the booking unit. Refused with
/// nothing written when no unit is free or the credits do not cover it.
pub fn add_booking(s: &mut Session, input: NewBooking) -> Result<BookingRecord> {
    let today = s.today();
    let now = s.clock.rfc3339();
    let tz = s.clock.tz;
    for (flag, at) in [("--from", input.from), ("--to", input.to)] {
        if crate::domain::local_time::local_to_utc(at, tz).is_none() {
            return Err(Error::invalid(
                flag,
                format!("{at} does not exist in {tz} (the clocks skip it)"),
            ));
        }
    }
    s.store.write(|tx| book(tx, &input, today, &now))
}

/// Books inside the caller's transaction (the demo books in bulk this way); see
/// [`add_booking`].
pub fn book(tx: &Tx, input: &NewBooking, today: NaiveDate, now: &str) -> Result<BookingRecord> {
    let customer = find_customer(tx, &input.customer)?;
    if customer.disabled {
        return Err(Error::refused(format!(
            "customer {} is disabled",
            customer.code
        )));
    }
    let item = find_item(tx, &input.item)?;
    let location = find_location(tx, &input.location)?;
    let uom = input
        .uom
        .clone()
        .or_else(|| item.booking_uoms.first().cloned())
        .unwrap_or_else(|| item.uom.clone());
    require_uom(tx, &uom)?;
    if !item.booking_uoms.is_empty() && !item.booking_uoms.contains(&uom) {
        return Err(Error::invalid(
            "--uom",
            format!(
                "{} is booked per {}, not per {uom}",
                item.code,
                item.booking_uoms.join(", per ")
            ),
        ));
    }
    let units = booking_units(input.from, input.to, &uom)?;
    let pay = input.pay.unwrap_or(
        if input.credit_type.is_some() || !tx.credit_types_covering(&item.code, &uom)?.is_empty() {
            Pay::Credits
        } else {
            Pay::Invoice
        },
    );
    // Bad input is named before any business rule is weighed.
    let charge = match pay {
        Pay::Credits => {
            let credit_type = paying_type(tx, input.credit_type.as_deref(), &item.code, &uom)?;
            let cost = charged_cost(
                booking_cost(&credit_type.costs, &item.code, &uom, units)?,
                credit_type.whole,
            );
            Some((credit_type.code, cost))
        }
        Pay::Invoice if input.credit_type.is_some() => {
            return Err(Error::invalid(
                "--type",
                "a booking paid by invoice takes no credit type",
            ));
        }
        Pay::Invoice => None,
    };
    let (capacity, reservations, bookings) = holds(
        tx,
        Spot {
            item: &item.code,
            location: &location.code,
        },
        input.from,
        Some(input.to),
    )?;
    if !can_book(capacity, &reservations, &bookings, input.from, input.to) {
        let when = format!(
            "from {} to {}",
            input.from.format("%Y-%m-%dT%H:%M"),
            input.to.format("%Y-%m-%dT%H:%M")
        );
        return Err(none_free(&location.code, &item.code, capacity, when));
    }
    let booking = BookingRecord {
        id: tx.next_code("BK")?,
        customer: customer.code.clone(),
        item: item.code.clone(),
        location: location.code.clone(),
        from: input.from,
        to: input.to,
        uom: uom.clone(),
        units: shown_units(units),
        pay,
        credit_type: charge.as_ref().map(|(code, _)| code.clone()),
        credits: charge.as_ref().map(|(_, cost)| *cost),
        invoice: None,
        invoice_number: None,
        cancelled_at: None,
    };
    // The ledger rows and the invoice name the booking: it is written first.
    tx.booking_insert(&booking, now)?;
    match &charge {
        Some((credit_type, cost)) => {
            let origin = format!("booking:{}", booking.id);
            let cause = credits::Cause {
                date: today,
                origin: &origin,
                booking: Some(&booking.id),
                reason: None,
                now,
            };
            let movement = credits::Movement {
                holding: credits::Holding {
                    customer: &customer.code,
                    credit_type,
                },
                kind: LedgerKind::Use,
                cause: &cause,
            };
            credits::spend(tx, &movement, *cost)?;
        }
        None => {
            let books = Books::load(tx, today, now)?;
            let booked = Booked {
                booking: &booking,
                item: &item,
                location: &location,
                customer: &customer,
            };
            let invoice_id = invoice_booking(tx, &books, booked)?;
            tx.booking_set_invoice(&booking.id, invoice_id)?;
        }
    }
    tx.audit(
        &format!("booking:{}", booking.id),
        &json!({ "customer": booking.customer, "item": booking.item, "location": booking.location,
                 "from": input.from, "to": input.to, "uom": uom, "units": booking.units.to_string(),
                 "pay": pay.as_str(), "credit_type": booking.credit_type,
                 "credits": booking.credits.map(format_credits) }),
    )?;
    find_booking(tx, &booking.id)
}

/// The credit type paying for booking `item` by `uom`: the one asked for, or the only
/// one whose cost table prices it.
fn paying_type(
    tx: &Tx,
    asked: Option<&str>,
    item: &str,
    uom: &str,
) -> Result<crate::domain::credits::CreditType> {
    if let Some(code) = asked {
        return credits::find_type(tx, code);
    }
    let covering = tx.credit_types_covering(item, uom)?;
    match covering.as_slice() {
        [only] => credits::find_type(tx, only),
        [] => Err(Error::invalid(
            "--uom",
            format!(
                "no credit type pays for {item} per {uom}; give one a cost (`subs credits type add … --cost {item}:{uom}:N`) or use --pay invoice"
            ),
        )),
        several => Err(Error::invalid(
            "--type",
            format!(
                "{item} per {uom} can be paid by credit types {}; choose one with --type",
                several.join(", ")
            ),
        )),
    }
}

/// A booking just written, with what it books, where, and for whom.
#[derive(Clone, Copy)]
struct Booked<'a> {
    booking: &'a BookingRecord,
    item: &'a Item,
    location: &'a Location,
    customer: &'a Customer,
}

/// Issues the one-off invoice of a booking paid by invoice: the booked units at the
/// item's price for the booking unit on the booking's first day.
fn invoice_booking(tx: &Tx, books: &Books, booked: Booked) -> Result<i64> {
    let Booked {
        booking,
        item,
        location,
        customer,
    } = booked;
    let query = PriceQuery {
        item,
        uom: &booking.uom,
        fixed: None,
        buyer: Buyer {
            customer,
            on: booking.from.date(),
        },
    };
    let priced = price_for(tx, books, &query)?;
    let last_day = (booking.to - Duration::seconds(1)).date();
    let to_price = LineToPrice {
        field: format!("booking {}", booking.id),
        item,
        qty: booking.units,
        uom: &booking.uom,
        factor: Factor::FULL,
        period: Some(Period {
            start: booking.from.date(),
            end: last_day.max(booking.from.date()),
        }),
    };
    let mut line = priced_line(&to_price, &priced, books)?;
    line.description = books.company.messages().booking_line(
        &item.name,
        &location.name,
        booking.from,
        booking.to,
        &booking.id,
    );
    let invoice = NewInvoice {
        kind: DocKind::Invoice,
        customer: customer.code.clone(),
        subscription: None,
        sales_order: None,
        credits_invoice: None,
        period: line.period,
        currency: books.company.currency.clone(),
        days_until_due: books.days_until_due,
        due_from: None,
        reason: None,
        lines: vec![line],
    };
    let issue = issuing::create(tx, books, &invoice, None)?;
    let invoice_id = issue.invoice.id;
    follow_ups::apply(tx, books, issue)?;
    Ok(invoice_id)
}

pub fn get_booking(s: &mut Session, id: &str) -> Result<BookingRecord> {
    s.store.read(|tx| find_booking(tx, id))
}

pub fn list_bookings(
    s: &mut Session,
    customer: Option<&str>,
    each: impl FnMut(BookingRecord) -> Result<()>,
) -> Result<()> {
    s.store.read(|tx| {
        if let Some(code) = customer {
            find_customer(tx, code)?;
        }
        tx.bookings_each(customer, each)
    })
}

/// What cancelling a booking gave back.
#[derive(Debug, Clone)]
pub struct CancelledBooking {
    pub booking: BookingRecord,
    /// Milli-credits returned to their lots (not those whose lot has lapsed since).
    pub refunded: i64,
    /// The credit note correcting the booking's invoice.
    pub credit_note: Option<String>,
}

/// Cancels a booking: its unit is free again, its credits go back to the lots they came
/// from while those are valid, and its invoice is credited.
pub fn cancel_booking(s: &mut Session, id: &str) -> Result<CancelledBooking> {
    let today = s.today();
    let now = s.clock.rfc3339();
    s.store.write(|tx| {
        let booking = find_booking(tx, id)?;
        if let Some(at) = &booking.cancelled_at {
            return Err(Error::refused(format!(
                "booking {id} is already cancelled (at {at})"
            )));
        }
        tx.booking_mark_cancelled(id, &now)?;
        let refunded = credits::refund_booking(tx, &booking, today, &now)?;
        let mut credit_note = None;
        if let Some(invoice_id) = booking.invoice {
            let invoice = tx
                .invoice(invoice_id)?
                .ok_or_else(|| Error::not_found("invoice", invoice_id.to_string()))?;
            // Credited by hand already: nothing is left to correct.
            if invoice.is_issued() && invoice.credited < invoice.grand_total {
                let books = Books::load(tx, today, &now)?;
                let reason = books.company.messages().booking_cancellation_reason(id);
                let note =
                    credit_notes::credit_invoice(tx, &books, &invoice, &CreditRequest {
                        amount: None,
                        reason: Some(reason),
                    })?;
                credit_note = Some(follow_ups::apply(tx, &books, note)?.number);
            }
        }
        tx.audit(
            &format!("booking:{id}"),
            &json!({ "cancelled": now, "refunded": format_credits(refunded), "credit_note": credit_note }),
        )?;
        Ok(CancelledBooking {
            booking: find_booking(tx, id)?,
            refunded,
            credit_note,
        })
    })
}

// ── availability ──

/// `subs availability`: per day, or per slot.
#[derive(Debug, Clone)]
pub enum Availability {
    Days(Vec<DayAvailability>),
    Slots(Vec<SlotAvailability>),
}

/// The longest views shown: ten years of days, or this many slots.
const MAX_DAYS: i64 = 3660;
const MAX_SLOTS: i64 = 10_000;

/// Free units of `item` at `location` for each day `[from, to)` touches, or for each slot
/// of length `slot` from `from` to `to`.
/// `subs availability`: an item at a location over `[from, to)`, per day, or per slot of
/// `slot`.
#[derive(Debug, Clone)]
pub struct AvailabilityQuery {
    pub item: String,
    pub location: String,
    pub from: NaiveDateTime,
    pub to: NaiveDateTime,
    pub slot: Option<Duration>,
}

pub fn availability(s: &mut Session, query: &AvailabilityQuery) -> Result<Availability> {
    let AvailabilityQuery {
        item,
        location,
        from,
        to,
        slot,
    } = query;
    let (from, to, slot) = (*from, *to, *slot);
    if to == from {
        return Err(Error::invalid(
            "--to",
            format!("{to} is also --from: the window is empty; give a later --to"),
        ));
    }
    if to < from {
        return Err(Error::invalid(
            "--to",
            format!("{to} is before --from {from}"),
        ));
    }
    let first_day = from.date();
    let last_day = (to - Duration::seconds(1)).date();
    match slot {
        None if (last_day - first_day).num_days() >= MAX_DAYS => {
            return Err(Error::invalid(
                "--to",
                format!("the window covers more than {MAX_DAYS} days; ask for less"),
            ));
        }
        Some(slot) if (to - from).num_seconds() / slot.num_seconds().max(1) >= MAX_SLOTS => {
            return Err(Error::invalid(
                "--slot",
                format!("the window holds more than {MAX_SLOTS} slots; use a longer --slot"),
            ));
        }
        _ => {}
    }
    s.store.read(|tx| {
        let item = find_item(tx, item)?;
        let location = find_location(tx, location)?;
        // Whole days around the window, so each day's peak sees every booking of that day.
        let window_start = start_of(first_day);
        let window_end = last_day
            .succ_opt()
            .map_or(NaiveDateTime::MAX, start_of)
            .max(to);
        let spot = Spot {
            item: &item.code,
            location: &location.code,
        };
        let (capacity, reservations, bookings) = holds(tx, spot, window_start, Some(window_end))?;
        Ok(match slot {
            None => Availability::Days(availability::daily(
                capacity,
                &reservations,
                &bookings,
                first_day,
                last_day,
            )),
            Some(slot) => Availability::Slots(availability::slots(
                capacity,
                &reservations,
                &bookings,
                from,
                to,
                slot,
            )),
        })
    })
}
