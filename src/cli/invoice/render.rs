//! `subs invoice render`.

use std::path::{Path, PathBuf};

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::domain::ids::InvoiceRef;
use crate::error::Error;
use crate::ops::einvoice::{self, RenderAll, Rendering};
use crate::output::progress::Progress;

/// Render an invoice or credit note as a file: a Factur-X PDF (PDF/A-3b carrying its
/// EN 16931 CII XML), the XML alone, or the HTML view — as the extension of --out says.
///
/// Without --out, NUMBER.pdf in the current directory. With --all, every issued document
/// (issued between --from and --to) goes into the directory --out as NUMBER.pdf, one at a
/// time, with a progress bar on a terminal.
#[derive(Debug, Args)]
pub struct InvoiceRenderArgs {
    /// The invoice or credit note: its number, or draft:ID (HTML only)
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    pub number: Option<InvoiceRef>,
    /// Render every issued document into the directory given by --out
    #[arg(long, requires = "out")]
    pub all: bool,
    /// With --all: issued on or after
    #[arg(long, value_name = "DATE", requires = "all")]
    pub from: Option<String>,
    /// With --all: issued on or before
    #[arg(long, value_name = "DATE", requires = "all")]
    pub to: Option<String>,
    /// The file to write (.pdf, .xml or .html); with --all, the directory
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// A document's file name: its number, with what a path cannot hold replaced.
fn file_name(reference: &str, rendering: Rendering) -> String {
    let safe: String = reference
        .chars()
        .map(|c| {
            if matches!(c, '/' | '\\' | ':') {
                '-'
            } else {
                c
            }
        })
        .collect();
    format!("{safe}.{}", rendering.extension())
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    std::fs::write(path, bytes).map_err(|e| Error::io(path, e))
}

pub fn run(ctx: &mut Ctx, args: InvoiceRenderArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("invoice render")?;
    if args.all {
        let dir = args.out.unwrap_or_default();
        let opts = RenderAll {
            from: date_arg("--from", args.from.as_deref())?,
            to: date_arg("--to", args.to.as_deref())?,
            rendering: Some(Rendering::Pdf),
        };
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        let total = einvoice::render_all_count(&mut s, &opts)?;
        let progress = Progress::new(total, "rendering", ctx.printer.quiet);
        let count = einvoice::render_all(&mut s, &opts, &mut |number, bytes| {
            write(&dir.join(file_name(number, Rendering::Pdf)), &bytes)?;
            progress.inc();
            Ok(())
        })?;
        progress.finish();
        ctx.printer
            .note(format!("rendered {count} documents into {}", dir.display()));
        return Ok(());
    }
    let Some(number) = args.number else {
        return Err(Error::invalid("NUMBER", "give a document number, or --all").into());
    };
    let rendering = match &args.out {
        Some(path) => Rendering::of_file(&path.to_string_lossy())?,
        None => Rendering::Pdf,
    };
    let (reference, bytes) = einvoice::render(&mut s, &number, rendering)?;
    let path = args
        .out
        .unwrap_or_else(|| PathBuf::from(file_name(&reference, rendering)));
    write(&path, &bytes)?;
    writeln!(ctx.printer.out(), "{}", path.display())?;
    Ok(())
}
