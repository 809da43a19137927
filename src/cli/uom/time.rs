//! `--time` and `--count`, shared by `uom add` and `uom edit`.

use clap::Args;

use crate::domain::period::IntervalUnit;
use crate::domain::time_unit::TimeUnit;
use crate::error::Error;

#[derive(Debug, Args)]
pub struct TimeFields {
    /// The span of time the UOM names: day, week, month or year (`none` on edit: not a span
    /// of time); a price in it bills, per period, the period's length in it
    #[arg(long, value_name = "UNIT")]
    pub time: Option<String>,
    /// How many of --time the UOM is (trimestre: --time month --count 3) [default: 1]
    #[arg(long, value_name = "N", requires = "time")]
    pub count: Option<String>,
}

impl TimeFields {
    /// `None`: not given; `Some(None)`: `--time none`.
    pub fn parse(&self) -> Result<Option<Option<TimeUnit>>, Error> {
        let Some(text) = self.time.as_deref() else {
            return Ok(None);
        };
        if text == "none" {
            if self.count.is_some() {
                return Err(Error::invalid(
                    "--count",
                    "needs --time day|week|month|year",
                ));
            }
            return Ok(Some(None));
        }
        let unit = IntervalUnit::parse(text).ok_or_else(|| {
            Error::invalid(
                "--time",
                format!("{text:?} is not day, week, month or year"),
            )
        })?;
        let count = match self.count.as_deref() {
            None => 1,
            Some(c) => c
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=1000).contains(n))
                .ok_or_else(|| {
                    Error::invalid(
                        "--count",
                        format!("{c:?} is not a whole number from 1 to 1000"),
                    )
                })?,
        };
        Ok(Some(Some(TimeUnit::new(unit, count))))
    }
}
