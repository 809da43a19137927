//! A local HTTP server that plays Stripe's and GoCardless's APIs for the charge tests: it
//! records every request (path, Idempotency-Key, body), charges once per key and answers a
//! repeated key with what it answered the first time, as the gateways do; each new key
//! gets the next scripted behaviour (success, decline, a late answer, a 500, or a charge
//! whose answer never leaves until the test has killed the caller).

use std::collections::{HashMap, VecDeque};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// What the double does with a new key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Behaviour {
    /// Charges and answers at once.
    Succeed,
    /// Refuses with Stripe's card decline (`insufficient_funds`), remembered for the key.
    Decline,
    /// Charges, but answers only after `LATE` (past the caller's deadline).
    AnswerLate,
    /// A 500 without charging: the next request with the key is a new one.
    ServerError,
    /// Charges, tells the test (see [`GatewayDouble::charged`]), and holds the answer.
    ChargeAndHang,
}

/// How late a late answer is: past the 1 s deadline the tests configure.
const LATE: Duration = Duration::from_secs(3);

/// One request as received.
#[derive(Debug, Clone)]
pub struct Received {
    pub path: String,
    pub idempotency_key: String,
    pub authorization: String,
    pub body: String,
}

#[derive(Default)]
struct State {
    received: Vec<Received>,
    /// The answer given to each key that charged or declined.
    answers: HashMap<String, (u16, String)>,
    /// Keys that took money.
    charges: Vec<String>,
    script: VecDeque<Behaviour>,
}

pub struct GatewayDouble {
    pub port: u16,
    state: Arc<Mutex<State>>,
    charged: Mutex<Receiver<String>>,
}

impl GatewayDouble {
    /// Starts the double; new keys get `script` in order, then `Succeed`.
    pub fn start(script: &[Behaviour]) -> GatewayDouble {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().unwrap().port();
        let state = Arc::new(Mutex::new(State {
            script: script.iter().copied().collect(),
            ..State::default()
        }));
        let (tx, rx) = channel();
        let shared = Arc::clone(&state);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let state = Arc::clone(&shared);
                let tx = tx.clone();
                thread::spawn(move || serve(stream, &state, &tx));
            }
        });
        GatewayDouble {
            port,
            state,
            charged: Mutex::new(rx),
        }
    }

    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn received(&self) -> Vec<Received> {
        self.state.lock().unwrap().received.clone()
    }

    /// The keys that took money, in order (one per charge).
    pub fn charges(&self) -> Vec<String> {
        self.state.lock().unwrap().charges.clone()
    }

    /// Waits until a `ChargeAndHang` request has charged; returns its key.
    pub fn charged(&self) -> String {
        self.charged
            .lock()
            .unwrap()
            .recv_timeout(Duration::from_secs(20))
            .expect("the gateway was called")
    }
}

fn serve(stream: TcpStream, state: &Mutex<State>, charged: &Sender<String>) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let path = line.split_whitespace().nth(1).unwrap_or("").to_string();
    let mut headers = HashMap::new();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_string());
        }
    }
    let length: usize = headers
        .get("content-length")
        .and_then(|l| l.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    let key = headers.get("idempotency-key").cloned().unwrap_or_default();
    let gocardless = path == "/payments";
    let (behaviour, answer) = {
        let mut state = state.lock().unwrap();
        state.received.push(Received {
            path: path.clone(),
            idempotency_key: key.clone(),
            authorization: headers.get("authorization").cloned().unwrap_or_default(),
            body: String::from_utf8_lossy(&body).into_owned(),
        });
        if let Some(answer) = state.answers.get(&key).cloned() {
            // A repeated key: what the first request did, nothing charged again.
            let replay = if gocardless {
                conflict(&answer.1)
            } else {
                answer
            };
            (Behaviour::Succeed, Some(replay))
        } else {
            let behaviour = state.script.pop_front().unwrap_or(Behaviour::Succeed);
            let answer = match behaviour {
                Behaviour::ServerError => (500, r#"{"error":{"type":"api_error","message":"Something went wrong"}}"#.to_string()),
                Behaviour::Decline => (402, r#"{"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds","message":"Your card has insufficient funds.","payment_intent":{"id":"pi_declined"}}}"#.to_string()),
                _ => {
                    let n = state.charges.len() + 1;
                    state.charges.push(key.clone());
                    if gocardless {
                        (201, format!(r#"{{"payments":{{"id":"PM{n:04}","status":"pending_submission"}}}}"#))
                    } else {
                        (200, format!(r#"{{"id":"pi_{n}","object":"payment_intent","status":"succeeded"}}"#))
                    }
                }
            };
            if behaviour != Behaviour::ServerError {
                state.answers.insert(key.clone(), answer.clone());
            }
            (behaviour, Some(answer))
        }
    };
    match behaviour {
        Behaviour::AnswerLate => thread::sleep(LATE),
        Behaviour::ChargeAndHang => {
            let _ = charged.send(key);
            thread::sleep(Duration::from_secs(30));
            return;
        }
        _ => {}
    }
    if let Some((status, body)) = answer {
        let mut stream = stream;
        let _ = write!(
            stream,
            "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
    }
}

/// GoCardless answers a repeated creation key with a conflict naming the first payment.
fn conflict(first: &str) -> (u16, String) {
    let id = first
        .split("\"id\":\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or("");
    (
        409,
        format!(
            r#"{{"error":{{"type":"invalid_state","message":"A resource has already been created with this idempotency key","errors":[{{"reason":"idempotent_creation_conflict","links":{{"conflicting_resource_id":"{id}"}}}}]}}}}"#
        ),
    )
}
