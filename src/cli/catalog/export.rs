//! `subs catalog export`.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::ops::website;

/// Write the website catalogue: catalog.json and a standalone index.html.
///
/// Published, enabled items (`item edit --publish`), grouped by item group, each with its
/// description and, per booking unit (the item's unit when it has none), the price valid
/// today in the default price list, converted through the item's UOM conversions; a unit
/// without a price shows "Sur demande". Prints the two files written.
#[derive(Debug, Args)]
pub struct CatalogExportArgs {
    /// Directory to write into (created if needed)
    #[arg(long, value_name = "DIR", default_value = "catalog")]
    pub out: PathBuf,
}

#[derive(Debug, Default, Serialize)]
struct ExportView {
    json: String,
    html: String,
    items: usize,
    price_list: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: CatalogExportArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("catalog export")?;
    let export = website::export(&mut s)?;
    std::fs::create_dir_all(&args.out).map_err(|e| Error::io(&args.out, e))?;
    let json = args.out.join("catalog.json");
    let html = args.out.join("index.html");
    std::fs::write(&json, &export.json).map_err(|e| Error::io(&json, e))?;
    std::fs::write(&html, &export.html).map_err(|e| Error::io(&html, e))?;
    if export.price_list.is_none() {
        ctx.printer.note(format!(
            "no default price list: every unit shows {:?}",
            export.on_request
        ));
    }
    ctx.printer.note(format!(
        "{} published item(s) written to {}",
        export.items,
        args.out.display()
    ));
    match ctx.printer.format {
        crate::output::Format::Table => {
            writeln!(ctx.printer.out(), "{}", json.display())?;
            writeln!(ctx.printer.out(), "{}", html.display())?;
        }
        _ => ctx.printer.record(&ExportView {
            json: json.display().to_string(),
            html: html.display().to_string(),
            items: export.items,
            price_list: export.price_list,
        })?,
    }
    Ok(())
}
