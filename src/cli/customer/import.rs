//! `subs customer import`.

use std::path::PathBuf;

use clap::Args;

use crate::cli::args::{MAX_DATA_INPUT, read_input};
use crate::cli::ctx::Ctx;
use crate::ops::customers;

/// Import customers from CSV (the format of `customer export`).
///
/// Columns: code,name,email,address,price_list,vat_id,siren,kind,payment_method,disabled;
/// only code and name are required. New codes are created and known codes updated. The
/// whole file is checked first: one bad row (named by line and column) and nothing is
/// imported. `-` reads standard input.
#[derive(Debug, Args)]
pub struct CustomerImportArgs {
    /// The CSV file (`-` for standard input)
    pub file: PathBuf,
}

pub fn run(ctx: &mut Ctx, args: CustomerImportArgs) -> anyhow::Result<()> {
    let (name, bytes) = read_input(&args.file, MAX_DATA_INPUT)?;
    let mut s = ctx.session("customer import")?;
    let summary = customers::import(&mut s, &name, &bytes)?;
    ctx.printer.note(format!(
        "{} created, {} updated, {} unchanged",
        summary.created, summary.updated, summary.unchanged
    ));
    Ok(())
}
