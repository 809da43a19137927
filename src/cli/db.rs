//! `subs db`: where the file is, integrity checks, backups and migrations.

use std::path::PathBuf;

use clap::Subcommand;

use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::ops::company::SCHEMA_VERSION;
use crate::output::views::ChainView;

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Print the database path
    Path,
    /// Run SQLite's integrity and foreign-key checks, the money invariants, and verify the
    /// audit chain
    Check,
    /// Copy the live database to FILE (SQLite online backup, mode 0600), written under a
    /// temporary name and renamed into place when complete; print the audit chain's head
    Backup {
        /// Where to write the copy
        file: PathBuf,
        /// Replace FILE if it exists
        #[arg(long)]
        force: bool,
    },
    /// Bring the schema up to date (also done on open)
    Migrate,
}

pub fn run(ctx: &mut Ctx, cmd: DbCommand) -> anyhow::Result<()> {
    match cmd {
        DbCommand::Path => {
            let path = ctx.db_path();
            writeln!(ctx.printer.out(), "{}", path.display())?
        }
        DbCommand::Check => {
            let mut s = ctx.session("db check")?;
            let mut problems = s.store.check()?;
            problems.extend(crate::ops::settlement::check(&mut s)?);
            let mut entries = 0;
            match crate::ops::company::audit_verify(&mut s) {
                Ok(chain) => {
                    entries = chain.head.length;
                    if let Some(brk) = chain.broken {
                        problems.push(format!("audit log: entry {} {}", brk.id, brk.reason));
                    }
                }
                Err(e) => problems.push(format!("audit log: cannot be read: {e}")),
            }
            // The report is data (stdout); the verdict is the one error line.
            for problem in &problems {
                writeln!(ctx.printer.out(), "{problem}")?;
            }
            if !problems.is_empty() {
                return Err(Error::refused(format!(
                    "{} problem(s) found in {}",
                    problems.len(),
                    ctx.db_path().display()
                ))
                .into());
            }
            ctx.printer.note(format!(
                "ok: integrity, foreign keys, settlements, schema version {}, audit chain of {entries} entries",
                s.store.schema_version()?
            ));
        }
        DbCommand::Backup { file, force } => {
            if file.exists() && !force {
                return Err(Error::refused(format!(
                    "{} exists; use --force to replace it",
                    file.display()
                ))
                .into());
            }
            let s = ctx.session("db backup")?;
            let head = s.store.backup_to(&file, force)?;
            ctx.printer.record(&ChainView::from(&head))?;
            ctx.printer.note(format!(
                "backed up to {}; its audit chain has {} entries",
                file.display(),
                head.length
            ));
        }
        DbCommand::Migrate => {
            let s = ctx.session("db migrate")?;
            ctx.printer.note(format!(
                "{} is at schema version {} (this subs knows {SCHEMA_VERSION})",
                ctx.db_path().display(),
                s.store.schema_version()?
            ));
        }
    }
    Ok(())
}
