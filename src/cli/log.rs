//! `subs log`: the audit log of every change, and its verification.

use clap::{Args, Subcommand};

use super::Ctx;
use crate::error::Error;
use crate::ops::company;
use crate::output::views::AuditView;

/// The audit log: every change, who made it, when, with which command.
///
/// Each entry holds the hash of the one before it; `subs log verify` recomputes the chain
/// and names the first entry that was edited or removed.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct LogArgs {
    /// Only entries about this entity (`customer:ACME`) or kind (`customer`)
    #[arg(long, value_name = "ENTITY")]
    pub entity: Option<String>,

    #[command(subcommand)]
    pub command: Option<LogCommand>,
}

#[derive(Debug, Subcommand)]
pub enum LogCommand {
    /// Check the hash chain; exit 1 naming the first broken entry
    Verify,
}

pub fn run(ctx: &mut Ctx, args: LogArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("log")?;
    match args.command {
        Some(LogCommand::Verify) => {
            let (count, brk) = company::audit_verify(&mut s)?;
            if let Some(brk) = brk {
                return Err(
                    Error::refused(format!("audit log entry {} {}", brk.id, brk.reason)).into(),
                );
            }
            ctx.printer
                .note(format!("audit log intact: {count} entries"));
        }
        None => {
            let mut list = ctx.printer.list::<AuditView>()?;
            company::audit_log(&mut s, args.entity.as_deref(), |entry| {
                list.push(&AuditView::from(entry)).map_err(Error::Write)
            })?;
            list.finish()?;
        }
    }
    Ok(())
}
