//! `subs`: subscription billing for small businesses, over one SQLite file.
//!
//! Layers call downwards only (ARCHITECTURE.md): `cli` (parse, call, render) → `ops` (one
//! command's work and transaction) → `store` (all SQL), `formats` (pure encoders and
//! decoders of outside formats) and `domain` (pure rules); `output` renders domain and view
//! types and is the only layer that prints. `clock`, `config`, `mail` and `http` are the leaves
//! that touch the outside world, reached from `ops`; `error` is reached from everywhere.
//! No module imports another that imports it back; `tests/cli/guard.rs` checks all of it.
#![forbid(unsafe_code)]

pub mod cli;
pub mod clock;
pub mod config;
pub mod domain;
pub mod error;
pub mod formats;
pub mod http;
pub mod mail;
pub mod ops;
pub mod output;
pub mod store;
