//! Availability of one bookable item at one location (DESIGN §10): how many units are
//! free over a span of time, whether a booking or a reservation fits, and the per-day and
//! per-slot views of `subs availability`.
//!
//! A reservation holds one unit for whole calendar days, its end included; a booking holds
//! one unit over a half-open datetime range `[from, to)`, so back-to-back bookings do not
//! overlap. Both become half-open "holds" on one time line, and the most units held at
//! once is found exactly by a sweep over their start and end instants, never by sampling.
//! Times are the company's local time; the caller converts.

use chrono::{Days, Duration, NaiveDate, NaiveDateTime, NaiveTime};

use crate::error::Error;

/// A unit of the item held for every day from `from` through `to` (inclusive), or for
/// good when `to` is `None` (a subscription without an end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reservation {
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
}

impl Reservation {
    pub fn is_active_on(&self, day: NaiveDate) -> bool {
        self.from <= day && self.to.is_none_or(|to| day <= to)
    }

    fn hold(&self) -> Hold {
        Hold {
            start: start_of(self.from),
            // A reservation through the calendar's last day never ends.
            end: self.to.and_then(|to| to.succ_opt()).map(start_of),
        }
    }
}

/// A unit of the item held over `[from, to)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Booking {
    pub from: NaiveDateTime,
    pub to: NaiveDateTime,
}

impl Booking {
    fn hold(&self) -> Hold {
        Hold {
            start: self.from,
            end: Some(self.to),
        }
    }
}

/// One unit held over `[start, end)`; `end = None` is never released.
#[derive(Debug, Clone, Copy)]
struct Hold {
    start: NaiveDateTime,
    end: Option<NaiveDateTime>,
}

impl Hold {
    fn contains(&self, instant: NaiveDateTime) -> bool {
        self.start <= instant && self.end.is_none_or(|end| instant < end)
    }
}

fn start_of(day: NaiveDate) -> NaiveDateTime {
    day.and_time(NaiveTime::MIN)
}

/// Midnight ending `day` (the calendar's last instant for its last day).
fn end_of(day: NaiveDate) -> NaiveDateTime {
    day.succ_opt().map_or(NaiveDateTime::MAX, start_of)
}

/// The most holds in force at any one instant of `[from, to)`. An empty window (`to <=
/// from`) is the single instant `from`.
fn peak<I>(holds: I, from: NaiveDateTime, to: NaiveDateTime) -> i64
where
    I: IntoIterator<Item = Hold>,
{
    if to <= from {
        return holds.into_iter().filter(|h| h.contains(from)).count() as i64;
    }
    // (instant, change): at one instant releases sort before takes (-1 < +1), which is
    // what makes back-to-back holds not overlap.
    let mut events: Vec<(NaiveDateTime, i64)> = Vec::new();
    for hold in holds {
        let start = hold.start.max(from);
        let end = hold.end.map_or(to, |end| end.min(to));
        if start < end {
            events.push((start, 1));
            events.push((end, -1));
        }
    }
    events.sort_unstable();
    let mut held = 0i64;
    let mut most = 0i64;
    for (_, change) in events {
        held += change;
        most = most.max(held);
    }
    most
}

fn all_holds<'a>(
    reservations: &'a [Reservation],
    bookings: &'a [Booking],
) -> impl Iterator<Item = Hold> + 'a {
    reservations
        .iter()
        .map(Reservation::hold)
        .chain(bookings.iter().map(Booking::hold))
}

/// Units free at every instant of `[from, to)`: capacity minus the most units held at
/// once by reservations (on their days) and bookings together. Negative when the item is
/// already over capacity (a capacity lowered after the fact).
pub fn free_units(
    capacity: u32,
    reservations: &[Reservation],
    bookings: &[Booking],
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> i64 {
    i64::from(capacity) - peak(all_holds(reservations, bookings), from, to)
}

/// Whether one more booking over `[from, to)` fits; an empty or reversed range never does.
pub fn can_book(
    capacity: u32,
    reservations: &[Reservation],
    bookings: &[Booking],
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> bool {
    from < to && free_units(capacity, reservations, bookings, from, to) >= 1
}

/// Whether one more reservation for the days `from` through `to` fits: a unit must be free
/// at every instant of every one of its days, bookings included.
///
/// An open-ended reservation (`to = None`) is checked through a day past the latest
/// instant any known reservation or booking starts or ends: after that nothing changes.
pub fn can_reserve(
    capacity: u32,
    reservations: &[Reservation],
    bookings: &[Booking],
    from: NaiveDate,
    to: Option<NaiveDate>,
) -> bool {
    if to.is_some_and(|to| to < from) {
        return false;
    }
    let start = start_of(from);
    let end = match to {
        Some(to) => end_of(to),
        None => past_last_change(reservations, bookings, start),
    };
    free_units(capacity, reservations, bookings, start, end) >= 1
}

/// One day after the latest instant at which anything starts or ends (and not before
/// `start`): from there on, what is held stays the same for ever.
fn past_last_change(
    reservations: &[Reservation],
    bookings: &[Booking],
    start: NaiveDateTime,
) -> NaiveDateTime {
    let last = all_holds(reservations, bookings)
        .flat_map(|hold| [Some(hold.start), hold.end])
        .flatten()
        .fold(start, NaiveDateTime::max);
    last.checked_add_days(Days::new(1))
        .unwrap_or(NaiveDateTime::MAX)
}

/// One day of `subs availability`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayAvailability {
    pub date: NaiveDate,
    pub capacity: u32,
    /// Reservations active that day.
    pub reserved: i64,
    /// The most bookings in force at once that day.
    pub booked: i64,
    /// `capacity − reserved − booked`: reservations last the whole day, so this is the
    /// least free at any instant of it.
    pub free: i64,
}

/// Availability for each day from `from` through `to` (none when `to < from`).
pub fn daily(
    capacity: u32,
    reservations: &[Reservation],
    bookings: &[Booking],
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<DayAvailability> {
    from.iter_days()
        .take_while(|day| *day <= to)
        .map(|date| {
            let reserved = reservations.iter().filter(|r| r.is_active_on(date)).count() as i64;
            let booked = peak(
                bookings.iter().map(Booking::hold),
                start_of(date),
                end_of(date),
            );
            DayAvailability {
                date,
                capacity,
                reserved,
                booked,
                free: i64::from(capacity) - reserved - booked,
            }
        })
        .collect()
}

/// One slot of `subs availability --slot`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlotAvailability {
    pub from: NaiveDateTime,
    pub to: NaiveDateTime,
    pub capacity: u32,
    /// The most reservations in force at once during the slot.
    pub reserved: i64,
    /// The most bookings in force at once during the slot.
    pub booked: i64,
    /// The least free at any instant of the slot. A slot across midnight can see its
    /// reservation peak and its booking peak at different instants, so `free` may then be
    /// more than `capacity − reserved − booked`.
    pub free: i64,
}

/// Availability for consecutive slots of length `slot` from `from`, the last one cut at
/// `to`. Nothing for an empty range or a slot that is not positive.
pub fn slots(
    capacity: u32,
    reservations: &[Reservation],
    bookings: &[Booking],
    from: NaiveDateTime,
    to: NaiveDateTime,
    slot: Duration,
) -> Vec<SlotAvailability> {
    let mut found = Vec::new();
    if slot <= Duration::zero() {
        return found;
    }
    let mut start = from;
    while start < to {
        let end = start.checked_add_signed(slot).map_or(to, |end| end.min(to));
        found.push(SlotAvailability {
            from: start,
            to: end,
            capacity,
            reserved: peak(reservations.iter().map(Reservation::hold), start, end),
            booked: peak(bookings.iter().map(Booking::hold), start, end),
            free: free_units(capacity, reservations, bookings, start, end),
        });
        start = end;
    }
    found
}

/// The longest slot accepted: a year, far beyond any useful view.
const MAX_SLOT_DAYS: i64 = 366;

/// Parses a slot length: days, hours and minutes in that order, each optional but at least
/// one, like `30m`, `1h`, `2h30m`, `1d`, `1d12h`.
pub fn parse_slot(text: &str) -> Result<Duration, Error> {
    let invalid = || {
        Error::invalid(
            "--slot",
            format!("{text:?} is not a slot length (like 30m, 1h, 2h30m or 1d)"),
        )
    };
    let mut rest = text.trim();
    let mut total = Duration::zero();
    // Units must come in this order, each at most once.
    let mut units: &[(char, i64)] = &[('d', 24 * 60), ('h', 60), ('m', 1)];
    if rest.is_empty() {
        return Err(invalid());
    }
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 6 {
            return Err(invalid());
        }
        let number: i64 = rest[..digits].parse().map_err(|_| invalid())?;
        let unit = rest[digits..].chars().next().ok_or_else(invalid)?;
        let position = units
            .iter()
            .position(|(u, _)| *u == unit)
            .ok_or_else(invalid)?;
        total += Duration::minutes(number * units[position].1);
        units = &units[position + 1..];
        rest = &rest[digits + unit.len_utf8()..];
    }
    if total <= Duration::zero() || total > Duration::days(MAX_SLOT_DAYS) {
        return Err(invalid());
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn at(s: &str) -> NaiveDateTime {
        s.parse().unwrap()
    }

    fn booking(from: &str, to: &str) -> Booking {
        Booking {
            from: at(from),
            to: at(to),
        }
    }

    fn reservation(from: &str, to: Option<&str>) -> Reservation {
        Reservation {
            from: date(from),
            to: to.map(date),
        }
    }

    #[test]
    fn back_to_back_bookings_do_not_overlap() {
        let held = [booking("2026-03-02T09:00:00", "2026-03-02T10:00:00")];
        assert!(can_book(
            1,
            &[],
            &held,
            at("2026-03-02T10:00:00"),
            at("2026-03-02T11:00:00")
        ));
        assert!(can_book(
            1,
            &[],
            &held,
            at("2026-03-02T08:00:00"),
            at("2026-03-02T09:00:00")
        ));
    }

    #[test]
    fn an_overlapping_booking_does_not_fit_a_single_unit() {
        let held = [booking("2026-03-02T09:00:00", "2026-03-02T10:00:00")];
        assert!(!can_book(
            1,
            &[],
            &held,
            at("2026-03-02T09:59:00"),
            at("2026-03-02T11:00:00")
        ));
    }

    #[test]
    fn free_units_count_the_most_held_at_once_not_all_bookings_in_the_window() {
        let held = [
            booking("2026-03-02T09:00:00", "2026-03-02T10:00:00"),
            booking("2026-03-02T10:00:00", "2026-03-02T11:00:00"),
            booking("2026-03-02T09:30:00", "2026-03-02T10:30:00"),
        ];
        let free = free_units(
            3,
            &[],
            &held,
            at("2026-03-02T09:00:00"),
            at("2026-03-02T11:00:00"),
        );
        assert_eq!(free, 1);
    }

    #[test]
    fn an_empty_or_reversed_range_cannot_be_booked() {
        let t = at("2026-03-02T09:00:00");
        assert!(!can_book(5, &[], &[], t, t));
        assert!(!can_book(5, &[], &[], t, at("2026-03-02T08:00:00")));
    }

    #[test]
    fn a_reservation_holds_its_last_day_until_midnight() {
        let reserved = [reservation("2026-03-01", Some("2026-03-02"))];
        assert!(!can_book(
            1,
            &reserved,
            &[],
            at("2026-03-02T23:00:00"),
            at("2026-03-02T23:30:00")
        ));
        assert!(can_book(
            1,
            &reserved,
            &[],
            at("2026-03-03T00:00:00"),
            at("2026-03-03T01:00:00")
        ));
    }

    #[test]
    fn reservations_and_bookings_add_up_at_the_same_instant() {
        let reserved = [reservation("2026-03-02", Some("2026-03-02"))];
        let held = [booking("2026-03-02T09:00:00", "2026-03-02T10:00:00")];
        assert!(!can_book(
            2,
            &reserved,
            &held,
            at("2026-03-02T09:30:00"),
            at("2026-03-02T09:45:00")
        ));
        assert!(can_book(
            2,
            &reserved,
            &held,
            at("2026-03-02T10:00:00"),
            at("2026-03-02T12:00:00")
        ));
    }

    #[test]
    fn a_reservation_is_refused_when_a_booking_takes_the_last_unit_on_one_of_its_days() {
        let held = [booking("2026-03-06T10:00:00", "2026-03-06T11:00:00")];
        assert!(!can_reserve(
            1,
            &[],
            &held,
            date("2026-03-01"),
            Some(date("2026-03-10"))
        ));
        assert!(can_reserve(
            1,
            &[],
            &held,
            date("2026-03-01"),
            Some(date("2026-03-05"))
        ));
        assert!(can_reserve(
            2,
            &[],
            &held,
            date("2026-03-01"),
            Some(date("2026-03-10"))
        ));
    }

    #[test]
    fn an_open_ended_reservation_is_checked_against_every_later_booking() {
        let held = [booking("2027-06-01T10:00:00", "2027-06-01T11:00:00")];
        assert!(!can_reserve(1, &[], &held, date("2026-03-01"), None));
        assert!(can_reserve(1, &[], &held, date("2027-06-02"), None));
    }

    #[test]
    fn an_open_ended_reservation_holds_its_unit_for_good() {
        let reserved = [reservation("2026-03-01", None)];
        assert!(!can_book(
            1,
            &reserved,
            &[],
            at("2040-01-01T09:00:00"),
            at("2040-01-01T10:00:00")
        ));
        assert!(!can_reserve(1, &reserved, &[], date("2030-01-01"), None));
        assert!(!can_reserve(1, &reserved, &[], date("2025-01-01"), None));
        assert!(can_reserve(
            1,
            &reserved,
            &[],
            date("2025-01-01"),
            Some(date("2026-02-28"))
        ));
    }

    #[test]
    fn a_reservation_ending_before_it_starts_is_refused() {
        assert!(!can_reserve(
            5,
            &[],
            &[],
            date("2026-03-02"),
            Some(date("2026-03-01"))
        ));
    }

    #[test]
    fn daily_availability_subtracts_reservations_and_the_booking_peak() {
        let reserved = [reservation("2026-03-02", Some("2026-03-03"))];
        let held = [
            booking("2026-03-03T09:00:00", "2026-03-03T12:00:00"),
            booking("2026-03-03T11:00:00", "2026-03-03T13:00:00"),
            booking("2026-03-03T14:00:00", "2026-03-03T15:00:00"),
        ];
        let days = daily(10, &reserved, &held, date("2026-03-01"), date("2026-03-03"));
        let rows: Vec<(i64, i64, i64)> = days
            .iter()
            .map(|d| (d.reserved, d.booked, d.free))
            .collect();
        assert_eq!(rows, [(0, 0, 10), (1, 0, 9), (1, 2, 7)]);
        assert_eq!(days[0].date, date("2026-03-01"));
        assert_eq!(days[2].capacity, 10);
    }

    #[test]
    fn a_booking_over_midnight_counts_on_both_days() {
        let held = [booking("2026-03-02T22:00:00", "2026-03-03T02:00:00")];
        let days = daily(1, &[], &held, date("2026-03-02"), date("2026-03-04"));
        let booked: Vec<i64> = days.iter().map(|d| d.booked).collect();
        assert_eq!(booked, [1, 1, 0]);
    }

    #[test]
    fn over_capacity_shows_as_negative_free() {
        let reserved = [
            reservation("2026-03-01", None),
            reservation("2026-03-01", None),
        ];
        let days = daily(1, &reserved, &[], date("2026-03-01"), date("2026-03-01"));
        assert_eq!(days[0].free, -1);
    }

    #[test]
    fn no_days_when_the_range_is_reversed() {
        assert!(daily(1, &[], &[], date("2026-03-02"), date("2026-03-01")).is_empty());
    }

    #[test]
    fn slots_show_a_booking_only_where_it_holds() {
        let held = [booking("2026-03-02T10:00:00", "2026-03-02T11:00:00")];
        let found = slots(
            1,
            &[],
            &held,
            at("2026-03-02T09:00:00"),
            at("2026-03-02T11:30:00"),
            Duration::hours(1),
        );
        let rows: Vec<(String, String, i64, i64)> = found
            .iter()
            .map(|s| (s.from.to_string(), s.to.to_string(), s.booked, s.free))
            .collect();
        assert_eq!(
            rows,
            [
                (
                    "2026-03-02 09:00:00".into(),
                    "2026-03-02 10:00:00".into(),
                    0,
                    1
                ),
                (
                    "2026-03-02 10:00:00".into(),
                    "2026-03-02 11:00:00".into(),
                    1,
                    0
                ),
                (
                    "2026-03-02 11:00:00".into(),
                    "2026-03-02 11:30:00".into(),
                    0,
                    1
                ),
            ]
        );
    }

    #[test]
    fn a_slot_across_midnight_takes_the_least_free_instant() {
        let reserved = [reservation("2026-03-03", Some("2026-03-03"))];
        let held = [booking("2026-03-02T22:00:00", "2026-03-02T23:00:00")];
        let found = slots(
            2,
            &reserved,
            &held,
            at("2026-03-02T20:00:00"),
            at("2026-03-03T04:00:00"),
            Duration::hours(8),
        );
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].reserved, found[0].booked, found[0].free),
            (1, 1, 1)
        );
    }

    #[test]
    fn no_slots_for_a_slot_that_is_not_positive() {
        let from = at("2026-03-02T09:00:00");
        let to = at("2026-03-02T10:00:00");
        assert!(slots(1, &[], &[], from, to, Duration::zero()).is_empty());
        assert!(slots(1, &[], &[], to, from, Duration::hours(1)).is_empty());
    }

    #[test]
    fn slot_lengths_parse_days_hours_and_minutes() {
        assert_eq!(parse_slot("1h").unwrap(), Duration::hours(1));
        assert_eq!(parse_slot("30m").unwrap(), Duration::minutes(30));
        assert_eq!(parse_slot("2h30m").unwrap(), Duration::minutes(150));
        assert_eq!(parse_slot("1d").unwrap(), Duration::days(1));
        assert_eq!(parse_slot("1d12h").unwrap(), Duration::hours(36));
        assert_eq!(parse_slot(" 90m ").unwrap(), Duration::minutes(90));
    }

    #[test]
    fn slot_lengths_that_are_not_plain_are_refused() {
        for bad in [
            "", "h", "1", "0m", "0h0m", "30m1h", "1h1h", "1.5h", "-1h", "1 h", "1w", "1H",
            "9999999m", "367d", "1hé",
        ] {
            let error = parse_slot(bad).err();
            assert!(error.is_some(), "{bad:?} accepted");
            assert!(error.unwrap().to_string().starts_with("--slot:"));
        }
    }

    // --- properties -------------------------------------------------------------------

    /// The origin of the property tests' time line; every instant is on a 30-minute grid.
    fn origin() -> NaiveDateTime {
        at("2026-03-01T00:00:00")
    }

    fn half_hours(n: i64) -> NaiveDateTime {
        origin() + Duration::minutes(30 * n)
    }

    fn day(n: u64) -> NaiveDate {
        origin().date() + Days::new(n)
    }

    /// Units held at `instant`, counted independently of the sweep.
    fn held_at(reservations: &[Reservation], bookings: &[Booking], instant: NaiveDateTime) -> i64 {
        let reserved = reservations
            .iter()
            .filter(|r| r.from <= instant.date() && r.to.is_none_or(|to| instant.date() <= to))
            .count();
        let booked = bookings
            .iter()
            .filter(|b| b.from <= instant && instant < b.to)
            .count();
        (reserved + booked) as i64
    }

    /// Every quarter hour of `days` days from `first`: finer than the grid, so it visits
    /// every instant at which anything in these tests changes.
    fn quarter_hours(first: NaiveDate, days: i64) -> impl Iterator<Item = NaiveDateTime> {
        (0..days * 96).map(move |q| start_of(first) + Duration::minutes(15 * q))
    }

    /// The quarter hours of the first eight days: past the last change the generators
    /// below can make (a reservation from day 4 for 2 more days), only open-ended
    /// reservations remain, and they hold the same every day.
    fn samples() -> impl Iterator<Item = NaiveDateTime> {
        quarter_hours(day(0), 8)
    }

    #[derive(Debug, Clone)]
    enum Attempt {
        Book { start: i64, length: i64 },
        Reserve { from: u64, days: Option<u64> },
        CancelBooking(usize),
        CancelReservation(usize),
    }

    fn any_attempt() -> impl Strategy<Value = Attempt> {
        prop_oneof![
            4 => (0i64..4 * 48, 1i64..=16).prop_map(|(start, length)| Attempt::Book { start, length }),
            2 => (0u64..5, proptest::option::of(0u64..3)).prop_map(|(from, days)| Attempt::Reserve { from, days }),
            1 => (0usize..10).prop_map(Attempt::CancelBooking),
            1 => (0usize..4).prop_map(Attempt::CancelReservation),
        ]
    }

    fn any_bookings() -> impl Strategy<Value = Vec<Booking>> {
        proptest::collection::vec((0i64..4 * 48, 1i64..=16), 0..10).prop_map(|raw| {
            raw.into_iter()
                .map(|(start, length)| Booking {
                    from: half_hours(start),
                    to: half_hours(start + length),
                })
                .collect()
        })
    }

    fn any_reservations() -> impl Strategy<Value = Vec<Reservation>> {
        proptest::collection::vec((0u64..5, proptest::option::of(0u64..3)), 0..4).prop_map(|raw| {
            raw.into_iter()
                .map(|(from, days)| Reservation {
                    from: day(from),
                    to: days.map(|n| day(from + n)),
                })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn accepted_bookings_and_reservations_never_exceed_capacity(
            capacity in 1u32..4,
            attempts in proptest::collection::vec(any_attempt(), 1..40),
        ) {
            let mut reservations: Vec<Reservation> = Vec::new();
            let mut bookings: Vec<Booking> = Vec::new();
            for attempt in attempts {
                // A cancellation only frees units: the check matters after an acceptance.
                let accepted = match attempt {
                    Attempt::Book { start, length } => {
                        let (from, to) = (half_hours(start), half_hours(start + length));
                        let fits = can_book(capacity, &reservations, &bookings, from, to);
                        if fits {
                            bookings.push(Booking { from, to });
                        }
                        fits
                    }
                    Attempt::Reserve { from, days } => {
                        let (from, to) = (day(from), days.map(|n| day(from + n)));
                        let fits = can_reserve(capacity, &reservations, &bookings, from, to);
                        if fits {
                            reservations.push(Reservation { from, to });
                        }
                        fits
                    }
                    Attempt::CancelBooking(i) => {
                        if i < bookings.len() {
                            bookings.remove(i);
                        }
                        false
                    }
                    Attempt::CancelReservation(i) => {
                        if i < reservations.len() {
                            reservations.remove(i);
                        }
                        false
                    }
                };
                if accepted {
                    for instant in samples() {
                        let held = held_at(&reservations, &bookings, instant);
                        prop_assert!(held <= i64::from(capacity), "{} held at {}", held, instant);
                    }
                }
            }
        }

        #[test]
        fn free_units_match_a_brute_force_count(
            capacity in 0u32..6,
            reservations in any_reservations(),
            bookings in any_bookings(),
            start in 0i64..6 * 48,
            length in 1i64..96,
        ) {
            let (from, to) = (half_hours(start), half_hours(start + length));
            let most = samples()
                .filter(|t| from <= *t && *t < to)
                .map(|t| held_at(&reservations, &bookings, t))
                .max()
                .unwrap_or(0);
            prop_assert_eq!(free_units(capacity, &reservations, &bookings, from, to), i64::from(capacity) - most);
        }

        #[test]
        fn a_booking_fits_exactly_when_every_instant_has_a_free_unit(
            capacity in 1u32..4,
            reservations in any_reservations(),
            bookings in any_bookings(),
            start in 0i64..4 * 48,
            length in 1i64..=16,
        ) {
            let (from, to) = (half_hours(start), half_hours(start + length));
            let fits = samples()
                .filter(|t| from <= *t && *t < to)
                .all(|t| held_at(&reservations, &bookings, t) < i64::from(capacity));
            prop_assert_eq!(can_book(capacity, &reservations, &bookings, from, to), fits);
        }

        #[test]
        fn daily_rows_match_a_brute_force_count(
            capacity in 0u32..6,
            reservations in any_reservations(),
            bookings in any_bookings(),
        ) {
            for row in daily(capacity, &reservations, &bookings, day(0), day(7)) {
                let in_day: Vec<NaiveDateTime> = quarter_hours(row.date, 1).collect();
                let booked = in_day.iter().map(|t| held_at(&[], &bookings, *t)).max().unwrap_or(0);
                let most = in_day.iter().map(|t| held_at(&reservations, &bookings, *t)).max().unwrap_or(0);
                prop_assert_eq!(row.booked, booked);
                prop_assert_eq!(row.free, i64::from(capacity) - most);
            }
        }
    }
}
