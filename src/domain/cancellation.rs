//! What a cancellation corrects on periods already invoiced (DESIGN §7).
//!
//! The rule, whatever the billing mode and however late the cancellation is recorded: net
//! of credit notes, a period is billed in full if it ends on or before the last day of
//! service C, at `rate × factor` (with proration) or in full (without) if it contains C, and
//! not at all if it starts after C. A line billed above that target gets a credit of
//! exactly the difference, so the prorated piece and the credit always sum to the original.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::billing::Factor;
use crate::domain::invoice::{NewLine, line_amount};
use crate::domain::money::{OutOfRange, from_minor};
use crate::domain::period::Period;
use crate::error::Error;

/// Where a cancellation cuts: the last day of service, and whether the period holding it
/// is prorated to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cut {
    pub last_day: NaiveDate,
    pub prorate: bool,
}

/// A period line already invoiced for the subscription.
#[derive(Debug, Clone, PartialEq)]
pub struct BilledLine {
    pub line_id: i64,
    pub invoice_id: i64,
    pub qty: Decimal,
    pub rate: Decimal,
    /// The days this line billed.
    pub served: Period,
    /// Days in the full period: the denominator of proration.
    pub period_days: i64,
    /// The line's net, minor units.
    pub net: i64,
    /// What credit notes already took off this line (a positive amount).
    pub credited: i64,
    /// Days of `served` the line no longer serves whatever the cut: paused, or after a
    /// change ended the line (see `domain::pause`).
    pub gaps: Vec<Period>,
}

/// A credit to issue against one line.
#[derive(Debug, Clone, PartialEq)]
pub struct LineCredit {
    pub line_id: i64,
    pub invoice_id: i64,
    /// The days no longer served.
    pub period: Period,
    pub days: i64,
    pub period_days: i64,
    /// Exact value of what is credited: the line's remaining net minus its exact target.
    pub unrounded: Decimal,
    /// The amount to credit, minor units: positive, or negative for a discount line.
    pub amount: i64,
}

/// The credits that bring every billed line down to its target after a cancellation on
/// `cancel_on` (the last day of service).
pub fn plan_credits(
    lines: &[BilledLine],
    cancel_on: NaiveDate,
    prorate: bool,
    digits: u32,
) -> Result<Vec<LineCredit>, OutOfRange> {
    let mut credits = Vec::new();
    for line in lines {
        if let Some(credit) = credit_for(line, cancel_on, prorate, digits)? {
            credits.push(credit);
        }
    }
    Ok(credits)
}

fn credit_for(
    line: &BilledLine,
    cancel_on: NaiveDate,
    prorate: bool,
    digits: u32,
) -> Result<Option<LineCredit>, OutOfRange> {
    // The days kept: through C when the line holds C and is prorated, none when it starts
    // after C, else all of them; the gaps (pauses, changes) are never kept.
    let kept_through = if line.served.start > cancel_on {
        None
    } else if line.served.end > cancel_on && prorate {
        Some(cancel_on)
    } else {
        Some(line.served.end)
    };
    let kept = kept_through.map_or(Vec::new(), |end| {
        let range = Period {
            start: line.served.start,
            end,
        };
        let mut segments = vec![range];
        for gap in &line.gaps {
            segments = segments
                .into_iter()
                .flat_map(|s| {
                    crate::domain::pause::served_segments(s, Default::default(), &[gap_pause(*gap)])
                })
                .collect();
        }
        segments
    });
    // The days this cut gives up: those after C (the whole line when it starts after C).
    let fresh = match kept_through {
        None => Some(line.served),
        Some(end) if end < line.served.end => end.succ_opt().map(|start| Period {
            start,
            end: line.served.end,
        }),
        Some(_) => None,
    };
    credit_down_to(line, &kept, fresh, digits)
}

fn gap_pause(gap: Period) -> crate::domain::pause::Pause {
    crate::domain::pause::Pause {
        id: 0,
        from: gap.start,
        until: Some(gap.end),
    }
}

/// The credit that brings one billed line down to the days it keeps (`kept`, segments of
/// its served days): what remains of its net minus `rate × kept days / period days`,
/// rounded once, so the line net of its credits is exactly that target. `None` when the
/// line keeps all its days or nothing is left to credit. `fresh`, when known, is where the
/// days given up now lie (days given up before, already credited, are outside it): the
/// credit note's line names those days.
pub fn credit_down_to(
    line: &BilledLine,
    kept: &[Period],
    fresh: Option<Period>,
    digits: u32,
) -> Result<Option<LineCredit>, OutOfRange> {
    let kept_days = crate::domain::pause::days_in(kept);
    if kept_days >= line.served.days() {
        return Ok(None);
    }
    let remaining = line.net - line.credited;
    let remaining_exact = from_minor(remaining, digits);
    let target = line_amount(
        line.qty,
        line.rate,
        Factor {
            days: kept_days,
            period_days: line.period_days,
        },
        digits,
    )?;
    let amount = remaining - target.net;
    // A discount line (negative) is corrected towards its target too: its credit is
    // negative, i.e. the credit note gives back part of the discount.
    if amount == 0 || amount.signum() != line.net.signum() {
        return Ok(None);
    }
    // The days given up, from the first to the last one not kept.
    let unkept: Vec<Period> = kept.iter().fold(vec![line.served], |left, k| {
        left.into_iter()
            .flat_map(|s| {
                crate::domain::pause::served_segments(s, Default::default(), &[gap_pause(*k)])
            })
            .collect()
    });
    let unkept: Vec<Period> = match fresh {
        Some(fresh) => unkept
            .iter()
            .filter_map(|u| crate::domain::pause::intersect(*u, fresh))
            .collect(),
        None => unkept,
    };
    let Some(period) = crate::domain::period::span(unkept.iter().copied()) else {
        return Ok(None);
    };
    Ok(Some(LineCredit {
        line_id: line.line_id,
        invoice_id: line.invoice_id,
        period,
        days: crate::domain::pause::days_in(&unkept),
        period_days: line.period_days,
        unrounded: remaining_exact - target.unrounded,
        amount,
    }))
}

/// The lines of a draft or an order not issued yet, trimmed to a cancellation on `last_day`:
/// lines of periods after it are dropped, and the line of the period holding it is
/// prorated to it when asked. Returns the lines kept and whether anything changed.
pub fn trim_lines(
    lines: Vec<NewLine>,
    cut: Cut,
    digits: u32,
) -> Result<(Vec<NewLine>, bool), Error> {
    let Cut { last_day, prorate } = cut;
    let mut touched = false;
    let mut kept = Vec::new();
    for mut line in lines {
        match line.period {
            Some(p) if p.start > last_day => {
                touched = true;
                continue;
            }
            Some(p) if p.end > last_day && prorate => {
                let factor = Factor {
                    days: (last_day - p.start).num_days() + 1,
                    period_days: line.factor.period_days,
                };
                line.period = Some(Period {
                    start: p.start,
                    end: last_day,
                });
                line.factor = factor;
                line.amount = line_amount(line.qty, line.rate, factor, digits)
                    .map_err(|e| e.at(format!("line {}", line.item)))?;
                touched = true;
            }
            _ => {}
        }
        kept.push(line);
    }
    Ok((kept, touched))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn march(net: i64, credited: i64) -> BilledLine {
        BilledLine {
            line_id: 1,
            invoice_id: 1,
            qty: Decimal::ONE,
            rate: Decimal::new(net, 2),
            served: Period {
                start: date("2023-03-01"),
                end: date("2023-03-31"),
            },
            period_days: 31,
            net,
            credited,
            gaps: Vec::new(),
        }
    }

    fn cut(last_day: &str, prorate: bool) -> Cut {
        Cut {
            last_day: date(last_day),
            prorate,
        }
    }

    /// A whole period's line: its factor keeps the period's days, as billing writes it.
    fn line_of(start: &str, end: &str, net: i64) -> NewLine {
        let days = (date(end) - date(start)).num_days() + 1;
        NewLine {
            item: "DESK".into(),
            description: "Desk".into(),
            qty: Decimal::ONE,
            uom: "month".into(),
            rate: Decimal::new(net, 2),
            factor: Factor {
                days,
                period_days: days,
            },
            amount: crate::domain::invoice::LineAmount {
                unrounded: Decimal::new(net, 2),
                net,
            },
            vat_rate: Decimal::from(20),
            period: Some(Period {
                start: date(start),
                end: date(end),
            }),
            price_source: "fixed".into(),
            subscription_line: Some(1),
            credits_line: None,
        }
    }

    #[test]
    fn trimming_drops_later_periods_and_prorates_the_one_holding_the_last_day() {
        let lines = vec![
            line_of("2023-02-01", "2023-02-28", 2800),
            line_of("2023-03-01", "2023-03-31", 3100),
            line_of("2023-04-01", "2023-04-30", 3000),
        ];
        let (kept, touched) = trim_lines(lines.clone(), cut("2023-03-10", true), 2).unwrap();
        assert!(touched);
        assert_eq!(kept.len(), 2);
        assert_eq!(kept[0], lines[0]);
        assert_eq!(
            kept[1].period,
            Some(Period {
                start: date("2023-03-01"),
                end: date("2023-03-10")
            })
        );
        assert_eq!((kept[1].factor.days, kept[1].factor.period_days), (10, 31));
        assert_eq!(kept[1].amount.net, 1000);
        // Without proration the period holding the last day stays whole.
        let (kept, _) = trim_lines(lines.clone(), cut("2023-03-10", false), 2).unwrap();
        assert_eq!(kept, lines[..2]);
    }

    #[test]
    fn trimming_lines_that_end_before_the_last_day_changes_nothing() {
        let lines = vec![line_of("2023-02-01", "2023-02-28", 2800)];
        assert_eq!(
            trim_lines(lines.clone(), cut("2023-03-10", true), 2).unwrap(),
            (lines, false)
        );
    }

    #[test]
    fn a_discount_line_gives_back_its_unserved_share() {
        // 310.00 less a 20 % coupon (-62.00), cancelled on 03-10: 210.00 credited on the
        // desk, 42.00 of the discount given back; 80.00 stays billed (248 × 10/31).
        let discount = BilledLine {
            line_id: 2,
            ..march(-6200, 0)
        };
        let credits =
            plan_credits(&[march(31000, 0), discount], date("2023-03-10"), true, 2).unwrap();
        let amounts: Vec<i64> = credits.iter().map(|c| c.amount).collect();
        assert_eq!(amounts, vec![21000, -4200]);
        assert_eq!(31000 - 6200 - amounts.iter().sum::<i64>(), 8000);
    }

    #[test]
    fn an_over_credited_line_is_not_billed_again() {
        // A positive line credited beyond its target gets no negative credit.
        let credits = plan_credits(&[march(31000, 25000)], date("2023-03-10"), true, 2).unwrap();
        assert!(credits.is_empty());
    }

    #[test]
    fn design_example_credits_210_of_310_for_ten_days_served() {
        let credits = plan_credits(&[march(31000, 0)], date("2023-03-10"), true, 2).unwrap();
        assert_eq!(credits.len(), 1);
        assert_eq!(credits[0].amount, 21000);
        assert_eq!(
            credits[0].period,
            Period {
                start: date("2023-03-11"),
                end: date("2023-03-31")
            }
        );
        assert_eq!((credits[0].days, credits[0].period_days), (21, 31));
    }

    #[test]
    fn without_proration_the_period_holding_c_stays_whole() {
        assert!(
            plan_credits(&[march(31000, 0)], date("2023-03-10"), false, 2)
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn a_period_starting_after_c_is_credited_in_full_with_or_without_proration() {
        for prorate in [true, false] {
            let credits = plan_credits(&[march(31000, 0)], date("2023-02-28"), prorate, 2).unwrap();
            assert_eq!(credits[0].amount, 31000);
            assert_eq!(credits[0].days, 31);
        }
    }

    #[test]
    fn cancelling_on_the_last_day_credits_nothing_and_on_the_first_day_keeps_one_day() {
        assert!(
            plan_credits(&[march(31000, 0)], date("2023-03-31"), true, 2)
                .unwrap()
                .is_empty()
        );
        let credits = plan_credits(&[march(31000, 0)], date("2023-03-01"), true, 2).unwrap();
        assert_eq!(credits[0].amount, 31000 - 1000);
    }

    #[test]
    fn what_was_already_credited_is_not_credited_again() {
        assert!(
            plan_credits(&[march(31000, 31000)], date("2023-02-01"), true, 2)
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            plan_credits(&[march(31000, 21000)], date("2023-02-01"), true, 2).unwrap()[0].amount,
            10000
        );
    }

    proptest! {
        #[test]
        fn prorated_plus_credited_equals_the_original_for_every_day(
            rate_cents in 1i64..10_000_000, qty in 1i64..5, day in 0i64..31,
        ) {
            let rate = Decimal::new(rate_cents, 2);
            let qty = Decimal::from(qty);
            let full = line_amount(qty, rate, Factor::FULL, 2).unwrap().net;
            let line = BilledLine { qty, rate, net: full, ..march(full, 0) };
            let cancel_on = date("2023-03-01") + chrono::Duration::days(day);
            let kept = line_amount(qty, rate, Factor { days: day + 1, period_days: 31 }, 2).unwrap().net;
            let credited: i64 = plan_credits(&[line], cancel_on, true, 2).unwrap().iter().map(|c| c.amount).sum();
            prop_assert_eq!(kept + credited, full);
        }
    }
}
