//! `subs config`: company settings stored in the database.

use clap::Subcommand;

use crate::cli::ctx::Ctx;
use crate::ops::company;
use crate::output::views::SettingView;

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print one setting's value
    Get {
        /// e.g. company.name, invoice.series
        key: String,
    },
    /// Change a setting
    Set {
        /// The setting, e.g. company.name, invoice.series (`subs config list` shows them all)
        key: String,
        /// Its new value
        value: String,
    },
    /// Return a setting to its default
    Unset {
        /// The setting to return to its default
        key: String,
    },
    /// Every setting, with defaults
    List,
}

pub fn run(ctx: &mut Ctx, cmd: ConfigCommand) -> anyhow::Result<()> {
    match cmd {
        ConfigCommand::Get { key } => {
            let mut s = ctx.session("config get")?;
            let setting = company::config_get(&mut s, &key)?;
            match ctx.printer.format {
                crate::output::Format::Table => {
                    writeln!(ctx.printer.out(), "{}", setting.value.unwrap_or_default())?
                }
                _ => ctx.printer.record(&SettingView::from(&setting))?,
            }
        }
        ConfigCommand::Set { key, value } => {
            let mut s = ctx.session("config set")?;
            let stored = company::config_set(&mut s, &key, &value)?;
            ctx.printer.note(format!("{key} = {stored}"));
        }
        ConfigCommand::Unset { key } => {
            let mut s = ctx.session("config unset")?;
            company::config_unset(&mut s, &key)?;
        }
        ConfigCommand::List => {
            let mut s = ctx.session("config list")?;
            let settings = company::config_list(&mut s)?;
            ctx.printer.rows(settings.iter().map(SettingView::from))?;
        }
    }
    Ok(())
}
