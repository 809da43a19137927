//! Legal document numbers: a pattern such as `INV-{YYYY}-{#####}` rendered per issue date.
//!
//! The counter runs per rendered prefix (so `{YYYY}` restarts numbering each year) and is
//! incremented in the same transaction that issues the document, which keeps it gapless.

use chrono::{Datelike, NaiveDate};

use crate::error::Error;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    before: String,
    width: usize,
    after: String,
}

impl Series {
    /// Parses a pattern holding exactly one counter `{#…}` (its width is the number of `#`)
    /// and optionally `{YYYY}`, `{YY}`, `{MM}`.
    pub fn parse(field: &str, pattern: &str) -> Result<Series, Error> {
        let open = pattern.find("{#").ok_or_else(|| {
            Error::invalid(
                field,
                format!("{pattern:?} has no counter such as {{#####}}"),
            )
        })?;
        let close = pattern[open..]
            .find('}')
            .map(|i| open + i)
            .ok_or_else(|| Error::invalid(field, format!("{pattern:?} has an unclosed counter")))?;
        let hashes = &pattern[open + 1..close];
        if hashes.is_empty() || !hashes.bytes().all(|b| b == b'#') || hashes.len() > 12 {
            return Err(Error::invalid(
                field,
                format!("{pattern:?}: the counter must be 1 to 12 '#'"),
            ));
        }
        let series = Series {
            before: pattern[..open].to_string(),
            width: hashes.len(),
            after: pattern[close + 1..].to_string(),
        };
        if series.after.contains("{#") {
            return Err(Error::invalid(
                field,
                format!("{pattern:?} has more than one counter"),
            ));
        }
        let probe = format!("{}{}", series.before, series.after)
            .replace("{YYYY}", "")
            .replace("{YY}", "")
            .replace("{MM}", "");
        if probe.contains('{') || probe.contains('}') {
            return Err(Error::invalid(
                field,
                format!("{pattern:?}: only {{YYYY}}, {{YY}}, {{MM}} and {{#…}} are understood"),
            ));
        }
        Ok(series)
    }

    /// The counter key for a document issued on `date`: the pattern with dates filled in.
    pub fn key(&self, date: NaiveDate) -> String {
        format!(
            "{}{{#}}{}",
            fill_dates(&self.before, date),
            fill_dates(&self.after, date)
        )
    }

    /// The number for counter value `seq` on `date`.
    pub fn render(&self, date: NaiveDate, seq: u64) -> String {
        format!(
            "{}{:0width$}{}",
            fill_dates(&self.before, date),
            seq,
            fill_dates(&self.after, date),
            width = self.width
        )
    }
}

fn fill_dates(text: &str, date: NaiveDate) -> String {
    text.replace("{YYYY}", &format!("{:04}", date.year()))
        .replace("{YY}", &format!("{:02}", date.year() % 100))
        .replace("{MM}", &format!("{:02}", date.month()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_default_pattern() {
        let s = Series::parse("invoice.series", "INV-{YYYY}-{#####}").unwrap();
        let d: NaiveDate = "2026-03-01".parse().unwrap();
        assert_eq!(s.render(d, 7), "INV-2026-00007");
        assert_eq!(s.key(d), "INV-2026-{#}");
    }

    #[test]
    fn the_counter_restarts_with_the_year_only_when_the_year_is_in_the_pattern() {
        let yearly = Series::parse("s", "F{YY}{MM}-{###}").unwrap();
        let plain = Series::parse("s", "F-{####}").unwrap();
        let a: NaiveDate = "2026-12-31".parse().unwrap();
        let b: NaiveDate = "2027-01-01".parse().unwrap();
        assert_ne!(yearly.key(a), yearly.key(b));
        assert_eq!(plain.key(a), plain.key(b));
        assert_eq!(yearly.render(b, 1), "F2701-001");
    }

    #[test]
    fn malformed_patterns_are_refused() {
        for bad in ["INV", "INV-{#", "INV-{#x#}", "{#}{#}", "INV-{DD}-{##}"] {
            assert!(Series::parse("s", bad).is_err(), "{bad}");
        }
    }
}
