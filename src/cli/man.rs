//! `subs man`: man pages generated from the command tree.

use std::path::PathBuf;

use anyhow::Context;
use clap::Args;

use crate::cli::ctx::Ctx;

/// Write man pages: one for `subs` and one per subcommand (`subs-customer-add.1`, …).
///
/// Without --out, print the main page on stdout.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Directory to write the pages into
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

/// Writes the man pages of `command`, the command tree.
pub fn run(ctx: &mut Ctx, args: ManArgs, command: clap::Command) -> anyhow::Result<()> {
    match args.out {
        Some(dir) => {
            std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
            clap_mangen::generate_to(command, &dir)
                .with_context(|| format!("writing to {}", dir.display()))?;
            ctx.printer
                .note(format!("man pages written to {}", dir.display()));
        }
        None => clap_mangen::Man::new(command).render(ctx.printer.out())?,
    }
    Ok(())
}
