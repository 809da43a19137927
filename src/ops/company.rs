//! Creating the books (`init`) and the company settings (`config`), the audit log and the
//! database file's own maintenance.

use std::path::Path;

use serde_json::json;

use super::{Session, actor};
use crate::clock::Clock;
use crate::domain::audit::{AuditEntry, ChainReport};
use crate::domain::settings::{self, SETTINGS, SettingValue};
use crate::error::{Error, Result};
use crate::store::{Identity, Store};

/// The schema version this binary writes and reads.
pub use crate::store::SCHEMA_VERSION;

/// Settings given to `subs init`, already validated per key.
pub struct InitSettings {
    pub values: Vec<(&'static str, String)>,
}

/// Creates a new database at `path` holding the company's settings.
pub fn init(path: &Path, now_spec: Option<&str>, init: &InitSettings) -> Result<Session> {
    // The time zone being set decides what "now" means; validate everything first.
    let mut values = Vec::new();
    for (key, value) in &init.values {
        values.push((*key, settings::validate(key, value)?));
    }
    let tz = values
        .iter()
        .find(|(k, _)| *k == "company.timezone")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(chrono_tz::Europe::Paris);
    let clock = Clock::resolve(now_spec, tz)?;
    let identity = Identity {
        actor: actor(),
        command: "init".into(),
        at: clock.rfc3339(),
    };
    let store = Store::create(path, identity)?;
    let mut session = Session::from_store(store, clock);
    let result = session.store.write(|tx| {
        for (key, value) in &values {
            tx.set_setting(key, value)?;
        }
        let change: serde_json::Map<_, _> = values
            .iter()
            .map(|(k, v)| (k.to_string(), json!(v)))
            .collect();
        tx.audit("company", &serde_json::Value::Object(change))
    });
    if let Err(error) = result {
        // Leave no half-made database behind.
        drop(session);
        remove_database_files(path);
        return Err(error);
    }
    Ok(session)
}

/// Removes a database file and its WAL companions.
pub fn remove_database_files(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(name);
    }
}

pub fn config_list(s: &mut Session) -> Result<Vec<SettingValue>> {
    let stored = s.store.read(|tx| tx.settings())?;
    Ok(SETTINGS
        .iter()
        .map(|spec| {
            let found = stored
                .iter()
                .find(|(k, _)| k == spec.key)
                .map(|(_, v)| v.clone());
            SettingValue {
                key: spec.key,
                is_default: found.is_none(),
                value: found.or_else(|| {
                    spec.default.map(String::from).or_else(|| {
                        settings::derived_default(spec.key, |key| {
                            stored
                                .iter()
                                .find(|(k, _)| k == key)
                                .map(|(_, v)| v.clone())
                        })
                    })
                }),
                help: spec.help,
            }
        })
        .collect())
}

pub fn config_get(s: &mut Session, key: &str) -> Result<SettingValue> {
    settings::spec(key)?;
    config_list(s)?
        .into_iter()
        .find(|v| v.key == key)
        .ok_or_else(|| Error::not_found("setting", key))
}

pub fn config_set(s: &mut Session, key: &str, value: &str) -> Result<String> {
    let value = settings::validate(key, value)?;
    s.store.write(|tx| {
        let before = tx.setting(key)?;
        refuse_change_once_booked(tx, key, Some(&value))?;
        tx.set_setting(key, &value)?;
        tx.audit(
            &format!("setting:{key}"),
            &json!({ "from": before, "to": value }),
        )
    })?;
    Ok(value)
}

pub fn config_unset(s: &mut Session, key: &str) -> Result<()> {
    settings::spec(key)?;
    if key == "company.name" {
        return Err(Error::refused(
            "company.name cannot be unset; set another name instead",
        ));
    }
    s.store.write(|tx| {
        let before = tx.setting(key)?;
        refuse_change_once_booked(tx, key, None)?;
        if tx.unset_setting(key)? {
            tx.audit(
                &format!("setting:{key}"),
                &json!({ "from": before, "to": null }),
            )?;
        }
        Ok(())
    })
}

/// Refuses to change a setting the booked amounts depend on (`company.currency`) once the
/// books hold documents; setting the value it already has is no change.
fn refuse_change_once_booked(tx: &crate::store::Tx, key: &str, value: Option<&str>) -> Result<()> {
    if !settings::fixed_once_booked(key) {
        return Ok(());
    }
    let current = config_value(tx, key)?;
    let next = match value {
        Some(v) => Some(v.to_string()),
        None => settings::spec(key)?.default.map(String::from),
    };
    if next == current {
        return Ok(());
    }
    match tx.booked_documents()? {
        Some(held) => Err(Error::refused(format!(
            "{key} cannot change once the books hold documents ({held}): their amounts are in {}",
            current.unwrap_or_default()
        ))),
        None => Ok(()),
    }
}

/// A setting's value inside a transaction: stored, or its default.
fn config_value(tx: &crate::store::Tx, key: &str) -> Result<Option<String>> {
    Ok(tx
        .setting(key)?
        .or_else(|| settings::spec(key).ok()?.default.map(String::from)))
}

pub fn audit_log(
    s: &mut Session,
    entity: Option<&str>,
    each: impl FnMut(AuditEntry) -> Result<()>,
) -> Result<()> {
    s.store.read(|tx| tx.audit_entries(entity, each))
}

/// The chain's head, how many issued documents' anchors were checked, and the first
/// break found if any.
pub fn audit_verify(s: &mut Session) -> Result<ChainReport> {
    s.store.read(|tx| tx.verify_audit_chain())
}
