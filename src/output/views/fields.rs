//! How the views write the values they share: dates `YYYY-MM-DD`, and company-local
//! datetimes with their offset.

/// A date as `YYYY-MM-DD`, missing as `null`.
pub fn date(d: Option<chrono::NaiveDate>) -> Option<String> {
    d.map(|d| d.to_string())
}

/// A company-local datetime as RFC 3339 with the zone's offset that day. A wall-clock
/// time that does not exist in the zone (never stored: bookings refuse it) is shown bare.
pub fn local_rfc3339(at: chrono::NaiveDateTime, tz: chrono_tz::Tz) -> String {
    crate::domain::local_time::local_to_utc(at, tz).map_or_else(
        || at.format("%Y-%m-%dT%H:%M:%S").to_string(),
        |instant| {
            instant
                .with_timezone(&tz)
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
        },
    )
}
