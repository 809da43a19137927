//! A bank's XML file as a small tree of elements (local names, text, attributes), read
//! with quick-xml. Status reports are a few kilobytes to a few megabytes: a tree keeps the
//! readers short, each asking for paths (`GrpHdr/MsgId`) instead of tracking events.
//!
//! What a bank file never needs is refused: a DOCTYPE (no entity can be defined, so none
//! can expand), nesting deeper than [`MAX_DEPTH`], entities other than the five predefined
//! ones and character references.

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;

use crate::domain::values::clip;
use crate::error::Error;

/// ISO 20022 messages nest about fifteen levels; anything far deeper is not one.
const MAX_DEPTH: usize = 64;

/// The largest file read: a status report of thousands of debits is a few megabytes.
pub const MAX_BYTES: usize = 32 << 20;

/// The most elements read in one file, so that memory stays bounded.
const MAX_ELEMENTS: usize = 1_000_000;

/// One element: its local name, attributes, text (trimmed) and children in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Element {
    pub name: String,
    pub attributes: Vec<(String, String)>,
    pub text: String,
    pub children: Vec<Element>,
}

impl Element {
    /// The first child named `name`.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    /// Every child named `name`.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// The element at `path` (`a/b/c`), following the first match at each step.
    pub fn at(&self, path: &str) -> Option<&Element> {
        path.split('/').try_fold(self, |e, name| e.child(name))
    }

    /// The text at `path`, when present and not empty.
    pub fn text_at(&self, path: &str) -> Option<&str> {
        self.at(path)
            .map(|e| e.text.as_str())
            .filter(|t| !t.is_empty())
    }

    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A document: the root element and its namespace.
#[derive(Debug, Clone)]
pub struct Document {
    pub namespace: String,
    pub root: Element,
}

/// Reads `text` into a tree; `source` names the file in errors.
pub fn parse(source: &str, text: &str) -> Result<Document, Error> {
    if text.len() > MAX_BYTES {
        return Err(Error::invalid(
            source,
            format!(
                "is larger than {} MB; no bank status file is",
                MAX_BYTES >> 20
            ),
        ));
    }
    let mut elements = 0usize;
    let mut reader = NsReader::from_str(text);
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    let mut namespace = String::new();
    let malformed = |byte: u64, reason: &str| {
        Error::invalid(
            format!("{source}: byte {byte}"),
            format!("malformed XML: {}", clip(&reason.replace('\n', " "), 200)),
        )
    };
    loop {
        let position = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| malformed(reader.error_position(), &e.to_string()))?;
        if matches!(event, Event::Start(_) | Event::Empty(_)) {
            elements += 1;
            if elements > MAX_ELEMENTS {
                return Err(malformed(position, "too many elements"));
            }
        }
        match event {
            Event::Start(start) | Event::Empty(start) if root.is_some() => {
                let _ = start;
                return Err(malformed(position, "content after the root element"));
            }
            Event::Start(start) => {
                if stack.is_empty() {
                    namespace = root_namespace(&reader, &start);
                }
                if stack.len() >= MAX_DEPTH {
                    return Err(malformed(position, "elements nested too deep"));
                }
                stack.push(element(&start).map_err(|e| malformed(position, &e))?);
            }
            Event::Empty(start) => {
                if stack.is_empty() {
                    namespace = root_namespace(&reader, &start);
                }
                let e = element(&start).map_err(|e| malformed(position, &e))?;
                match stack.last_mut() {
                    Some(parent) => parent.children.push(e),
                    None => root = Some(e),
                }
            }
            Event::End(_) => {
                let mut done = stack
                    .pop()
                    .ok_or_else(|| malformed(position, "closing tag without an opening one"))?;
                done.text = done.text.trim().to_string();
                match stack.last_mut() {
                    Some(parent) => parent.children.push(done),
                    None => root = Some(done),
                }
            }
            Event::Text(t) => {
                if let Some(open) = stack.last_mut() {
                    open.text.push_str(&t.xml10_content());
                }
            }
            Event::CData(d) => {
                if let Some(open) = stack.last_mut() {
                    open.text.push_str(&d.xml10_content());
                }
            }
            Event::GeneralRef(reference) => {
                let resolved = resolve_reference(&reference)
                    .ok_or_else(|| malformed(position, "undefined entity reference"))?;
                if let Some(open) = stack.last_mut() {
                    open.text.push_str(&resolved);
                }
            }
            Event::DocType(_) => {
                return Err(malformed(
                    position,
                    "a DOCTYPE is not allowed in a bank file",
                ));
            }
            Event::Eof => break,
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) => {}
        }
    }
    if !stack.is_empty() {
        return Err(malformed(
            reader.buffer_position(),
            &format!("the file ends inside <{}>", stack[stack.len() - 1].name),
        ));
    }
    let root = root.ok_or_else(|| Error::invalid(source, "is not XML: no element in it"))?;
    Ok(Document { namespace, root })
}

fn root_namespace(reader: &NsReader<&[u8]>, start: &BytesStart) -> String {
    match reader.resolver().resolve_element(start.name()).0 {
        ResolveResult::Bound(ns) => ns.into_inner().to_string(),
        _ => String::new(),
    }
}

fn element(start: &BytesStart) -> Result<Element, String> {
    let name = start.local_name().into_inner().to_string();
    let mut attributes = Vec::new();
    for attribute in start.attributes() {
        let attribute = attribute.map_err(|e| e.to_string())?;
        let key = attribute.key.local_name().into_inner().to_string();
        let value = attribute
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| e.to_string())?
            .into_owned();
        attributes.push((key, value));
    }
    Ok(Element {
        name,
        attributes,
        ..Element::default()
    })
}

/// `&amp;`, `&#233;`: the five predefined entities and character references.
fn resolve_reference(reference: &quick_xml::events::BytesRef<'_>) -> Option<String> {
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
