//! Graduated tiers on a price (issue 13 §5): `--tier 0-100:0.10 --tier 101-:0.05` bills the
//! units 1–100 of a period at 0.10 and every unit beyond at 0.05.
//!
//! A tier is a band of quantity `(lower, up_to]`, where `lower` is the previous tier's
//! `up_to` (0 for the first): the bands are contiguous and the last one is open, so every
//! quantity falls in exactly one band and a split never loses or invents a unit. `FROM` is
//! written as a person counts units (`101-` after `0-100`), and checked to follow on.

use rust_decimal::Decimal;

use crate::domain::money::{RATE_RULE, format_decimal, parse_decimal};
use crate::error::Error;

/// Quantities in a tier bound: whole or up to three decimals, like any quantity.
const BOUND_RULE: crate::domain::money::DecimalRule =
    crate::domain::money::DecimalRule::non_negative(3);

/// One band of a graduated price.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tier {
    /// The first unit as typed (`0`, `1`, `101`): shown, not used in arithmetic.
    pub from: Decimal,
    /// The last unit of the band, inclusive; `None` for the open last band.
    pub up_to: Option<Decimal>,
    pub rate: Decimal,
}

/// The tiers of one price, in order, the last one open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tiers(Vec<Tier>);

/// The part of a quantity that falls in one tier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TierShare {
    /// 1 for the first tier.
    pub number: usize,
    /// The band as typed: `0-100`, `101-`.
    pub band: String,
    pub qty: Decimal,
    pub rate: Decimal,
}

impl Tier {
    /// The band as typed: `0-100`, `101-`.
    pub fn band(&self) -> String {
        match self.up_to {
            Some(to) => format!("{}-{}", format_decimal(self.from), format_decimal(to)),
            None => format!("{}-", format_decimal(self.from)),
        }
    }

    fn text(&self) -> String {
        format!("{}:{}", self.band(), format_decimal(self.rate))
    }
}

impl Tiers {
    /// Parses `FROM-[TO]:RATE` specs as typed after `--tier` (or as stored); `field` names
    /// them in errors.
    pub fn parse<S: AsRef<str>>(field: &str, specs: &[S]) -> Result<Tiers, Error> {
        let mut tiers: Vec<Tier> = Vec::with_capacity(specs.len());
        for spec in specs {
            let spec = spec.as_ref().trim();
            let shape = || {
                Error::invalid(
                    field,
                    format!("{spec:?} is not FROM-[TO]:RATE (e.g. 0-100:0.10 or 101-:0.05)"),
                )
            };
            let (band, rate) = spec.split_once(':').ok_or_else(shape)?;
            let (from, to) = band.split_once('-').ok_or_else(shape)?;
            let at = |what: &str| format!("{field} {spec}: {what}");
            let from = parse_decimal(&at("FROM"), from, BOUND_RULE)?;
            let up_to = match to.trim() {
                "" => None,
                to => Some(parse_decimal(&at("TO"), to, BOUND_RULE)?),
            };
            let rate = parse_decimal(&at("RATE"), rate, RATE_RULE)?;
            let lower = tiers
                .last()
                .map_or(Decimal::ZERO, |t| t.up_to.unwrap_or(Decimal::MAX));
            match tiers.last() {
                None if from > Decimal::ONE => {
                    return Err(Error::invalid(
                        field,
                        format!("{spec:?}: the first tier starts at 0 or 1, not {from}"),
                    ));
                }
                Some(previous) if previous.up_to.is_none() => {
                    return Err(Error::invalid(
                        field,
                        format!(
                            "{spec:?} follows the open tier {:?}; only the last tier is open",
                            previous.band()
                        ),
                    ));
                }
                Some(previous) if from != lower && from != lower + Decimal::ONE => {
                    return Err(Error::invalid(
                        field,
                        format!(
                            "{spec:?} must start at {} (right after {:?})",
                            format_decimal(lower + Decimal::ONE),
                            previous.band()
                        ),
                    ));
                }
                _ => {}
            }
            if let Some(to) = up_to {
                if to < from || to <= lower {
                    return Err(Error::invalid(
                        field,
                        format!("{spec:?} ends before it starts"),
                    ));
                }
            }
            tiers.push(Tier { from, up_to, rate });
        }
        match tiers.last() {
            None => Err(Error::invalid(field, "no tier given")),
            Some(last) if last.up_to.is_some() => Err(Error::invalid(
                field,
                format!(
                    "the last tier {:?} must be open (e.g. {}-:RATE) so that every unit has a rate",
                    last.band(),
                    format_decimal(last.up_to.unwrap_or_default() + Decimal::ONE)
                ),
            )),
            Some(_) => Ok(Tiers(tiers)),
        }
    }

    /// The stored form, `0-100:0.1;101-:0.05`, read back by [`Tiers::from_text`].
    pub fn text(&self) -> String {
        self.0.iter().map(Tier::text).collect::<Vec<_>>().join(";")
    }

    pub fn from_text(text: &str) -> Result<Tiers, Error> {
        let specs: Vec<&str> = text.split(';').collect();
        Tiers::parse("tiers", &specs)
    }

    pub fn tiers(&self) -> &[Tier] {
        &self.0
    }

    /// The first tier's rate: what a price list shows as the price's rate.
    pub fn first_rate(&self) -> Decimal {
        self.0.first().map_or(Decimal::ZERO, |t| t.rate)
    }

    /// Splits the units `(already, already + qty]` of a period across the tiers: `already`
    /// is what the period billed before (usage recorded late), so a period's units climb
    /// the tiers once however many invoices they are billed on. Tiers the units do not
    /// reach are left out.
    pub fn split(&self, already: Decimal, qty: Decimal) -> Vec<TierShare> {
        let top = already + qty;
        let mut lower = Decimal::ZERO;
        let mut shares = Vec::new();
        for (index, tier) in self.0.iter().enumerate() {
            let upper = tier.up_to.map_or(top, |u| u.min(top));
            let from = lower.max(already);
            if upper > from {
                shares.push(TierShare {
                    number: index + 1,
                    band: tier.band(),
                    qty: upper - from,
                    rate: tier.rate,
                });
            }
            match tier.up_to {
                Some(u) => lower = u,
                None => break,
            }
        }
        shares
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn print() -> Tiers {
        Tiers::parse("--tier", &["0-100:0.10", "101-:0.05"]).unwrap()
    }

    fn shares(tiers: &Tiers, already: &str, qty: &str) -> Vec<(usize, String, String)> {
        tiers
            .split(d(already), d(qty))
            .into_iter()
            .map(|s| (s.number, format_decimal(s.qty), format_decimal(s.rate)))
            .collect()
    }

    #[test]
    fn the_issue_example_bills_100_at_the_first_rate_and_the_rest_at_the_second() {
        assert_eq!(
            shares(&print(), "0", "150"),
            [
                (1, "100".into(), "0.1".into()),
                (2, "50".into(), "0.05".into())
            ]
        );
    }

    #[test]
    fn a_boundary_is_exact_the_hundredth_unit_is_tier_one_and_the_next_tier_two() {
        assert_eq!(
            shares(&print(), "0", "100"),
            [(1, "100".into(), "0.1".into())]
        );
        assert_eq!(
            shares(&print(), "0", "100.001"),
            [
                (1, "100".into(), "0.1".into()),
                (2, "0.001".into(), "0.05".into())
            ]
        );
    }

    #[test]
    fn units_billed_before_in_the_period_count_towards_the_tiers() {
        assert_eq!(
            shares(&print(), "90", "20"),
            [
                (1, "10".into(), "0.1".into()),
                (2, "10".into(), "0.05".into())
            ]
        );
        assert_eq!(
            shares(&print(), "120", "5"),
            [(2, "5".into(), "0.05".into())]
        );
    }

    #[test]
    fn continuous_bounds_are_accepted_too() {
        let tiers = Tiers::parse("--tier", &["0-10:1", "10-:0.5"]).unwrap();
        assert_eq!(
            shares(&tiers, "0", "12"),
            [(1, "10".into(), "1".into()), (2, "2".into(), "0.5".into())]
        );
    }

    #[test]
    fn the_stored_text_reads_back_as_the_same_tiers() {
        let tiers = Tiers::parse("--tier", &["1-100:0.10", "101-500:0.07", "501-:0.05"]).unwrap();
        assert_eq!(tiers.text(), "1-100:0.1;101-500:0.07;501-:0.05");
        assert_eq!(Tiers::from_text(&tiers.text()).unwrap(), tiers);
    }

    #[test]
    fn bad_tiers_are_named() {
        let err = |specs: &[&str]| Tiers::parse("--tier", specs).unwrap_err().to_string();
        assert_eq!(
            err(&["0-100:0.10"]),
            "--tier: the last tier \"0-100\" must be open (e.g. 101-:RATE) so that every unit has a rate"
        );
        assert_eq!(
            err(&["0-100:0.10", "150-:0.05"]),
            "--tier: \"150-:0.05\" must start at 101 (right after \"0-100\")"
        );
        assert_eq!(
            err(&["0-:0.10", "101-:0.05"]),
            "--tier: \"101-:0.05\" follows the open tier \"0-\"; only the last tier is open"
        );
        assert_eq!(
            err(&["0-100"]),
            "--tier: \"0-100\" is not FROM-[TO]:RATE (e.g. 0-100:0.10 or 101-:0.05)"
        );
        assert_eq!(
            err(&["0-100:-1", "101-:0"]),
            "--tier 0-100:-1: RATE: \"-1\" must not be negative"
        );
        assert_eq!(
            err(&["5-100:1", "101-:0"]),
            "--tier: \"5-100:1\": the first tier starts at 0 or 1, not 5"
        );
        assert_eq!(
            err(&["0-100:1", "101-50:1", "51-:0"]),
            "--tier: \"101-50:1\" ends before it starts"
        );
    }

    fn tiers_strategy() -> impl Strategy<Value = Tiers> {
        (
            prop::collection::vec((1u32..500, 0u32..100_000), 0..4),
            0u32..100_000,
        )
            .prop_map(|(bands, last_rate)| {
                let mut specs = Vec::new();
                let mut lower = 0u32;
                for (width, rate) in bands {
                    let upper = lower + width;
                    let from = if lower == 0 { 0 } else { lower + 1 };
                    specs.push(format!("{from}-{upper}:{}", Decimal::new(rate.into(), 4)));
                    lower = upper;
                }
                specs.push(format!(
                    "{}-:{}",
                    lower + 1,
                    Decimal::new(last_rate.into(), 4)
                ));
                Tiers::parse("--tier", &specs).unwrap()
            })
    }

    proptest! {
        #[test]
        fn with_one_tier_the_sum_is_the_unit_price_times_the_quantity(
            rate in 0u32..1_000_000, qty in 0u32..10_000_000, already in 0u32..1000,
        ) {
            let rate = Decimal::new(rate.into(), 4);
            let qty = Decimal::new(qty.into(), 3);
            let tiers = Tiers::parse("--tier", &[format!("0-:{rate}")]).unwrap();
            let total: Decimal = tiers
                .split(Decimal::from(already), qty)
                .iter()
                .map(|s| s.qty * s.rate)
                .sum();
            prop_assert_eq!(total, rate * qty);
        }

        #[test]
        fn the_shares_hold_every_unit_once_each_within_its_band(
            tiers in tiers_strategy(), qty in 0u32..2_000_000, already in 0u32..2_000_000,
        ) {
            let (qty, already) = (Decimal::new(qty.into(), 3), Decimal::new(already.into(), 3));
            let shares = tiers.split(already, qty);
            prop_assert_eq!(shares.iter().map(|s| s.qty).sum::<Decimal>(), qty);
            let mut lower = Decimal::ZERO;
            for (tier_index, tier) in tiers.tiers().iter().enumerate() {
                if let Some(share) = shares.iter().find(|s| s.number == tier_index + 1) {
                    prop_assert!(share.qty > Decimal::ZERO);
                    prop_assert_eq!(share.rate, tier.rate);
                    if let Some(up_to) = tier.up_to {
                        prop_assert!(share.qty <= up_to - lower);
                    }
                }
                lower = tier.up_to.unwrap_or(lower);
            }
        }

        #[test]
        fn billing_a_period_in_two_parts_bills_what_billing_it_at_once_does(
            tiers in tiers_strategy(), first in 0u32..1_000_000, second in 0u32..1_000_000,
        ) {
            let (first, second) = (Decimal::new(first.into(), 3), Decimal::new(second.into(), 3));
            let amount = |shares: Vec<TierShare>| shares.iter().map(|s| s.qty * s.rate).sum::<Decimal>();
            let parts = amount(tiers.split(Decimal::ZERO, first)) + amount(tiers.split(first, second));
            prop_assert_eq!(parts, amount(tiers.split(Decimal::ZERO, first + second)));
        }
    }
}
