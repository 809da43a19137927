//! `subs::mail::send` against a local SMTP sink: what a mail server receives.

use std::net::{Ipv4Addr, TcpListener};
use std::time::Duration;

use subs::mail::{Attachment, MailError, OutgoingMail, SmtpSettings, TlsMode, send};

use crate::smtp_sink::{SmtpSink, decode_base64};

const WAIT: Duration = Duration::from_secs(5);
const FROM: &str = "Coworking Lumière <facturation@example.fr>";

fn settings(port: u16) -> SmtpSettings {
    SmtpSettings {
        host: "127.0.0.1".into(),
        port,
        tls: TlsMode::None,
        user: None,
        password: None,
        from: FROM.into(),
    }
}

fn with_login(port: u16, user: &str, password: &str) -> SmtpSettings {
    SmtpSettings {
        user: Some(user.into()),
        password: Some(password.into()),
        ..settings(port)
    }
}

fn mail(subject: &str, text: &str) -> OutgoingMail {
    OutgoingMail {
        date: "2026-01-15T09:30:00Z".parse().unwrap(),
        to: vec!["Alice Martin <alice@client.example>".into()],
        subject: subject.into(),
        text: text.into(),
        html: None,
        attachments: Vec::new(),
    }
}

/// The one message a send delivered to a fresh sink.
fn deliver(mail: &OutgoingMail) -> String {
    let sink = SmtpSink::start();
    send(&settings(sink.port()), mail).expect("mail sent");
    let mut messages = sink.wait_for(1, WAIT);
    assert_eq!(messages.len(), 1);
    messages.remove(0).data
}

/// A header's value, its folded continuation lines joined.
fn header(data: &str, name: &str) -> String {
    let head = data.split("\r\n\r\n").next().unwrap_or_default();
    let unfolded = head.replace("\r\n ", " ").replace("\r\n\t", " ");
    let prefix = format!("{}:", name.to_ascii_lowercase());
    unfolded
        .lines()
        .find(|line| line.to_ascii_lowercase().starts_with(&prefix))
        .map(|line| line[prefix.len()..].trim().to_owned())
        .unwrap_or_else(|| panic!("no {name} header in:\n{data}"))
}

/// Decodes RFC 2047 encoded words (`=?utf-8?b?…?=` and `=?utf-8?q?…?=`); the white space
/// between two adjacent encoded words is not part of the text.
fn decode_rfc2047(value: &str) -> String {
    let mut decoded = String::new();
    let mut previous_was_word = false;
    for (i, token) in value.split_whitespace().enumerate() {
        let word = encoded_word(token);
        if i > 0 && !(previous_was_word && word.is_some()) {
            decoded.push(' ');
        }
        previous_was_word = word.is_some();
        decoded.push_str(&word.unwrap_or_else(|| token.to_owned()));
    }
    decoded
}

fn encoded_word(token: &str) -> Option<String> {
    let parts: Vec<&str> = token.split('?').collect();
    let ["=", _charset, encoding, payload, "="] = parts[..] else {
        return None;
    };
    let bytes = match encoding {
        "b" | "B" => decode_base64(payload),
        _ => decode_q(payload),
    };
    Some(String::from_utf8(bytes).expect("UTF-8 encoded word"))
}

fn decode_q(payload: &str) -> Vec<u8> {
    let bytes = payload.as_bytes();
    let mut decoded = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'_' => decoded.push(b' '),
            b'=' => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
                decoded.push(u8::from_str_radix(hex, 16).unwrap());
                i += 2;
            }
            other => decoded.push(other),
        }
        i += 1;
    }
    decoded
}

/// The decoded body of the MIME part whose headers include `marker`.
fn base64_part_after(data: &str, marker: &str) -> Vec<u8> {
    let part = &data[data.find(marker).unwrap_or_else(|| panic!("no {marker}"))..];
    let body_start = part.find("\r\n\r\n").expect("part body") + 4;
    let body = &part[body_start..];
    let body_end = body.find("\r\n--").expect("closing boundary");
    decode_base64(&body[..body_end])
}

#[test]
fn a_plain_mail_arrives_with_its_envelope_subject_and_body() {
    let sink = SmtpSink::start();
    send(
        &settings(sink.port()),
        &mail("Your invoice", "Hello Alice,\r\nyour invoice is ready."),
    )
    .unwrap();

    let received = sink.wait_for(1, WAIT).remove(0);
    assert_eq!(received.from, "facturation@example.fr");
    assert_eq!(received.to, vec!["alice@client.example"]);
    assert_eq!(received.login, None);
    // What the server received, its CRLF line ends shown as new lines.
    insta::assert_snapshot!(received.data.replace("\r\n", "\n"), @r#"
    Date: Thu, 15 Jan 2026 09:30:00 +0000
    From: =?utf-8?b?Q293b3JraW5nIEx1bWnDqHJl?= <facturation@example.fr>
    Subject: Your invoice
    To: "Alice Martin" <alice@client.example>
    MIME-Version: 1.0
    Content-Type: text/plain; charset=utf-8
    Content-Transfer-Encoding: 7bit

    Hello Alice,
    your invoice is ready.
    "#);
    assert!(
        received
            .data
            .contains("\r\n\r\nHello Alice,\r\nyour invoice is ready.\r\n"),
        "{}",
        received.data
    );
}

#[test]
fn the_date_header_is_the_mail_s_own_date_not_the_clock() {
    let data = deliver(&mail("Facture", "Bonjour"));
    assert_eq!(header(&data, "Date"), "Thu, 15 Jan 2026 09:30:00 +0000");
}

#[test]
fn a_non_ascii_subject_and_sender_name_are_encoded_and_decode_back() {
    let data = deliver(&mail("Votre facture de février — Lumière", "Bonjour"));

    let subject = header(&data, "Subject");
    assert!(
        subject.is_ascii() && subject.contains("=?utf-8?"),
        "{subject}"
    );
    assert_eq!(
        decode_rfc2047(&subject),
        "Votre facture de février — Lumière"
    );
    let from = header(&data, "From");
    assert!(from.is_ascii(), "{from}");
    assert_eq!(
        decode_rfc2047(&from),
        "Coworking Lumière <facturation@example.fr>"
    );
}

#[test]
fn a_line_starting_with_a_dot_survives_the_transfer() {
    let data = deliver(&mail("Dots", "first\r\n.second\r\n..third"));
    assert!(data.contains("\r\n.second\r\n..third"), "{data}");
}

#[test]
fn several_recipients_are_all_in_the_envelope() {
    let sink = SmtpSink::start();
    let mut two = mail("Both", "Hi");
    two.to.push("bob@client.example".into());
    send(&settings(sink.port()), &two).unwrap();

    let received = sink.wait_for(1, WAIT).remove(0);
    assert_eq!(
        received.to,
        vec!["alice@client.example", "bob@client.example"]
    );
}

#[test]
fn an_html_body_travels_as_an_alternative_to_the_text() {
    let mut both = mail("Invoice", "Plain words");
    both.html = Some("<p>Rich <b>words</b></p>".into());
    let data = deliver(&both);

    assert!(header(&data, "Content-Type").starts_with("multipart/alternative"));
    let text_at = data.find("Content-Type: text/plain").expect("text part");
    let html_at = data.find("Content-Type: text/html").expect("html part");
    // The last part is the preferred one, so the HTML comes after the text (RFC 2046).
    assert!(text_at < html_at);
    assert!(data[text_at..html_at].contains("Plain words"));
    assert!(data[html_at..].contains("<p>Rich <b>words</b></p>"));
}

#[test]
fn an_attachment_arrives_with_its_name_type_and_bytes() {
    let bytes: Vec<u8> = (0..=255).chain([0, 13, 10, 46]).collect();
    let mut invoice = mail("Invoice F-2026-0001", "Attached.");
    invoice.html = Some("<p>Attached.</p>".into());
    invoice.attachments.push(Attachment {
        filename: "F-2026-0001.pdf".into(),
        content_type: "application/pdf".into(),
        bytes: bytes.clone(),
    });
    let data = deliver(&invoice);

    assert!(header(&data, "Content-Type").starts_with("multipart/mixed"));
    assert!(data.contains("multipart/alternative"), "{data}");
    assert!(
        data.contains("Content-Disposition: attachment; filename=\"F-2026-0001.pdf\""),
        "{data}"
    );
    assert_eq!(
        base64_part_after(&data, "Content-Type: application/pdf"),
        bytes
    );
}

#[test]
fn mails_sent_one_after_another_each_arrive() {
    let sink = SmtpSink::start();
    send(&settings(sink.port()), &mail("First", "1")).unwrap();
    send(&settings(sink.port()), &mail("Second", "2")).unwrap();

    let subjects: Vec<String> = sink
        .wait_for(2, WAIT)
        .iter()
        .map(|m| header(&m.data, "Subject"))
        .collect();
    assert_eq!(subjects, ["First", "Second"]);
}

#[test]
fn credentials_are_sent_even_without_tls() {
    let sink = SmtpSink::start();
    send(
        &with_login(sink.port(), "facturation", "s3cret-pw"),
        &mail("Hi", "Hi"),
    )
    .unwrap();

    let received = sink.wait_for(1, WAIT).remove(0);
    let login = received.login.expect("the client authenticated");
    assert_eq!(
        (login.user.as_str(), login.password.as_str()),
        ("facturation", "s3cret-pw")
    );
    assert!(["PLAIN", "LOGIN"].contains(&login.mechanism.as_str()));
}

#[test]
fn an_unreachable_server_is_named_by_host_and_port_without_the_password() {
    let port = {
        // A port that was just free and that nobody listens on any more.
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
        listener.local_addr().unwrap().port()
    };
    let error = send(
        &with_login(port, "facturation", "s3cret-pw"),
        &mail("Hi", "Hi"),
    )
    .unwrap_err();

    assert!(matches!(error, MailError::Send { .. }), "{error:?}");
    let message = error.to_string();
    assert!(message.contains(&format!("127.0.0.1:{port}")), "{message}");
    assert!(message.contains("alice@client.example"), "{message}");
    assert!(!message.contains("s3cret-pw"), "{message}");
}

#[test]
fn a_refused_login_is_reported_without_the_password() {
    let sink = SmtpSink::start_rejecting_auth();
    let error = send(
        &with_login(sink.port(), "facturation", "s3cret-pw"),
        &mail("Hi", "Hi"),
    )
    .unwrap_err();

    let message = error.to_string();
    assert!(
        message.contains(&format!("127.0.0.1:{}", sink.port())),
        "{message}"
    );
    assert!(!message.contains("s3cret-pw"), "{message}");
    assert!(!format!("{error:?}").contains("s3cret-pw"));
    assert!(sink.messages().is_empty());
}
