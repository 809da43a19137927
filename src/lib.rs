//! `subs`: subscription billing for small businesses, over one SQLite file.
//!
//! Layers call downwards only: `cli` (parse, call, render) → `ops` (one command's work and
//! transaction) → `store` (all SQL) and `domain` (pure decisions); `output` renders views;
//! `formats` encodes and decodes outside formats.
#![forbid(unsafe_code)]

pub mod cli;
pub mod clock;
pub mod config;
pub mod domain;
pub mod error;
pub mod formats;
pub mod mail;
pub mod ops;
pub mod output;
pub mod store;
