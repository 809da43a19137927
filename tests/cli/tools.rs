//! External programs some tests check output with (chromium, xmllint, sqlite3): found on
//! `PATH`, or the test is skipped, except where CI sets `SUBS_REQUIRE_TOOLS=1`, where a
//! missing tool fails the test so that a check can never silently stop running.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The tool's path, or `None` after printing `skipped: TOOL not installed` to stderr.
///
/// Panics when `SUBS_REQUIRE_TOOLS=1` and the tool is missing.
pub fn require(tool: &str) -> Option<PathBuf> {
    if let Some(path) = find_on_path(tool) {
        return Some(path);
    }
    if std::env::var("SUBS_REQUIRE_TOOLS").is_ok_and(|v| v == "1") {
        let package = match tool {
            "xmllint" => "libxml2-utils",
            other => other,
        };
        panic!(
            "{tool} is not on PATH and SUBS_REQUIRE_TOOLS=1 requires it: \
             install it (on Debian: apt-get install -y {package})"
        );
    }
    // Written past the test harness's capture, so that a skip shows in a normal run.
    let _ = writeln!(std::io::stderr(), "skipped: {tool} not installed");
    None
}

fn find_on_path(tool: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(tool))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}
