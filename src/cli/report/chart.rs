//! Writing a report's chart to the file `--chart` names.

use std::path::Path;

use crate::error::Error;
use crate::formats::chart::{Chart, svg};
use crate::formats::report_charts::Money;
use crate::ops::reports::Presentation;

/// Refuses a chart file that is not `.svg` (before any work is done). Charts are drawn as
/// SVG only: the text stays text, so drawing needs no font on the machine.
pub fn check(path: Option<&Path>) -> Result<(), Error> {
    let Some(path) = path else {
        return Ok(());
    };
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("svg") => Ok(()),
        Some("png") => Err(Error::invalid(
            "--chart",
            format!(
                "{}: charts are drawn as SVG only (no font is needed to draw them); name the file .svg",
                path.display()
            ),
        )),
        _ => Err(Error::invalid(
            "--chart",
            format!("{}: a chart file ends in .svg", path.display()),
        )),
    }
}

/// Writes `chart` as SVG to `path`, which must end in `.svg`.
pub fn write(path: &Path, chart: &Chart) -> Result<(), Error> {
    check(Some(path))?;
    let text = svg(chart).map_err(Error::Internal)?;
    std::fs::write(path, text).map_err(|e| Error::io(path, e))
}

/// How a chart writes amounts: in the company's language and currency.
pub fn money(p: &Presentation) -> Money {
    Money {
        language: p.language,
        currency: p.currency.clone(),
        digits: p.digits,
    }
}
