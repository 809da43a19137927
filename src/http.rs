//! Calling a payment gateway's API over HTTPS: the only module that talks HTTP.
//!
//! One blocking POST with a bearer token, an `Idempotency-Key`, a body and a deadline;
//! the answer is its status and text, whatever the status (the caller reads a decline
//! from a 402 as it reads a success from a 200). No answer at all — refused connection,
//! deadline passed, cut mid-way — is [`Lost`]: the caller cannot know whether the
//! gateway acted, and asks again later with the same key.

use std::fmt;
use std::time::Duration;

/// A request to send.
#[derive(Debug, Clone)]
pub struct Post<'a> {
    pub url: &'a str,
    pub bearer: &'a str,
    pub idempotency_key: &'a str,
    pub content_type: &'a str,
    /// Further headers (an API version).
    pub headers: &'a [(&'a str, &'a str)],
    pub body: &'a str,
    pub timeout: Duration,
}

/// What came back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub status: u16,
    pub body: String,
}

/// No answer: what went wrong, for the record (never the key or the body).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lost(pub String);

impl fmt::Display for Lost {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The most of an answer read: a gateway's JSON is a few kilobytes.
const MAX_ANSWER: u64 = 1 << 20;

/// Sends `post` and waits for the answer, at most `post.timeout`.
pub fn post(post: &Post) -> Result<Answer, Lost> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(post.timeout))
        .http_status_as_error(false)
        .build()
        .into();
    let mut request = agent
        .post(post.url)
        .header("Authorization", &format!("Bearer {}", post.bearer))
        .header("Idempotency-Key", post.idempotency_key)
        .header("Content-Type", post.content_type);
    for (name, value) in post.headers {
        request = request.header(*name, *value);
    }
    let response = request.send(post.body).map_err(|e| Lost(describe(&e)))?;
    let status = response.status().as_u16();
    let body = response
        .into_body()
        .with_config()
        .limit(MAX_ANSWER)
        .read_to_string()
        .map_err(|e| Lost(describe(&e)))?;
    Ok(Answer { status, body })
}

fn describe(error: &ureq::Error) -> String {
    match error {
        ureq::Error::Timeout(_) => "no answer before the deadline".into(),
        ureq::Error::Io(e) => format!("connection failed: {e}"),
        other => other.to_string(),
    }
}
