//! `subs usage import`.

use std::path::PathBuf;

use clap::Args;

use crate::cli::args::{MAX_DATA_INPUT, read_input};
use crate::cli::ctx::Ctx;
use crate::ops::usage;

/// Import usage from CSV, all or nothing.
///
/// Columns: subscription,item,qty,date,reference; date defaults to today, reference is
/// optional. The whole file is checked first: one bad row (named by line and column) and
/// nothing is imported. A reference recorded already is skipped, so a script can re-send
/// a file. `-` reads standard input.
#[derive(Debug, Args)]
pub struct UsageImportArgs {
    /// The CSV file (`-` for standard input)
    pub file: PathBuf,
}

pub fn run(ctx: &mut Ctx, args: UsageImportArgs) -> anyhow::Result<()> {
    let (name, bytes) = read_input(&args.file, MAX_DATA_INPUT)?;
    let mut s = ctx.session("usage import")?;
    let summary = usage::import(&mut s, &name, &bytes)?;
    ctx.printer.note(format!(
        "{} recorded, {} skipped (recorded already)",
        summary.recorded, summary.skipped
    ));
    Ok(())
}
