//! The page `report all` writes beside the reports: every chart, titled, with links to
//! its data as CSV and JSON. Standalone HTML, no script.

use crate::domain::reports::labels::Language;

/// One report on the page.
#[derive(Debug, Clone)]
pub struct Section {
    pub title: String,
    /// The chart's file name (SVG, beside the page).
    pub chart: String,
    /// The data files' stem (`mrr` → mrr.csv, mrr.json).
    pub data: String,
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The page.
pub fn html(sections: &[Section], language: Language) -> String {
    let (lang, title) = match language {
        Language::French => ("fr", "Tableau de bord"),
        Language::English => ("en", "Dashboard"),
    };
    let mut page = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n\
         <style>body{{font-family:sans-serif;margin:2em;max-width:960px}}section{{margin-bottom:2em}}img{{width:100%;border:1px solid #ddd}}</style>\n\
         </head>\n<body>\n<h1>{title}</h1>\n"
    );
    for s in sections {
        let (t, c, d) = (escape(&s.title), escape(&s.chart), escape(&s.data));
        page.push_str(&format!(
            "<section>\n<h2>{t}</h2>\n<img src=\"{c}\" alt=\"{t}\">\n<p><a href=\"{d}.csv\">{d}.csv</a> · <a href=\"{d}.json\">{d}.json</a></p>\n</section>\n"
        ));
    }
    page.push_str("</body>\n</html>\n");
    page
}
