//! The published catalogue page as a browser sees it: rendered by the library, loaded in
//! headless Chromium, and its DOM checked for the groups, items and prices in place.
//!
//! Chromium never reports HTML parse errors, it repairs them; a repair shows as a DOM that
//! differs from the markup. So the test compares the elements Chromium built with the ones
//! written, and fails on any console message the page caused.

use std::fs::File;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use subs::formats::website::{CatalogItem, CatalogPrice, catalog_html};

use crate::tools;

/// Long enough for a cold start on a loaded machine; a hung browser must not hang CI.
const BROWSER_TIMEOUT: Duration = Duration::from_secs(60);

fn price(uom: &str, rate: Option<&str>) -> CatalogPrice {
    CatalogPrice {
        uom: uom.into(),
        uom_name: uom.into(),
        rate: rate.map(String::from),
    }
}

fn item(code: &str, name: &str, group: &[&str], prices: Vec<CatalogPrice>) -> CatalogItem {
    CatalogItem {
        code: code.into(),
        name: name.into(),
        group_path: group.iter().map(|g| g.to_string()).collect(),
        description: None,
        booking_units: prices,
    }
}

fn catalogue() -> Vec<CatalogItem> {
    let mut room = item(
        "ROOM-M",
        "Meeting room",
        &["Spaces", "Rooms"],
        vec![price("half-day", Some("25")), price("day", Some("45"))],
    );
    room.description = Some("Jusqu'à 8 personnes.\nÉcran & tableau blanc.".into());
    vec![
        room,
        item(
            "DESK",
            "Hot desk",
            &["Spaces"],
            vec![price("day", Some("15")), price("month", Some("210"))],
        ),
        item(
            "XSS",
            "<script>document.title='owned'</script> & Co",
            &["Services"],
            vec![price("unit", None)],
        ),
    ]
}

/// Structure checks that need no browser: the doctype first, sections balanced and never
/// nested.
pub(crate) fn assert_well_formed(html: &str) {
    assert!(html.starts_with("<!DOCTYPE html>\n"), "doctype first");
    let mut depth = 0i32;
    for tag in html.split('<').skip(1) {
        if tag.starts_with("/section>") {
            depth -= 1;
        } else if tag.starts_with("section") && tag[7..].starts_with(['>', ' ', '\n']) {
            depth += 1;
        } else {
            continue;
        }
        assert!((0..=1).contains(&depth), "sections nested or closed twice");
    }
    assert_eq!(depth, 0, "every <section> is closed");
    assert_eq!(
        html.matches("<article").count(),
        html.matches("</article>").count()
    );
}

/// The names of the start tags, in document order: what the browser's DOM must repeat if
/// it did not have to repair the markup.
pub(crate) fn start_tags(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .filter(|rest| rest.starts_with(|c: char| c.is_ascii_alphabetic()))
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase()
        })
        .collect()
}

/// The part of the DOM under the `<h2>` that reads `heading`, up to the next `<h2>`.
pub(crate) fn group<'a>(dom: &'a str, heading: &str) -> &'a str {
    let start = dom
        .find(&format!("<h2>{heading}</h2>"))
        .unwrap_or_else(|| panic!("no <h2>{heading}</h2> in\n{dom}"));
    let rest = &dom[start + 1..];
    let end = rest.find("<h2>").unwrap_or(rest.len());
    &rest[..end]
}

pub(crate) struct Dump {
    pub dom: String,
    pub log: String,
}

/// Loads the page with a fresh profile and no network chatter; the DOM it built goes to
/// stdout, its console messages to the log.
pub(crate) fn dump_dom(chromium: &Path, page: &Path, scratch: &Path) -> Dump {
    let profile = tempfile::tempdir_in(scratch).expect("profile dir");
    let (out_path, log_path) = (scratch.join("dom.html"), scratch.join("chromium.log"));
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(File::create(&out_path).expect("dom file"))
        .stderr(File::create(&log_path).expect("log file"))
        .spawn()
        .expect("start chromium");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            break status;
        }
        if started.elapsed() > BROWSER_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within {BROWSER_TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let log = std::fs::read_to_string(&log_path).unwrap_or_default();
    assert!(status.success(), "chromium failed ({status}):\n{log}");
    Dump {
        dom: std::fs::read_to_string(&out_path).expect("dom output"),
        log,
    }
}

#[test]
fn the_catalogue_page_renders_in_chromium_with_items_under_their_groups() {
    let html = catalog_html(
        &subs::domain::messages::FR,
        "Coworking Lumière",
        "EUR",
        &catalogue(),
    )
    .unwrap();
    assert_well_formed(&html);
    let Some(chromium) = tools::require("chromium") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("index.html");
    std::fs::write(&page, &html).unwrap();

    let Dump { dom, log } = dump_dom(&chromium, &page, dir.path());

    let console: Vec<_> = log.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(console.is_empty(), "the page logged: {console:#?}");
    assert!(dom.starts_with("<!DOCTYPE html>"), "{dom}");
    assert_eq!(
        start_tags(&dom),
        start_tags(&html),
        "chromium had to repair the markup:\n{dom}"
    );
    assert!(
        dom.contains("<title>Coworking Lumière : catalogue</title>"),
        "{dom}"
    );

    let headings: Vec<_> = dom
        .match_indices("<h2>")
        .map(|(at, _)| {
            let rest = &dom[at + 4..];
            &rest[..rest.find("</h2>").unwrap()]
        })
        .collect();
    assert_eq!(headings, ["Services", "Spaces", "Spaces/Rooms"]);

    let rooms = group(&dom, "Spaces/Rooms");
    assert!(rooms.contains("<h3>Meeting room</h3>"), "{rooms}");
    // Units created without a name read in the page's language.
    assert!(
        rooms.contains("<li>25.00 EUR / demi-journée</li>"),
        "{rooms}"
    );
    assert!(rooms.contains("<li>45.00 EUR / jour</li>"), "{rooms}");
    assert!(rooms.contains("Jusqu'à 8 personnes.\nÉcran &amp; tableau blanc."));
    assert!(!rooms.contains("Hot desk"));

    let spaces = group(&dom, "Spaces");
    assert!(spaces.contains("<h3>Hot desk</h3>"), "{spaces}");
    assert!(spaces.contains("<li>210.00 EUR / mois</li>"), "{spaces}");
    assert!(!spaces.contains("Meeting room"));

    // The hostile name stays text: no script element, the title untouched.
    let services = group(&dom, "Services");
    assert!(
        services.contains("<h3>&lt;script&gt;document.title='owned'&lt;/script&gt; &amp; Co</h3>"),
        "{services}"
    );
    assert!(
        services.contains("<li>Sur demande / unité</li>"),
        "{services}"
    );
    assert!(!dom.contains("<script"));
}
