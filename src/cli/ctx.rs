//! What every command is given: the global options and the printer, and from them the
//! database to open and the machine's settings, found by flag, environment or the XDG
//! directories.

use std::path::PathBuf;

use super::args::GlobalArgs;
use crate::error::Error;
use crate::ops::Session;
use crate::output::Printer;

/// What every command gets: the global options and where to print.
pub struct Ctx {
    pub global: GlobalArgs,
    pub printer: Printer,
}

impl Ctx {
    /// The database path: `--db`, `SUBS_DB`, or the XDG data directory.
    pub fn db_path(&self) -> PathBuf {
        self.global.db.clone().unwrap_or_else(default_db_path)
    }

    /// The machine settings: `--config`, `SUBS_CONFIG`, or the XDG config directory.
    pub fn machine_config(&self) -> Result<crate::config::MachineConfig, Error> {
        let path = self
            .global
            .config
            .clone()
            .unwrap_or_else(default_config_path);
        crate::config::MachineConfig::load(&path)
    }

    /// Opens the database for `command` (the name written in the audit log).
    pub fn session(&self, command: &str) -> Result<Session, Error> {
        Session::open(&self.db_path(), self.global.now.as_deref(), command)
    }
}

fn xdg_dir(var: &str, fallback: &str) -> PathBuf {
    match std::env::var_os(var) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => std::env::var_os("HOME")
            .map(PathBuf::from)
            .unwrap_or_default()
            .join(fallback),
    }
}

pub fn default_db_path() -> PathBuf {
    xdg_dir("XDG_DATA_HOME", ".local/share")
        .join("subs")
        .join("subs.db")
}

pub fn default_config_path() -> PathBuf {
    xdg_dir("XDG_CONFIG_HOME", ".config")
        .join("subs")
        .join("config.toml")
}

/// The minor digits of the company currency.
pub(crate) fn currency_digits(s: &mut Session) -> Result<u32, Error> {
    Ok(crate::domain::money::minor_digits(&s.company()?.currency))
}
