//! The one place that reads the wall clock, and the parsing of `--now` / `SUBS_NOW`.
//!
//! Everything else receives "now" as an argument, so every behaviour that depends on time
//! can be tested by pinning it.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;

use crate::domain::local_time::local_to_utc;
use crate::domain::values::check_date_range;
use crate::error::Error;

/// A resolved "now": the instant, and the company time zone that turns it into a date.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    pub now: DateTime<Utc>,
    pub tz: Tz,
}

impl Clock {
    /// `spec` is the value of `--now` / `SUBS_NOW`, if any; without it, the system clock.
    /// Either way, today must be within the years 1900 to 2199 (DESIGN §1).
    pub fn resolve(spec: Option<&str>, tz: Tz) -> Result<Clock, Error> {
        let now = match spec {
            Some(text) => parse_moment(text, tz)?,
            None => Utc::now(),
        };
        let clock = Clock { now, tz };
        let field = if spec.is_some() {
            "--now"
        } else {
            "the system clock"
        };
        check_date_range(field, clock.today())?;
        Ok(clock)
    }

    /// Today's date in the company time zone.
    pub fn today(&self) -> NaiveDate {
        self.now.with_timezone(&self.tz).date_naive()
    }

    /// The instant as RFC 3339 in the company time zone, second precision.
    pub fn rfc3339(&self) -> String {
        self.now
            .with_timezone(&self.tz)
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
    }
}

/// Parses `2026-01-31` (midnight company time), `2026-01-31T10:00:00` (company time) or an
/// RFC 3339 instant.
pub fn parse_moment(text: &str, tz: Tz) -> Result<DateTime<Utc>, Error> {
    let text = text.trim();
    if let Ok(instant) = DateTime::parse_from_rfc3339(text) {
        return Ok(instant.with_timezone(&Utc));
    }
    let local = if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        date.and_time(NaiveTime::MIN)
    } else if let Ok(local) = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S") {
        local
    } else if let Ok(local) = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M") {
        local
    } else {
        return Err(Error::invalid(
            "--now",
            format!(
                "{text:?} is not a date or datetime (expected 2026-01-31, 2026-01-31T10:00:00 or RFC 3339)"
            ),
        ));
    };
    local_to_utc(local, tz).ok_or_else(|| {
        Error::invalid(
            "--now",
            format!("{text:?} does not exist in time zone {tz}"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_date_is_midnight_company_time() {
        let clock = Clock::resolve(Some("2026-01-31"), chrono_tz::Europe::Paris).unwrap();
        assert_eq!(clock.now.to_rfc3339(), "2026-01-30T23:00:00+00:00");
        assert_eq!(clock.today().to_string(), "2026-01-31");
    }

    #[test]
    fn an_rfc3339_instant_is_taken_as_is_and_dated_in_the_company_zone() {
        let clock = Clock::resolve(Some("2026-01-31T23:30:00Z"), chrono_tz::Europe::Paris).unwrap();
        assert_eq!(clock.today().to_string(), "2026-02-01");
    }

    #[test]
    fn garbage_is_refused_naming_the_option() {
        let err = parse_moment("yesterday", chrono_tz::Europe::Paris).unwrap_err();
        assert!(err.to_string().starts_with("--now:"));
        assert!(parse_moment("2026-02-30", chrono_tz::Europe::Paris).is_err());
    }

    #[test]
    fn today_must_be_within_the_years_1900_to_2199() {
        let paris = chrono_tz::Europe::Paris;
        for outside in ["+99999-01-01", "0000-01-01", "1899-12-31", "2200-01-01"] {
            let err = Clock::resolve(Some(outside), paris)
                .unwrap_err()
                .to_string();
            assert!(err.starts_with("--now: "), "{outside}: {err}");
            assert!(err.contains("outside the years 1900 to 2199"), "{err}");
        }
        // 23:30 UTC on the last day is already the next year in Paris.
        assert!(Clock::resolve(Some("2199-12-31T23:30:00Z"), paris).is_err());
        assert!(Clock::resolve(Some("2199-12-31T22:30:00Z"), paris).is_ok());
        assert!(Clock::resolve(Some("1900-01-01"), paris).is_ok());
    }
}
