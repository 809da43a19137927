//! The Factur-X PDF: its attachment and identification, its bytes, its sheets, and
//! reading the XML back out of it and out of PDFs other writers made.

use lopdf::{Object, Stream, dictionary};

use crate::domain::einvoice::test_support::{d, draft_two_rates, exempt_draft};
use crate::domain::einvoice::{Document, Line, Vat};
use crate::domain::messages::FR;
use crate::formats::facturx::{read_invoice, write_cii};

use super::{
    InvoicePage, Op, PAGE_HEIGHT, PAGE_WIDTH, extract_xml, lay_out, read_packet, write_pdf,
};

fn pdf_of(doc: &Document) -> (Vec<u8>, Vec<u8>) {
    let xml = write_cii(doc).unwrap();
    let page = InvoicePage::from_document(doc, &FR);
    (write_pdf(&page, &xml).unwrap(), xml)
}

fn two_rates() -> Document {
    Document::build(draft_two_rates()).unwrap()
}

#[test]
fn the_pdf_carries_the_xml_as_an_alternative_and_says_it_is_factur_x() {
    let (pdf, xml) = pdf_of(&two_rates());
    assert!(pdf.starts_with(b"%PDF-1.7"));
    let attachment = extract_xml("invoice.pdf", &pdf).unwrap();
    assert_eq!(attachment.name, "factur-x.xml");
    assert_eq!(attachment.relationship.as_deref(), Some("Alternative"));
    assert_eq!(attachment.mime_type.as_deref(), Some("text/xml"));
    assert_eq!(attachment.data, xml);
    let packet = read_packet(&pdf).unwrap();
    for expected in [
        "<pdfaid:part>3</pdfaid:part>",
        "<pdfaid:conformance>B</pdfaid:conformance>",
        "<fx:DocumentType>INVOICE</fx:DocumentType>",
        "<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>",
        "<fx:Version>1.0</fx:Version>",
        "<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>",
        "<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>",
    ] {
        assert!(packet.contains(expected), "{expected} not in {packet}");
    }
}

#[test]
fn the_same_document_gives_the_same_bytes_and_another_other_bytes() {
    let (first, _) = pdf_of(&two_rates());
    let (again, _) = pdf_of(&two_rates());
    assert!(first == again, "two renderings differ");
    let mut draft = draft_two_rates();
    draft.header.number = "FA-2026-0043".into();
    let (other, _) = pdf_of(&Document::build(draft).unwrap());
    assert!(first != other);
}

#[test]
fn reading_a_factur_x_pdf_gives_back_the_document() {
    for doc in [two_rates(), Document::build(exempt_draft()).unwrap()] {
        let (pdf, _) = pdf_of(&doc);
        assert_eq!(read_invoice("invoice.pdf", &pdf).unwrap(), doc);
    }
}

fn many_lines(count: usize) -> Document {
    let mut draft = draft_two_rates();
    draft.lines = (1..=count)
        .map(|i| {
            Line::new(
                i.to_string(),
                format!(
                    "Location de la salle de réunion « Confluence », créneau numéro {i} du planning"
                ),
                d("2"),
                "HUR",
                d("35.50"),
                Vat::standard(d("20")),
            )
        })
        .collect();
    Document::build(draft).unwrap()
}

fn texts(sheet: &[Op]) -> Vec<&str> {
    sheet
        .iter()
        .filter_map(|op| match op {
            Op::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn lines_that_overflow_flow_onto_more_sheets_each_with_its_table_header_and_number() {
    let doc = many_lines(90);
    let page = InvoicePage::from_document(&doc, &FR);
    let sheets = lay_out(&page).unwrap();
    assert!(sheets.len() >= 3, "{} sheets", sheets.len());
    let count = sheets.len();
    for (i, sheet) in sheets.iter().enumerate() {
        let words = texts(sheet);
        let number = format!("Page {} sur {count}", i + 1);
        assert!(words.contains(&number.as_str()), "{words:?}");
        for op in sheet {
            if let Op::Text { x, y, .. } = op {
                assert!((0..=PAGE_WIDTH).contains(x));
                assert!((0..=PAGE_HEIGHT).contains(y), "{op:?}");
            }
        }
        if i > 0 && i + 1 < count {
            assert!(words.contains(&FR.col_description), "sheet {i}: {words:?}");
            assert!(words.iter().any(|w| w.contains("(suite)")));
        }
    }
    // Every line is printed once, and the PDF has the sheets.
    let printed = sheets
        .iter()
        .flat_map(|s| texts(s))
        .filter(|t| t.starts_with("Location de la salle"))
        .count();
    assert_eq!(printed, 90);
    let (pdf, _) = pdf_of(&doc);
    let pages = lopdf::Document::load_mem(&pdf).unwrap().get_pages().len();
    assert_eq!(pages, count);
}

#[test]
fn a_franchise_invoice_says_so_and_a_consumer_gets_no_business_mentions() {
    let mut draft = exempt_draft();
    draft.header.buyer.legal_id = None;
    draft.header.buyer.vat_id = None;
    let doc = Document::build(draft).unwrap();
    let page = InvoicePage::from_document(&doc, &FR);
    let all: Vec<String> = lay_out(&page)
        .unwrap()
        .iter()
        .flat_map(|s| texts(s).into_iter().map(str::to_string).collect::<Vec<_>>())
        .collect();
    assert_eq!(
        all.iter().filter(|t| t.as_str() == FR.vat_exempt).count(),
        1,
        "{all:?}"
    );
    assert!(!all.iter().any(|t| t == FR.recovery_indemnity));
}

#[test]
fn a_character_the_font_lacks_is_refused_naming_it() {
    let mut draft = draft_two_rates();
    draft.header.buyer.name = "Café ☕".into();
    let doc = Document::build(draft).unwrap();
    let page = InvoicePage::from_document(&doc, &FR);
    let error = write_pdf(&page, b"<x/>").unwrap_err().to_string();
    assert!(error.contains("U+2615"), "{error}");
    assert!(error.starts_with("document FA-2026-0042:"), "{error}");
}

/// A PDF as another writer makes it: the XML compressed, named for ZUGFeRD, only in the
/// embedded files' name tree (under `/Kids`), with relationship `Data`.
fn foreign_pdf(xml: &[u8]) -> Vec<u8> {
    let mut doc = lopdf::Document::with_version("1.7");
    let mut stream = Stream::new(dictionary! { "Type" => "EmbeddedFile" }, xml.to_vec());
    stream.compress().unwrap();
    let file = doc.add_object(stream);
    let spec = doc.add_object(dictionary! {
        "Type" => "Filespec",
        "F" => Object::string_literal("zugferd-invoice.xml"),
        "EF" => dictionary! { "F" => file },
        "AFRelationship" => "Data",
    });
    let leaf = doc.add_object(dictionary! {
        "Names" => vec![Object::string_literal("zugferd-invoice.xml"), spec.into()],
    });
    let pages = doc.add_object(dictionary! { "Type" => "Pages", "Kids" => vec![], "Count" => 0 });
    let catalog = doc.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages,
        "Names" => dictionary! { "EmbeddedFiles" => dictionary! { "Kids" => vec![leaf.into()] } },
    });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn the_xml_is_found_in_a_pdf_another_writer_made_whatever_its_relationship() {
    let doc = two_rates();
    let xml = write_cii(&doc).unwrap();
    let pdf = foreign_pdf(&xml);
    let attachment = extract_xml("zugferd.pdf", &pdf).unwrap();
    assert_eq!(attachment.name, "zugferd-invoice.xml");
    assert_eq!(attachment.relationship.as_deref(), Some("Data"));
    assert_eq!(attachment.data, xml);
    assert_eq!(read_invoice("zugferd.pdf", &pdf).unwrap(), doc);
    let empty = foreign_pdf(b"").to_vec();
    let error = read_invoice("empty.pdf", &empty).unwrap_err().to_string();
    assert!(error.contains("has no root element"), "{error}");
}

#[test]
fn a_pdf_without_an_invoice_is_named_as_such() {
    let mut doc = lopdf::Document::with_version("1.7");
    let pages = doc.add_object(dictionary! { "Type" => "Pages", "Kids" => vec![], "Count" => 0 });
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
    doc.trailer.set("Root", catalog);
    let mut pdf = Vec::new();
    doc.save_to(&mut pdf).unwrap();
    let error = extract_xml("scan.pdf", &pdf).unwrap_err().to_string();
    assert_eq!(
        error,
        "scan.pdf: is a PDF without an invoice XML attached (not a Factur-X or ZUGFeRD invoice)"
    );
}
