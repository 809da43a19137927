//! The test environment: a temp database, a cleared environment, a pinned clock.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use tempfile::TempDir;

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
        env.ok(&[
            "init",
            "--company",
            "Coworking Test",
            "--siren",
            "123456789",
            "--vat-id",
            "FR40123456789",
            "--address",
            "1 rue de Lyon, 69001 Lyon",
        ]);
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

    pub fn run(&self, args: &[&str]) -> Run {
        self.command().args(args).output().expect("run subs").into()
    }

    pub fn run_stdin(&self, args: &[&str], stdin: impl Into<Vec<u8>>) -> Run {
        self.command()
            .args(args)
            .write_stdin(stdin)
            .output()
            .expect("run subs")
            .into()
    }

    /// Runs and asserts success; returns stdout.
    #[track_caller]
    pub fn ok(&self, args: &[&str]) -> String {
        let run = self.run(args);
        assert_eq!(
            run.code, 0,
            "subs {args:?} failed:\n{}{}",
            run.stdout, run.stderr
        );
        run.stdout
    }

    /// Runs and asserts the exit code; returns stderr, which must be one `error:` line.
    #[track_caller]
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let run = self.run(args);
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

    #[track_caller]
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut full = args.to_vec();
        full.extend(["--format", "json"]);
        serde_json::from_str(&self.ok(&full)).expect("valid JSON")
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
