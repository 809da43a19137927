//! E-mail as the books keep it: the templates users write, and the outbox of messages
//! waiting to be sent (or sent, or withdrawn). Sending is the SMTP module's.

/// A user-written e-mail template: subject and body, rendered with the template context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    pub name: String,
    pub subject: String,
    pub body: String,
}

/// A message waiting in (or gone from) the outbox.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OutboxMessage {
    pub id: i64,
    pub recipients: String,
    pub subject: String,
    pub body: String,
    pub html: Option<String>,
    pub attachment_name: Option<String>,
    pub attachment: Option<Vec<u8>>,
    pub invoice: Option<i64>,
    pub payment_request: Option<String>,
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: String,
    pub sent_at: Option<String>,
    /// Why a message was withdrawn (`cancelled`) before it was sent.
    pub reason: Option<String>,
}
