//! `subs bank import`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::cli::args::{MAX_DATA_INPUT, read_input, read_text};
use crate::cli::ctx::Ctx;
use crate::formats::bank::StatementFormat;
use crate::ops::bank::{self, StatementFile};

/// Import a bank statement: a CSV export with a column mapping, or ISO 20022 camt.053 XML.
///
/// The format is detected from the content unless --statement-format says. CSV files are read with
/// --mapping (a TOML file: encoding, delimiter, decimal and thousands separators, date
/// format, and the header of the date, label, amount or debit/credit, reference and
/// counterparty columns); without it, the French layout (ISO-8859-1, `;`, decimal comma,
/// DD/MM/YYYY, Date;Libellé;Débit;Crédit;Référence). Lines already imported are skipped, so
/// importing the same statement twice adds nothing. One bad line (named by line and column,
/// or by XML element) and nothing is imported.
#[derive(Debug, Args)]
pub struct BankImportArgs {
    /// The statement (`-` for standard input)
    pub file: PathBuf,
    /// Column mapping for CSV statements
    #[arg(long, value_name = "FILE")]
    pub mapping: Option<PathBuf>,
    /// Read the statement as this format [default: detected from the content]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub statement_format: Option<StatementFormatArg>,
}

/// The statement formats, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatementFormatArg {
    /// A CSV export (read with --mapping, or the French layout)
    Csv,
    /// ISO 20022 camt.053 XML
    Camt053,
}

impl From<StatementFormatArg> for StatementFormat {
    fn from(f: StatementFormatArg) -> StatementFormat {
        match f {
            StatementFormatArg::Csv => StatementFormat::Csv,
            StatementFormatArg::Camt053 => StatementFormat::Camt053,
        }
    }
}

pub fn run(ctx: &mut Ctx, args: BankImportArgs) -> anyhow::Result<()> {
    let (name, bytes) = read_input(&args.file, MAX_DATA_INPUT)?;
    let mapping = args.mapping.as_deref().map(read_text).transpose()?;
    let format = args.statement_format.map(StatementFormat::from);
    let mut s = ctx.session("bank import")?;
    let file = StatementFile {
        source: &name,
        bytes: &bytes,
        format,
        mapping: mapping.as_ref().map(|(n, t)| (n.as_str(), t.as_str())),
    };
    let done = bank::import(&mut s, &file)?;
    ctx.printer.note(format!(
        "{} lines read, {} new, {} already imported",
        done.lines,
        done.new,
        done.lines - done.new
    ));
    Ok(())
}
