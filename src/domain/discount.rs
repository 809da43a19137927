//! Coupons and the discount they take (issue 13 §2): a percentage or an amount, for a
//! number of periods or for ever, on the plans the coupon names.
//!
//! The discount of one invoice is its own line per VAT rate, split in proportion to the
//! nets it is taken on; each share is rounded once (largest remainder) so that the shares
//! sum exactly to the discount and none is above the net it is taken on. A discount never
//! goes beyond what it is taken on, so it never makes an invoice negative.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::money::to_minor;
use crate::error::Error;

/// How a discount line's price source begins: `coupon WELCOME: 20 % of 310.00 at 20 % VAT`.
/// A cancellation corrects such lines like the period lines they are taken on.
pub const DISCOUNT_SOURCE: &str = "coupon ";

/// Whether an invoice line is a coupon's discount.
pub fn is_discount_source(price_source: &str) -> bool {
    price_source.starts_with(DISCOUNT_SOURCE)
}

/// A document whose lines with a negative rate (a manual discount) take it below zero is
/// refused: `what` names it, `grand` is its total in minor units.
pub fn refuse_negative_total(what: &str, grand: i64, digits: u32) -> Result<(), Error> {
    if grand < 0 {
        return Err(Error::refused(format!(
            "{what} would total {}: lines with a negative rate may discount it, not take it below zero",
            crate::domain::money::format_minor(grand, digits)
        )));
    }
    Ok(())
}

/// The whole-period net of lines that all have a fixed rate (`None` when one is priced
/// from a price list, so the total is known only when billed).
pub fn fixed_total(lines: &[(Decimal, Option<Decimal>)]) -> Option<Decimal> {
    lines.iter().try_fold(Decimal::ZERO, |sum, (qty, rate)| {
        rate.and_then(|r| qty.checked_mul(r))
            .and_then(|v| sum.checked_add(v))
    })
}

/// What a coupon takes off each period it applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Off {
    /// A percentage of the nets (0 < P ≤ 100).
    Percent(Decimal),
    /// A fixed amount per period, minor units.
    Amount(i64),
}

/// A coupon as declared with `coupon add`.
#[derive(Debug, Clone, PartialEq)]
pub struct Coupon {
    pub code: String,
    pub off: Off,
    /// How many periods it applies to; `None`: for ever.
    pub periods: Option<u32>,
    /// The plans it is limited to (none: any subscription).
    pub plans: Vec<String>,
    /// The last day it can be applied to a subscription.
    pub until: Option<NaiveDate>,
    pub disabled: bool,
}

/// A coupon applied to a subscription from one period index on.
#[derive(Debug, Clone, PartialEq)]
pub struct AppliedCoupon {
    pub coupon: Coupon,
    /// The index of the first period it applies to (the next period billed when applied).
    pub from_period: u64,
}

impl AppliedCoupon {
    /// Whether period `index` gets the discount.
    pub fn applies_to(&self, index: u64) -> bool {
        index >= self.from_period
            && self
                .coupon
                .periods
                .is_none_or(|n| index < self.from_period + u64::from(n))
    }
}

impl Coupon {
    /// Why it cannot be applied to a subscription of `plan` on `today`, if it cannot.
    pub fn refusal(&self, plan: Option<&str>, today: NaiveDate) -> Option<String> {
        if self.disabled {
            return Some(format!("coupon {} is disabled", self.code));
        }
        if let Some(until) = self.until.filter(|u| today > *u) {
            return Some(format!(
                "coupon {} could be applied until {until}",
                self.code
            ));
        }
        if !self.plans.is_empty() && !plan.is_some_and(|p| self.plans.iter().any(|c| c == p)) {
            return Some(format!(
                "coupon {} applies only to plan {}; the subscription's plan is {}",
                self.code,
                self.plans.join(", "),
                plan.unwrap_or("none")
            ));
        }
        None
    }

    /// The discount (positive, minor units) on a whole period whose discountable net is
    /// `base`: the percentage of it rounded once, or the amount, never more than `base`.
    pub fn discount_on(&self, base: i64) -> Option<i64> {
        if base <= 0 {
            return Some(0);
        }
        let off = match self.off {
            Off::Percent(p) => {
                let exact = Decimal::from(base).checked_mul(p)? / Decimal::ONE_HUNDRED;
                // `base` is in minor units: round to whole minor units.
                to_minor(exact, 0)?
            }
            Off::Amount(a) => a,
        };
        Some(off.clamp(0, base))
    }
}

/// Splits `discount` across bases (one per VAT rate) in proportion to them: each share is
/// `discount × base / total` rounded once by largest remainder, so the shares sum exactly
/// to `discount`, and none is above its base when `discount` ≤ the total. Bases that are not
/// positive take no share. `None` when the positive bases are empty or smaller than the
/// discount.
pub fn split(discount: i64, bases: &[i64]) -> Option<Vec<i64>> {
    let total: i128 = bases
        .iter()
        .filter(|b| **b > 0)
        .map(|b| i128::from(*b))
        .sum();
    if discount < 0 || i128::from(discount) > total || (total == 0 && discount > 0) {
        return None;
    }
    if discount == 0 {
        return Some(vec![0; bases.len()]);
    }
    let d = i128::from(discount);
    let mut shares: Vec<i128> = Vec::with_capacity(bases.len());
    let mut remainders: Vec<(i128, usize)> = Vec::new();
    for (i, base) in bases.iter().enumerate() {
        if *base <= 0 {
            shares.push(0);
            continue;
        }
        let numerator = d * i128::from(*base);
        shares.push(numerator / total);
        remainders.push((numerator % total, i));
    }
    let mut left = d - shares.iter().sum::<i128>();
    // Largest remainder first; ties to the larger base, then to the first.
    remainders.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(bases[b.1].cmp(&bases[a.1]))
            .then(a.1.cmp(&b.1))
    });
    for (_, i) in remainders {
        if left == 0 {
            break;
        }
        shares[i] += 1;
        left -= 1;
    }
    shares.into_iter().map(|s| i64::try_from(s).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn coupon(off: Off, periods: Option<u32>) -> Coupon {
        Coupon {
            code: "WELCOME".into(),
            off,
            periods,
            plans: Vec::new(),
            until: None,
            disabled: false,
        }
    }

    #[test]
    fn twenty_percent_of_310_is_62() {
        let c = coupon(Off::Percent(Decimal::from(20)), Some(3));
        assert_eq!(c.discount_on(31000), Some(6200));
    }

    #[test]
    fn an_amount_never_goes_beyond_the_base() {
        let c = coupon(Off::Amount(50000), None);
        assert_eq!(c.discount_on(31000), Some(31000));
        assert_eq!(c.discount_on(0), Some(0));
        assert_eq!(c.discount_on(-100), Some(0));
    }

    #[test]
    fn a_coupon_for_three_periods_applies_to_three() {
        let applied = AppliedCoupon {
            coupon: coupon(Off::Percent(Decimal::from(20)), Some(3)),
            from_period: 2,
        };
        let hits: Vec<u64> = (0..8).filter(|i| applied.applies_to(*i)).collect();
        assert_eq!(hits, vec![2, 3, 4]);
        let forever = AppliedCoupon {
            coupon: coupon(Off::Percent(Decimal::from(20)), None),
            from_period: 0,
        };
        assert!(forever.applies_to(1000));
    }

    #[test]
    fn a_coupon_names_why_it_is_refused() {
        let mut c = coupon(Off::Amount(100), None);
        c.plans = vec!["DESK".into()];
        let today: NaiveDate = "2026-01-01".parse().unwrap();
        assert!(c.refusal(Some("DESK"), today).is_none());
        assert!(
            c.refusal(Some("HOT"), today)
                .unwrap()
                .contains("applies only to plan DESK")
        );
        c.until = Some("2025-12-31".parse().unwrap());
        assert!(
            c.refusal(Some("DESK"), today)
                .unwrap()
                .contains("until 2025-12-31")
        );
        c.disabled = true;
        assert!(c.refusal(Some("DESK"), today).unwrap().contains("disabled"));
    }

    #[test]
    fn the_split_follows_the_nets_and_sums_exactly() {
        // 10.00 off 100.00 at 20 % and 50.00 at 5.5 %: 6.67 and 3.33.
        assert_eq!(split(1000, &[10000, 5000]), Some(vec![667, 333]));
        // Three equal bases: the cent left goes to the first.
        assert_eq!(split(100, &[100, 100, 100]), Some(vec![34, 33, 33]));
        assert_eq!(split(0, &[5, 5]), Some(vec![0, 0]));
        assert_eq!(split(11, &[5, 5]), None);
        assert_eq!(split(5, &[10, -4]), Some(vec![5, 0]));
    }

    proptest! {
        #[test]
        fn shares_sum_to_the_discount_and_never_pass_a_line(
            bases in proptest::collection::vec(-1_000_000i64..100_000_000, 1..6),
            pick in 0u64..=1_000_000,
        ) {
            let total: i64 = bases.iter().filter(|b| **b > 0).sum();
            let discount = if total > 0 {
                i64::try_from(u128::from(pick) * total as u128 / 1_000_000).unwrap()
            } else {
                0
            };
            let shares = split(discount, &bases).unwrap();
            prop_assert_eq!(shares.iter().sum::<i64>(), discount);
            for (share, base) in shares.iter().zip(&bases) {
                prop_assert!(*share >= 0);
                prop_assert!(*share <= (*base).max(0));
                // Within one minor unit of the exact proportion.
                if *base > 0 {
                    let exact = i128::from(discount) * i128::from(*base);
                    let low = exact / i128::from(total);
                    prop_assert!(i128::from(*share) >= low && i128::from(*share) <= low + 1);
                }
            }
        }
    }
}
