//! `subs fec export`.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::ops::ledger;

/// Write the FEC of a fiscal year: <SIREN>FEC<YYYYMMDD>.txt, named after its closing date.
///
/// The 18 columns of the legal format (JournalCode … Idevise), tab-separated, ISO-8859-15,
/// dates YYYYMMDD, amounts with a decimal comma; entries numbered per journal in date order,
/// lettered as of the closing date. The fiscal year closes on company.fiscal_year_end
/// (12-31 by default). Exporting the same year twice writes the same bytes. Prints the path.
#[derive(Debug, Args)]
pub struct FecExportArgs {
    /// The fiscal year, named by the year it closes in
    #[arg(long, value_name = "YYYY")]
    pub year: String,
    /// Directory to write into (default: the current directory; created if needed)
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub out: PathBuf,
}

#[derive(Debug, Default, Serialize)]
struct FecView {
    file: String,
    start: String,
    closing: String,
    entries: usize,
    lines: usize,
}

pub fn run(ctx: &mut Ctx, args: FecExportArgs) -> anyhow::Result<()> {
    let year: i32 = args
        .year
        .trim()
        .parse()
        .map_err(|_| Error::invalid("--year", format!("{:?} is not a year", args.year)))?;
    let mut s = ctx.session("fec export")?;
    let file = ledger::fec_export(&mut s, year)?;
    std::fs::create_dir_all(&args.out).map_err(|e| Error::io(&args.out, e))?;
    let path = args.out.join(&file.name);
    std::fs::write(&path, &file.bytes).map_err(|e| Error::io(&path, e))?;
    ctx.printer.note(format!(
        "{} entries ({} lines) from {} to {}",
        file.entries, file.lines, file.year.start, file.year.closing
    ));
    match ctx.printer.format {
        crate::output::Format::Table => writeln!(ctx.printer.out(), "{}", path.display())?,
        _ => ctx.printer.record(&FecView {
            file: path.display().to_string(),
            start: file.year.start.to_string(),
            closing: file.year.closing.to_string(),
            entries: file.entries,
            lines: file.lines,
        })?,
    }
    Ok(())
}
