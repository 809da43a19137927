//! Tables for people (comfy-table): a list is aligned columns, a record is key/value lines
//! followed by one table per nested list.

use std::io::{self, Write};

use comfy_table::{CellAlignment, ContentArrangement, Table, presets};
use serde_json::Value;

use super::cells::{cell, is_nested};

fn new_table() -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Disabled)
        .force_no_tty();
    table
}

fn looks_numeric(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
}

pub(super) fn write_rows(
    out: &mut dyn Write,
    headers: &[String],
    rows: &[Vec<String>],
) -> io::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let mut table = new_table();
    table.set_header(headers.iter().map(|h| h.to_uppercase()));
    for row in rows {
        table.add_row(row.clone());
    }
    // Right-align columns whose every value is a number or an amount.
    for (index, column) in table.column_iter_mut().enumerate() {
        if rows
            .iter()
            .all(|r| r[index].is_empty() || looks_numeric(&r[index]))
            && rows.iter().any(|r| !r[index].is_empty())
        {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    writeln!(out, "{}", trim_lines(&table.to_string()))
}

pub(super) fn write_record(out: &mut dyn Write, value: &Value) -> io::Result<()> {
    let Value::Object(map) = value else {
        return writeln!(out, "{}", cell(value));
    };
    let mut table = new_table();
    for (key, field) in map.iter().filter(|(_, v)| !is_nested(v)) {
        table.add_row(vec![format!("{key}:"), cell(field)]);
    }
    writeln!(out, "{}", trim_lines(&table.to_string()))?;
    for (key, field) in map.iter().filter(|(_, v)| is_nested(v)) {
        let Value::Array(items) = field else { continue };
        writeln!(out, "\n{key}:")?;
        if items.is_empty() {
            writeln!(out, "  (none)")?;
            continue;
        }
        let headers: Vec<String> = match &items[0] {
            Value::Object(first) => first.keys().cloned().collect(),
            _ => vec![key.clone()],
        };
        let rows: Vec<Vec<String>> = items
            .iter()
            .map(|item| match item {
                Value::Object(o) => headers
                    .iter()
                    .map(|h| cell(o.get(h).unwrap_or(&Value::Null)))
                    .collect(),
                other => vec![cell(other)],
            })
            .collect();
        write_rows(out, &headers, &rows)?;
    }
    Ok(())
}

/// comfy-table pads every line to the table width; trailing spaces only get in the way.
fn trim_lines(text: &str) -> String {
    text.lines()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}
