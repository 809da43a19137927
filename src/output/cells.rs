//! How a value of a view is written in one cell of a table or a CSV row.

use serde_json::Value;

/// Whether a value is a list or a record: left out of flat rows.
pub(super) fn is_nested(value: &Value) -> bool {
    matches!(value, Value::Array(_) | Value::Object(_))
}

/// A scalar as CSV or table text: strings verbatim, null empty.
pub(super) fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        other => other.to_string(),
    }
}

/// A scalar as a CSV cell: as [`cell`], with a leading `'` when a spreadsheet would run it
/// as a formula.
pub(super) fn csv_cell(value: &Value) -> String {
    let text = cell(value);
    if crate::domain::values::reads_as_formula(&text) {
        format!("'{text}")
    } else {
        text
    }
}
