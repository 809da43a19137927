//! Finding the invoice XML inside somebody's Factur-X or ZUGFeRD PDF.
//!
//! The files attached to a PDF are listed in the catalogue's `/AF` array (PDF/A-3
//! associated files) and in its `/Names /EmbeddedFiles` name tree; both are read, the tree
//! with its `/Kids` to a bounded depth. The XML is the attachment named `factur-x.xml`,
//! else one of the names ZUGFeRD and XRechnung used (any case), else the only XML
//! attachment, whatever its relationship (`Alternative` as Factur-X asks, `Data` or
//! `Source` as some writers put it). The PDF is untrusted: its size is capped, every
//! stream it decodes too (lopdf refuses a decompression bomb), and an encrypted one is
//! refused (a PDF/A never is).

use lopdf::{Dictionary, Document, LoadOptions, Object};

use crate::error::Error;

use super::super::names::FILE_NAME;
use super::super::xml::MAX_XML_BYTES;

/// The largest PDF read.
pub const MAX_PDF_BYTES: usize = 64 << 20;

/// Names the invoice XML has in the wild, after `factur-x.xml`.
const OTHER_NAMES: [&str; 3] = [
    "zugferd-invoice.xml",
    "ZUGFeRD-invoice.xml",
    "xrechnung.xml",
];

/// How deep the embedded files' name tree is followed.
const MAX_TREE_DEPTH: u32 = 16;

/// A file attached to a PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub name: String,
    /// `/AFRelationship`: `Alternative`, `Data`, `Source`…
    pub relationship: Option<String>,
    /// The embedded file's `/Subtype` (`text/xml`).
    pub mime_type: Option<String>,
    pub data: Vec<u8>,
}

/// An attached file as found: its bytes, or why they cannot be read (an attachment other
/// than the invoice may be too large to read; that is no reason to refuse the invoice).
struct Found {
    name: String,
    relationship: Option<String>,
    mime_type: Option<String>,
    data: Result<Vec<u8>, String>,
}

/// The invoice XML attached to `pdf`; `source` names the file in errors.
pub fn extract_xml(source: &str, pdf: &[u8]) -> Result<Attachment, Error> {
    let mut attachments = attachments(source, pdf)?;
    let wanted = std::iter::once(FILE_NAME).chain(OTHER_NAMES);
    let named = wanted.into_iter().find_map(|name| {
        attachments
            .iter()
            .position(|a| a.name.eq_ignore_ascii_case(name))
    });
    let position = named.or_else(|| {
        let xml: Vec<usize> = attachments
            .iter()
            .enumerate()
            .filter(|(_, a)| a.name.to_ascii_lowercase().ends_with(".xml"))
            .map(|(i, _)| i)
            .collect();
        (xml.len() == 1).then(|| xml[0])
    });
    let Some(found) = position.map(|i| attachments.swap_remove(i)) else {
        return Err(Error::invalid(
            source,
            "is a PDF without an invoice XML attached (not a Factur-X or ZUGFeRD invoice)",
        ));
    };
    let data = found.data.map_err(|reason| {
        Error::invalid(
            format!("{source}: attachment {}", found.name),
            format!("cannot be read: {reason}"),
        )
    })?;
    Ok(Attachment {
        name: found.name,
        relationship: found.relationship,
        mime_type: found.mime_type,
        data,
    })
}

/// Every file attached to `pdf`: those of `/AF` first, then the name tree's others.
fn attachments(source: &str, pdf: &[u8]) -> Result<Vec<Found>, Error> {
    if pdf.len() > MAX_PDF_BYTES {
        return Err(Error::invalid(
            source,
            format!(
                "is {} bytes; a PDF is read up to {MAX_PDF_BYTES} bytes",
                pdf.len()
            ),
        ));
    }
    let options = LoadOptions::with_max_decompressed_size(MAX_PDF_BYTES);
    let doc = Document::load_mem_with_options(pdf, options)
        .map_err(|e| Error::invalid(source, format!("is not a readable PDF: {e}")))?;
    if doc.trailer.get(b"Encrypt").is_ok() {
        return Err(Error::invalid(
            source,
            "is an encrypted PDF; an e-invoice (PDF/A) is never encrypted",
        ));
    }
    let Some(catalog) = doc.trailer.get(b"Root").ok().and_then(|r| dict(&doc, r)) else {
        return Err(Error::invalid(source, "is a PDF without a catalogue"));
    };
    let mut found = Vec::new();
    let associated = catalog
        .get(b"AF")
        .ok()
        .and_then(|af| resolve(&doc, af))
        .and_then(|af| af.as_array().ok());
    for spec in associated.into_iter().flatten() {
        if let Some(spec) = dict(&doc, spec) {
            found.extend(file_spec(&doc, spec));
        }
    }
    let tree = catalog
        .get(b"Names")
        .ok()
        .and_then(|n| dict(&doc, n))
        .and_then(|n| n.get(b"EmbeddedFiles").ok())
        .and_then(|e| dict(&doc, e));
    if let Some(tree) = tree {
        let mut named = Vec::new();
        walk(&doc, tree, 0, &mut named);
        for attachment in named {
            if !found.iter().any(|a: &Found| a.name == attachment.name) {
                found.push(attachment);
            }
        }
    }
    Ok(found)
}

fn resolve<'a>(doc: &'a Document, object: &'a Object) -> Option<&'a Object> {
    match object {
        Object::Reference(id) => doc.get_object(*id).ok(),
        other => Some(other),
    }
}

fn dict<'a>(doc: &'a Document, object: &'a Object) -> Option<&'a Dictionary> {
    resolve(doc, object)?.as_dict().ok()
}

fn name(object: &Object) -> Option<String> {
    object
        .as_name()
        .ok()
        .map(|n| String::from_utf8_lossy(n).into_owned())
}

/// A PDF text string: UTF-16BE after a byte order mark, else PDFDocEncoding (read as
/// Latin-1, which it is for the names of attachments).
fn text_string(object: &Object) -> Option<String> {
    let bytes = object.as_str().ok()?;
    match bytes.strip_prefix(&[0xFE, 0xFF]) {
        Some(utf16) => {
            let units: Vec<u16> = utf16
                .chunks_exact(2)
                .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
                .collect();
            String::from_utf16(&units).ok()
        }
        None => Some(bytes.iter().map(|&b| char::from(b)).collect()),
    }
}

/// The file a file specification embeds, if it embeds one.
fn file_spec(doc: &Document, spec: &Dictionary) -> Option<Found> {
    let file_name = spec
        .get(b"UF")
        .ok()
        .and_then(text_string)
        .or_else(|| spec.get(b"F").ok().and_then(text_string));
    let file_name = file_name?;
    let embedded = spec.get(b"EF").ok().and_then(|ef| dict(doc, ef))?;
    let stream = embedded
        .get(b"UF")
        .or_else(|_| embedded.get(b"F"))
        .ok()
        .and_then(|s| resolve(doc, s))
        .and_then(|s| s.as_stream().ok())?;
    Some(Found {
        name: file_name,
        relationship: spec.get(b"AFRelationship").ok().and_then(name),
        mime_type: stream.dict.get(b"Subtype").ok().and_then(name),
        data: stream
            .decompressed_content_with_limit(MAX_XML_BYTES)
            .map_err(|e| e.to_string()),
    })
}

fn walk(doc: &Document, node: &Dictionary, depth: u32, found: &mut Vec<Found>) {
    if depth > MAX_TREE_DEPTH {
        return;
    }
    if let Ok(names) = node.get(b"Names").and_then(Object::as_array) {
        for pair in names.chunks(2) {
            if let [_, spec] = pair
                && let Some(spec) = dict(doc, spec)
            {
                found.extend(file_spec(doc, spec));
            }
        }
    }
    if let Ok(kids) = node.get(b"Kids").and_then(Object::as_array) {
        for kid in kids {
            if let Some(kid) = dict(doc, kid) {
                walk(doc, kid, depth + 1, found);
            }
        }
    }
}
