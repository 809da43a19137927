//! The Factur-X identification in the PDF's XMP metadata.
//!
//! krilla writes a PDF/A-3b XMP packet but no custom property. Factur-X needs four
//! (`fx:DocumentType`, `fx:DocumentFileName`, `fx:Version`, `fx:ConformanceLevel`), and
//! PDF/A needs every property outside its predefined schemas described in the packet's
//! `pdfaExtension:schemas`. So the packet krilla wrote is completed, everything in it kept
//! byte for byte: one schema description goes into krilla's `pdfaExtension:schemas` bag,
//! one `rdf:Description` with the four values after its own. The catalogue's `/Metadata`
//! stream is then replaced, uncompressed as PDF/A wants, and the file written again with
//! lopdf (object numbers, `/ID` and `/Info` unchanged).
//!
//! The patch relies on the shape of krilla's packet and says so when it changes (a krilla
//! upgrade) instead of writing a file that is no longer PDF/A.

use lopdf::{Document, ObjectId};

use crate::error::Error;

use super::super::names::FILE_NAME;

/// The Factur-X extension schema's namespace.
pub const FX_NAMESPACE: &str = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#";

/// The values this profile declares. Credit notes are `INVOICE` documents too.
const DOCUMENT_TYPE: &str = "INVOICE";
const VERSION: &str = "1.0";
const CONFORMANCE_LEVEL: &str = "EN 16931";

const BAG: &str = "<pdfaExtension:schemas><rdf:Bag>";
const LAST_DESCRIPTION: &str = "</rdf:Description></rdf:RDF>";

fn changed(what: &str) -> Error {
    Error::Internal(format!(
        "the PDF library's XMP metadata changed shape ({what}); the Factur-X identification cannot be added"
    ))
}

/// The description of the `fx` schema and its four properties, for the extension bag.
fn schema_description() -> String {
    let property = |name: &str, description: &str| {
        format!(
            "<rdf:li rdf:parseType=\"Resource\">\
             <pdfaProperty:name>{name}</pdfaProperty:name>\
             <pdfaProperty:valueType>Text</pdfaProperty:valueType>\
             <pdfaProperty:category>external</pdfaProperty:category>\
             <pdfaProperty:description>{description}</pdfaProperty:description></rdf:li>"
        )
    };
    format!(
        "<rdf:li rdf:parseType=\"Resource\">\
         <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>\
         <pdfaSchema:namespaceURI>{FX_NAMESPACE}</pdfaSchema:namespaceURI>\
         <pdfaSchema:prefix>fx</pdfaSchema:prefix>\
         <pdfaSchema:property><rdf:Seq>{}{}{}{}</rdf:Seq></pdfaSchema:property></rdf:li>",
        property("DocumentFileName", "The name of the embedded XML document"),
        property(
            "DocumentType",
            "The type of the hybrid document in capital letters, e.g. INVOICE or ORDER"
        ),
        property(
            "Version",
            "The actual version of the standard applying to the embedded XML document"
        ),
        property(
            "ConformanceLevel",
            "The conformance level of the embedded XML document"
        ),
    )
}

/// krilla's packet with the Factur-X schema and values added.
pub fn add_facturx(packet: &str) -> Result<String, Error> {
    if packet.contains(FX_NAMESPACE) {
        return Err(changed("it already declares Factur-X"));
    }
    for needed in [
        "xmlns:pdfaExtension=",
        "xmlns:pdfaSchema=",
        "xmlns:pdfaProperty=",
        "<pdfaid:part>3<",
    ] {
        if !packet.contains(needed) {
            return Err(changed(&format!("no {needed}")));
        }
    }
    let bag = packet
        .find(BAG)
        .ok_or_else(|| changed("no extension bag"))?
        + BAG.len();
    let end = packet
        .rfind(LAST_DESCRIPTION)
        .ok_or_else(|| changed("no closing description"))?
        + "</rdf:Description>".len();
    let values = format!(
        "<rdf:Description rdf:about=\"\" xmlns:fx=\"{FX_NAMESPACE}\">\
         <fx:DocumentType>{DOCUMENT_TYPE}</fx:DocumentType>\
         <fx:DocumentFileName>{FILE_NAME}</fx:DocumentFileName>\
         <fx:Version>{VERSION}</fx:Version>\
         <fx:ConformanceLevel>{CONFORMANCE_LEVEL}</fx:ConformanceLevel></rdf:Description>"
    );
    let schema = schema_description();
    let mut out = String::with_capacity(packet.len() + schema.len() + values.len());
    out.push_str(&packet[..bag]);
    out.push_str(&schema);
    out.push_str(&packet[bag..end]);
    out.push_str(&values);
    out.push_str(&packet[end..]);
    Ok(out)
}

fn pdf_error(e: lopdf::Error) -> Error {
    Error::Internal(format!("the PDF just written cannot be read back: {e}"))
}

/// `/Root` → `/Metadata`.
fn metadata_id(doc: &Document) -> Result<ObjectId, Error> {
    let root = doc
        .trailer
        .get(b"Root")
        .and_then(lopdf::Object::as_reference)
        .map_err(pdf_error)?;
    doc.get_object(root)
        .and_then(lopdf::Object::as_dict)
        .and_then(|catalog| catalog.get(b"Metadata"))
        .and_then(lopdf::Object::as_reference)
        .map_err(pdf_error)
}

/// The PDF krilla wrote, its XMP completed with the Factur-X identification.
pub fn patch_pdf(pdf: &[u8]) -> Result<Vec<u8>, Error> {
    let mut doc = Document::load_mem(pdf).map_err(pdf_error)?;
    let id = metadata_id(&doc)?;
    let stream = doc
        .get_object_mut(id)
        .and_then(lopdf::Object::as_stream_mut)
        .map_err(pdf_error)?;
    if stream.dict.has(b"Filter") {
        return Err(changed("its metadata stream is compressed"));
    }
    let packet =
        std::str::from_utf8(&stream.content).map_err(|_| changed("its XMP is not UTF-8"))?;
    let patched = add_facturx(packet)?;
    stream.set_content(patched.into_bytes());
    let mut out = Vec::with_capacity(pdf.len() + 4096);
    doc.save_to(&mut out).map_err(Error::Write)?;
    Ok(out)
}

/// The XMP packet of a PDF, for checks.
pub fn read_packet(pdf: &[u8]) -> Result<String, Error> {
    let doc = Document::load_mem(pdf).map_err(pdf_error)?;
    let id = metadata_id(&doc)?;
    let stream = doc
        .get_object(id)
        .and_then(lopdf::Object::as_stream)
        .map_err(pdf_error)?;
    Ok(String::from_utf8_lossy(&stream.content).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const KRILLA_LIKE: &str = "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"><pdfaid:part>3</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance><pdfaExtension:schemas><rdf:Bag><rdf:li>x</rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"r\"?>";

    #[test]
    fn the_packet_gains_the_schema_in_the_bag_and_the_values_after_the_description() {
        let patched = add_facturx(KRILLA_LIKE).unwrap();
        let bag = patched.find(BAG).unwrap();
        let schema = patched.find("Factur-X PDFA Extension Schema").unwrap();
        let kept = patched.find("<rdf:li>x</rdf:li>").unwrap();
        assert!(bag < schema && schema < kept);
        assert!(patched.contains("<fx:DocumentType>INVOICE</fx:DocumentType><fx:DocumentFileName>factur-x.xml</fx:DocumentFileName><fx:Version>1.0</fx:Version><fx:ConformanceLevel>EN 16931</fx:ConformanceLevel></rdf:Description></rdf:RDF>"));
        assert!(patched.starts_with(&KRILLA_LIKE[..KRILLA_LIKE.find(BAG).unwrap()]));
    }

    #[test]
    fn a_packet_of_another_shape_or_patched_twice_is_refused() {
        let once = add_facturx(KRILLA_LIKE).unwrap();
        assert!(add_facturx(&once).is_err());
        let no_bag = KRILLA_LIKE.replace(BAG, "<pdfaExtension:schemas><rdf:Seq>");
        assert!(
            add_facturx(&no_bag)
                .unwrap_err()
                .to_string()
                .contains("extension bag")
        );
        let part_2 = KRILLA_LIKE.replace("<pdfaid:part>3<", "<pdfaid:part>2<");
        assert!(add_facturx(&part_2).is_err());
    }
}
