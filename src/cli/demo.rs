//! `subs demo`: a demo company to try `subs` on.

use clap::Args;

use super::Ctx;
use crate::ops::demo;

/// Create a demo database: a coworking company with customers, a catalogue and prices.
///
/// Without --db the demo goes to $XDG_DATA_HOME/subs/demo.db (replaced if it is a demo);
/// an existing file that is not a demo is never touched.
#[derive(Debug, Args)]
pub struct DemoArgs {}

pub fn run(ctx: &mut Ctx, _args: DemoArgs) -> anyhow::Result<()> {
    let path = ctx
        .global
        .db
        .clone()
        .unwrap_or_else(|| super::default_db_path().with_file_name("demo.db"));
    let summary = demo::build(&path, ctx.global.now.as_deref())?;
    ctx.printer
        .note(format!("demo database: {}", path.display()));
    ctx.printer.note(summary);
    ctx.printer.note(format!(
        "try:\n  export SUBS_DB={}\n  subs customer list\n  subs item list\n  subs price list",
        path.display()
    ));
    Ok(())
}
