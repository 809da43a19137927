//! The months a report covers, as `--from` and `--to` give them.

use chrono::NaiveDate;

use crate::error::Result;
use crate::ops::reports::parse_month;

/// `--from` and `--to` (each `YYYY-MM`, when given) as the first days of their months.
pub fn parse(
    from: Option<&str>,
    to: Option<&str>,
) -> Result<(Option<NaiveDate>, Option<NaiveDate>)> {
    let from = from.map(|m| parse_month("--from", m)).transpose()?;
    let to = to.map(|m| parse_month("--to", m)).transpose()?;
    Ok((from, to))
}
