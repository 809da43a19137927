//! The books themselves: settings, the audit log and its chain.

use serde::Serialize;

use crate::domain::audit::{AuditEntry, ChainHead};
use crate::domain::settings::SettingValue;

#[derive(Debug, Default, Serialize)]
pub struct SettingView {
    pub key: String,
    pub value: Option<String>,
    pub default: bool,
    pub help: String,
}

impl From<&SettingValue> for SettingView {
    fn from(s: &SettingValue) -> Self {
        SettingView {
            key: s.key.into(),
            value: s.value.clone(),
            default: s.is_default,
            help: s.help.into(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct AuditView {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub command: String,
    pub entity: String,
    pub change: String,
}

impl From<AuditEntry> for AuditView {
    fn from(e: AuditEntry) -> Self {
        AuditView {
            id: e.id,
            at: e.at,
            actor: e.actor,
            command: e.command,
            entity: e.entity,
            change: e.change,
        }
    }
}

/// The head of the audit chain (`log verify`, `db backup`): worth keeping somewhere else,
/// so that a later rewrite of the chain can be told from the original.
#[derive(Debug, Default, Serialize)]
pub struct ChainView {
    pub entries: i64,
    pub head: String,
    /// Issued documents whose recorded chain head was checked (`log verify` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchors_checked: Option<u64>,
}

impl From<&ChainHead> for ChainView {
    fn from(head: &ChainHead) -> Self {
        ChainView {
            entries: head.length,
            head: head.hash.clone(),
            anchors_checked: None,
        }
    }
}
