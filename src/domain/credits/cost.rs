//! What a booking costs in credits: its units (hours, started half-days or days) and the
//! cost rules of a credit type; what whole-credit types charge and purchases buy.

use chrono::NaiveDateTime;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::domain::money::round_half_away;
use crate::error::Error;

use super::quantity::*;

/// What booking `item` by `uom` costs in a credit type: milli-credits per booking unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostRule {
    pub item: String,
    pub uom: String,
    pub credits_per_unit: i64,
}

/// Milli-credits a booking of `units` of (`item`, `uom`) costs.
///
/// The product is exact when `units` has at most as many places as a milli-credit allows;
/// otherwise (an hourly booking of 20 minutes is a third of an hour) it is rounded half
/// away from zero to the nearest milli-credit, once, here. `units` must be positive, as
/// [`booking_units`] makes them.
pub fn booking_cost(
    rules: &[CostRule],
    item: &str,
    uom: &str,
    units: Decimal,
) -> Result<i64, Error> {
    let rule = rules
        .iter()
        .find(|rule| rule.item == item && rule.uom == uom)
        .ok_or_else(|| no_cost_rule(rules, item, uom))?;
    if units <= Decimal::ZERO {
        return Err(Error::invalid(
            "--to",
            format!("a booking must last more than 0 {uom} (got {units})"),
        ));
    }
    let exact = Decimal::from(rule.credits_per_unit)
        .checked_mul(units)
        .ok_or_else(|| Error::invalid("--to", "the booking is too long to cost in credits"))?;
    round_half_away(exact, 0)
        .to_i64()
        .ok_or_else(|| Error::invalid("--to", "the booking is too long to cost in credits"))
}

fn no_cost_rule(rules: &[CostRule], item: &str, uom: &str) -> Error {
    let known: Vec<&str> = rules
        .iter()
        .filter(|rule| rule.item == item)
        .map(|rule| rule.uom.as_str())
        .collect();
    let hint = if known.is_empty() {
        format!("this credit type has no cost for {item}")
    } else {
        format!("{item} can be paid by credits per {}", known.join(", per "))
    };
    Error::invalid(
        "--uom",
        format!("no credit cost for {item} per {uom}; {hint}"),
    )
}

const SECONDS_PER_HOUR: i64 = 3600;

const SECONDS_PER_HALF_DAY: i64 = 4 * SECONDS_PER_HOUR;

const SECONDS_PER_DAY: i64 = 24 * SECONDS_PER_HOUR;

/// Units as a booking shows and invoices them: at most three decimals, like every
/// quantity, rounded half away from zero (an hour and 20 minutes is 1.333 hours).
pub fn shown_units(units: Decimal) -> Decimal {
    round_half_away(units, 3).normalize()
}

/// How many booking units `[from, to)` counts in `uom`, from its duration alone:
///
/// - `hour`: the exact number of hours (90 minutes are 1.5);
/// - `half-day`: started blocks of 4 hours (4 h → 1, 4 h 01 → 2);
/// - `day`: started blocks of 24 hours (a 3-hour booking is 1 day);
/// - any other unit (`month`, a room "per session", …): 1 per booking.
///
/// Duration only, not the calendar: an evening-to-morning booking of 10 hours is one day.
/// `to` must be after `from`.
pub fn booking_units(from: NaiveDateTime, to: NaiveDateTime, uom: &str) -> Result<Decimal, Error> {
    if to == from {
        return Err(Error::invalid(
            "--to",
            format!("{to} is also --from: the booking is empty (zero length); give a later --to"),
        ));
    }
    if to < from {
        return Err(Error::invalid(
            "--to",
            format!("{to} ends before it starts (--from {from})"),
        ));
    }
    let seconds = (to - from).num_seconds();
    let units = match uom {
        "hour" => Decimal::from(seconds) / Decimal::from(SECONDS_PER_HOUR),
        "half-day" => Decimal::from(started_blocks(seconds, SECONDS_PER_HALF_DAY)),
        "day" => Decimal::from(started_blocks(seconds, SECONDS_PER_DAY)),
        _ => Decimal::ONE,
    };
    Ok(units)
}

/// Blocks of `block` seconds started in `seconds` (> 0): a ceiling division.
fn started_blocks(seconds: i64, block: i64) -> i64 {
    (seconds + block - 1) / block
}

/// What a whole-credit type charges for a cost in milli-credits: a started credit is spent
/// whole (1.5 → 2). Fractional types charge the exact cost.
pub fn charged_cost(cost: i64, whole: bool) -> i64 {
    if whole && cost % MILLI != 0 {
        (cost / MILLI + 1) * MILLI
    } else {
        cost
    }
}

/// Milli-credits bought by `qty` units of a selling item at `per_unit` milli-credits each,
/// rounded half away from zero to the milli-credit. `None` for a quantity that is not
/// positive or too large.
pub fn credits_bought(qty: Decimal, per_unit: i64) -> Option<i64> {
    if qty <= Decimal::ZERO {
        return None;
    }
    let exact = Decimal::from(per_unit).checked_mul(qty)?;
    round_half_away(exact, 0)
        .to_i64()
        .filter(|milli| *milli > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::credits::fixtures::*;

    use rust_decimal::Decimal;

    use crate::error::ExitKind;

    #[test]
    fn hours_count_exactly() {
        let units = booking_units(at("2026-03-02T09:00:00"), at("2026-03-02T10:30:00"), "hour");
        assert_eq!(units.unwrap(), dec("1.5"));
    }

    #[test]
    fn half_days_count_started_blocks_of_four_hours() {
        let from = at("2026-03-02T08:00:00");
        assert_eq!(
            booking_units(from, at("2026-03-02T12:00:00"), "half-day").unwrap(),
            dec("1")
        );
        assert_eq!(
            booking_units(from, at("2026-03-02T12:01:00"), "half-day").unwrap(),
            dec("2")
        );
    }

    #[test]
    fn days_count_started_blocks_of_24_hours_with_at_least_one() {
        let from = at("2026-03-02T09:00:00");
        assert_eq!(
            booking_units(from, at("2026-03-02T09:30:00"), "day").unwrap(),
            dec("1")
        );
        assert_eq!(
            booking_units(from, at("2026-03-03T09:00:00"), "day").unwrap(),
            dec("1")
        );
        assert_eq!(
            booking_units(from, at("2026-03-03T09:01:00"), "day").unwrap(),
            dec("2")
        );
    }

    #[test]
    fn units_are_shown_and_invoiced_to_three_decimals_rounded_half_away() {
        let units = booking_units(at("2026-03-02T09:00:00"), at("2026-03-02T10:20:00"), "hour");
        assert_eq!(shown_units(units.unwrap()), dec("1.333"));
        assert_eq!(shown_units(dec("0.0005")), dec("0.001"));
        assert_eq!(shown_units(dec("1.5000")).to_string(), "1.5");
        assert_eq!(shown_units(dec("2")).to_string(), "2");
    }

    #[test]
    fn other_units_count_one_per_booking() {
        let units = booking_units(
            at("2026-03-02T09:00:00"),
            at("2026-03-09T09:00:00"),
            "session",
        );
        assert_eq!(units.unwrap(), Decimal::ONE);
    }

    #[test]
    fn a_booking_that_ends_before_it_starts_is_refused() {
        let from = at("2026-03-02T09:00:00");
        let error = booking_units(from, at("2026-03-02T08:00:00"), "hour").unwrap_err();
        assert_eq!(
            error.to_string(),
            "--to: 2026-03-02 08:00:00 ends before it starts (--from 2026-03-02 09:00:00)"
        );
    }

    #[test]
    fn a_booking_that_ends_when_it_starts_is_refused_as_empty() {
        let from = at("2026-03-02T09:00:00");
        let error = booking_units(from, from, "hour").unwrap_err();
        assert_eq!(
            error.to_string(),
            "--to: 2026-03-02 09:00:00 is also --from: the booking is empty (zero length); give a later --to"
        );
    }

    #[test]
    fn a_cost_without_a_rule_names_the_uom_and_the_known_ones() {
        let error = booking_cost(&desk_rules(), "desk", "hour", Decimal::ONE).unwrap_err();
        assert_eq!(error.exit_kind(), ExitKind::BadInput);
        assert_eq!(
            error.to_string(),
            "--uom: no credit cost for desk per hour; desk can be paid by credits per day, per half-day"
        );
        let error = booking_cost(&desk_rules(), "room", "day", Decimal::ONE).unwrap_err();
        assert!(error.to_string().contains("no cost for room"), "{error}");
    }

    #[test]
    fn a_fraction_of_a_milli_credit_rounds_half_away_from_zero() {
        let rules = vec![CostRule {
            item: "room".into(),
            uom: "hour".into(),
            credits_per_unit: MILLI,
        }];
        let third =
            booking_units(at("2026-03-02T09:00:00"), at("2026-03-02T09:20:00"), "hour").unwrap();
        assert_eq!(booking_cost(&rules, "room", "hour", third).unwrap(), 333);
        assert_eq!(
            booking_cost(&rules, "room", "hour", dec("0.0005")).unwrap(),
            1
        );
        assert_eq!(
            booking_cost(&rules, "room", "hour", dec("1.5")).unwrap(),
            1500
        );
    }

    #[test]
    fn a_booking_of_no_units_has_no_cost() {
        let error = booking_cost(&desk_rules(), "desk", "day", Decimal::ZERO).unwrap_err();
        assert_eq!(error.exit_kind(), ExitKind::BadInput);
    }

    #[test]
    fn a_whole_type_charges_a_started_credit_in_full() {
        assert_eq!(charged_cost(1500, true), 2000);
        assert_eq!(charged_cost(2000, true), 2000);
        assert_eq!(charged_cost(1, true), 1000);
        assert_eq!(charged_cost(1500, false), 1500);
    }

    #[test]
    fn two_ten_credit_passes_buy_twenty_credits() {
        assert_eq!(credits_bought(dec("2"), 10 * MILLI), Some(20 * MILLI));
        assert_eq!(credits_bought(dec("0.5"), 3), Some(2));
        assert_eq!(credits_bought(Decimal::ZERO, MILLI), None);
        assert_eq!(credits_bought(dec("-1"), MILLI), None);
    }
}
