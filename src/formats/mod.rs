//! Pure encoders and decoders of outside formats: no database, no clock, no file system.

pub mod facturx;
