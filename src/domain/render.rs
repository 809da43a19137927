//! The template engine as every document of `subs` uses it: one way to configure minijinja,
//! to hand it plain serde structs, and to turn its errors into ours.
//!
//! Undefined variables are errors (a typo in a template must not send a mail with a hole in
//! it); `none` prints as nothing, so optional fields need no guard to stay blank; HTML
//! escaping is chosen by the caller, never guessed from a user's file name.

use std::collections::BTreeMap;

use minijinja::syntax::SyntaxConfig;
use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, UndefinedBehavior};
use serde::Serialize;

use crate::error::Error;

/// An environment with the house settings. `html` turns on HTML escaping of every
/// printed value.
pub(crate) fn environment<'source>(html: bool) -> Environment<'source> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(move |_| {
        if html {
            AutoEscape::Html
        } else {
            AutoEscape::None
        }
    });
    env.set_formatter(|out, state, value| {
        if value.is_none() {
            return Ok(());
        }
        match value.as_str() {
            Some(text) if *state.auto_escape() == AutoEscape::Html && !value.is_safe() => {
                out.write_str(&escape_html(text))?;
                Ok(())
            }
            _ => minijinja::escape_formatter(out, state, value),
        }
    });
    // Block tags on their own lines leave no blank lines behind; a text body keeps the
    // final newline its author typed. The default delimiters always build.
    if let Ok(syntax) = SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
    {
        env.set_syntax(syntax);
    }
    env
}

/// Escapes what HTML needs escaped in text and attribute values. minijinja's own escaping
/// also turns `/` into `&#x2f;`, which is valid but makes every date and URL unreadable in
/// the page source.
pub(crate) fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// Compiles and renders `source`; errors name `source_name` and the line.
pub(crate) fn render(
    source_name: &str,
    source: &str,
    context: Value,
    html: bool,
) -> Result<String, Error> {
    let env = environment(html);
    let template = env
        .template_from_named_str(source_name, source)
        .map_err(|e| template_error(source_name, source, &e))?;
    template
        .render(context)
        .map_err(|e| template_error(source_name, source, &e))
}

/// Compiles `source` without rendering it: syntax errors only.
pub(crate) fn check(source_name: &str, source: &str) -> Result<(), Error> {
    let env = environment(false);
    env.template_from_named_str(source_name, source)
        .map(|_| ())
        .map_err(|e| template_error(source_name, source, &e))
}

/// A plain serde struct as a template value. The structs handed to templates carry
/// strings, integers, booleans, lists and nested structs only (amounts are decimal
/// strings), so the conversion goes through `serde_json::Value` without loss.
pub(crate) fn to_value<T: Serialize>(value: &T) -> Result<Value, Error> {
    serde_json::to_value(value)
        .map(from_json)
        .map_err(|e| Error::invalid("template context", e.to_string()))
}

fn from_json(value: serde_json::Value) -> Value {
    match value {
        serde_json::Value::Null => Value::from(()),
        serde_json::Value::Bool(b) => Value::from(b),
        serde_json::Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => Value::from(i),
            (None, Some(u)) => Value::from(u),
            // Never produced by our structs; kept exact as text rather than approximated.
            (None, None) => Value::from(n.to_string()),
        },
        serde_json::Value::String(s) => Value::from(s),
        serde_json::Value::Array(items) => items.into_iter().map(from_json).collect(),
        serde_json::Value::Object(map) => Value::from(
            map.into_iter()
                .map(|(k, v)| (k, from_json(v)))
                .collect::<BTreeMap<String, Value>>(),
        ),
    }
}

/// `line 3: syntax error: unexpected end of input, expected end of block`.
fn template_error(source_name: &str, source: &str, error: &minijinja::Error) -> Error {
    let mut reason = match error.line() {
        Some(line) => format!("line {line}: {}", error.kind()),
        None => error.kind().to_string(),
    };
    match error.detail() {
        Some(detail) => {
            reason.push_str(": ");
            reason.push_str(detail);
        }
        // Without a detail, the failing expression is what tells the author where to look.
        None => {
            if let Some(near) = error.range().and_then(|range| source.get(range)) {
                reason.push_str(&format!(" in {near:?}"));
            }
        }
    }
    Error::invalid(source_name, reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn none_prints_as_nothing_and_undefined_is_an_error() {
        let ctx = minijinja::context! { email => Value::from(()) };
        assert_eq!(
            render("t", "[{{ email }}]", ctx.clone(), false).unwrap(),
            "[]"
        );
        let err = render("t", "{{ emial }}", ctx, false)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("t: line 1: undefined value"), "{err}");
        assert!(err.contains("emial"), "{err}");
    }

    #[test]
    fn escaping_follows_the_callers_choice() {
        let ctx = minijinja::context! { name => "<b>&" };
        assert_eq!(
            render("t", "{{ name }}", ctx.clone(), true).unwrap(),
            "&lt;b&gt;&amp;"
        );
        assert_eq!(render("t", "{{ name }}", ctx, false).unwrap(), "<b>&");
        let ctx = minijinja::context! { date => "01/02/2026", quote => "l'\"a\"" };
        assert_eq!(
            render("t", "{{ date }} {{ quote }}", ctx, true).unwrap(),
            "01/02/2026 l&#39;&quot;a&quot;"
        );
    }
}
