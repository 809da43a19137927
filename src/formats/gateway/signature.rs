//! Proving that a webhook body was sent by the gateway: the HMAC-SHA256 signatures of
//! Stripe (with a replay tolerance) and GoCardless.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::error::Error;

type HmacSha256 = Hmac<Sha256>;

/// Why a webhook signature was refused. Messages never show the secret or the signature
/// that was expected: either would help forge the next request.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("malformed signature header: {0}")]
    Malformed(String),

    #[error("the signature header carries no signature (Stripe signs with v1=)")]
    NoSignature,

    #[error(
        "the signature does not match the body: the webhook secret is wrong or the body was altered"
    )]
    Mismatch,

    #[error(
        "the signature was made at Unix time {timestamp} and received at {now}, \
         more than the {tolerance} s tolerance apart (a replayed event, or a clock that is off)"
    )]
    OutsideTolerance {
        timestamp: i64,
        now: i64,
        tolerance: i64,
    },
}

/// A refused signature is a refusal (exit 1), not bad input: the body may be well formed.
impl From<SignatureError> for Error {
    fn from(error: SignatureError) -> Self {
        Error::refused(format!("webhook refused: {error}"))
    }
}

/// Verifies a `Stripe-Signature` header: `t=<unix>,v1=<hex>[,v1=<hex>…]`, each `v1` being
/// hex(HMAC-SHA256(secret, "<t>." + body)).
///
/// Any one matching `v1` is enough (Stripe sends several while a secret is being rolled).
/// Other schemes (`v0`) are ignored. The signature is checked before the timestamp, so
/// that a sender without the secret learns only "mismatch".
pub fn verify_stripe(
    header: &str,
    body: &[u8],
    secret: &str,
    now_unix: i64,
    tolerance_secs: i64,
) -> Result<(), SignatureError> {
    let header = StripeHeader::parse(header)?;
    let mut mac = keyed(secret);
    // The timestamp is signed as it was written, so that it cannot be swapped for another.
    mac.update(header.timestamp_text.as_bytes());
    mac.update(b".");
    mac.update(body);
    let matches = header
        .signatures
        .iter()
        .any(|signature| mac.clone().verify_slice(signature).is_ok());
    if !matches {
        return Err(SignatureError::Mismatch);
    }
    check_tolerance(header.timestamp, now_unix, tolerance_secs)
}

/// Verifies a GoCardless `Webhook-Signature` header: hex(HMAC-SHA256(secret, body)).
pub fn verify_gocardless(header: &str, body: &[u8], secret: &str) -> Result<(), SignatureError> {
    let header = header.trim();
    if header.is_empty() {
        return Err(SignatureError::NoSignature);
    }
    let signature = hex::decode(header)
        .map_err(|_| SignatureError::Malformed("the signature is not hexadecimal".into()))?;
    let mut mac = keyed(secret);
    mac.update(body);
    // `verify_slice` compares in constant time, so timing reveals nothing of the expected tag.
    mac.verify_slice(&signature)
        .map_err(|_| SignatureError::Mismatch)
}

fn keyed(secret: &str) -> HmacSha256 {
    // HMAC hashes or pads a key of any length, so this cannot fail.
    HmacSha256::new_from_slice(secret.as_bytes()).expect("HMAC accepts keys of any length")
}

/// The parts of a `Stripe-Signature` header that `subs` checks.
struct StripeHeader<'a> {
    timestamp_text: &'a str,
    timestamp: i64,
    signatures: Vec<Vec<u8>>,
}

impl<'a> StripeHeader<'a> {
    fn parse(header: &'a str) -> Result<Self, SignatureError> {
        let malformed = |reason: &str| SignatureError::Malformed(reason.to_owned());
        let header = header.trim();
        if header.is_empty() {
            return Err(malformed("the header is empty"));
        }
        let mut timestamp = None;
        let mut signatures = Vec::new();
        for item in header.split(',') {
            let (key, value) = item
                .trim()
                .split_once('=')
                .ok_or_else(|| malformed("expected comma-separated key=value items"))?;
            match key {
                "t" if timestamp.is_some() => return Err(malformed("more than one t= timestamp")),
                "t" => {
                    let unix = value
                        .parse::<i64>()
                        .map_err(|_| malformed("t= is not a Unix time"))?;
                    timestamp = Some((value, unix));
                }
                "v1" => signatures.push(
                    hex::decode(value)
                        .map_err(|_| malformed("a v1= signature is not hexadecimal"))?,
                ),
                // `v0` (test-mode scheme) and future schemes are not ours to check.
                _ => {}
            }
        }
        let (timestamp_text, timestamp) = timestamp.ok_or_else(|| malformed("no t= timestamp"))?;
        if signatures.is_empty() {
            return Err(SignatureError::NoSignature);
        }
        Ok(StripeHeader {
            timestamp_text,
            timestamp,
            signatures,
        })
    }
}

fn check_tolerance(timestamp: i64, now: i64, tolerance: i64) -> Result<(), SignatureError> {
    let allowed = u64::try_from(tolerance).unwrap_or(0);
    if now.abs_diff(timestamp) > allowed {
        return Err(SignatureError::OutsideTolerance {
            timestamp,
            now,
            tolerance,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ExitKind;

    const SECRET: &str = "whsec_test_secret";
    const BODY: &[u8] = br#"{"id":"evt_1","type":"payment_intent.succeeded"}"#;
    const NOW: i64 = 1_770_000_000;
    const TOLERANCE: i64 = 300;

    const GOCARDLESS: &[u8] =
        include_bytes!("../../../tests/fixtures/webhooks/gocardless-payments-confirmed.json");

    fn hmac_hex(secret: &str, parts: &[&[u8]]) -> String {
        let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).unwrap();
        for part in parts {
            mac.update(part);
        }
        hex::encode(mac.finalize().into_bytes())
    }

    fn stripe_signature(secret: &str, timestamp: i64, body: &[u8]) -> String {
        hmac_hex(secret, &[timestamp.to_string().as_bytes(), b".", body])
    }

    fn stripe_header(secret: &str, timestamp: i64, body: &[u8]) -> String {
        format!(
            "t={timestamp},v1={}",
            stripe_signature(secret, timestamp, body)
        )
    }

    fn verify_at(header: &str, body: &[u8], now: i64) -> Result<(), SignatureError> {
        verify_stripe(header, body, SECRET, now, TOLERANCE)
    }

    fn is_malformed(result: Result<(), SignatureError>) -> bool {
        matches!(result, Err(SignatureError::Malformed(_)))
    }

    // Stripe signatures

    #[test]
    fn a_stripe_signature_made_with_the_secret_is_accepted() {
        let header = stripe_header(SECRET, NOW, BODY);
        assert_eq!(verify_at(&header, BODY, NOW), Ok(()));
    }

    #[test]
    fn one_matching_v1_among_several_is_enough() {
        let good = stripe_signature(SECRET, NOW, BODY);
        let old = stripe_signature("whsec_rolled_out", NOW, BODY);
        let header = format!("t={NOW},v1={old},v1={good},v0=abcdef");
        assert_eq!(verify_at(&header, BODY, NOW), Ok(()));
    }

    #[test]
    fn spaces_around_stripe_header_items_are_tolerated() {
        let header = format!(" t={NOW}, v1={} ", stripe_signature(SECRET, NOW, BODY));
        assert_eq!(verify_at(&header, BODY, NOW), Ok(()));
    }

    #[test]
    fn a_tampered_stripe_body_is_refused() {
        let header = stripe_header(SECRET, NOW, BODY);
        let tampered = br#"{"id":"evt_1","type":"payment_intent.succeeded "}"#;
        assert_eq!(
            verify_at(&header, tampered, NOW),
            Err(SignatureError::Mismatch)
        );
    }

    #[test]
    fn a_stripe_signature_made_with_another_secret_is_refused() {
        let header = stripe_header("whsec_someone_else", NOW, BODY);
        assert_eq!(verify_at(&header, BODY, NOW), Err(SignatureError::Mismatch));
    }

    #[test]
    fn a_stripe_signature_moved_to_another_timestamp_is_refused() {
        let signature = stripe_signature(SECRET, NOW - 1000, BODY);
        let header = format!("t={NOW},v1={signature}");
        assert_eq!(verify_at(&header, BODY, NOW), Err(SignatureError::Mismatch));
    }

    #[test]
    fn a_stripe_signature_older_than_the_tolerance_is_refused() {
        let signed_at = NOW - TOLERANCE - 1;
        let header = stripe_header(SECRET, signed_at, BODY);
        assert_eq!(
            verify_at(&header, BODY, NOW),
            Err(SignatureError::OutsideTolerance {
                timestamp: signed_at,
                now: NOW,
                tolerance: TOLERANCE
            })
        );
    }

    #[test]
    fn a_stripe_signature_dated_beyond_the_tolerance_in_the_future_is_refused() {
        let signed_at = NOW + TOLERANCE + 1;
        let header = stripe_header(SECRET, signed_at, BODY);
        assert!(matches!(
            verify_at(&header, BODY, NOW),
            Err(SignatureError::OutsideTolerance { .. })
        ));
    }

    #[test]
    fn a_stripe_signature_exactly_at_the_tolerance_is_accepted() {
        let header = stripe_header(SECRET, NOW - TOLERANCE, BODY);
        assert_eq!(verify_at(&header, BODY, NOW), Ok(()));
    }

    #[test]
    fn a_garbage_stripe_header_is_malformed() {
        assert!(is_malformed(verify_at("garbage", BODY, NOW)));
    }

    #[test]
    fn an_empty_stripe_header_is_malformed() {
        assert!(is_malformed(verify_at("", BODY, NOW)));
    }

    #[test]
    fn a_stripe_header_without_timestamp_is_malformed() {
        let header = format!("v1={}", stripe_signature(SECRET, NOW, BODY));
        assert!(is_malformed(verify_at(&header, BODY, NOW)));
    }

    #[test]
    fn a_stripe_header_with_a_non_numeric_timestamp_is_malformed() {
        let header = format!("t=yesterday,v1={}", stripe_signature(SECRET, NOW, BODY));
        assert!(is_malformed(verify_at(&header, BODY, NOW)));
    }

    #[test]
    fn a_non_hex_v1_is_malformed() {
        let header = format!("t={NOW},v1=not-hex-at-all");
        assert!(is_malformed(verify_at(&header, BODY, NOW)));
    }

    #[test]
    fn a_stripe_header_with_only_v0_carries_no_signature() {
        let header = format!("t={NOW},v0={}", stripe_signature(SECRET, NOW, BODY));
        assert_eq!(
            verify_at(&header, BODY, NOW),
            Err(SignatureError::NoSignature)
        );
    }

    // GoCardless signatures

    #[test]
    fn a_gocardless_signature_made_with_the_secret_is_accepted() {
        let header = hmac_hex(SECRET, &[GOCARDLESS]);
        assert_eq!(verify_gocardless(&header, GOCARDLESS, SECRET), Ok(()));
    }

    #[test]
    fn a_tampered_gocardless_body_is_refused() {
        let header = hmac_hex(SECRET, &[GOCARDLESS]);
        let mut tampered = GOCARDLESS.to_vec();
        tampered.push(b' ');
        assert_eq!(
            verify_gocardless(&header, &tampered, SECRET),
            Err(SignatureError::Mismatch)
        );
    }

    #[test]
    fn a_gocardless_signature_made_with_another_secret_is_refused() {
        let header = hmac_hex("someone else", &[GOCARDLESS]);
        assert_eq!(
            verify_gocardless(&header, GOCARDLESS, SECRET),
            Err(SignatureError::Mismatch)
        );
    }

    #[test]
    fn a_non_hex_gocardless_header_is_malformed() {
        assert!(is_malformed(verify_gocardless("zz", GOCARDLESS, SECRET)));
    }

    #[test]
    fn an_empty_gocardless_header_carries_no_signature() {
        assert_eq!(
            verify_gocardless("  ", GOCARDLESS, SECRET),
            Err(SignatureError::NoSignature)
        );
    }

    // Refusals

    #[test]
    fn refusal_messages_show_neither_the_secret_nor_the_expected_signature() {
        let expected = stripe_signature(SECRET, NOW, BODY);
        let refusals = [
            verify_at(&stripe_header(SECRET, NOW, b"other"), BODY, NOW),
            verify_at(&stripe_header(SECRET, NOW - 9999, BODY), BODY, NOW),
            verify_at(&format!("t={NOW},v1=xyz"), BODY, NOW),
            verify_at("", BODY, NOW),
            verify_gocardless("00", BODY, SECRET),
        ];
        for refusal in refusals {
            let message = refusal.unwrap_err().to_string();
            assert!(!message.contains(SECRET), "{message}");
            assert!(!message.contains(&expected), "{message}");
        }
    }

    #[test]
    fn a_refused_signature_exits_as_a_refusal() {
        let error = Error::from(SignatureError::Mismatch);
        assert_eq!(error.exit_kind(), ExitKind::Refused);
        assert!(error.to_string().starts_with("webhook refused: "));
    }

    #[test]
    fn the_tolerance_message_names_both_times() {
        let message = SignatureError::OutsideTolerance {
            timestamp: 100,
            now: 500,
            tolerance: 300,
        }
        .to_string();
        assert!(message.contains("100") && message.contains("500") && message.contains("300"));
    }
}
