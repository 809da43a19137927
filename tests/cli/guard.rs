//! The shape of the house, checked on its source (ARCHITECTURE.md): layers that only call
//! downwards, no import circle between modules, printing only in `src/output/` and
//! `src/main.rs`, the clock read only in `src/clock.rs`, no file, process, environment or
//! network access in `src/domain/` and `src/formats/`, SQL only in the store, the command
//! line only in `cli` and `main.rs`, no floating point near money, and no source file over
//! 700 lines of code.
//!
//! The source is read token by token (comments and the text of literals never count), and
//! the `use` trees are parsed (grouped `use std::{fs, env}` and nested groups included), as
//! are the paths written in code (`crate::ops::Session::open`, `super::books::Books`). Each
//! check proves itself on breaches planted in a temporary tree.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// Who may import whom, between the layers of `src/` (a layer is a top-level module or
/// file; `main` is `src/main.rs`). Imports within a layer are free, as long as they make no
/// circle.
const ALLOWED: &[(&str, &[&str])] = &[
    ("main", &["cli", "output"]),
    (
        "cli",
        &["ops", "domain", "formats", "output", "config", "error"],
    ),
    (
        "ops",
        &[
            "store", "domain", "formats", "clock", "config", "mail", "http", "error",
        ],
    ),
    ("output", &["domain", "error"]),
    ("store", &["domain", "error"]),
    ("formats", &["domain", "error"]),
    ("domain", &["error"]),
    ("config", &["mail", "domain", "error"]),
    ("clock", &["domain", "error"]),
    ("mail", &[]),
    ("http", &[]),
    ("error", &[]),
    ("lib", &[]),
];

/// The most lines of code a source file may hold, its unit-test module and comments aside.
const MAX_LINES_OF_CODE: usize = 700;

/// Where printing is allowed.
const PRINTERS: &[&str] = &["src/output/", "src/main.rs"];
const PRINT_MACROS: &[&str] = &["println", "eprintln", "print", "eprint", "dbg"];

/// The one module that reads the clock.
const CLOCK: &str = "src/clock.rs";
/// Types whose `now()` or `today()` reads the clock.
const CLOCKS: &[&str] = &["Utc", "Local", "SystemTime", "Instant"];

/// Where the outside world may not be touched, and what touches it.
const PURE: &[&str] = &["src/domain/", "src/formats/"];
const OUTSIDE: &[&[&str]] = &[
    &["std", "fs"],
    &["std", "env"],
    &["std", "process"],
    &["std", "net"],
    &["std", "io", "stdin"],
    &["std", "io", "stdout"],
    &["std", "io", "stderr"],
    &["std", "os"],
    &["File", "open"],
    &["File", "create"],
    &["OpenOptions", "new"],
    &["Command", "new"],
    &["TcpStream", "connect"],
];

// ── findings ────────────────────────────────────────────────────────────────────────

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    LayerEdge,
    Circle,
    Print,
    Clock,
    OutsideWorld,
    TooLong,
    Sql,
    CommandLine,
    Float,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Finding {
    kind: Kind,
    what: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.what)
    }
}

// ── reading Rust source ─────────────────────────────────────────────────────────────

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    /// `::`
    PathSep,
    Punct(char),
    Literal,
    Lifetime,
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    line: usize,
    /// The last line the token spans (a string literal may span several).
    end_line: usize,
}

/// The tokens of a Rust file, comments left out and literals kept as markers only.
fn lex(src: &str) -> Vec<Token> {
    let chars: Vec<char> = src.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    let mut line = 1;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        let start_line = line;
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if let Some(len) = raw_string_start(&chars, i) {
            // r"…", r#"…"#, br"…", cr#"…"#: ends at a quote followed by as many #.
            let hashes = len - 1 - usize::from(chars[i] != 'r');
            i += len;
            loop {
                if i >= chars.len() {
                    break;
                }
                if chars[i] == '\n' {
                    line += 1;
                }
                if chars[i] == '"' && (1..=hashes).all(|k| at(i + k) == '#') {
                    i += 1 + hashes;
                    break;
                }
                i += 1;
            }
            tokens.push(literal(start_line, line));
        } else if c == '"' || ((c == 'b' || c == 'c') && at(i + 1) == '"') {
            i += if c == '"' { 1 } else { 2 };
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                if at(i) == '\n' {
                    line += 1;
                }
                i += 1;
            }
            i += 1;
            tokens.push(literal(start_line, line));
        } else if c == '\'' || (c == 'b' && at(i + 1) == '\'') {
            let j = if c == 'b' { i + 1 } else { i };
            // A character literal closes within a few characters; a lifetime does not.
            if at(j + 1) == '\\' {
                let mut k = j + 2;
                while k < chars.len() && chars[k] != '\'' {
                    k += 1;
                }
                i = k + 1;
                tokens.push(literal(start_line, line));
            } else if at(j + 2) == '\'' {
                i = j + 3;
                tokens.push(literal(start_line, line));
            } else {
                i = j + 1;
                while is_ident_char(at(i)) {
                    i += 1;
                }
                tokens.push(Token {
                    tok: Tok::Lifetime,
                    line,
                    end_line: line,
                });
            }
        } else if c.is_ascii_digit() {
            while is_ident_char(at(i)) || (at(i) == '.' && at(i + 1).is_ascii_digit()) {
                i += 1;
            }
            tokens.push(literal(start_line, line));
        } else if is_ident_start(c) {
            if c == 'r' && at(i + 1) == '#' && is_ident_start(at(i + 2)) {
                i += 2;
            }
            let start = i;
            while is_ident_char(at(i)) {
                i += 1;
            }
            tokens.push(Token {
                tok: Tok::Ident(chars[start..i].iter().collect()),
                line,
                end_line: line,
            });
        } else if c == ':' && at(i + 1) == ':' {
            tokens.push(Token {
                tok: Tok::PathSep,
                line,
                end_line: line,
            });
            i += 2;
        } else {
            tokens.push(Token {
                tok: Tok::Punct(c),
                line,
                end_line: line,
            });
            i += 1;
        }
    }
    tokens
}

fn literal(line: usize, end_line: usize) -> Token {
    Token {
        tok: Tok::Literal,
        line,
        end_line,
    }
}

fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// The length of a raw string's opening (`r"`, `r#"`, `br##"`), if one starts at `i`.
fn raw_string_start(chars: &[char], i: usize) -> Option<usize> {
    let mut j = i;
    if matches!(chars.get(j), Some('b' | 'c')) {
        j += 1;
    }
    if chars.get(j) != Some(&'r') {
        return None;
    }
    if i > 0 && is_ident_char(chars[i - 1]) {
        return None;
    }
    j += 1;
    while chars.get(j) == Some(&'#') {
        j += 1;
    }
    (chars.get(j) == Some(&'"')).then_some(j + 1 - i)
}

fn ident(token: Option<&Token>) -> Option<&str> {
    match token.map(|t| &t.tok) {
        Some(Tok::Ident(name)) => Some(name),
        _ => None,
    }
}

fn is(token: Option<&Token>, c: char) -> bool {
    matches!(token.map(|t| &t.tok), Some(Tok::Punct(p)) if *p == c)
}

/// The index just past the bracket matching the one at `open`.
fn past_matching(tokens: &[Token], open: usize) -> usize {
    let (left, right) = match tokens[open].tok {
        Tok::Punct('(') => ('(', ')'),
        Tok::Punct('[') => ('[', ']'),
        _ => ('{', '}'),
    };
    let mut depth = 0;
    for (i, token) in tokens.iter().enumerate().skip(open) {
        match token.tok {
            Tok::Punct(c) if c == left => depth += 1,
            Tok::Punct(c) if c == right => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    tokens.len()
}

/// A file's tokens split into what ships and what only tests compile: `#[cfg(test)]`
/// items (`mod tests { … }`) are set aside, and the names of `#[cfg(test)] mod name;`
/// files are returned.
fn shipped(tokens: &[Token]) -> (Vec<Token>, BTreeSet<String>) {
    let mut kept = Vec::new();
    let mut test_files = BTreeSet::new();
    let mut i = 0;
    while i < tokens.len() {
        if is(tokens.get(i), '#')
            && is(tokens.get(i + 1), '[')
            && ident(tokens.get(i + 2)) == Some("cfg")
            && is(tokens.get(i + 3), '(')
            && ident(tokens.get(i + 4)) == Some("test")
            && is(tokens.get(i + 5), ')')
            && is(tokens.get(i + 6), ']')
        {
            // Skip the attribute, any further attributes, then the item.
            let mut j = i + 7;
            while is(tokens.get(j), '#') && is(tokens.get(j + 1), '[') {
                j = past_matching(tokens, j + 1);
            }
            if ident(tokens.get(j)) == Some("mod") && is(tokens.get(j + 2), ';') {
                if let Some(name) = ident(tokens.get(j + 1)) {
                    test_files.insert(name.to_string());
                }
            }
            // To the end of the item: its `;`, or its block.
            loop {
                if j >= tokens.len() {
                    break;
                }
                if is(tokens.get(j), ';') {
                    j += 1;
                    break;
                }
                if is(tokens.get(j), '{') {
                    j = past_matching(tokens, j);
                    break;
                }
                if is(tokens.get(j), '(') || is(tokens.get(j), '[') {
                    j = past_matching(tokens, j);
                } else {
                    j += 1;
                }
            }
            i = j;
            continue;
        }
        kept.push(tokens[i].clone());
        i += 1;
    }
    (kept, test_files)
}

/// A path met in the source: its segments as written, its line, and for a `use` leaf the
/// name it is known by in the file (`use std::io;` → `io`, `use x::y as z;` → `z`).
#[derive(Debug, Clone, PartialEq)]
struct WrittenPath {
    segments: Vec<String>,
    line: usize,
    local: Option<String>,
}

/// The paths a `use` tree starting at `i` (just after `use`) names, one per leaf, and the
/// index past its `;`.
fn use_tree(tokens: &[Token], i: usize) -> (Vec<WrittenPath>, usize) {
    let mut found = Vec::new();
    let mut end = tree(tokens, i, &mut Vec::new(), &mut found);
    while end < tokens.len() && !is(tokens.get(end), ';') {
        end += 1;
    }
    (found, end + 1)
}

/// Parses one tree under `prefix` (`a::b`, `a::{…}`, `a::*`, `a as b`, `self`); returns
/// the index past it.
fn tree(
    tokens: &[Token],
    mut i: usize,
    prefix: &mut Vec<String>,
    found: &mut Vec<WrittenPath>,
) -> usize {
    let depth = prefix.len();
    let line = tokens.get(i).map_or(0, |t| t.line);
    if matches!(tokens.get(i).map(|t| &t.tok), Some(Tok::PathSep)) {
        i += 1;
    }
    let mut glob = false;
    loop {
        match tokens.get(i).map(|t| &t.tok) {
            Some(Tok::Ident(name)) => {
                // `self` in a group names the group's own prefix.
                if name != "self" || prefix.is_empty() {
                    prefix.push(name.clone());
                }
                i += 1;
                if matches!(tokens.get(i).map(|t| &t.tok), Some(Tok::PathSep)) {
                    i += 1;
                    continue;
                }
                break;
            }
            Some(Tok::Punct('*')) => {
                glob = true;
                i += 1;
                break;
            }
            Some(Tok::Punct('{')) => {
                i += 1;
                while i < tokens.len() && !is(tokens.get(i), '}') {
                    i = tree(tokens, i, prefix, found);
                    if is(tokens.get(i), ',') {
                        i += 1;
                    }
                }
                prefix.truncate(depth);
                return i + 1;
            }
            _ => break,
        }
    }
    let mut local = (!glob).then(|| prefix.last().cloned()).flatten();
    if ident(tokens.get(i)) == Some("as") {
        local = ident(tokens.get(i + 1)).map(String::from);
        i += 2;
    }
    if !prefix.is_empty() {
        found.push(WrittenPath {
            segments: prefix.clone(),
            line,
            local,
        });
    }
    prefix.truncate(depth);
    i
}

/// Every path of a file: the leaves of its `use` trees, and each path of two segments or
/// more written in its code (`crate::ops::Session::open`, `Utc::now`, `std::fs::read`).
fn paths(tokens: &[Token]) -> Vec<WrittenPath> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if ident(tokens.get(i)) == Some("use") {
            let (leaves, next) = use_tree(tokens, i + 1);
            found.extend(leaves);
            i = next;
            continue;
        }
        if let Some(first) = ident(tokens.get(i)) {
            let follows_sep = i > 0 && matches!(tokens[i - 1].tok, Tok::PathSep);
            if !follows_sep && matches!(tokens.get(i + 1).map(|t| &t.tok), Some(Tok::PathSep)) {
                let mut segments = vec![first.to_string()];
                let mut j = i + 1;
                while matches!(tokens.get(j).map(|t| &t.tok), Some(Tok::PathSep)) {
                    match ident(tokens.get(j + 1)) {
                        Some(next) => segments.push(next.to_string()),
                        None => break,
                    }
                    j += 2;
                }
                found.push(WrittenPath {
                    segments,
                    line: tokens[i].line,
                    local: None,
                });
                i = j;
                continue;
            }
        }
        i += 1;
    }
    found
}

/// The names of the modules a file declares (`mod x;`, `pub mod x;`).
fn declared_modules(tokens: &[Token]) -> BTreeSet<String> {
    tokens
        .windows(3)
        .filter(|w| ident(Some(&w[0])) == Some("mod") && is(Some(&w[2]), ';'))
        .filter_map(|w| ident(Some(&w[1])).map(String::from))
        .collect()
}

/// Lines that carry code: a line with any token on it (a string spanning lines counts on
/// each), outside `#[cfg(test)]` items; comments and blank lines do not count.
fn lines_of_code(tokens: &[Token]) -> usize {
    let mut lines = BTreeSet::new();
    for token in tokens {
        lines.extend(token.line..=token.end_line);
    }
    lines.len()
}

// ── the tree of modules ─────────────────────────────────────────────────────────────

/// One source file.
struct Source {
    /// Relative to the root, with `/`: `src/ops/books.rs`.
    path: String,
    /// `crate::ops::books`, or `main` for the binary.
    module: Vec<String>,
    all: Vec<Token>,
    shipped: Vec<Token>,
}

impl Source {
    fn layer(&self) -> &str {
        match self.module.get(1) {
            Some(layer) => layer,
            None if self.module[0] == "main" => "main",
            None => "lib",
        }
    }
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The shipped source files under `root/src`: files only tests compile are left out.
fn sources(root: &Path) -> Vec<Source> {
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    let mut sources: Vec<Source> = files
        .iter()
        .map(|path| {
            let relative = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(path).unwrap();
            let all = lex(&text);
            let (shipped, _) = shipped(&all);
            let inner = relative.trim_start_matches("src/").trim_end_matches(".rs");
            let mut module = vec!["crate".to_string()];
            if inner == "main" {
                module = vec!["main".to_string()];
            } else if inner != "lib" {
                module.extend(inner.split('/').map(String::from));
                if module.last().is_some_and(|m| m == "mod") {
                    module.pop();
                }
            }
            Source {
                path: relative,
                module,
                all,
                shipped,
            }
        })
        .collect();
    // Files that only `#[cfg(test)] mod name;` declares are test code.
    let mut test_only = BTreeSet::new();
    for source in &sources {
        let (_, test_files) = shipped(&source.all);
        for name in test_files {
            let mut module = source.module.clone();
            module.push(name);
            test_only.insert(module);
        }
    }
    sources.retain(|s| !test_only.iter().any(|t| s.module.starts_with(t)));
    sources
}

/// The module a written path reaches from `from`, when it is one of ours: the longest
/// known module its absolute form starts with.
fn resolve(
    from: &Source,
    path: &[String],
    declared: &BTreeSet<String>,
    known: &BTreeSet<Vec<String>>,
) -> Option<Vec<String>> {
    let here = &from.module;
    let mut absolute: Vec<String> = match path.first().map(String::as_str) {
        Some("crate") => vec!["crate".into()],
        Some("subs") if here[0] == "main" => vec!["crate".into()],
        Some("super") => {
            let mut base = here.clone();
            let mut rest = path;
            while rest.first().is_some_and(|s| s == "super") {
                base.pop();
                rest = &rest[1..];
            }
            base.extend(rest.iter().cloned());
            return longest_known(base, known);
        }
        Some("self") => here.clone(),
        Some(first) if declared.contains(first) => {
            let mut base = here.clone();
            base.push(first.to_string());
            base.extend(path[1..].iter().cloned());
            return longest_known(base, known);
        }
        _ => return None,
    };
    absolute.extend(path[1..].iter().cloned());
    longest_known(absolute, known)
}

fn longest_known(mut path: Vec<String>, known: &BTreeSet<Vec<String>>) -> Option<Vec<String>> {
    while !path.is_empty() {
        if known.contains(&path) {
            return Some(path);
        }
        path.pop();
    }
    None
}

/// A path as it reads once a name brought in by `use` is expanded (`use std::io;` then
/// `io::stdin()` is `std::io::stdin`).
fn expanded(path: &[String], aliases: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    match path.split_first() {
        Some((first, rest)) if !rest.is_empty() => match aliases.get(first) {
            Some(full) if full.len() > 1 => full.iter().chain(rest).cloned().collect(),
            _ => path.to_vec(),
        },
        _ => path.to_vec(),
    }
}

fn contains_run(haystack: &[String], needle: &[&str]) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w.iter().zip(needle).all(|(a, b)| a == b))
}

// ── the checks ──────────────────────────────────────────────────────────────────────

/// Everything wrong with the tree at `root`.
fn inspect(root: &Path) -> Vec<Finding> {
    let sources = sources(root);
    let known: BTreeSet<Vec<String>> = sources.iter().map(|s| s.module.clone()).collect();
    let allowed: BTreeMap<&str, &[&str]> = ALLOWED.iter().copied().collect();
    let mut findings = BTreeSet::new();
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    let layer_of = |module: &[String]| -> String {
        match module.get(1) {
            Some(layer) => layer.clone(),
            None if module[0] == "main" => "main".into(),
            None => "lib".into(),
        }
    };
    for source in &sources {
        let place = |line: usize| format!("{}:{line}", source.path);
        let declared = declared_modules(&source.shipped);
        edges.entry(source.module.clone()).or_default();
        // Module edges and layer edges, from the code that ships.
        for path in paths(&source.shipped) {
            let Some(target) = resolve(source, &path.segments, &declared, &known) else {
                continue;
            };
            if target == source.module || target == ["crate"] {
                continue;
            }
            let (from, to) = (source.layer().to_string(), layer_of(&target));
            if from != to
                && !allowed
                    .get(from.as_str())
                    .is_some_and(|a| a.contains(&to.as_str()))
            {
                findings.insert(Finding {
                    kind: Kind::LayerEdge,
                    what: format!(
                        "{}: {from} imports {to} ({})",
                        place(path.line),
                        path.segments.join("::")
                    ),
                });
            }
            edges
                .entry(source.module.clone())
                .or_default()
                .insert(target);
        }
        // Calls, imports and words, in all the file's code (its tests too).
        let in_dir = |dirs: &[&str]| dirs.iter().any(|d| source.path.starts_with(d));
        for (i, token) in source.all.iter().enumerate() {
            let Tok::Ident(name) = &token.tok else {
                continue;
            };
            if PRINT_MACROS.contains(&name.as_str())
                && is(source.all.get(i + 1), '!')
                && !in_dir(PRINTERS)
            {
                findings.insert(Finding {
                    kind: Kind::Print,
                    what: format!("{}: {name}!", place(token.line)),
                });
            }
            if matches!(
                name.as_str(),
                "f32" | "f64" | "round_dp" | "MidpointNearestEven"
            ) {
                findings.insert(Finding {
                    kind: Kind::Float,
                    what: format!("{}: {name}", place(token.line)),
                });
            }
        }
        let all_paths = paths(&source.all);
        let aliases: BTreeMap<String, Vec<String>> = all_paths
            .iter()
            .filter_map(|p| p.local.clone().map(|local| (local, p.segments.clone())))
            .collect();
        for path in all_paths {
            let segments = expanded(&path.segments, &aliases);
            let first = segments.first().map(String::as_str).unwrap_or_default();
            let written = segments.join("::");
            let clock_read = segments.windows(2).any(|w| {
                CLOCKS.contains(&w[0].as_str()) && matches!(w[1].as_str(), "now" | "today")
            }) || contains_run(&segments, &["chrono", "Local"])
                || contains_run(&segments, &["offset", "Local"]);
            if clock_read && source.path != CLOCK {
                findings.insert(Finding {
                    kind: Kind::Clock,
                    what: format!("{}: {written}", place(path.line)),
                });
            }
            if in_dir(PURE) {
                for outside in OUTSIDE {
                    let hit = if outside[0] == "std" {
                        segments.len() >= outside.len()
                            && segments.iter().zip(outside.iter()).all(|(a, b)| a == b)
                    } else {
                        contains_run(&segments, outside)
                    };
                    if hit {
                        findings.insert(Finding {
                            kind: Kind::OutsideWorld,
                            what: format!("{}: {written}", place(path.line)),
                        });
                    }
                }
            }
            if first == "rusqlite" && !source.path.starts_with("src/store/") {
                findings.insert(Finding {
                    kind: Kind::Sql,
                    what: format!("{}: {written}", place(path.line)),
                });
            }
            if first.starts_with("clap") && !in_dir(&["src/cli/", "src/main.rs"]) {
                findings.insert(Finding {
                    kind: Kind::CommandLine,
                    what: format!("{}: {written}", place(path.line)),
                });
            }
        }
        let code = lines_of_code(&source.shipped);
        if code > MAX_LINES_OF_CODE {
            findings.insert(Finding {
                kind: Kind::TooLong,
                what: format!(
                    "{}: {code} lines of code, more than {MAX_LINES_OF_CODE}; split it along its seams",
                    source.path
                ),
            });
        }
    }
    for circle in circles(&edges) {
        findings.insert(Finding {
            kind: Kind::Circle,
            what: circle
                .iter()
                .map(|m| m.join("::"))
                .collect::<Vec<_>>()
                .join(" ⇄ "),
        });
    }
    findings.into_iter().collect()
}

/// The strongly connected components of more than one module (Tarjan).
fn circles(edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Vec<Vec<Vec<String>>> {
    struct Walk<'a> {
        edges: &'a BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        index: BTreeMap<&'a Vec<String>, usize>,
        low: BTreeMap<&'a Vec<String>, usize>,
        stack: Vec<&'a Vec<String>>,
        on_stack: BTreeSet<&'a Vec<String>>,
        found: Vec<Vec<Vec<String>>>,
    }
    fn visit<'a>(w: &mut Walk<'a>, v: &'a Vec<String>) {
        let n = w.index.len();
        w.index.insert(v, n);
        w.low.insert(v, n);
        w.stack.push(v);
        w.on_stack.insert(v);
        let edges: &'a BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = w.edges;
        let next: Vec<&'a Vec<String>> =
            edges.get(v).map(|s| s.iter().collect()).unwrap_or_default();
        for u in next {
            if !w.index.contains_key(u) {
                visit(w, u);
                let low = w.low[v].min(w.low[u]);
                w.low.insert(v, low);
            } else if w.on_stack.contains(u) {
                let low = w.low[v].min(w.index[u]);
                w.low.insert(v, low);
            }
        }
        if w.low[v] == w.index[v] {
            let mut component = Vec::new();
            while let Some(u) = w.stack.pop() {
                w.on_stack.remove(u);
                component.push(u.clone());
                if u == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                w.found.push(component);
            }
        }
    }
    let mut walk = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in edges.keys() {
        if !walk.index.contains_key(v) {
            visit(&mut walk, v);
        }
    }
    walk.found
}

fn of_kind(findings: &[Finding], kind: Kind) -> Vec<String> {
    findings
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| f.what.clone())
        .collect()
}

fn this_tree() -> Vec<Finding> {
    inspect(Path::new(env!("CARGO_MANIFEST_DIR")))
}

// ── the house as it stands ──────────────────────────────────────────────────────────

#[test]
fn layers_import_only_downwards() {
    assert_eq!(of_kind(&this_tree(), Kind::LayerEdge), Vec::<String>::new());
}

#[test]
fn no_module_imports_another_in_a_circle() {
    assert_eq!(of_kind(&this_tree(), Kind::Circle), Vec::<String>::new());
}

#[test]
fn only_output_and_main_print() {
    assert_eq!(of_kind(&this_tree(), Kind::Print), Vec::<String>::new());
}

#[test]
fn the_clock_is_read_in_one_place() {
    assert_eq!(of_kind(&this_tree(), Kind::Clock), Vec::<String>::new());
}

#[test]
fn the_domain_and_the_formats_touch_no_file_process_environment_or_network() {
    assert_eq!(
        of_kind(&this_tree(), Kind::OutsideWorld),
        Vec::<String>::new()
    );
}

#[test]
fn no_source_file_is_over_700_lines_of_code() {
    assert_eq!(of_kind(&this_tree(), Kind::TooLong), Vec::<String>::new());
}

#[test]
fn sql_lives_only_in_the_store() {
    assert_eq!(of_kind(&this_tree(), Kind::Sql), Vec::<String>::new());
}

#[test]
fn the_command_line_lives_only_in_cli_and_main() {
    assert_eq!(
        of_kind(&this_tree(), Kind::CommandLine),
        Vec::<String>::new()
    );
}

#[test]
fn no_floating_point_and_no_bankers_rounding() {
    assert_eq!(of_kind(&this_tree(), Kind::Float), Vec::<String>::new());
}

// ── the guard proves itself on planted breaches ─────────────────────────────────────

/// A small tree of the house's shape, clean; a plant replaces or adds files in it.
struct Planted {
    dir: tempfile::TempDir,
}

impl Planted {
    fn clean() -> Planted {
        let planted = Planted {
            dir: tempfile::tempdir().unwrap(),
        };
        for (path, text) in [
            (
                "src/lib.rs",
                "pub mod cli;\npub mod clock;\npub mod domain;\npub mod error;\npub mod formats;\npub mod ops;\npub mod output;\npub mod store;\n",
            ),
            (
                "src/main.rs",
                "fn main() {\n    let cli = subs::cli::parse();\n    println!(\"{cli:?}\");\n}\n",
            ),
            ("src/error.rs", "pub struct Error;\n"),
            (
                "src/clock.rs",
                "use chrono::Utc;\nuse crate::domain::money::Money;\npub fn now() -> chrono::DateTime<Utc> {\n    Utc::now()\n}\n",
            ),
            (
                "src/domain/mod.rs",
                "//! Pure: `std::fs` is never used here, nor `println!`.\npub mod money;\npub mod period;\n",
            ),
            (
                "src/domain/money.rs",
                "use crate::error::Error;\npub struct Money(i64);\n/// Not a clock read: `Utc::now()`.\nconst TEXT: &str = \"use std::{fs, env}; println!(); crate::ops::Session\";\n#[cfg(test)]\nmod tests {\n    use crate::ops::Session;\n}\n",
            ),
            (
                "src/domain/period.rs",
                "use super::money::Money;\nuse std::{collections::{BTreeMap, HashMap}, fmt};\npub fn days(m: &Money) -> i64 { let _ = '\"'; 0 }\n",
            ),
            (
                "src/formats/mod.rs",
                "use crate::domain::money::Money;\nuse crate::error::Error;\n",
            ),
            (
                "src/store/mod.rs",
                "use rusqlite::Connection;\nuse crate::domain::{money::Money, period};\n",
            ),
            (
                "src/ops/mod.rs",
                "pub mod books;\npub mod tick;\nuse crate::store::Store;\nuse crate::clock;\npub struct Session;\n",
            ),
            (
                "src/ops/books.rs",
                "use crate::domain::money::Money;\npub struct Books;\n",
            ),
            (
                "src/ops/tick.rs",
                "use super::books::Books;\nuse super::Session;\npub fn run() { let _ = crate::formats::parse; }\n",
            ),
            (
                "src/output/mod.rs",
                "use crate::domain::money::Money;\npub fn print() { println!(\"x\"); eprintln!(\"y\"); }\n",
            ),
            (
                "src/cli/mod.rs",
                "mod tick;\nuse clap::Parser;\npub fn run() { tick::run(); }\n",
            ),
            (
                "src/cli/tick.rs",
                "use crate::ops::tick;\nuse crate::output::print;\npub fn run() { tick::run(); }\n",
            ),
        ] {
            planted.write(path, text);
        }
        planted
    }

    fn write(&self, path: &str, text: &str) {
        let path = self.dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// The clean tree with `text` written to `path`: what the guard finds in it.
    fn with(path: &str, text: &str) -> Vec<Finding> {
        let planted = Planted::clean();
        planted.write(path, text);
        inspect(planted.dir.path())
    }
}

fn kinds(findings: &[Finding]) -> Vec<Kind> {
    let mut kinds: Vec<Kind> = findings.iter().map(|f| f.kind).collect();
    kinds.dedup();
    kinds
}

#[test]
fn the_clean_tree_passes_whatever_its_comments_strings_and_tests_say() {
    let findings = inspect(Planted::clean().dir.path());
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn a_grouped_import_of_the_file_system_or_the_environment_in_the_domain_is_caught() {
    let findings = Planted::with("src/domain/io.rs", "use std::{fs, env};\n");
    assert_eq!(kinds(&findings), [Kind::OutsideWorld]);
    assert_eq!(findings.len(), 2, "{findings:#?}");
    let nested = Planted::with(
        "src/formats/io.rs",
        "use std::{collections::HashMap, io::{self, Read}, process::{Command, Stdio}};\n",
    );
    assert_eq!(kinds(&nested), [Kind::OutsideWorld]);
    let in_code = Planted::with(
        "src/domain/io.rs",
        "pub fn read() -> String { std::fs::read_to_string(\"x\").unwrap() }\n",
    );
    assert_eq!(kinds(&in_code), [Kind::OutsideWorld]);
    let file = Planted::with(
        "src/domain/io.rs",
        "use std::fs::File;\npub fn open() { let _ = File::open(\"x\"); }\n",
    );
    assert_eq!(kinds(&file), [Kind::OutsideWorld]);
    let alias = Planted::with(
        "src/formats/io.rs",
        "use std::io;\npub fn f() { let _ = io::stdin(); }\n",
    );
    assert_eq!(kinds(&alias), [Kind::OutsideWorld]);
    // The same in ops is fine.
    assert!(Planted::with("src/ops/io.rs", "use std::{fs, env};\n").is_empty());
}

#[test]
fn an_edge_that_points_the_wrong_way_is_caught_however_it_is_written() {
    for (path, text) in [
        ("src/domain/leak.rs", "use crate::store::Tx;\n"),
        ("src/domain/leak.rs", "use crate::ops::Session;\n"),
        (
            "src/domain/leak.rs",
            "use crate::{money::Money, ops::Session};\n",
        ),
        (
            "src/domain/leak.rs",
            "pub fn f() { let _ = crate::ops::Session; }\n",
        ),
        (
            "src/domain/money/deep.rs",
            "use super::super::super::ops::Session;\n",
        ),
        ("src/output/leak.rs", "use crate::ops::books::Books;\n"),
        ("src/cli/leak.rs", "use crate::store::Store;\n"),
        ("src/store/leak.rs", "use crate::ops::Session;\n"),
        ("src/formats/leak.rs", "use crate::output::print;\n"),
    ] {
        let findings = Planted::with(path, text);
        assert_eq!(kinds(&findings), [Kind::LayerEdge], "{path}: {text}");
    }
}

#[test]
fn an_import_circle_is_caught() {
    let planted = Planted::clean();
    planted.write(
        "src/ops/mod.rs",
        "pub mod a;\npub mod b;\npub mod books;\npub mod tick;\npub struct Session;\n",
    );
    planted.write("src/ops/a.rs", "use super::b::B;\npub struct A;\n");
    planted.write(
        "src/ops/b.rs",
        "pub fn b() { let _ = crate::ops::a::A; }\npub struct B;\n",
    );
    let findings = inspect(planted.dir.path());
    assert_eq!(kinds(&findings), [Kind::Circle]);
    assert_eq!(
        of_kind(&findings, Kind::Circle),
        ["crate::ops::a ⇄ crate::ops::b"]
    );
    // A parent that uses a child which uses the parent is a circle too.
    let planted = Planted::clean();
    planted.write(
        "src/ops/mod.rs",
        "pub mod books;\npub mod tick;\npub struct Session;\npub fn f() { tick::run(); }\n",
    );
    assert_eq!(kinds(&inspect(planted.dir.path())), [Kind::Circle]);
}

#[test]
fn printing_outside_output_and_main_is_caught() {
    for text in [
        "pub fn f() { println!(\"x\"); }\n",
        "pub fn f() { eprintln!(\"x\"); }\n",
        "pub fn f() { print!(\"x\"); eprint!(\"y\"); }\n",
        "pub fn f(x: u8) -> u8 { dbg!(x) }\n",
    ] {
        assert_eq!(
            kinds(&Planted::with("src/cli/loud.rs", text)),
            [Kind::Print],
            "{text}"
        );
    }
}

#[test]
fn a_clock_read_outside_the_clock_module_is_caught() {
    for text in [
        "pub fn f() { let _ = chrono::Utc::now(); }\n",
        "use chrono::Utc;\npub fn f() { let _ = Utc::today(); }\n",
        "pub fn f() { let _ = chrono::Local::now(); }\n",
        "use chrono::{Local, NaiveDate};\n",
        "pub fn f() { let _ = std::time::SystemTime::now(); }\n",
        "use std::time::Instant;\npub fn f() { let _ = Instant::now(); }\n",
    ] {
        assert_eq!(
            kinds(&Planted::with("src/domain/time.rs", text)),
            [Kind::Clock],
            "{text}"
        );
    }
}

#[test]
fn a_file_over_700_lines_of_code_is_caught_its_tests_and_comments_aside() {
    let code = |n: usize| {
        (0..n)
            .map(|i| format!("pub const C{i}: u8 = 0;\n"))
            .collect::<String>()
    };
    let long = Planted::with("src/domain/long.rs", &code(701));
    assert_eq!(kinds(&long), [Kind::TooLong]);
    let padded = format!(
        "//! A module.\n\n{}\n// a comment\n/* a block\n   comment */\n#[cfg(test)]\nmod tests {{\n{}}}\n",
        code(700),
        code(300)
    );
    assert!(Planted::with("src/domain/long.rs", &padded).is_empty());
}

#[test]
fn sql_the_command_line_and_floating_point_out_of_place_are_caught() {
    assert_eq!(
        kinds(&Planted::with("src/ops/sql.rs", "use rusqlite::params;\n")),
        [Kind::Sql]
    );
    assert_eq!(
        kinds(&Planted::with("src/domain/args.rs", "use clap::Args;\n")),
        [Kind::CommandLine]
    );
    assert_eq!(
        kinds(&Planted::with(
            "src/domain/float.rs",
            "pub fn f(x: f64) -> f64 { x }\n"
        )),
        [Kind::Float]
    );
    assert_eq!(
        kinds(&Planted::with(
            "src/domain/round.rs",
            "pub fn f(x: rust_decimal::Decimal) -> rust_decimal::Decimal { x.round_dp(2) }\n"
        )),
        [Kind::Float]
    );
}
