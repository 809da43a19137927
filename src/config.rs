//! The machine's settings (`config.toml`): SMTP and payment-gateway secrets, read and
//! validated once. Settings that belong to the books live in the database instead.
//!
//! A file that holds a secret (an SMTP password, a webhook secret) must be readable by its
//! owner only (mode 0600): otherwise `subs` refuses to read it, so that a secret never
//! lies around world-readable.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::mail::{SmtpSettings, TlsMode};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    smtp: Option<RawSmtp>,
    #[serde(default)]
    gateways: RawGateways,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSmtp {
    host: String,
    port: Option<u16>,
    tls: Option<String>,
    user: Option<String>,
    password: Option<String>,
    from: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGateways {
    stripe: Option<RawGateway>,
    gocardless: Option<RawGateway>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGateway {
    webhook_secret: String,
}

/// The validated settings.
#[derive(Debug, Clone, Default)]
pub struct MachineConfig {
    pub path: PathBuf,
    pub smtp: Option<SmtpSettings>,
    stripe_secret: Option<String>,
    gocardless_secret: Option<String>,
}

impl MachineConfig {
    /// Reads `path`; a missing file is an empty configuration.
    pub fn load(path: &Path) -> Result<MachineConfig> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(MachineConfig {
                    path: path.to_path_buf(),
                    ..MachineConfig::default()
                });
            }
            Err(e) => return Err(Error::io(path, e)),
        };
        let raw: RawConfig = toml::from_str(&text).map_err(|e| {
            let place = e
                .span()
                .map(|span| {
                    format!(
                        "{}:{}",
                        path.display(),
                        text[..span.start].lines().count().max(1)
                    )
                })
                .unwrap_or_else(|| path.display().to_string());
            Error::invalid(place, e.message().to_string())
        })?;
        let config = MachineConfig::from_raw(path, raw)?;
        if config.holds_secrets() {
            check_private(path)?;
        }
        Ok(config)
    }

    fn from_raw(path: &Path, raw: RawConfig) -> Result<MachineConfig> {
        let field = |name: &str| format!("{}: {name}", path.display());
        let smtp = raw
            .smtp
            .map(|s| -> Result<SmtpSettings> {
                let tls = match s.tls.as_deref().unwrap_or("starttls") {
                    "none" => TlsMode::None,
                    "starttls" => TlsMode::StartTls,
                    "tls" => TlsMode::Tls,
                    other => {
                        return Err(Error::invalid(
                            field("smtp.tls"),
                            format!("{other:?} is not none, starttls or tls"),
                        ));
                    }
                };
                if s.host.trim().is_empty() {
                    return Err(Error::invalid(field("smtp.host"), "must not be empty"));
                }
                Ok(SmtpSettings {
                    port: s.port.unwrap_or(match tls {
                        TlsMode::Tls => 465,
                        TlsMode::StartTls => 587,
                        TlsMode::None => 25,
                    }),
                    host: s.host,
                    tls,
                    user: s.user.filter(|u| !u.is_empty()),
                    password: s.password.filter(|p| !p.is_empty()),
                    from: s.from,
                })
            })
            .transpose()?;
        Ok(MachineConfig {
            path: path.to_path_buf(),
            smtp,
            stripe_secret: raw
                .gateways
                .stripe
                .map(|g| g.webhook_secret)
                .filter(|s| !s.is_empty()),
            gocardless_secret: raw
                .gateways
                .gocardless
                .map(|g| g.webhook_secret)
                .filter(|s| !s.is_empty()),
        })
    }

    fn holds_secrets(&self) -> bool {
        self.smtp.as_ref().is_some_and(|s| s.password.is_some())
            || self.stripe_secret.is_some()
            || self.gocardless_secret.is_some()
    }

    /// The SMTP settings, or an error saying where to put them.
    pub fn smtp(&self) -> Result<&SmtpSettings> {
        self.smtp.as_ref().ok_or_else(|| {
            Error::refused(format!(
                "no [smtp] section in {}; see `subs mail send --help`",
                self.path.display()
            ))
        })
    }

    /// The webhook secret of a gateway (`stripe` or `gocardless`).
    pub fn webhook_secret(&self, gateway: &str) -> Result<&str> {
        let secret = match gateway {
            "stripe" => self.stripe_secret.as_deref(),
            "gocardless" => self.gocardless_secret.as_deref(),
            _ => None,
        };
        secret.ok_or_else(|| {
            Error::refused(format!(
                "no [gateways.{gateway}] webhook_secret in {}; nothing can be verified",
                self.path.display()
            ))
        })
    }
}

/// A file holding secrets must not be readable or writable by group or others.
fn check_private(path: &Path) -> Result<()> {
    let mode = std::fs::metadata(path)
        .map_err(|e| Error::io(path, e))?
        .permissions()
        .mode()
        & 0o777;
    if mode & 0o077 != 0 {
        return Err(Error::refused(format!(
            "{} holds secrets but is mode {mode:o}; make it private with `chmod 600 {}`",
            path.display(),
            path.display()
        )));
    }
    Ok(())
}
