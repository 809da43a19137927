//! `subs item import`.

use std::path::PathBuf;

use clap::Args;

use crate::cli::args::{MAX_DATA_INPUT, read_input};
use crate::cli::ctx::Ctx;
use crate::ops::catalogue;

/// Import items from CSV (the format of `item export`).
///
/// Columns: code,name,group,uom,recurring,vat_rate,published,description,booking_uoms,
/// disabled (booking_uoms separated by `|`); only code and name are required. All or
/// nothing: one bad row, named by line and column, and nothing is imported.
#[derive(Debug, Args)]
pub struct ItemImportArgs {
    /// The CSV file (`-` for standard input)
    pub file: PathBuf,
}

pub fn run(ctx: &mut Ctx, args: ItemImportArgs) -> anyhow::Result<()> {
    let (name, bytes) = read_input(&args.file, MAX_DATA_INPUT)?;
    let mut s = ctx.session("item import")?;
    let summary = catalogue::import_items(&mut s, &name, &bytes)?;
    ctx.printer.note(format!(
        "{} created, {} updated, {} unchanged",
        summary.created, summary.updated, summary.unchanged
    ));
    Ok(())
}
