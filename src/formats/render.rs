//! The template engine as every document of `subs` uses it: one way to configure minijinja,
//! to hand it plain serde structs, and to turn its errors into ours.
//!
//! Undefined variables are errors (a typo in a template must not send a mail with a hole in
//! it); `none` prints as nothing, so optional fields need no guard to stay blank; HTML
//! escaping is chosen by the caller, never guessed from a user's file name.
//!
//! Every template gets two filters that write a value as the documents' language does:
//! `format_money` (`{{ invoice.grand_total|format_money }}` → `1 481,40 €`; the currency
//! may be given: `format_money("USD")`) and `format_date`
//! (`{{ invoice.due_date|format_date }}` → `31/01/2026`). The values themselves stay
//! plain decimals and ISO dates, as in every data output.

use std::collections::{BTreeMap, BTreeSet};

use minijinja::syntax::SyntaxConfig;
use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, UndefinedBehavior};
use serde::Serialize;

use crate::domain::messages::{Catalogue, EN, escape_html};
use crate::error::Error;

/// How the filters write amounts and dates: the documents' language, and the currency of
/// an amount given without one.
#[derive(Debug, Clone)]
pub struct Locale {
    pub messages: &'static Catalogue,
    pub currency: String,
}

impl Locale {
    pub fn new(messages: &'static Catalogue, currency: &str) -> Self {
        Locale {
            messages,
            currency: currency.to_string(),
        }
    }
}

/// `format_money`: a decimal (a string such as `"1481.40"`, or an integer) as an amount of
/// the language, in `currency` or the locale's.
fn format_money(
    locale: &Locale,
    value: &Value,
    currency: Option<&str>,
) -> Result<Value, minijinja::Error> {
    if value.is_none() || value.is_undefined() {
        return Ok(Value::from(()));
    }
    let text = match value.as_str() {
        Some(text) => text.trim().to_string(),
        None => value.to_string(),
    };
    let amount: rust_decimal::Decimal = text.parse().map_err(|_| {
        minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!("format_money: {text:?} is not an amount"),
        )
    })?;
    Ok(Value::from(
        locale
            .messages
            .money(amount, currency.unwrap_or(&locale.currency)),
    ))
}

/// `format_date`: an ISO date (`2026-01-31`, or the date of an RFC 3339 datetime) as the
/// language writes it.
fn format_date(locale: &Locale, value: &Value) -> Result<Value, minijinja::Error> {
    if value.is_none() || value.is_undefined() {
        return Ok(Value::from(()));
    }
    let text = value.as_str().unwrap_or_default();
    let date = text
        .get(..10)
        .and_then(|day| day.parse::<chrono::NaiveDate>().ok())
        .ok_or_else(|| {
            minijinja::Error::new(
                minijinja::ErrorKind::InvalidOperation,
                format!("format_date: {value} is not a date (YYYY-MM-DD)"),
            )
        })?;
    Ok(Value::from(locale.messages.date(date)))
}

/// An environment with the house settings. `html` turns on HTML escaping of every
/// printed value; `locale` is what the `format_money` and `format_date` filters write in.
pub(crate) fn environment<'source>(html: bool, locale: &Locale) -> Environment<'source> {
    let mut env = Environment::new();
    let money = locale.clone();
    env.add_filter(
        "format_money",
        move |value: &Value, currency: Option<&str>| format_money(&money, value, currency),
    );
    let dates = locale.clone();
    env.add_filter("format_date", move |value: &Value| {
        format_date(&dates, value)
    });
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

/// Compiles and renders `source`; errors name `source_name` and the line.
pub(crate) fn render(
    source_name: &str,
    source: &str,
    context: Value,
    html: bool,
    locale: &Locale,
) -> Result<String, Error> {
    let env = environment(html, locale);
    let template = env
        .template_from_named_str(source_name, source)
        .map_err(|e| template_error(source_name, source, &e))?;
    template
        .render(context)
        .map_err(|e| template_error(source_name, source, &e))
}

/// Compiles `source` and checks every name it reads from its context (`invoice.number`,
/// `payment_link`) against `known`, the dotted names the context will hold: a typo is
/// refused now, with its line, rather than at every render. Names the template sets
/// itself (`{% set %}`, loop variables) and the engine's functions (`range`, …) are its
/// own.
pub(crate) fn check_names(
    source_name: &str,
    source: &str,
    known: &BTreeSet<String>,
) -> Result<(), Error> {
    let env = environment(false, &Locale::new(&EN, "EUR"));
    let template = env
        .template_from_named_str(source_name, source)
        .map_err(|e| template_error(source_name, source, &e))?;
    let globals: BTreeSet<&str> = env.globals().map(|(name, _)| name).collect();
    let mut unknown: Vec<(usize, String)> = template
        .undeclared_variables(true)
        .into_iter()
        .filter(|name| {
            let root = name.split('.').next().unwrap_or(name);
            !known.contains(name) && !globals.contains(root)
        })
        .map(|name| (line_of(source, &name).unwrap_or(1), name))
        .collect();
    unknown.sort();
    let Some((line, name)) = unknown.into_iter().next() else {
        return Ok(());
    };
    let root = name.split('.').next().unwrap_or(&name);
    let siblings: Vec<&str> = if known.contains(root) {
        known
            .iter()
            .filter(|k| {
                k.strip_prefix(root)
                    .is_some_and(|rest| rest.starts_with('.'))
            })
            .map(String::as_str)
            .collect()
    } else {
        known
            .iter()
            .filter(|k| !k.contains('.'))
            .map(String::as_str)
            .collect()
    };
    Err(Error::invalid(
        source_name,
        format!(
            "line {line}: unknown name `{name}`; the context has {}",
            siblings.join(", ")
        ),
    ))
}

/// The line where the dotted `name` is first read inside a `{{ … }}` or `{% … %}` tag:
/// its identifiers in order, joined by dots (spaces around a dot allowed), and not itself
/// an attribute of something else.
fn line_of(source: &str, name: &str) -> Option<usize> {
    let parts: Vec<&str> = name.split('.').collect();
    let tokens = code_tokens(source);
    (0..tokens.len()).find_map(|start| {
        let preceded_by_dot = start > 0 && tokens[start - 1].1 == ".";
        let matches = !preceded_by_dot
            && parts.iter().enumerate().all(|(i, part)| {
                let at = start + 2 * i;
                tokens.get(at).is_some_and(|t| t.1 == *part)
                    && (i == 0 || tokens.get(at - 1).is_some_and(|t| t.1 == "."))
            });
        matches.then_some(tokens[start].0)
    })
}

/// (line, token) for the identifiers and dots inside the template's tags.
fn code_tokens(source: &str) -> Vec<(usize, &str)> {
    let mut tokens = Vec::new();
    let mut line = 1;
    let mut in_code = false;
    let bytes = source.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let pair = source.get(i..i + 2).unwrap_or("");
        if !in_code && (pair == "{{" || pair == "{%") {
            in_code = true;
            i += 2;
            continue;
        }
        if in_code && (pair == "}}" || pair == "%}") {
            in_code = false;
            i += 2;
            continue;
        }
        let byte = bytes[i];
        if byte == b'\n' {
            line += 1;
        }
        if in_code && (byte.is_ascii_alphabetic() || byte == b'_') {
            let end = bytes[i..]
                .iter()
                .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_'))
                .map_or(bytes.len(), |n| i + n);
            tokens.push((line, &source[i..end]));
            i = end;
            continue;
        }
        if in_code && byte == b'.' {
            tokens.push((line, "."));
        }
        i += 1;
    }
    tokens
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
    use crate::domain::messages::FR;

    fn locale() -> Locale {
        Locale::new(&FR, "EUR")
    }

    #[test]
    fn amounts_and_dates_are_written_in_the_documents_language_by_the_filters() {
        let ctx = minijinja::context! {
            total => "1481.40", due => "2026-01-31", at => "2026-01-31T10:00:00+01:00",
            none => Value::from(()), count => 3,
        };
        let source = "{{ total|format_money }}|{{ total|format_money('USD') }}|{{ count|format_money }}|{{ due|format_date }}|{{ at|format_date }}|{{ none|format_money }}{{ none|format_date }}";
        assert_eq!(
            render("t", source, ctx.clone(), false, &locale()).unwrap(),
            "1\u{202f}481,40\u{a0}€|1\u{202f}481,40\u{a0}USD|3,00\u{a0}€|31/01/2026|31/01/2026|"
        );
        assert_eq!(
            render("t", source, ctx.clone(), false, &Locale::new(&EN, "EUR")).unwrap(),
            "1,481.40\u{a0}€|1,481.40\u{a0}USD|3.00\u{a0}€|2026-01-31|2026-01-31|"
        );
        let err = render("t", "{{ due|format_money }}", ctx, false, &locale()).unwrap_err();
        assert!(
            err.to_string().contains("\"2026-01-31\" is not an amount"),
            "{err}"
        );
    }

    #[test]
    fn none_prints_as_nothing_and_undefined_is_an_error() {
        let ctx = minijinja::context! { email => Value::from(()) };
        assert_eq!(
            render("t", "[{{ email }}]", ctx.clone(), false, &locale()).unwrap(),
            "[]"
        );
        let err = render("t", "{{ emial }}", ctx, false, &locale())
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("t: line 1: undefined value"), "{err}");
        assert!(err.contains("emial"), "{err}");
    }

    fn known() -> BTreeSet<String> {
        [
            "invoice",
            "invoice.number",
            "invoice.currency",
            "payment_link",
        ]
        .into_iter()
        .map(String::from)
        .collect()
    }

    #[test]
    fn names_of_the_context_set_by_the_template_and_builtins_pass() {
        let source = "{{ invoice.number }} {{ invoice . currency|upper }}\n\
                      {% if payment_link %}{{ payment_link }}{% endif %}\n\
                      {% set total = 3 %}{{ total }}{% for i in range(2) %}{{ loop.index }}{{ i }}{% endfor %}";
        assert!(check_names("t", source, &known()).is_ok());
    }

    #[test]
    fn an_unknown_attribute_is_refused_with_its_line_and_the_known_ones() {
        let source = "Bonjour,\n{% if payment_link %}\n{{ invoice.nmber }}\n{% endif %}";
        let err = check_names("template t", source, &known()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "template t: line 3: unknown name `invoice.nmber`; the context has invoice.currency, invoice.number"
        );
    }

    #[test]
    fn an_unknown_variable_is_refused_naming_the_roots() {
        let err = check_names("t", "ok\n\n{{ custmer.name }}", &known()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "t: line 3: unknown name `custmer.name`; the context has invoice, payment_link"
        );
    }

    #[test]
    fn a_name_in_plain_text_is_not_its_place() {
        let source = "invoice.nmber is a typo\n{{ invoice.nmber }}";
        let err = check_names("t", source, &known()).unwrap_err();
        assert!(err.to_string().starts_with("t: line 2:"), "{err}");
    }

    #[test]
    fn escaping_follows_the_callers_choice() {
        let ctx = minijinja::context! { name => "<b>&" };
        assert_eq!(
            render("t", "{{ name }}", ctx.clone(), true, &locale()).unwrap(),
            "&lt;b&gt;&amp;"
        );
        assert_eq!(
            render("t", "{{ name }}", ctx, false, &locale()).unwrap(),
            "<b>&"
        );
        let ctx = minijinja::context! { date => "01/02/2026", quote => "l'\"a\"" };
        assert_eq!(
            render("t", "{{ date }} {{ quote }}", ctx, true, &locale()).unwrap(),
            "01/02/2026 l&#39;&quot;a&quot;"
        );
    }
}
