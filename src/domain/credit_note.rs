//! Crediting an issued invoice by an amount (DESIGN §6): what it still has to credit at each
//! VAT rate, and how a net amount is split across those rates.
//!
//! A credit note by amount carries one line per VAT rate, so that its VAT is the invoice's
//! VAT in proportion. The split is in proportion to what is left at each rate, and the last
//! rate takes what the others leave: the shares always sum to the amount credited exactly.

use rust_decimal::Decimal;

use crate::domain::money::share;

/// What is left to credit at each rate of an invoice: its base at that rate less what
/// earlier credit notes took at that rate (`credited` holds their bases, negative). Rates
/// with nothing left are dropped; the order of `bases` is kept.
pub fn remaining_by_rate(
    bases: impl IntoIterator<Item = (Decimal, i64)>,
    credited: &[(Decimal, i64)],
) -> Vec<(Decimal, i64)> {
    bases
        .into_iter()
        .map(|(rate, base)| {
            let taken: i64 = credited
                .iter()
                .filter(|(r, _)| *r == rate)
                .map(|(_, b)| -b)
                .sum();
            (rate, base - taken)
        })
        .filter(|(_, left)| *left > 0)
        .collect()
}

/// Everything still to credit, before VAT.
pub fn creditable(remaining: &[(Decimal, i64)]) -> i64 {
    remaining.iter().map(|(_, left)| left).sum()
}

/// Splits a net `amount` across `remaining` (as [`remaining_by_rate`] gives it) in
/// proportion to what is left at each rate, rounded half away from zero; the last rate
/// takes what the others leave. Rates whose share is zero are left out. `None` when a share
/// cannot be computed (nothing is left, or a share leaves `i64`).
pub fn split(amount: i64, remaining: &[(Decimal, i64)]) -> Option<Vec<(Decimal, i64)>> {
    let whole = creditable(remaining);
    let mut left = amount;
    let mut shares = Vec::with_capacity(remaining.len());
    for (index, (rate, base_left)) in remaining.iter().enumerate() {
        let share = if index + 1 == remaining.len() {
            left
        } else {
            share(amount, *base_left, whole)?
        };
        left -= share;
        if share != 0 {
            shares.push((*rate, share));
        }
    }
    Some(shares)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rate(percent: i64) -> Decimal {
        Decimal::from(percent)
    }

    #[test]
    fn what_earlier_credit_notes_took_at_a_rate_is_no_longer_creditable() {
        let remaining = remaining_by_rate(
            [(rate(20), 10_000), (rate(10), 5_000), (rate(5), 1_000)],
            &[(rate(20), -2_500), (rate(5), -1_000)],
        );
        assert_eq!(remaining, [(rate(20), 7_500), (rate(10), 5_000)]);
        assert_eq!(creditable(&remaining), 12_500);
    }

    #[test]
    fn an_amount_is_split_in_proportion_to_what_is_left_at_each_rate() {
        let remaining = [(rate(20), 30_000), (rate(10), 10_000)];
        assert_eq!(
            split(10_000, &remaining),
            Some(vec![(rate(20), 7_500), (rate(10), 2_500)])
        );
    }

    #[test]
    fn the_last_rate_takes_the_rounding() {
        // A third of 100 at each of three rates: 33 and 33 rounded, the last takes 34.
        let remaining = [(rate(20), 1_000), (rate(10), 1_000), (rate(5), 1_000)];
        assert_eq!(
            split(100, &remaining),
            Some(vec![(rate(20), 33), (rate(10), 33), (rate(5), 34)])
        );
    }

    #[test]
    fn a_rate_whose_share_rounds_to_nothing_gets_no_line() {
        let remaining = [(rate(20), 1), (rate(10), 999_999)];
        assert_eq!(split(10, &remaining), Some(vec![(rate(10), 10)]));
    }

    #[test]
    fn nothing_left_splits_nothing() {
        assert_eq!(split(10, &[]), Some(Vec::new()));
        assert_eq!(creditable(&[]), 0);
    }

    fn invoice() -> impl Strategy<Value = Vec<(Decimal, i64)>> {
        proptest::collection::vec((0i64..=200, 1i64..=1_000_000_000), 1..6).prop_map(|rates| {
            rates
                .into_iter()
                .enumerate()
                .map(|(i, (r, base))| (Decimal::new(r + 1000 * i as i64, 1), base))
                .collect()
        })
    }

    proptest! {
        #[test]
        fn the_shares_sum_exactly_to_the_amount_credited(
            remaining in invoice(),
            pick in any::<u64>(),
        ) {
            let whole = creditable(&remaining);
            let amount = 1 + (pick % whole.unsigned_abs()) as i64;
            let shares = split(amount, &remaining).unwrap();
            prop_assert_eq!(shares.iter().map(|(_, s)| s).sum::<i64>(), amount);
            prop_assert!(shares.iter().all(|(_, s)| *s != 0));
            prop_assert!(shares.iter().all(|(r, _)| remaining.iter().any(|(x, _)| x == r)));
        }

        #[test]
        fn crediting_everything_left_credits_each_rate_in_full(remaining in invoice()) {
            let shares = split(creditable(&remaining), &remaining).unwrap();
            prop_assert_eq!(shares, remaining);
        }
    }
}
