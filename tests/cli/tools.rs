//! External programs some tests check output with (chromium, xmllint, sqlite3, qpdf, java
//! with Saxon-HE): found on `PATH` (a Java library in `/usr/share/java`), or the test is
//! skipped, except where CI sets `SUBS_REQUIRE_TOOLS=1`, where a missing tool fails the test
//! so that a check can never silently stop running.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The tool's path, or `None` after printing `skipped: TOOL not installed` to stderr.
///
/// Panics when `SUBS_REQUIRE_TOOLS=1` and the tool is missing.
pub fn require(tool: &str) -> Option<PathBuf> {
    if let Some(path) = find_on_path(tool) {
        return Some(path);
    }
    let package = match tool {
        "xmllint" => "libxml2-utils",
        "java" => "default-jre-headless",
        other => other,
    };
    missing(tool, package)
}

/// The path of a Java library from the system's `/usr/share/java` (`Saxon-HE.jar`), or
/// `None` as for [`require`].
pub fn require_jar(jar: &str) -> Option<PathBuf> {
    let path = Path::new("/usr/share/java").join(jar);
    if path.is_file() {
        return Some(path);
    }
    let package = match jar {
        "Saxon-HE.jar" => "libsaxonhe-java",
        other => other,
    };
    missing(jar, package)
}

fn missing(tool: &str, package: &str) -> Option<PathBuf> {
    if std::env::var("SUBS_REQUIRE_TOOLS").is_ok_and(|v| v == "1") {
        panic!(
            "{tool} is not installed and SUBS_REQUIRE_TOOLS=1 requires it: \
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
