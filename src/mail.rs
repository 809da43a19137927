//! Sending mail over SMTP: the only module that talks to a mail server.
//!
//! The caller builds [`SmtpSettings`] from the machine's `config.toml` and an
//! [`OutgoingMail`] from a rendered template; [`send`] turns them into a MIME message
//! (text, optional HTML alternative, attachments) and hands it to the server, one
//! connection per mail. Errors name the server and the recipients, never the password.

use std::fmt;
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Attachment as MimeAttachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::SmtpTransport;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, Transport};

/// How long to wait for the connection and for each SMTP reply: a dead server must not
/// hang `subs mail send` or `tick`.
const TIMEOUT: Duration = Duration::from_secs(10);

/// How the connection to the server is protected (`[smtp] tls` in `config.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsMode {
    /// Plain text, for a relay on the same machine or a test server.
    None,
    /// Plain connection upgraded with STARTTLS (usually port 587); refused if unavailable.
    StartTls,
    /// TLS from the first byte (usually port 465).
    Tls,
}

/// Where and as whom to send (`[smtp]` in `config.toml`).
#[derive(Clone, PartialEq, Eq)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    /// No user (or an empty one) means no authentication.
    pub user: Option<String>,
    pub password: Option<String>,
    /// The `From` mailbox, e.g. `Coworking Lumière <facturation@example.fr>`.
    pub from: String,
}

/// Shows everything but the password, so that settings can be logged or put in an error.
impl fmt::Debug for SmtpSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SmtpSettings")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("tls", &self.tls)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "***"))
            .field("from", &self.from)
            .finish()
    }
}

/// One mail to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    /// The `Date:` header: the command's "now" (`--now`), never the machine's clock.
    pub date: chrono::DateTime<chrono::Utc>,
    /// Mailboxes, each `name@host` or `Name <name@host>`.
    pub to: Vec<String>,
    pub subject: String,
    pub text: String,
    /// Sent as an alternative to `text`, which stays for clients that show no HTML.
    pub html: Option<String>,
    pub attachments: Vec<Attachment>,
}

/// A file attached to a mail (an invoice PDF, a Factur-X XML).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub filename: String,
    /// A MIME type, e.g. `application/pdf`.
    pub content_type: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("the mail has no recipient")]
    NoRecipient,

    #[error("{field} address {address:?} is not a valid mailbox: {reason}")]
    InvalidAddress {
        field: &'static str,
        address: String,
        reason: String,
    },

    #[error("attachment {filename}: {content_type:?} is not a valid content type")]
    InvalidAttachment {
        filename: String,
        content_type: String,
    },

    #[error("cannot build the mail to {to}: {reason}")]
    Build { to: String, reason: String },

    #[error("cannot send the mail to {to} through {host}:{port}: {reason}")]
    Send {
        host: String,
        port: u16,
        to: String,
        reason: String,
    },
}

/// Sends one mail, connecting to the server for it alone.
pub fn send(settings: &SmtpSettings, mail: &OutgoingMail) -> Result<(), MailError> {
    let message = build_message(&settings.from, mail)?;
    let send_error = |reason: String| MailError::Send {
        host: settings.host.clone(),
        port: settings.port,
        to: mail.to.join(", "),
        reason: without_password(reason, settings.password.as_deref()),
    };
    let transport = transport(settings).map_err(|e| send_error(format!("TLS setup: {e}")))?;
    transport
        .send(&message)
        .map(|_| ())
        .map_err(|e| send_error(e.to_string()))
}

fn transport(settings: &SmtpSettings) -> Result<SmtpTransport, lettre::transport::smtp::Error> {
    let builder = match settings.tls {
        // Named "dangerous" by lettre because nothing is encrypted; that is what `none` asks.
        TlsMode::None => SmtpTransport::builder_dangerous(&settings.host),
        TlsMode::StartTls => SmtpTransport::starttls_relay(&settings.host)?,
        TlsMode::Tls => SmtpTransport::relay(&settings.host)?,
    };
    let builder = builder.port(settings.port).timeout(Some(TIMEOUT));
    let builder = match (settings.user.as_deref(), settings.password.as_deref()) {
        (Some(user), password) if !user.is_empty() => builder.credentials(Credentials::new(
            user.to_owned(),
            password.unwrap_or_default().to_owned(),
        )),
        _ => builder,
    };
    Ok(builder.build())
}

fn build_message(from: &str, mail: &OutgoingMail) -> Result<Message, MailError> {
    if mail.to.is_empty() {
        return Err(MailError::NoRecipient);
    }
    let mut builder = Message::builder()
        .date(std::time::SystemTime::from(mail.date))
        .from(mailbox("from", from)?)
        .subject(mail.subject.as_str());
    for to in &mail.to {
        builder = builder.to(mailbox("to", to)?);
    }
    let built = match body(mail)? {
        Body::Single(part) => builder.singlepart(part),
        Body::Multi(parts) => builder.multipart(parts),
    };
    built.map_err(|e| MailError::Build {
        to: mail.to.join(", "),
        reason: e.to_string(),
    })
}

enum Body {
    Single(SinglePart),
    Multi(MultiPart),
}

/// text, or text+HTML as multipart/alternative; with attachments, that inside
/// multipart/mixed followed by one part per file.
fn body(mail: &OutgoingMail) -> Result<Body, MailError> {
    let readable = match &mail.html {
        Some(html) => Body::Multi(MultiPart::alternative_plain_html(
            mail.text.clone(),
            html.clone(),
        )),
        None => Body::Single(SinglePart::plain(mail.text.clone())),
    };
    if mail.attachments.is_empty() {
        return Ok(readable);
    }
    let mut mixed = match readable {
        Body::Single(part) => MultiPart::mixed().singlepart(part),
        Body::Multi(parts) => MultiPart::mixed().multipart(parts),
    };
    for attachment in &mail.attachments {
        mixed = mixed.singlepart(attachment_part(attachment)?);
    }
    Ok(Body::Multi(mixed))
}

fn attachment_part(attachment: &Attachment) -> Result<SinglePart, MailError> {
    let content_type =
        ContentType::parse(&attachment.content_type).map_err(|_| MailError::InvalidAttachment {
            filename: attachment.filename.clone(),
            content_type: attachment.content_type.clone(),
        })?;
    Ok(MimeAttachment::new(attachment.filename.clone())
        .body(attachment.bytes.clone(), content_type))
}

fn mailbox(field: &'static str, address: &str) -> Result<Mailbox, MailError> {
    address.trim().parse().map_err(
        |e: lettre::address::AddressError| MailError::InvalidAddress {
            field,
            address: address.to_owned(),
            reason: e.to_string(),
        },
    )
}

/// A server may echo what it was sent; the password must not reach a log that way.
fn without_password(reason: String, password: Option<&str>) -> String {
    match password {
        Some(password) if !password.is_empty() => reason.replace(password, "***"),
        _ => reason,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail(to: &[&str]) -> OutgoingMail {
        OutgoingMail {
            date: chrono::DateTime::UNIX_EPOCH,
            to: to.iter().map(|t| t.to_string()).collect(),
            subject: "Facture".into(),
            text: "Bonjour".into(),
            html: None,
            attachments: Vec::new(),
        }
    }

    #[test]
    fn a_display_name_with_accents_is_a_valid_sender() {
        let message = build_message(
            "Coworking Lumière <facturation@example.fr>",
            &mail(&["a@b.fr"]),
        );
        assert!(message.is_ok(), "{message:?}");
    }

    #[test]
    fn a_mail_without_recipient_is_refused_before_connecting() {
        let error = build_message("a@b.fr", &mail(&[])).unwrap_err();
        assert!(matches!(error, MailError::NoRecipient));
    }

    #[test]
    fn an_invalid_recipient_is_named() {
        let error = build_message("a@b.fr", &mail(&["not an address"])).unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("to address \"not an address\""),
            "{error}"
        );
    }

    #[test]
    fn an_invalid_attachment_type_is_named() {
        let mut bad = mail(&["a@b.fr"]);
        bad.attachments.push(Attachment {
            filename: "f.pdf".into(),
            content_type: "no slash".into(),
            bytes: Vec::new(),
        });
        let error = build_message("a@b.fr", &bad).unwrap_err();
        assert!(
            error.to_string().starts_with("attachment f.pdf:"),
            "{error}"
        );
    }

    #[test]
    fn settings_debug_hides_the_password() {
        let settings = SmtpSettings {
            host: "h".into(),
            port: 25,
            tls: TlsMode::None,
            user: Some("u".into()),
            password: Some("hunter2".into()),
            from: "a@b.fr".into(),
        };
        assert!(!format!("{settings:?}").contains("hunter2"));
    }
}
