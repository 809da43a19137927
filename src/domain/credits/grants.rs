//! When subscription rules grant credits: their recurrence and the occurrences it gives.

use chrono::NaiveDate;

use crate::domain::period::{Cadence, Interval, IntervalUnit};
use crate::error::Error;

use super::types::*;

/// How often a subscription rule grants credits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recurrence {
    /// Once, on the subscription's first billed day.
    Once,
    /// Once per billed period, on the period's first day.
    EveryPeriod,
    /// Every day, week or month from the anchor, whatever the billing interval.
    Every(IntervalUnit),
}

impl Recurrence {
    pub fn as_str(self) -> &'static str {
        match self {
            Recurrence::Once => "once",
            Recurrence::EveryPeriod => "period",
            Recurrence::Every(unit) => unit.as_str(),
        }
    }

    /// `once`, `period`, `day`, `week` or `month`.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "once" => Some(Recurrence::Once),
            "period" => Some(Recurrence::EveryPeriod),
            "day" => Some(Recurrence::Every(IntervalUnit::Day)),
            "week" => Some(Recurrence::Every(IntervalUnit::Week)),
            "month" => Some(Recurrence::Every(IntervalUnit::Month)),
            _ => None,
        }
    }
}

/// One grant a rule owes: `key` is unique among the rule's occurrences, so storing it
/// under a unique constraint grants each occurrence at most once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    /// `"once"`, or the occurrence's first day as `YYYY-MM-DD`.
    pub key: String,
    /// The day the granted lot starts.
    pub starts: NaiveDate,
}

impl Occurrence {
    fn on(starts: NaiveDate) -> Self {
        Occurrence {
            key: starts.format("%Y-%m-%d").to_string(),
            starts,
        }
    }
}

/// Every occurrence of a grant rule from `anchor` through `through` (inclusive), none
/// starting after `end` (the subscription's last day of service), oldest first.
///
/// `billed_periods` (start, end) are the subscription's billed periods, used by
/// [`Recurrence::EveryPeriod`] only. Day, week and month occurrences are laid out from the
/// anchor by [`Cadence`], never chained, so a rule anchored on the 31st grants on the
/// last day of shorter months and on the 31st again after them.
pub fn grant_occurrences(
    recurrence: Recurrence,
    anchor: NaiveDate,
    billed_periods: &[(NaiveDate, NaiveDate)],
    through: NaiveDate,
    end: Option<NaiveDate>,
) -> Vec<Occurrence> {
    let last = end.map_or(through, |end| end.min(through));
    match recurrence {
        Recurrence::Once if anchor <= last => vec![Occurrence {
            key: "once".to_string(),
            starts: anchor,
        }],
        Recurrence::Once => Vec::new(),
        Recurrence::EveryPeriod => period_occurrences(billed_periods, anchor, last),
        Recurrence::Every(unit) => scheduled_occurrences(unit, anchor, last),
    }
}

fn period_occurrences(
    billed_periods: &[(NaiveDate, NaiveDate)],
    anchor: NaiveDate,
    last: NaiveDate,
) -> Vec<Occurrence> {
    let mut starts: Vec<NaiveDate> = billed_periods
        .iter()
        .map(|&(start, _)| start)
        .filter(|start| anchor <= *start && *start <= last)
        .collect();
    starts.sort();
    starts.dedup();
    starts.into_iter().map(Occurrence::on).collect()
}

fn scheduled_occurrences(
    unit: IntervalUnit,
    anchor: NaiveDate,
    last: NaiveDate,
) -> Vec<Occurrence> {
    let cadence = Cadence::new(anchor, Interval { unit, every: 1 });
    (0u64..)
        .map_while(|index| cadence.period_start(index))
        .take_while(|starts| *starts <= last)
        .map(Occurrence::on)
        .collect()
}

/// The first day after `after` on which a rule owes a grant, none after `end`.
///
/// `billed_periods` must hold the period that starts after `after`, if the subscription
/// has one ([`Recurrence::EveryPeriod`] only). `tick` stores this day on the rule, so it
/// reads a rule again only when something is owed.
pub fn next_occurrence(
    recurrence: Recurrence,
    anchor: NaiveDate,
    billed_periods: &[(NaiveDate, NaiveDate)],
    after: NaiveDate,
    end: Option<NaiveDate>,
) -> Option<NaiveDate> {
    let next = match recurrence {
        Recurrence::Once => Some(anchor).filter(|day| *day > after),
        Recurrence::EveryPeriod => billed_periods
            .iter()
            .map(|&(start, _)| start)
            .filter(|start| *start > after && *start >= anchor)
            .min(),
        Recurrence::Every(unit) => {
            let cadence = Cadence::new(anchor, Interval { unit, every: 1 });
            match cadence.index_containing(after) {
                None => Some(anchor),
                Some(index) => cadence.period_start(index + 1),
            }
        }
    };
    next.filter(|day| end.is_none_or(|end| *day <= end))
}

/// A `--credits TYPE:QTY:RECURRENCE[:VALIDITY_DAYS]` rule as typed; the quantity stays
/// text until the type (whole or not) is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSpec {
    pub credit_type: String,
    pub quantity: String,
    pub recurrence: Recurrence,
    pub validity_days: Option<u32>,
}

/// Parses `HALF:4:month`, `HALF:4:month:30`, `PASS:10:once`.
pub fn parse_rule_spec(field: &str, text: &str) -> Result<RuleSpec, Error> {
    let parts: Vec<&str> = text.split(':').collect();
    let (credit_type, quantity, recurrence, validity) = match parts.as_slice() {
        [t, q, r] => (*t, *q, *r, None),
        [t, q, r, v] => (*t, *q, *r, Some(*v)),
        _ => {
            return Err(Error::invalid(
                field,
                format!(
                    "{text:?} is not TYPE:QTY:RECURRENCE[:VALIDITY_DAYS] (like HALF:4:month:30)"
                ),
            ));
        }
    };
    let named = format!("{field} {text}");
    crate::domain::values::check_code(&named, credit_type)?;
    let recurrence = Recurrence::parse(recurrence).ok_or_else(|| {
        Error::invalid(
            &named,
            format!("{recurrence:?} is not a recurrence (once, period, day, week or month)"),
        )
    })?;
    Ok(RuleSpec {
        credit_type: credit_type.to_string(),
        quantity: quantity.to_string(),
        recurrence,
        validity_days: validity
            .map(|v| parse_validity_days(&format!("{named}: validity"), v))
            .transpose()?,
    })
}

/// A subscription's rule granting credits, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditRule {
    pub id: i64,
    pub subscription: String,
    pub credit_type: String,
    /// Milli-credits per occurrence.
    pub quantity: i64,
    pub recurrence: Recurrence,
    /// Days each granted lot lasts; `None`: the type's validity.
    pub validity_days: Option<u32>,
    /// The next day an occurrence is owed; `None` when no more are.
    pub next_grant_on: Option<NaiveDate>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::credits::fixtures::*;
    use crate::domain::credits::*;
    use crate::domain::period::IntervalUnit;

    use crate::error::ExitKind;

    #[test]
    fn monthly_grants_from_the_31st_do_not_drift() {
        let grants = grant_occurrences(
            Recurrence::Every(IntervalUnit::Month),
            date("2026-01-31"),
            &[],
            date("2026-05-31"),
            None,
        );
        assert_eq!(
            keys(&grants),
            [
                "2026-01-31",
                "2026-02-28",
                "2026-03-31",
                "2026-04-30",
                "2026-05-31"
            ]
        );
        assert_eq!(grants[1].starts, date("2026-02-28"));
    }

    #[test]
    fn weekly_grants_step_seven_days() {
        let grants = grant_occurrences(
            Recurrence::Every(IntervalUnit::Week),
            date("2026-01-05"),
            &[],
            date("2026-01-25"),
            None,
        );
        assert_eq!(keys(&grants), ["2026-01-05", "2026-01-12", "2026-01-19"]);
    }

    #[test]
    fn daily_grants_include_the_through_day() {
        let grants = grant_occurrences(
            Recurrence::Every(IntervalUnit::Day),
            date("2026-02-27"),
            &[],
            date("2026-03-01"),
            None,
        );
        assert_eq!(keys(&grants), ["2026-02-27", "2026-02-28", "2026-03-01"]);
    }

    #[test]
    fn a_once_grant_happens_on_the_anchor_only() {
        let grants = grant_occurrences(
            Recurrence::Once,
            date("2026-01-10"),
            &[],
            date("2026-12-31"),
            None,
        );
        assert_eq!(
            grants,
            vec![Occurrence {
                key: "once".into(),
                starts: date("2026-01-10")
            }]
        );
        assert!(
            grant_occurrences(
                Recurrence::Once,
                date("2026-01-10"),
                &[],
                date("2026-01-09"),
                None
            )
            .is_empty()
        );
    }

    #[test]
    fn per_period_grants_follow_the_billed_periods() {
        let periods = [
            (date("2026-02-28"), date("2026-03-30")),
            (date("2026-01-31"), date("2026-02-27")),
            (date("2026-03-31"), date("2026-04-29")),
        ];
        let grants = grant_occurrences(
            Recurrence::EveryPeriod,
            date("2026-01-31"),
            &periods,
            date("2026-03-15"),
            None,
        );
        assert_eq!(keys(&grants), ["2026-01-31", "2026-02-28"]);
    }

    #[test]
    fn no_grant_starts_after_the_end() {
        let end = Some(date("2026-03-10"));
        let monthly = grant_occurrences(
            Recurrence::Every(IntervalUnit::Month),
            date("2026-01-10"),
            &[],
            date("2026-12-31"),
            end,
        );
        assert_eq!(keys(&monthly), ["2026-01-10", "2026-02-10", "2026-03-10"]);
        let periods = [(date("2026-03-11"), date("2026-04-10"))];
        assert!(
            grant_occurrences(
                Recurrence::EveryPeriod,
                date("2026-01-10"),
                &periods,
                date("2026-12-31"),
                end
            )
            .is_empty()
        );
        assert!(
            grant_occurrences(
                Recurrence::Once,
                date("2026-03-11"),
                &[],
                date("2026-12-31"),
                end
            )
            .is_empty()
        );
    }

    #[test]
    fn nothing_is_granted_before_the_anchor() {
        let grants = grant_occurrences(
            Recurrence::Every(IntervalUnit::Day),
            date("2026-02-01"),
            &[],
            date("2026-01-31"),
            None,
        );
        assert!(grants.is_empty());
    }

    #[test]
    fn recurrences_and_ledger_kinds_round_trip_through_text() {
        for text in ["once", "period", "day", "week", "month"] {
            assert_eq!(Recurrence::parse(text).unwrap().as_str(), text);
        }
        assert_eq!(Recurrence::parse("year"), None);
        for kind in LedgerKind::ALL {
            assert_eq!(LedgerKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(LedgerKind::parse("Grant"), None);
    }

    #[test]
    fn the_next_monthly_grant_follows_the_anchor_not_the_last_grant() {
        let next = |after: &str| {
            next_occurrence(
                Recurrence::Every(IntervalUnit::Month),
                date("2026-01-31"),
                &[],
                date(after),
                None,
            )
        };
        assert_eq!(next("2026-01-30"), Some(date("2026-01-31")));
        assert_eq!(next("2026-01-31"), Some(date("2026-02-28")));
        assert_eq!(next("2026-02-28"), Some(date("2026-03-31")));
    }

    #[test]
    fn no_next_grant_after_the_end_or_after_a_once_grant() {
        assert_eq!(
            next_occurrence(
                Recurrence::Every(IntervalUnit::Week),
                date("2026-01-05"),
                &[],
                date("2026-01-05"),
                Some(date("2026-01-11"))
            ),
            None
        );
        assert_eq!(
            next_occurrence(
                Recurrence::Once,
                date("2026-01-05"),
                &[],
                date("2026-01-05"),
                None
            ),
            None
        );
        assert_eq!(
            next_occurrence(
                Recurrence::Once,
                date("2026-01-05"),
                &[],
                date("2026-01-04"),
                None
            ),
            Some(date("2026-01-05"))
        );
    }

    #[test]
    fn the_next_period_grant_is_the_next_period_start() {
        let periods = [
            (date("2026-01-15"), date("2026-02-14")),
            (date("2026-02-15"), date("2026-03-14")),
        ];
        assert_eq!(
            next_occurrence(
                Recurrence::EveryPeriod,
                date("2026-01-15"),
                &periods,
                date("2026-01-20"),
                None
            ),
            Some(date("2026-02-15"))
        );
        assert_eq!(
            next_occurrence(
                Recurrence::EveryPeriod,
                date("2026-01-15"),
                &periods,
                date("2026-02-15"),
                None
            ),
            None
        );
    }

    #[test]
    fn rule_specs_parse_type_quantity_recurrence_and_validity() {
        assert_eq!(
            parse_rule_spec("--credits", "HALF:4:month:30").unwrap(),
            RuleSpec {
                credit_type: "HALF".into(),
                quantity: "4".into(),
                recurrence: Recurrence::Every(IntervalUnit::Month),
                validity_days: Some(30),
            }
        );
        assert_eq!(
            parse_rule_spec("--credits", "PASS:10:once")
                .unwrap()
                .validity_days,
            None
        );
        for bad in [
            "HALF:4",
            "HALF:4:year",
            "HALF:4:month:0",
            "HALF:4:month:x",
            "H F:4:once",
        ] {
            let error = parse_rule_spec("--credits", bad).unwrap_err();
            assert_eq!(error.exit_kind(), ExitKind::BadInput, "{bad}");
            assert!(error.to_string().starts_with("--credits"), "{error}");
        }
    }
}
