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
    webhook_secret: Option<String>,
    /// Stripe's secret API key (`sk_…`).
    api_key: Option<String>,
    /// GoCardless's access token.
    access_token: Option<String>,
    /// The API's address (tests point it at a local double).
    api_base: Option<String>,
    /// How long a call may take before its answer counts as lost.
    timeout_seconds: Option<u64>,
}

/// What `subs` needs to charge through a gateway's API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GatewayApi {
    /// The API key or access token sent as a bearer token.
    pub secret: String,
    /// Without a trailing slash.
    pub base: String,
    pub timeout_seconds: u64,
}

/// A call that takes longer than this has lost its answer.
const DEFAULT_TIMEOUT_SECONDS: u64 = 30;

/// The validated settings.
#[derive(Debug, Clone, Default)]
pub struct MachineConfig {
    pub path: PathBuf,
    pub smtp: Option<SmtpSettings>,
    stripe_secret: Option<String>,
    gocardless_secret: Option<String>,
    stripe_api: Option<GatewayApi>,
    gocardless_api: Option<GatewayApi>,
}

impl MachineConfig {
    /// Reads `path`; a missing file is an empty configuration.
    pub fn load(path: &Path) -> Result<MachineConfig> {
        let bytes = match read_limited(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(MachineConfig {
                    path: path.to_path_buf(),
                    ..MachineConfig::default()
                });
            }
            Err(e) => return Err(Error::io(path, e)),
        };
        let source = path.display().to_string();
        let text = crate::domain::values::utf8_text(&source, &bytes, " (save it as UTF-8)")?;
        let raw: RawConfig = toml::from_str(text).map_err(|e| parse_error(&source, text, &e))?;
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
        let gateways = raw.gateways;
        let stripe_api = gateways
            .stripe
            .as_ref()
            .map(|g| api_of(path, "stripe", g, "api_key", "https://api.stripe.com"))
            .transpose()?
            .flatten();
        let gocardless_api = gateways
            .gocardless
            .as_ref()
            .map(|g| {
                api_of(
                    path,
                    "gocardless",
                    g,
                    "access_token",
                    "https://api.gocardless.com",
                )
            })
            .transpose()?
            .flatten();
        Ok(MachineConfig {
            path: path.to_path_buf(),
            smtp,
            stripe_secret: gateways
                .stripe
                .and_then(|g| g.webhook_secret)
                .filter(|s| !s.is_empty()),
            gocardless_secret: gateways
                .gocardless
                .and_then(|g| g.webhook_secret)
                .filter(|s| !s.is_empty()),
            stripe_api,
            gocardless_api,
        })
    }

    fn holds_secrets(&self) -> bool {
        self.smtp.as_ref().is_some_and(|s| s.password.is_some())
            || self.stripe_secret.is_some()
            || self.gocardless_secret.is_some()
            || self.stripe_api.is_some()
            || self.gocardless_api.is_some()
    }

    /// How to call a gateway's API (`stripe` or `gocardless`), or an error saying where
    /// its key goes.
    pub fn gateway_api(&self, gateway: &str) -> Result<&GatewayApi> {
        let (api, key) = match gateway {
            "stripe" => (self.stripe_api.as_ref(), "api_key"),
            _ => (self.gocardless_api.as_ref(), "access_token"),
        };
        api.ok_or_else(|| {
            Error::refused(format!(
                "no [gateways.{gateway}] {key} in {}; nothing can be charged",
                self.path.display()
            ))
        })
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

/// A gateway's API settings: its secret under `key` (the other gateway's name for it is
/// refused), its address (HTTPS, or plain HTTP to this machine only, for a test double).
fn api_of(
    path: &Path,
    gateway: &str,
    raw: &RawGateway,
    key: &str,
    default_base: &str,
) -> Result<Option<GatewayApi>> {
    let field = |name: &str| format!("{}: gateways.{gateway}.{name}", path.display());
    let (secret, wrong) = match key {
        "api_key" => (
            &raw.api_key,
            raw.access_token.as_ref().map(|_| "access_token"),
        ),
        _ => (&raw.access_token, raw.api_key.as_ref().map(|_| "api_key")),
    };
    if let Some(wrong) = wrong {
        return Err(Error::invalid(
            field(wrong),
            format!("is not a {gateway} setting; use {key}"),
        ));
    }
    let Some(secret) = secret.as_ref().filter(|s| !s.trim().is_empty()) else {
        return Ok(None);
    };
    let base = raw
        .api_base
        .as_deref()
        .unwrap_or(default_base)
        .trim_end_matches('/')
        .to_string();
    let local = ["http://127.0.0.1", "http://localhost", "http://[::1]"]
        .iter()
        .any(|p| base.starts_with(p));
    if !base.starts_with("https://") && !local {
        return Err(Error::invalid(
            field("api_base"),
            "must be an https:// address (plain http only to this machine)",
        ));
    }
    let timeout_seconds = raw.timeout_seconds.unwrap_or(DEFAULT_TIMEOUT_SECONDS);
    if timeout_seconds == 0 {
        return Err(Error::invalid(
            field("timeout_seconds"),
            "must be at least 1",
        ));
    }
    Ok(Some(GatewayApi {
        secret: secret.clone(),
        base,
        timeout_seconds,
    }))
}

/// The most `config.toml` may hold.
const MAX_BYTES: u64 = 1 << 20;

fn read_limited(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    if file.metadata()?.is_dir() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            "is a directory, not a file",
        ));
    }
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "is larger than 1 MiB; not a settings file",
        ));
    }
    Ok(bytes)
}

/// A TOML error in the settings file as a message that names the line and the key but
/// never quotes a value: the file holds passwords and webhook secrets, and an error line
/// ends up in cron mail and logs.
fn parse_error(source: &str, text: &str, error: &toml::de::Error) -> Error {
    let Some(span) = error.span() else {
        return Error::invalid(source, without_values(error.message()));
    };
    let start = span.start.min(text.len());
    let line = text[..start].matches('\n').count() + 1;
    let place = match key_at(text, start) {
        Some(key) => format!("{source}:{line}: {key}"),
        None => format!("{source}:{line}"),
    };
    let mut reason = without_values(error.message());
    // Whatever the parser's wording, the value written on that line never goes out.
    let value = value_at(text, start);
    if !value.is_empty() && reason.contains(value) {
        reason = "is not a valid value".into();
    }
    Error::invalid(place, reason)
}

/// serde's messages about a value quote it (`invalid type: integer `1234`, expected a
/// string`): keep what was expected, which comes from this program, not from the file.
fn without_values(message: &str) -> String {
    let about_a_value = [
        "invalid type",
        "invalid value",
        "invalid length",
        "unknown variant",
    ]
    .iter()
    .any(|prefix| message.starts_with(prefix));
    if !about_a_value {
        return message.to_string();
    }
    match message.rsplit_once(", expected ") {
        Some((_, expected)) if expected.starts_with("struct ") => "expected a table".into(),
        Some((_, "u16")) => "expected a whole number from 0 to 65535".into(),
        Some((_, expected)) => format!("expected {expected}"),
        None => "is not a valid value".into(),
    }
}

/// The value of the `key = value` line holding `offset`, unquoted.
fn value_at(text: &str, offset: usize) -> &str {
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].split('\n').next().unwrap_or("");
    line.split_once('=')
        .map_or("", |(_, value)| value.trim().trim_matches(['"', '\'']))
}

/// The dotted key of the `key = value` line holding `offset`, under its `[table]`.
fn key_at(text: &str, offset: usize) -> Option<String> {
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..];
    let line = line.split('\n').next().unwrap_or("");
    let key = match line.split_once('=') {
        Some((key, _)) => key.trim(),
        None => line
            .trim()
            .trim_start_matches('[')
            .trim_end_matches(']')
            .trim(),
    };
    if key.is_empty() || key.starts_with('#') {
        return None;
    }
    let table = text[..line_start]
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| l.starts_with('['))
        .map(|l| l.trim_matches(['[', ']']).trim().to_string());
    Some(match table {
        Some(table) if !line.trim_start().starts_with('[') => format!("{table}.{key}"),
        _ => key.to_string(),
    })
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
