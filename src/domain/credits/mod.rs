//! Booking credits (DESIGN §9): quantities, lots, what a use takes and a cancellation
//! gives back, what lapses, what a booking costs, and when subscription rules grant.
//!
//! Quantities are integer **milli-credits** (1 credit = 1000) so that sums in SQL are
//! exact. A credit type counts either whole credits (multiples of 1000) or fractions of at
//! most three places. Every function here decides; the store writes the lots and the
//! ledger rows that the decisions describe, in one transaction.

mod cost;
#[cfg(test)]
mod fixtures;
mod grants;
mod ledger;
mod lots;
mod quantity;
mod types;

pub use cost::*;
pub use grants::*;
pub use ledger::*;
pub use lots::*;
pub use quantity::*;
pub use types::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::credits::fixtures::*;

    use crate::domain::period::IntervalUnit;

    use std::cmp::Ordering;

    use chrono::Days;
    use proptest::prelude::*;

    #[test]
    fn four_half_day_tickets_pay_a_full_day_desk_and_leave_two() {
        let mut lots = vec![lot(1, 4, "2026-03-01", None)];
        let from = at("2026-03-02T09:00:00");
        let to = at("2026-03-02T18:00:00");
        let units = booking_units(from, to, "day").unwrap();
        let cost = booking_cost(&desk_rules(), "desk", "day", units).unwrap();
        assert_eq!(cost, 2 * MILLI);
        let taken = plan_use(&lots, cost, date("2026-03-02")).unwrap();
        apply(&mut lots, &entries(LedgerKind::Use, &taken)).unwrap();
        assert_eq!(format_credits(lots_balance(&lots)), "2");
    }

    #[test]
    fn a_desk_by_the_half_day_costs_one_ticket() {
        let units = booking_units(
            at("2026-03-02T08:00:00"),
            at("2026-03-02T12:00:00"),
            "half-day",
        )
        .unwrap();
        assert_eq!(
            booking_cost(&desk_rules(), "desk", "half-day", units).unwrap(),
            MILLI
        );
    }

    /// One step of a customer's credit history, days counted from 2026-01-01.
    #[derive(Debug, Clone)]
    enum Step {
        Grant {
            milli: i64,
            validity: Option<u32>,
            purchase: bool,
        },
        Use {
            milli: i64,
        },
        Cancel {
            booking: usize,
        },
        Expire,
        Revoke {
            lot: usize,
            milli: i64,
        },
        NextDays(u64),
    }

    fn any_step() -> impl Strategy<Value = Step> {
        prop_oneof![
            (1i64..5000, proptest::option::of(1u32..20), any::<bool>()).prop_map(
                |(milli, validity, purchase)| Step::Grant {
                    milli,
                    validity,
                    purchase
                }
            ),
            (1i64..6000).prop_map(|milli| Step::Use { milli }),
            (0usize..8).prop_map(|booking| Step::Cancel { booking }),
            Just(Step::Expire),
            (0usize..8, 1i64..3000).prop_map(|(lot, milli)| Step::Revoke { lot, milli }),
            (1u64..10).prop_map(Step::NextDays),
        ]
    }

    fn any_lots() -> impl Strategy<Value = Vec<Lot>> {
        proptest::collection::vec(
            (
                1i64..5000,
                0i64..=5000,
                0u64..20,
                proptest::option::of(0u64..30),
            ),
            0..8,
        )
        .prop_map(|raw| {
            raw.into_iter()
                .enumerate()
                .map(|(i, (quantity, left, start, length))| {
                    let starts = date("2026-01-01") + Days::new(start);
                    let mut lot = Lot::new(
                        i as i64 + 1,
                        quantity,
                        starts,
                        length.map(|n| starts + Days::new(n)),
                        i as i64,
                    );
                    lot.remaining = left.min(quantity);
                    lot
                })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn the_ledger_always_sums_to_the_lots_remainders(steps in proptest::collection::vec(any_step(), 1..60)) {
            let mut today = date("2026-01-01");
            let mut lots: Vec<Lot> = Vec::new();
            let mut ledger: Vec<LedgerEntry> = Vec::new();
            let mut bookings: Vec<Vec<Move>> = Vec::new();
            for step in steps {
                let movements = match step {
                    Step::Grant { milli, validity, purchase } => {
                        let id = lots.len() as i64 + 1;
                        let opened = Lot::new(id, milli, today, expiry_for(today, validity), id);
                        let kind = if purchase { LedgerKind::Purchase } else { LedgerKind::Grant };
                        ledger.push(LedgerEntry::opening(&opened, kind));
                        lots.push(opened);
                        Vec::new()
                    }
                    Step::Use { milli } => {
                        let before = lots.clone();
                        match plan_use(&lots, milli, today) {
                            Ok(taken) => {
                                bookings.push(taken.clone());
                                entries(LedgerKind::Use, &taken)
                            }
                            Err(shortfall) => {
                                prop_assert_eq!(shortfall.available, usable_balance(&lots, today));
                                prop_assert!(shortfall.available < milli);
                                prop_assert_eq!(&lots, &before);
                                Vec::new()
                            }
                        }
                    }
                    Step::Cancel { booking } if booking < bookings.len() => {
                        let taken = bookings.remove(booking);
                        entries(LedgerKind::Refund, &plan_refund(&taken, &lots, today))
                    }
                    Step::Cancel { .. } => Vec::new(),
                    Step::Expire => entries(LedgerKind::Expire, &lots_to_expire(&lots, today)),
                    Step::Revoke { lot, milli } => match lots.get(lot) {
                        Some(target) if target.remaining > 0 => {
                            vec![LedgerEntry::new(target.id, LedgerKind::Revoke, milli.min(target.remaining))]
                        }
                        _ => Vec::new(),
                    },
                    Step::NextDays(days) => {
                        today = today + Days::new(days);
                        Vec::new()
                    }
                };
                prop_assert_eq!(apply(&mut lots, &movements), Ok(()));
                ledger.extend(movements);
                prop_assert_eq!(ledger_balance(&ledger), lots_balance(&lots));
                for lot in &lots {
                    prop_assert!(0 <= lot.remaining && lot.remaining <= lot.quantity, "{:?}", lot);
                }
            }
        }

        #[test]
        fn a_use_takes_exactly_the_amount_or_nothing(lots in any_lots(), amount in 1i64..20_000, day in 0u64..40) {
            let on = date("2026-01-01") + Days::new(day);
            let available = usable_balance(&lots, on);
            match plan_use(&lots, amount, on) {
                Ok(taken) => {
                    prop_assert!(amount <= available);
                    prop_assert_eq!(taken.iter().map(|(_, n)| n).sum::<i64>(), amount);
                    for (id, n) in taken {
                        let lot = lots.iter().find(|l| l.id == id).unwrap();
                        prop_assert!(lot.is_usable_on(on));
                        prop_assert!(0 < n && n <= lot.remaining);
                    }
                }
                Err(shortfall) => {
                    prop_assert!(available < amount);
                    prop_assert_eq!(shortfall, Shortfall { needed: amount, available });
                }
            }
        }

        #[test]
        fn a_use_empties_lots_in_spend_order(lots in any_lots(), amount in 1i64..20_000, day in 0u64..40) {
            let on = date("2026-01-01") + Days::new(day);
            if let Ok(taken) = plan_use(&lots, amount, on) {
                // Every lot but the last one touched is emptied, and they come in spend order.
                for (id, n) in &taken[..taken.len().saturating_sub(1)] {
                    let lot = lots.iter().find(|l| l.id == *id).unwrap();
                    prop_assert_eq!(*n, lot.remaining);
                }
                let touched: Vec<&Lot> = taken.iter().map(|(id, _)| lots.iter().find(|l| l.id == *id).unwrap()).collect();
                for pair in touched.windows(2) {
                    prop_assert_eq!(spend_cmp(pair[0], pair[1]), Ordering::Less);
                }
                // No usable lot that comes before the last one touched was skipped.
                if let Some(last) = touched.last() {
                    for lot in lots.iter().filter(|l| l.is_usable_on(on)) {
                        if spend_cmp(lot, last) == Ordering::Less {
                            prop_assert!(taken.iter().any(|(id, _)| *id == lot.id), "skipped {:?}", lot);
                        }
                    }
                }
            }
        }

        #[test]
        fn the_next_occurrence_is_the_first_one_granted_after_the_day(
            unit in prop_oneof![Just(IntervalUnit::Day), Just(IntervalUnit::Week), Just(IntervalUnit::Month)],
            anchor in 0u64..400,
            after in 0u64..500,
            end in proptest::option::of(0u64..600),
        ) {
            let origin = date("2024-01-01");
            let anchor = origin + Days::new(anchor);
            let after = origin + Days::new(after);
            let end = end.map(|n| origin + Days::new(n));
            let recurrence = Recurrence::Every(unit);
            let expected = grant_occurrences(recurrence, anchor, &[], after.max(anchor) + Days::new(40), end)
                .into_iter()
                .map(|o| o.starts)
                .find(|starts| *starts > after);
            prop_assert_eq!(next_occurrence(recurrence, anchor, &[], after, end), expected);
        }

        #[test]
        fn credits_round_trip_through_text(milli in 1i64..1_000_000_000_000) {
            prop_assert_eq!(parse_credits("QTY", &format_credits(milli), false).unwrap(), milli);
        }
    }
}
