//! The global options, and the small parsers the verbs share: each names the flag it reads
//! in its errors.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::domain::booking::parse_local_datetime;
use crate::domain::money::{DecimalRule, parse_decimal};
use crate::domain::values::parse_date;
use crate::error::Error;
use crate::output::Format;

/// Options accepted before or after any subcommand, listed under their own heading in
/// every `--help` so that a command's own flags stand apart.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// The database file [default: $XDG_DATA_HOME/subs/subs.db]
    #[arg(long, env = "SUBS_DB", global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Machine settings (SMTP, gateway secrets) [default: $XDG_CONFIG_HOME/subs/config.toml]
    #[arg(long, env = "SUBS_CONFIG", global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Pretend it is this moment: 2026-01-31, 2026-01-31T10:00:00 (company time) or RFC 3339
    #[arg(long, env = "SUBS_NOW", global = true, value_name = "DATETIME")]
    pub now: Option<String>,

    /// Output format of the data printed on stdout
    #[arg(long, env = "SUBS_FORMAT", global = true, value_enum, default_value_t = FormatArg::Table)]
    pub format: FormatArg,

    /// Print errors only: no notes or summaries (for cron); data asked for still goes to stdout
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Say more on stderr
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// Answer yes to confirmations (needed without a terminal)
    #[arg(long, global = true)]
    pub yes: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Table,
    Csv,
    Json,
    /// Not an output format: accepted by the parser only to say where it belongs now
    /// (`bank import --statement-format camt053`).
    #[value(hide = true)]
    Camt053,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Table | FormatArg::Camt053 => Format::Table,
            FormatArg::Csv => Format::Csv,
            FormatArg::Json => Format::Json,
        }
    }
}

pub(crate) fn date_arg(flag: &str, text: Option<&str>) -> Result<Option<chrono::NaiveDate>, Error> {
    text.map(|t| parse_date(flag, t)).transpose()
}

/// `--from` / `--to`: a company-local datetime or a bare date (00:00).
pub(crate) fn datetime_arg(flag: &str, text: &str) -> Result<chrono::NaiveDateTime, Error> {
    parse_local_datetime(flag, text)
}

pub(crate) fn decimal_arg(
    flag: &str,
    text: &str,
    rule: DecimalRule,
) -> Result<rust_decimal::Decimal, Error> {
    parse_decimal(flag, text, rule)
}

/// Billing interval units, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum IntervalArg {
    Day,
    Week,
    Month,
    Year,
}

impl From<IntervalArg> for crate::domain::period::IntervalUnit {
    fn from(i: IntervalArg) -> Self {
        use crate::domain::period::IntervalUnit;
        match i {
            IntervalArg::Day => IntervalUnit::Day,
            IntervalArg::Week => IntervalUnit::Week,
            IntervalArg::Month => IntervalUnit::Month,
            IntervalArg::Year => IntervalUnit::Year,
        }
    }
}

/// The most intervals one period may span (`--every`): a thousand years at most.
pub(crate) const MAX_EVERY: u32 = 1000;

/// `--every N`: a whole number from 1 to [`MAX_EVERY`].
pub(crate) fn every_arg(text: Option<&str>) -> Result<Option<u32>, Error> {
    text.map(|t| match t.trim().parse::<u32>() {
        Ok(n) if (1..=MAX_EVERY).contains(&n) => Ok(n),
        _ => Err(Error::invalid(
            "--every",
            format!("{t:?} is not a whole number from 1 to {MAX_EVERY}"),
        )),
    })
    .transpose()
}

/// A count of days such as `--days-until-due`.
pub(crate) fn days_arg(flag: &str, text: Option<&str>) -> Result<Option<u32>, Error> {
    text.map(|t| match t.trim().parse::<u32>() {
        Ok(n) if n <= 3650 => Ok(n),
        _ => Err(Error::invalid(
            flag,
            format!("{t:?} is not a number of days (0 to 3650)"),
        )),
    })
    .transpose()
}

/// The `--item ITEM[:QTY][@RATE]` values.
pub(crate) fn line_specs(items: &[String]) -> Result<Vec<crate::domain::lines::LineSpec>, Error> {
    items
        .iter()
        .map(|i| crate::domain::lines::parse_line_spec("--item", i))
        .collect()
}

/// `--flag ""` clears an optional text; anything else sets it.
pub(crate) fn clearable(value: Option<String>) -> Option<Option<String>> {
    value.map(|v| if v.trim().is_empty() { None } else { Some(v) })
}

/// The most a text input (a template body, a contract's terms, a column mapping) may hold.
pub(crate) const MAX_TEXT_INPUT: u64 = 1 << 20;

/// The most a data input (a bank statement, a customer or item import) may hold.
pub(crate) const MAX_DATA_INPUT: u64 = 100 << 20;

/// Reads a named input file, or standard input for `-`: (name for messages, bytes). More
/// than `max_bytes` is refused without reading on (`/dev/zero` never ends).
pub(crate) fn read_input(
    path: &std::path::Path,
    max_bytes: u64,
) -> Result<(String, Vec<u8>), Error> {
    use std::io::Read;
    let mut bytes = Vec::new();
    let (name, reader): (String, Box<dyn Read>) = if path.as_os_str() == "-" {
        ("<stdin>".into(), Box::new(std::io::stdin()))
    } else {
        let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        let meta = file.metadata().map_err(|e| Error::io(path, e))?;
        if meta.is_dir() {
            return Err(Error::io(
                path,
                std::io::Error::new(
                    std::io::ErrorKind::IsADirectory,
                    "is a directory, not a file",
                ),
            ));
        }
        // A regular file says how long it is: read it into one allocation.
        bytes.reserve(meta.len().min(max_bytes + 1) as usize);
        (path.display().to_string(), Box::new(file))
    };
    reader
        .take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(&name, e))?;
    if bytes.len() as u64 > max_bytes {
        return Err(Error::invalid(
            name,
            format!(
                "is larger than {} MiB, the most this input may hold",
                max_bytes >> 20
            ),
        ));
    }
    Ok((name, bytes))
}

/// Reads a text input (UTF-8, at most [`MAX_TEXT_INPUT`]): (name for messages, text). A
/// byte that is not UTF-8 is refused naming its line.
pub(crate) fn read_text(path: &std::path::Path) -> Result<(String, String), Error> {
    let (name, bytes) = read_input(path, MAX_TEXT_INPUT)?;
    let text = crate::domain::values::utf8_text(&name, &bytes, " (save the file as UTF-8)")?;
    Ok((name.clone(), text.to_string()))
}
