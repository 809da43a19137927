//! The test environment: a temp database, a cleared environment, a pinned clock.
//!
//! Commands are written as a user types them, as one line (`env.ok("customer add C1 --name
//! 'Acme SARL'")`, split as a POSIX shell would), or as a list of arguments when one is built
//! at run time; exit codes are named ([`Exit`]).

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use tempfile::TempDir;

/// The exit codes `subs` documents (README "Exit codes"), spelled out here rather than taken
/// from the library, so that a change of the contract fails a test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// 1: refused by a business rule.
    Refused = 1,
    /// 2: usage error.
    Usage = 2,
    /// 3: `tick` finished with some units failed.
    PartialFailure = 3,
    /// 65: bad input data (a value, a file, a line).
    BadData = 65,
    /// 66: a named file or record does not exist.
    NotFound = 66,
    /// 75: the database is busy or locked past the timeout.
    Busy = 75,
}

impl From<Exit> for i32 {
    fn from(exit: Exit) -> i32 {
        exit as i32
    }
}

/// A command line: one string split as a shell would (`"invoice show INV-2026-00001"`), or
/// arguments already split (`&["customer", "add", &code]`).
pub trait CommandLine {
    fn to_args(&self) -> Vec<String>;
}

impl CommandLine for str {
    fn to_args(&self) -> Vec<String> {
        shell_words::split(self).unwrap_or_else(|e| panic!("bad command line {self:?}: {e}"))
    }
}

impl CommandLine for String {
    fn to_args(&self) -> Vec<String> {
        self.as_str().to_args()
    }
}

impl CommandLine for [&str] {
    fn to_args(&self) -> Vec<String> {
        self.iter().map(|a| a.to_string()).collect()
    }
}

impl<const N: usize> CommandLine for [&str; N] {
    fn to_args(&self) -> Vec<String> {
        self.as_slice().to_args()
    }
}

impl CommandLine for [String] {
    fn to_args(&self) -> Vec<String> {
        self.to_vec()
    }
}

impl CommandLine for Vec<&str> {
    fn to_args(&self) -> Vec<String> {
        self.as_slice().to_args()
    }
}

impl CommandLine for Vec<String> {
    fn to_args(&self) -> Vec<String> {
        self.clone()
    }
}

impl<T: CommandLine + ?Sized> CommandLine for &T {
    fn to_args(&self) -> Vec<String> {
        (**self).to_args()
    }
}

pub struct TestEnv {
    pub dir: TempDir,
    pub now: String,
}

/// What a run of `subs` gave.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// What a user sees: stdout, then stderr and the exit code when there is something to
    /// say — the text to snapshot.
    pub fn transcript(&self) -> String {
        let mut out = self.stdout.clone();
        if !self.stderr.is_empty() {
            out.push_str("--- stderr\n");
            out.push_str(&self.stderr);
        }
        if self.code != 0 {
            out.push_str(&format!("--- exit {}\n", self.code));
        }
        out
    }
}

impl From<Output> for Run {
    fn from(o: Output) -> Self {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

impl TestEnv {
    /// An empty environment (no database yet) at 2026-01-15.
    pub fn empty() -> Self {
        TestEnv {
            dir: tempfile::tempdir().expect("temp dir"),
            now: "2026-01-15".into(),
        }
    }

    /// A database for "Coworking Test" created with `subs init`.
    pub fn new() -> Self {
        let env = Self::empty();
        env.ok(
            "init --company 'Coworking Test' --siren 123456789 --vat-id FR40123456789 \
             --address '1 rue de Lyon, 69001 Lyon'",
        );
        env
    }

    /// Moves "now" for the following commands.
    pub fn at(&mut self, now: &str) -> &mut Self {
        self.now = now.to_string();
        self
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("subs.db")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn command(&self) -> Command {
        let mut cmd = Command::cargo_bin("subs").expect("subs binary");
        cmd.env_clear()
            .env("SUBS_DB", self.db())
            .env("SUBS_NOW", &self.now)
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("USER", "tester")
            .current_dir(self.dir.path());
        cmd
    }

    pub fn run(&self, line: impl CommandLine) -> Run {
        self.command()
            .args(line.to_args())
            .output()
            .expect("run subs")
            .into()
    }

    pub fn run_stdin(&self, line: impl CommandLine, stdin: impl Into<Vec<u8>>) -> Run {
        self.command()
            .args(line.to_args())
            .write_stdin(stdin)
            .output()
            .expect("run subs")
            .into()
    }

    /// Runs and asserts success; returns stdout.
    #[track_caller]
    pub fn ok(&self, line: impl CommandLine) -> String {
        let args = line.to_args();
        let run = self.run(&args);
        assert_eq!(
            run.code, 0,
            "subs {args:?} failed:\n{}{}",
            run.stdout, run.stderr
        );
        run.stdout
    }

    /// Runs and asserts the exit code; returns stderr, which must be one `error:` line.
    #[track_caller]
    pub fn fails(&self, line: impl CommandLine, code: impl Into<i32>) -> String {
        let args = line.to_args();
        let code = code.into();
        let run = self.run(&args);
        assert_eq!(
            run.code, code,
            "subs {args:?}: expected exit {code}:\n{}{}",
            run.stdout, run.stderr
        );
        assert!(
            run.stderr.starts_with("error: "),
            "no error line: {:?}",
            run.stderr
        );
        run.stderr.trim_end().to_string()
    }

    /// Runs with `--format json`, asserts success, and parses stdout.
    #[track_caller]
    pub fn json(&self, line: impl CommandLine) -> serde_json::Value {
        let mut args = line.to_args();
        args.extend(["--format".to_string(), "json".to_string()]);
        serde_json::from_str(&self.ok(&args)).expect("valid JSON")
    }

    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, contents).expect("write fixture");
        path
    }

    /// The database's content as SQL text (for "nothing changed" checks).
    pub fn dump(&self) -> String {
        dump(&self.db())
    }
}

/// A logical dump of a database: every table's rows in order, via the SQLite the tests
/// link (no `sqlite3` binary needed).
pub fn dump(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).expect("open db");
    let mut tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables.retain(|t| !t.starts_with("sqlite_"));
    let mut out = String::new();
    for table in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY rowid"))
            .unwrap();
        let columns = stmt.column_count();
        let rows = stmt
            .query_map([], |row| {
                (0..columns)
                    .map(|i| {
                        row.get::<_, rusqlite::types::Value>(i)
                            .map(|v| format!("{v:?}"))
                    })
                    .collect::<Result<Vec<_>, _>>()
            })
            .unwrap();
        for row in rows {
            out.push_str(&format!("{table}: {}\n", row.unwrap().join("|")));
        }
    }
    out
}
