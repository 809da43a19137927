//! Guards on the layering: SQL only in the store, the command line only in `cli`, the
//! clock read in one place, and no floating point near money.

use std::path::{Path, PathBuf};

fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

fn offenders(pattern: &str, allowed: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    files
        .into_iter()
        .filter_map(|path| {
            let relative = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            if allowed.iter().any(|a| relative.starts_with(a)) {
                return None;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            text.lines()
                .position(|line| !line.trim_start().starts_with("//") && line.contains(pattern))
                .map(|n| format!("{relative}:{}", n + 1))
        })
        .collect()
}

#[test]
fn sql_lives_only_in_the_store() {
    assert_eq!(offenders("rusqlite", &["src/store/"]), Vec::<String>::new());
}

#[test]
fn the_command_line_lives_only_in_cli_and_main() {
    assert_eq!(
        offenders("clap", &["src/cli/", "src/main.rs"]),
        Vec::<String>::new()
    );
}

#[test]
fn the_clock_is_read_in_one_place() {
    for call in ["Utc::now", "Local::now", "SystemTime::now", "Instant::now"] {
        assert_eq!(
            offenders(call, &["src/clock.rs"]),
            Vec::<String>::new(),
            "{call}"
        );
    }
}

#[test]
fn no_floating_point_and_no_bankers_rounding() {
    for pattern in [
        "f64",
        "f32",
        ".round_dp(",
        "RoundingStrategy::MidpointNearestEven",
    ] {
        assert_eq!(offenders(pattern, &[]), Vec::<String>::new(), "{pattern}");
    }
}

#[test]
fn the_domain_touches_no_file_system_no_process_and_no_network() {
    for pattern in [
        "std::fs",
        "std::env",
        "std::process",
        "std::net",
        "std::io::stdin",
        "rusqlite",
        "clap",
    ] {
        let outside_domain = [
            "src/cli/",
            "src/main.rs",
            "src/ops/",
            "src/store/",
            "src/output/",
            "src/clock.rs",
            "src/config.rs",
            "src/mail.rs",
            "src/lib.rs",
            "src/error.rs",
        ];
        assert_eq!(
            offenders(pattern, &outside_domain),
            Vec::<String>::new(),
            "{pattern}"
        );
    }
}
