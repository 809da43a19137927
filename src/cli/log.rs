//! `subs log`: the audit log of every change, and its verification.

use clap::{Args, Subcommand};

use crate::cli::ctx::Ctx;
use crate::error::Error;
use crate::ops::company;
use crate::output::views::{AuditView, ChainView};

/// The audit log: every change, who made it, when, with which command.
///
/// Each entry holds the hash of the one before it, and each issued invoice or credit note
/// records the chain's head at its issue; `subs log verify` recomputes the chain, checks
/// those anchors, and names the first entry that was edited or removed.
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
    /// Check the hash chain and the heads issued documents recorded; print the head and the
    /// number of entries (keep them elsewhere); exit 1 naming the first broken entry
    Verify,
}

pub fn run(ctx: &mut Ctx, args: LogArgs) -> anyhow::Result<()> {
    let mut s = ctx.session("log")?;
    match args.command {
        Some(LogCommand::Verify) => {
            let report = company::audit_verify(&mut s)?;
            if let Some(brk) = report.broken {
                return Err(
                    Error::refused(format!("audit log entry {} {}", brk.id, brk.reason)).into(),
                );
            }
            ctx.printer.record(&ChainView {
                anchors_checked: Some(report.anchors),
                ..ChainView::from(&report.head)
            })?;
            ctx.printer.note(format!(
                "audit log intact: {} entries, checked against {} issued documents",
                report.head.length, report.anchors
            ));
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
