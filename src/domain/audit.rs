//! The audit log as the rest of the code sees it: its entries, the chain's head, and what
//! verifying the chain found. Hashing and storing the chain is the store's.

use serde::Serialize;

/// The hash the first entry chains to.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Debug, Clone, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub command: String,
    pub entity: String,
    pub change: String,
    #[serde(skip)]
    pub prev_hash: String,
    #[serde(skip)]
    pub hash: String,
}

/// Where the chain first fails to hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainBreak {
    pub id: i64,
    pub reason: String,
}

/// The last entry of the chain: its hash, and how many entries the chain has up to it
/// (entries are numbered 1, 2, … in order, so this is also the entry's id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainHead {
    pub hash: String,
    pub length: i64,
}

impl ChainHead {
    /// The head of an empty chain.
    pub fn genesis() -> ChainHead {
        ChainHead {
            hash: GENESIS.to_string(),
            length: 0,
        }
    }
}

/// What verifying the chain found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainReport {
    pub head: ChainHead,
    /// Issued documents whose recorded head was checked against the log.
    pub anchors: u64,
    pub broken: Option<ChainBreak>,
}
