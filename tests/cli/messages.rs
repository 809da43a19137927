//! Every word a customer reads comes from the message catalogue (`src/domain/messages/`),
//! so that documents can be translated whole: the templates hold layout only, the
//! catalogue's phrases are written nowhere else, and no text meant for a document is
//! formatted from an English literal in the code. Each check proves itself on a planted
//! breach.

use std::path::{Path, PathBuf};

use subs::domain::messages::{EN, FR, placeholders};

use crate::billing::coworking;

const CATALOGUE: &str = "src/domain/messages/";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Files under `src/` with the extension `ext`, as (path relative to the root, text).
fn sources(ext: &str) -> Vec<(String, String)> {
    fn walk(dir: &Path, ext: &str, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, ext, found);
            } else if path.extension().is_some_and(|e| e == ext) {
                found.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&root().join("src"), ext, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let relative = path
                .strip_prefix(root())
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (relative, std::fs::read_to_string(&path).unwrap())
        })
        .collect()
}

/// The code of a Rust file that ships: comment lines and the test module left out.
fn shipped_code(text: &str) -> String {
    let shipped = text.split("#[cfg(test)]").next().unwrap_or_default();
    shipped
        .lines()
        .filter(|line| {
            let line = line.trim_start();
            !line.starts_with("//")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The words left in a template once its markup, style, expressions and entities are gone.
fn words_in_template(text: &str) -> Vec<String> {
    let mut rest = text.to_string();
    for (open, close) in [
        ("<style", "</style>"),
        ("{{", "}}"),
        ("{%", "%}"),
        ("<", ">"),
        ("&", ";"),
    ] {
        let mut kept = String::new();
        let mut text = rest.as_str();
        while let Some(at) = text.find(open) {
            kept.push_str(&text[..at]);
            kept.push(' ');
            match text[at..].find(close) {
                Some(end) => text = &text[at + end + close.len()..],
                None => {
                    text = "";
                }
            }
        }
        kept.push_str(text);
        rest = kept;
    }
    rest.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .map(String::from)
        .collect()
}

#[test]
fn templates_hold_layout_only_and_no_words() {
    let templates = sources("html");
    assert!(templates.len() >= 2, "{templates:?}");
    for (path, text) in templates {
        let words = words_in_template(&text);
        assert!(
            words.is_empty(),
            "{path} writes words a customer reads; put them in {CATALOGUE}: {words:?}"
        );
    }
}

#[test]
fn the_word_check_sees_a_word_typed_into_a_template() {
    assert_eq!(
        words_in_template(
            "<style>p { color: red }</style><p>{{ t.x|safe }} Total&nbsp;: {% if a %}x{% endif %}</p>"
        ),
        ["Total", "x"]
    );
}

/// Terms of the trade that the user's own messages (errors, prompts, the tick's report) use
/// too: they are words for the accountant at the terminal, not text on a document.
const TERMS_OF_THE_TRADE: [&str; 5] = [
    "Customer code",
    "VAT number",
    "VAT rate",
    "draft invoice",
    "supplier bill",
];

/// The fixed parts of the catalogue's phrases long enough to be unmistakable (a phrase of
/// two words or more), in every language.
fn catalogue_phrases() -> Vec<(&'static str, String)> {
    let mut phrases = Vec::new();
    for catalogue in [&EN, &FR] {
        for (id, text) in catalogue.entries() {
            let mut fixed = text.to_string();
            for name in placeholders(text) {
                fixed = fixed.replace(&format!("{{{name}}}"), "\u{0}");
            }
            for part in fixed.split('\u{0}') {
                let part = part.trim_matches(|c: char| !c.is_alphanumeric());
                if part.split_whitespace().count() >= 2
                    && part.len() >= 8
                    && !TERMS_OF_THE_TRADE.contains(&part)
                {
                    phrases.push((id, part.to_string()));
                }
            }
        }
    }
    phrases
}

fn phrases_outside_the_catalogue(files: &[(String, String)]) -> Vec<String> {
    let phrases = catalogue_phrases();
    let mut found = Vec::new();
    for (path, text) in files {
        if path.starts_with(CATALOGUE) {
            continue;
        }
        let code = if path.ends_with(".rs") {
            shipped_code(text)
        } else {
            text.clone()
        };
        for (id, phrase) in &phrases {
            if code.contains(phrase.as_str()) {
                found.push(format!("{path}: {phrase:?} (message {id})"));
            }
        }
    }
    found
}

#[test]
fn the_catalogue_is_the_only_source_of_its_phrases() {
    let mut files = sources("rs");
    files.extend(sources("html"));
    let found = phrases_outside_the_catalogue(&files);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_phrase_check_reads_the_phrases_of_every_language() {
    let phrases = catalogue_phrases();
    for expected in [
        "cancellation of",
        "not served",
        "Avoir pour résiliation de",
        "Date d'émission",
    ] {
        assert!(
            phrases.iter().any(|(_, p)| p.contains(expected)),
            "{expected:?} is not a catalogue phrase"
        );
    }
}

#[test]
fn the_phrase_check_sees_a_phrase_copied_back_into_the_code() {
    let planted = vec![(
        "src/ops/planted.rs".to_string(),
        "let reason = format!(\"cancellation of {} on {}\", id, day);\n".to_string(),
    )];
    assert_eq!(phrases_outside_the_catalogue(&planted).len(), 1);
}

/// Text formatted from a literal with words and given to a field that ends up on a document
/// (`description`, `reason`, `subject`, `body`, `remittance`): the catalogue's job.
fn document_text_literals(path: &str, text: &str) -> Vec<String> {
    const FIELDS: [&str; 5] = ["description", "reason", "subject", "body", "remittance"];
    let code = shipped_code(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut found = Vec::new();
    for (at, _) in code.match_indices("format!(") {
        let Some(literal) = code[at + 8..].trim_start().strip_prefix('"') else {
            continue;
        };
        let before = &code[..at];
        let names_a_field = FIELDS.iter().any(|field| {
            [": ", " = ", ": Some(", " = Some("]
                .iter()
                .any(|sep| before.ends_with(&format!("{field}{sep}")))
        });
        if !names_a_field {
            continue;
        }
        let literal = &literal[..literal.find('"').unwrap_or(literal.len())];
        let words = words_outside_braces(literal);
        if !words.is_empty() {
            found.push(format!("{path}: format!(\"{literal}\")"));
        }
    }
    found
}

/// The words of a format string outside its `{…}` arguments.
fn words_outside_braces(literal: &str) -> Vec<String> {
    let mut text = String::new();
    let mut depth = 0u32;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            c if depth == 0 => text.push(c),
            _ => {}
        }
    }
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3)
        .map(String::from)
        .collect()
}

#[test]
fn no_document_text_is_formatted_from_a_literal_outside_the_catalogue() {
    let mut found = Vec::new();
    for (path, text) in sources("rs") {
        if path.starts_with(CATALOGUE)
            || !(path.starts_with("src/ops/")
                || path.starts_with("src/domain/")
                || path.starts_with("src/formats/"))
        {
            continue;
        }
        found.extend(document_text_literals(&path, &text));
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_literal_check_sees_a_new_english_description_or_reason_on_one_line_or_several() {
    let planted = "fn f() {\n    line.description = format!(\n        \"{} (extra hours)\",\n        name\n    );\n    let x = Note { reason: Some(format!(\"refund of {}\", n)) };\n    let ok = format!(\"{a} {b}\");\n}\n";
    assert_eq!(document_text_literals("planted.rs", planted).len(), 2);
}

#[test]
fn a_french_credit_note_reads_french_from_reason_to_units() {
    let mut env = coworking();
    env.ok("subscription create --customer C1 --item DESK --start 2026-01-01");
    env.ok("tick");
    env.at("2026-01-10");
    env.ok("cancel SUB-0001 --on 2026-01-10 --prorate --yes");
    let note = env.json("invoice show CN-2026-00001");
    env.ok("invoice render CN-2026-00001 --out note.html");
    let html = std::fs::read_to_string(env.path("note.html")).unwrap();
    assert!(
        html.contains("Motif : Avoir pour résiliation de SUB-0001 au 10/01/2026"),
        "{html}"
    );
    assert!(
        html.contains("Dedicated desk — non servi du 11/01/2026 au 31/01/2026"),
        "{html}"
    );
    assert!(html.contains("<td>mois</td>"), "{html}");
    assert_eq!(
        note["lines"][0]["description"],
        "Dedicated desk — non servi du 11/01/2026 au 31/01/2026"
    );
    // Not one English phrase of the catalogue on the French document.
    for (id, phrase) in catalogue_phrases() {
        let english = EN
            .entries()
            .iter()
            .any(|(i, t)| *i == id && t.contains(&phrase));
        let french = FR
            .entries()
            .iter()
            .any(|(i, t)| *i == id && t.contains(&phrase));
        if english && !french {
            assert!(
                !html.contains(&phrase),
                "{phrase:?} ({id}) on a French document"
            );
        }
    }
}
