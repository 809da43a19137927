//! Reading an e-invoice XML file from somebody else, safely, into a small tree the CII and
//! UBL readers walk.
//!
//! The file is untrusted: it is refused beyond [`MAX_XML_BYTES`], deeper than
//! [`MAX_DEPTH`] or with more than [`MAX_ELEMENTS`] elements, so that memory stays bounded;
//! a DOCTYPE is refused, so no entity can be declared (no billion laughs, no external
//! entity): only the five predefined entities and character references are read. The
//! syntaxes bind EN 16931 to UTF-8, so another encoding is refused too. Elements are
//! matched by local name below a root whose namespace was checked.

use chrono::NaiveDate;
use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;
use rust_decimal::Decimal;

use crate::domain::money::{DecimalRule, parse_decimal};
use crate::domain::values::clip;
use crate::error::Error;

/// The largest XML file read: e-invoices are tens of kilobytes; this leaves room for
/// thousands of lines and refuses what would only be an attack on memory.
pub const MAX_XML_BYTES: usize = 16 << 20;

/// The deepest nesting read (a CII file nests about ten levels).
const MAX_DEPTH: usize = 64;

/// The most elements read in one file.
const MAX_ELEMENTS: usize = 500_000;

/// An element: its local name, attributes by local name, text, and children in order.
#[derive(Debug, Default)]
pub struct Element {
    pub name: String,
    attributes: Vec<(String, String)>,
    text: String,
    pub children: Vec<Element>,
}

/// A parsed document: its root and the root's namespace.
#[derive(Debug)]
pub struct Tree {
    pub namespace: Option<String>,
    pub root: Element,
}

impl Element {
    /// The children called `name`.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// The first child called `name`.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    /// The element at the end of a path of child names.
    pub fn at(&self, path: &[&str]) -> Option<&Element> {
        path.iter()
            .try_fold(self, |element, name| element.child(name))
    }

    /// The trimmed text at the end of a path, if not empty.
    pub fn text_at(&self, path: &[&str]) -> Option<String> {
        self.at(path).and_then(Element::value)
    }

    /// The trimmed text of the element, if not empty.
    pub fn value(&self) -> Option<String> {
        let text = self.text.trim();
        (!text.is_empty()).then(|| text.to_string())
    }

    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Parses `bytes`; `source` names the file in errors.
pub fn parse(source: &str, bytes: &[u8]) -> Result<Tree, Error> {
    if bytes.len() > MAX_XML_BYTES {
        return Err(Error::invalid(
            source,
            format!(
                "is {} bytes; an e-invoice is read up to {MAX_XML_BYTES} bytes",
                bytes.len()
            ),
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Error::invalid(
            source,
            format!(
                "is not UTF-8 (byte {}); e-invoices are UTF-8",
                e.valid_up_to()
            ),
        )
    })?;
    if let Some(label) = declared_encoding(text)
        && !label.eq_ignore_ascii_case("UTF-8")
    {
        return Err(Error::invalid(
            source,
            format!("declares encoding {label:?}; e-invoices are UTF-8"),
        ));
    }
    let mut reader = NsReader::from_str(text);
    let mut stack: Vec<Element> = Vec::new();
    let mut namespace = None;
    let mut root = None;
    let mut count = 0usize;
    let malformed = |position: u64, reason: &str| {
        Error::invalid(
            format!("{source}: byte {position}"),
            format!("malformed XML: {}", clip(&reason.replace('\n', " "), 200)),
        )
    };
    loop {
        let position = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| malformed(reader.error_position(), &e.to_string()))?;
        match event {
            Event::Start(_) | Event::Empty(_) if root.is_some() => {
                return Err(malformed(position, "content after the root element"));
            }
            Event::Start(_) | Event::Empty(_)
                if stack.len() >= MAX_DEPTH || count >= MAX_ELEMENTS =>
            {
                return Err(malformed(
                    position,
                    "nested too deep or too many elements for an e-invoice",
                ));
            }
            Event::Start(start) => {
                if stack.is_empty() {
                    namespace = root_namespace(&reader, &start);
                }
                count += 1;
                stack.push(element(&start));
            }
            Event::Empty(start) => {
                if stack.is_empty() {
                    namespace = root_namespace(&reader, &start);
                }
                count += 1;
                let element = element(&start);
                match stack.last_mut() {
                    Some(parent) => parent.children.push(element),
                    None => root = Some(element),
                }
            }
            Event::End(_) => {
                let Some(done) = stack.pop() else {
                    return Err(malformed(position, "unexpected closing tag"));
                };
                match stack.last_mut() {
                    Some(parent) => parent.children.push(done),
                    None => root = Some(done),
                }
            }
            Event::Text(t) => push_text(&mut stack, &t.xml10_content()),
            Event::CData(data) => push_text(&mut stack, &data.xml10_content()),
            Event::GeneralRef(reference) => {
                let resolved = resolve_reference(&reference)
                    .ok_or_else(|| malformed(position, "undefined entity reference"))?;
                push_text(&mut stack, &resolved);
            }
            Event::DocType(_) => {
                return Err(malformed(
                    position,
                    "a DOCTYPE is not allowed in an e-invoice",
                ));
            }
            Event::Eof => break,
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) => {}
        }
    }
    if !stack.is_empty() {
        return Err(Error::invalid(
            source,
            "ends inside an element (is the file truncated?)",
        ));
    }
    let root = root.ok_or_else(|| Error::invalid(source, "has no root element (is it empty?)"))?;
    Ok(Tree { namespace, root })
}

fn root_namespace(reader: &NsReader<&[u8]>, start: &BytesStart<'_>) -> Option<String> {
    match reader.resolver().resolve_element(start.name()).0 {
        ResolveResult::Bound(ns) => Some(ns.0.to_string()),
        _ => None,
    }
}

fn element(start: &BytesStart<'_>) -> Element {
    let attributes = start
        .attributes()
        .flatten()
        .filter_map(|a| {
            let value = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()?;
            Some((a.key.local_name().as_ref().to_string(), value.into_owned()))
        })
        .collect();
    Element {
        name: start.local_name().as_ref().to_string(),
        attributes,
        text: String::new(),
        children: Vec::new(),
    }
}

fn push_text(stack: &mut [Element], text: &str) {
    if let Some(open) = stack.last_mut() {
        open.text.push_str(text);
    }
}

/// The `encoding` of the `<?xml … ?>` declaration, if any.
fn declared_encoding(text: &str) -> Option<&str> {
    let declaration = text.strip_prefix("<?xml")?;
    let declaration = &declaration[..declaration.find("?>")?];
    let after = declaration.split_once("encoding")?.1.trim_start();
    let after = after.strip_prefix('=')?.trim_start();
    let quote = after.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    after[1..].split(quote).next()
}

/// `&amp;`, `&#233;`: the five predefined entities and character references; a DOCTYPE
/// is refused, so no other entity can exist.
fn resolve_reference(reference: &BytesRef<'_>) -> Option<String> {
    if reference.is_char_ref() {
        return reference
            .resolve_char_ref()
            .ok()
            .flatten()
            .map(String::from);
    }
    let name = reference.xml10_content();
    quick_xml::escape::resolve_predefined_entity(&name).map(str::to_string)
}

/// Reads values out of a tree, naming the file and the business term in errors.
pub struct Values<'a> {
    pub source: &'a str,
}

impl Values<'_> {
    pub fn missing(&self, what: &str) -> Error {
        Error::invalid(format!("{}: {what}", self.source), "is missing")
    }

    pub fn invalid(&self, what: &str, reason: impl Into<String>) -> Error {
        Error::invalid(format!("{}: {what}", self.source), reason)
    }

    pub fn required(&self, value: Option<String>, what: &str) -> Result<String, Error> {
        value.ok_or_else(|| self.missing(what))
    }

    /// A decimal with at most `places` decimals, either sign.
    pub fn decimal(&self, text: &str, places: u32, what: &str) -> Result<Decimal, Error> {
        let rule = DecimalRule {
            max_places: places,
            allow_negative: true,
            allow_zero: true,
        };
        parse_decimal(&format!("{}: {what}", self.source), text, rule)
    }

    pub fn optional_decimal(
        &self,
        text: Option<String>,
        places: u32,
        what: &str,
    ) -> Result<Option<Decimal>, Error> {
        text.map(|t| self.decimal(&t, places, what)).transpose()
    }

    /// `CCYYMMDD` (CII `format="102"`).
    pub fn date_102(&self, text: &str, what: &str) -> Result<NaiveDate, Error> {
        NaiveDate::parse_from_str(text, "%Y%m%d")
            .ok()
            .filter(|_| text.len() == 8)
            .ok_or_else(|| self.invalid(what, format!("{text:?} is not a date as CCYYMMDD")))
    }

    /// `CCYY-MM-DD` (UBL).
    pub fn date_iso(&self, text: &str, what: &str) -> Result<NaiveDate, Error> {
        NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .ok()
            .filter(|_| text.len() == 10)
            .ok_or_else(|| self.invalid(what, format!("{text:?} is not a date as CCYY-MM-DD")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(xml: &str) -> String {
        match parse("bill.xml", xml.as_bytes()) {
            Ok(_) => panic!("accepted: {xml}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn a_tree_keeps_names_attributes_text_and_order() {
        let tree = parse(
            "x.xml",
            "\u{feff}<?xml version=\"1.0\" encoding=\"UTF-8\"?><r:a xmlns:r=\"urn:x\"><r:b id=\"1\">A &amp; B</r:b><r:b/><c><![CDATA[<z>]]>&#233;</c></r:a>"
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(tree.namespace.as_deref(), Some("urn:x"));
        assert_eq!(tree.root.name, "a");
        assert_eq!(tree.root.all("b").count(), 2);
        assert_eq!(tree.root.text_at(&["b"]).as_deref(), Some("A & B"));
        assert_eq!(tree.root.child("b").unwrap().attribute("id"), Some("1"));
        assert_eq!(tree.root.text_at(&["c"]).as_deref(), Some("<z>é"));
    }

    #[test]
    fn entities_doctypes_and_other_encodings_are_refused() {
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]><a>&lol2;</a>";
        assert!(refused(laughs).contains("DOCTYPE is not allowed"));
        let external = "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>";
        assert!(refused(external).contains("DOCTYPE"));
        assert!(refused("<a>&x;</a>").contains("undefined entity"));
        assert!(refused("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>").contains("UTF-8"));
        let latin1 = b"<a>caf\xe9</a>";
        assert!(
            parse("bill.xml", latin1)
                .unwrap_err()
                .to_string()
                .contains("not UTF-8")
        );
    }

    #[test]
    fn malformed_truncated_empty_and_oversized_files_are_refused() {
        assert!(refused("<a><b></a>").contains("malformed XML"));
        assert!(refused("<a><b>").contains("truncated"));
        assert!(refused("").contains("no root element"));
        assert!(refused("<a/><b/>").contains("after the root"));
        let deep = "<a>".repeat(MAX_DEPTH + 1);
        assert!(refused(&deep).contains("too deep"));
        let wide = format!("<r>{}</r>", "<a/>".repeat(MAX_ELEMENTS));
        assert!(refused(&wide).contains("too many elements"));
        let big = vec![b' '; MAX_XML_BYTES + 1];
        assert!(
            parse("bill.xml", &big)
                .unwrap_err()
                .to_string()
                .contains("read up to")
        );
    }

    #[test]
    fn dates_and_decimals_are_read_strictly() {
        let v = Values { source: "f.xml" };
        assert_eq!(
            v.date_102("20260131", "BT-2").unwrap(),
            NaiveDate::from_ymd_opt(2026, 1, 31).unwrap()
        );
        assert!(v.date_102("2026-01-31", "BT-2").is_err());
        assert!(v.date_102("20260231", "BT-2").is_err());
        assert!(v.date_iso("20260131", "BT-2").is_err());
        assert_eq!(
            v.decimal("-12.50", 2, "BT-112").unwrap(),
            "-12.5".parse().unwrap()
        );
        let err = v.decimal("12.505", 2, "BT-112").unwrap_err().to_string();
        assert!(err.starts_with("f.xml: BT-112:"), "{err}");
        assert!(v.decimal("1e3", 2, "BT-112").is_err());
    }
}
