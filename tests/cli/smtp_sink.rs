//! A minimal SMTP server for tests: it accepts what a mail client sends and keeps each
//! message, so that tests can assert on the envelope and the raw RFC 5322 text.
//!
//! Std only, no TLS. It speaks EHLO/HELO, AUTH PLAIN and LOGIN (accepted, or refused when
//! started with [`SmtpSink::start_rejecting_auth`]), MAIL, RCPT, DATA, RSET, NOOP and QUIT,
//! and answers 502 to anything else. Connections are served one after the other.

use std::io::{self, BufRead, BufReader, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::{self, JoinHandle};
use std::time::Duration;

/// How long a silent client may hold the sink before it hangs up on it.
const CLIENT_TIMEOUT: Duration = Duration::from_secs(10);

/// One message as the sink received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    /// The envelope sender (`MAIL FROM`), without angle brackets.
    pub from: String,
    /// The envelope recipients (`RCPT TO`), in order.
    pub to: Vec<String>,
    /// The raw message after dot-unstuffing, CRLF line ends kept.
    pub data: String,
    /// How the client authenticated on this connection, if it did.
    pub login: Option<Login>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Login {
    pub mechanism: String,
    pub user: String,
    pub password: String,
}

pub struct SmtpSink {
    port: u16,
    inbox: Arc<Inbox>,
    stopping: Arc<AtomicBool>,
    server: Option<JoinHandle<()>>,
}

#[derive(Default)]
struct Inbox {
    messages: Mutex<Vec<Received>>,
    arrived: Condvar,
}

impl SmtpSink {
    /// A sink on a free port of 127.0.0.1 that accepts any credentials.
    pub fn start() -> Self {
        Self::start_with(false)
    }

    /// A sink that answers 535 to every AUTH, for testing how a refused login is reported.
    pub fn start_rejecting_auth() -> Self {
        Self::start_with(true)
    }

    fn start_with(reject_auth: bool) -> Self {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind the SMTP sink");
        let port = listener.local_addr().expect("sink address").port();
        let inbox = Arc::new(Inbox::default());
        let stopping = Arc::new(AtomicBool::new(false));
        let server = {
            let (inbox, stopping) = (Arc::clone(&inbox), Arc::clone(&stopping));
            thread::spawn(move || serve(listener, &inbox, &stopping, reject_auth))
        };
        SmtpSink {
            port,
            inbox,
            stopping,
            server: Some(server),
        }
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The messages received so far, in order.
    pub fn messages(&self) -> Vec<Received> {
        self.inbox.messages.lock().unwrap().clone()
    }

    /// Waits until at least `n` messages have arrived and returns them all; panics if they
    /// have not within `timeout`.
    pub fn wait_for(&self, n: usize, timeout: Duration) -> Vec<Received> {
        let messages = self.inbox.messages.lock().unwrap();
        let (messages, _) = self
            .inbox
            .arrived
            .wait_timeout_while(messages, timeout, |m| m.len() < n)
            .unwrap();
        assert!(
            messages.len() >= n,
            "expected {n} messages within {timeout:?}, the sink has {}",
            messages.len()
        );
        messages.clone()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stopping.store(true, Ordering::SeqCst);
        // `accept` blocks; a connection of our own wakes it to see the flag.
        let _ = TcpStream::connect((Ipv4Addr::LOCALHOST, self.port));
        if let Some(server) = self.server.take() {
            let _ = server.join();
        }
    }
}

fn serve(listener: TcpListener, inbox: &Inbox, stopping: &AtomicBool, reject_auth: bool) {
    for stream in listener.incoming() {
        if stopping.load(Ordering::SeqCst) {
            return;
        }
        // A broken conversation ends that connection only: the test that caused it fails
        // on its own, and the next connection is served.
        if let Ok(stream) = stream {
            let _ = Session::new(stream, inbox, reject_auth).and_then(Session::run);
        }
    }
}

/// One client connection.
struct Session<'a> {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
    inbox: &'a Inbox,
    reject_auth: bool,
    from: Option<String>,
    to: Vec<String>,
    login: Option<Login>,
}

impl<'a> Session<'a> {
    fn new(stream: TcpStream, inbox: &'a Inbox, reject_auth: bool) -> io::Result<Self> {
        stream.set_read_timeout(Some(CLIENT_TIMEOUT))?;
        Ok(Session {
            reader: BufReader::new(stream.try_clone()?),
            writer: stream,
            inbox,
            reject_auth,
            from: None,
            to: Vec::new(),
            login: None,
        })
    }

    fn run(mut self) -> io::Result<()> {
        self.reply("220 sink ESMTP ready")?;
        while let Some(line) = self.read_line()? {
            let (verb, argument) = line.split_once(' ').unwrap_or((&line, ""));
            match verb.to_ascii_uppercase().as_str() {
                "EHLO" => {
                    self.reply("250-sink\r\n250-8BITMIME\r\n250-AUTH PLAIN LOGIN\r\n250 OK")?
                }
                "HELO" => self.reply("250 sink")?,
                "AUTH" => self.authenticate(argument)?,
                "MAIL" => {
                    self.from = Some(envelope_address(argument));
                    self.to.clear();
                    self.reply("250 OK")?;
                }
                "RCPT" if self.from.is_none() => self.reply("503 MAIL first")?,
                "RCPT" => {
                    self.to.push(envelope_address(argument));
                    self.reply("250 OK")?;
                }
                "DATA" if self.to.is_empty() => self.reply("503 RCPT first")?,
                "DATA" => self.receive_data()?,
                "RSET" => {
                    self.from = None;
                    self.to.clear();
                    self.reply("250 OK")?;
                }
                "NOOP" => self.reply("250 OK")?,
                "QUIT" => return self.reply("221 bye"),
                _ => self.reply("502 command not implemented")?,
            }
        }
        Ok(())
    }

    fn receive_data(&mut self) -> io::Result<()> {
        self.reply("354 end with <CRLF>.<CRLF>")?;
        let mut data = Vec::new();
        loop {
            let mut line = Vec::new();
            if self.reader.read_until(b'\n', &mut line)? == 0 {
                return Err(io::ErrorKind::UnexpectedEof.into());
            }
            if line == b".\r\n" || line == b".\n" {
                break;
            }
            // Dot-stuffing (RFC 5321 §4.5.2): the client doubled every leading dot.
            let unstuffed = if line.starts_with(b"..") {
                &line[1..]
            } else {
                &line[..]
            };
            data.extend_from_slice(unstuffed);
        }
        let received = Received {
            from: self.from.take().unwrap_or_default(),
            to: std::mem::take(&mut self.to),
            data: String::from_utf8_lossy(&data).into_owned(),
            login: self.login.clone(),
        };
        // Kept before replying, so that the message is there when the client's send returns.
        self.inbox.messages.lock().unwrap().push(received);
        self.inbox.arrived.notify_all();
        self.reply("250 OK queued")
    }

    fn authenticate(&mut self, argument: &str) -> io::Result<()> {
        let (mechanism, initial) = match argument.split_once(' ') {
            Some((mechanism, initial)) => (mechanism.to_ascii_uppercase(), Some(initial)),
            None => (argument.to_ascii_uppercase(), None),
        };
        let initial = initial.map(str::to_owned);
        let (user, password) = match mechanism.as_str() {
            "PLAIN" => {
                let response = self.challenge(initial, "")?;
                // authorization id NUL user NUL password (RFC 4616)
                let decoded = String::from_utf8_lossy(&decode_base64(&response)).into_owned();
                let mut parts = decoded.split('\0').skip(1);
                let user = parts.next().unwrap_or_default().to_owned();
                (user, parts.next().unwrap_or_default().to_owned())
            }
            "LOGIN" => {
                let user = self.challenge(initial, "VXNlcm5hbWU6")?; // "Username:"
                let password = self.challenge(None, "UGFzc3dvcmQ6")?; // "Password:"
                (decode_text(&user), decode_text(&password))
            }
            _ => return self.reply("504 mechanism not supported"),
        };
        if self.reject_auth {
            return self.reply("535 5.7.8 authentication credentials invalid");
        }
        self.login = Some(Login {
            mechanism,
            user,
            password,
        });
        self.reply("235 2.7.0 authentication successful")
    }

    /// The client's answer: the initial response if it sent one, else a reply to `334 prompt`.
    fn challenge(&mut self, initial: Option<String>, prompt: &str) -> io::Result<String> {
        if let Some(initial) = initial {
            return Ok(initial);
        }
        self.reply(&format!("334 {prompt}"))?;
        self.read_line()?
            .ok_or_else(|| io::ErrorKind::UnexpectedEof.into())
    }

    /// One command line without its line end; `None` when the client hung up.
    fn read_line(&mut self) -> io::Result<Option<String>> {
        let mut line = String::new();
        if self.reader.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        Ok(Some(line.trim_end_matches(['\r', '\n']).to_owned()))
    }

    fn reply(&mut self, text: &str) -> io::Result<()> {
        write!(self.writer, "{text}\r\n")?;
        self.writer.flush()
    }
}

/// `FROM:<a@b.fr> BODY=8BITMIME` → `a@b.fr`.
fn envelope_address(argument: &str) -> String {
    let after_colon = argument.split_once(':').map_or(argument, |(_, rest)| rest);
    match (after_colon.find('<'), after_colon.find('>')) {
        (Some(open), Some(close)) if open < close => after_colon[open + 1..close].to_owned(),
        _ => after_colon
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_owned(),
    }
}

fn decode_text(base64: &str) -> String {
    String::from_utf8_lossy(&decode_base64(base64)).into_owned()
}

/// Decodes standard base64 (RFC 4648), skipping line breaks; panics on other characters.
pub fn decode_base64(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut bytes = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.bytes().filter(|c| !c.is_ascii_whitespace()) {
        if c == b'=' {
            break;
        }
        let value = ALPHABET
            .iter()
            .position(|&a| a == c)
            .unwrap_or_else(|| panic!("{:?} is not base64", c as char));
        buffer = (buffer << 6) | value as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            bytes.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    bytes
}
