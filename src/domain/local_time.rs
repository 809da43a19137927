//! Wall-clock times in the company's time zone, and the instants they name. Pure: the zone
//! and the time are arguments; reading the clock is the clock module's alone.

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

/// A wall-clock time in `tz` as an instant; the earlier one when the clock goes back.
pub fn local_to_utc(local: NaiveDateTime, tz: Tz) -> Option<DateTime<Utc>> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(earlier, _) => Some(earlier.with_timezone(&Utc)),
        LocalResult::None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").unwrap()
    }

    #[test]
    fn a_time_the_clocks_skip_names_no_instant_and_a_repeated_one_the_earlier() {
        let paris = chrono_tz::Europe::Paris;
        assert_eq!(local_to_utc(local("2026-03-29T02:30"), paris), None);
        assert_eq!(
            local_to_utc(local("2026-10-25T02:30"), paris)
                .unwrap()
                .to_rfc3339(),
            "2026-10-25T00:30:00+00:00"
        );
        assert_eq!(
            local_to_utc(local("2026-01-15T10:00"), paris)
                .unwrap()
                .to_rfc3339(),
            "2026-01-15T09:00:00+00:00"
        );
    }
}
