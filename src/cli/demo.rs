//! `subs demo`: a demo company to try `subs` on.

use clap::Args;

use crate::cli::args::date_arg;
use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::ops::demo::{self, DemoOptions};

/// Create a demo database: a coworking space with members, a catalogue, prices and
/// subscriptions, billed by ticks on the 1st and 15th of each month from --start to now.
///
/// Without --db the demo goes to $XDG_DATA_HOME/subs/demo.db (replaced if it is a demo);
/// an existing file that is not a demo is never touched. --scale N builds a synthetic book
/// of N members instead, each with a monthly subscription of two lines (for benchmarks).
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// A synthetic book of N members (bulk inserted)
    #[arg(long, value_name = "N")]
    pub scale: Option<String>,
    /// First day of the subscriptions [default: the 1st of the month three months ago]
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
    /// Do not run the ticks
    #[arg(long)]
    pub no_tick: bool,
}

pub fn run(ctx: &mut Ctx, args: DemoArgs) -> anyhow::Result<()> {
    let scale = args
        .scale
        .as_deref()
        .map(|n| match n.parse::<u64>() {
            Ok(n) if (1..=10_000_000).contains(&n) => Ok(n),
            _ => Err(Error::invalid(
                "--scale",
                format!("{n:?} is not a number of members (1 to 10000000)"),
            )),
        })
        .transpose()?;
    let start = date_arg("--start", args.start.as_deref())?;
    let path = ctx
        .global
        .db
        .clone()
        .unwrap_or_else(|| crate::cli::ctx::default_db_path().with_file_name("demo.db"));
    let summary = demo::build(
        &path,
        ctx.global.now.as_deref(),
        DemoOptions {
            scale,
            start,
            no_tick: args.no_tick,
        },
    )?;
    ctx.printer
        .note(format!("demo database: {}", path.display()));
    for line in summary {
        ctx.printer.note(line);
    }
    ctx.printer.note(format!(
        "try:\n  export SUBS_DB={}\n  subs invoice list\n  subs subscription list\n  subs invoice show INV-…\n  subs credits balance\n  subs tick --dry-run",
        path.display()
    ));
    // `cargo run` leaves the binary in target/: say where, and how to put it on the PATH,
    // so that the lines above can be typed as they are.
    if let Ok(exe) = std::env::current_exe() {
        ctx.printer.note(format!(
            "(`subs` is {}; `cargo install --locked --path .` puts it on your PATH)",
            exe.display()
        ));
    }
    Ok(())
}
