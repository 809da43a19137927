//! The Factur-X PDF: a PDF/A-3b showing the invoice page, with its CII XML embedded as
//! `factur-x.xml` (relationship `Alternative`, listed in the catalogue's `/AF` and in its
//! embedded files) and XMP metadata that identifies it as Factur-X EN 16931.
//!
//! krilla draws the page and checks PDF/A-3b while it writes: a document that would not
//! conform (a character the font lacks, a missing date) is refused, never written. The
//! bytes depend on nothing but the input: the PDF's dates are the document's issue date,
//! its identifier is derived from the seller and the number, and the fonts come from a
//! crate pinned by `Cargo.lock`.

mod extract;
mod fonts;
mod layout;
mod page;
mod xmp;

use chrono::{Datelike, NaiveDate};
use krilla::color::rgb;
use krilla::configure::{Archival, ConfigurationBuilder};
use krilla::embed::{AssociationKind, EmbeddedFile, MimeType};
use krilla::error::KrillaError;
use krilla::geom::{PathBuilder, Point, Rect, Transform};
use krilla::metadata::{DateTime, Metadata};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::{Document, SerializeSettings};

use crate::domain::messages::fill;
use crate::error::Error;

use super::names::FILE_NAME;

pub use extract::{Attachment, MAX_PDF_BYTES, extract_xml};
pub use layout::{Op, PAGE_HEIGHT, PAGE_WIDTH};
pub use page::{InvoicePage, Mentions, PageAdjustment, PageLine, PageVat, PartyBlock, unit_name};
pub use xmp::{FX_NAMESPACE, read_packet};

/// Text colours: black, and the grey of secondary text and rules.
const BLACK: (u8, u8, u8) = (0, 0, 0);
const GREY: (u8, u8, u8) = (90, 90, 90);
const BAND: (u8, u8, u8) = (232, 235, 241);

fn faces() -> Result<&'static fonts::Fonts, Error> {
    fonts::fonts().map_err(|e| Error::Internal(e.to_string()))
}

/// The sheets `page` is printed on, each a list of drawing operations (what
/// [`write_pdf`] draws).
pub fn lay_out(page: &InvoicePage) -> Result<Vec<Vec<Op>>, Error> {
    Ok(layout::sheets(page, faces()?))
}

/// The invoice page as a Factur-X PDF carrying `xml` (the document's CII XML).
pub fn write_pdf(page: &InvoicePage, xml: &[u8]) -> Result<Vec<u8>, Error> {
    let fonts = faces()?;
    let sheets = layout::sheets(page, fonts);
    for op in sheets.iter().flatten() {
        if let Op::Text { text, bold, .. } = op {
            let face = if *bold { &fonts.bold } else { &fonts.regular };
            if let Some(c) = face.missing(text) {
                return Err(Error::invalid(
                    format!("document {}", page.number),
                    format!(
                        "{text:?} cannot be printed: the PDF's font has no {c:?} (U+{:04X}); change the text",
                        u32::from(c)
                    ),
                ));
            }
        }
    }
    let mut doc = Document::new_with(settings()?);
    for sheet in &sheets {
        // A4 in points; the page is drawn in tenths of a point.
        let size = PageSettings::from_wh(595.276, 841.89)
            .ok_or_else(|| Error::Internal("A4 page size refused".into()))?;
        let mut pdf_page = doc.start_page_with(size);
        let mut surface = pdf_page.surface();
        surface.push_transform(&Transform::from_scale(0.1, 0.1));
        for op in sheet {
            draw(&mut surface, fonts, op);
        }
        surface.pop();
        surface.finish();
        pdf_page.finish();
    }
    let date = pdf_date(page.issue_date);
    let t = page.messages;
    let title = fill(
        t.number_heading,
        &[
            (
                "title",
                if page.credit_note {
                    t.credit_note
                } else {
                    t.invoice
                },
            ),
            ("number", &page.number),
        ],
    );
    let producer = format!("subs {}", env!("CARGO_PKG_VERSION"));
    doc.set_metadata(
        Metadata::new()
            .title(title)
            .authors(vec![page.seller.name.clone()])
            .language(t.lang.to_string())
            .creator(producer.clone())
            .producer(producer)
            .creation_date(date)
            // The same document always gets the same /ID and XMP document id.
            .document_id(format!("{} {}", page.seller.name, page.number)),
    );
    doc.embed_file(EmbeddedFile {
        path: FILE_NAME.to_string(),
        mime_type: MimeType::new("text/xml"),
        description: Some("Factur-X EN 16931".to_string()),
        association_kind: AssociationKind::Alternative,
        data: xml.to_vec().into(),
        modification_date: Some(date),
        compress: Some(true),
        location: None,
    })
    .ok_or_else(|| Error::Internal("the XML is attached twice".into()))?;
    let pdf = doc.finish().map_err(|e| krilla_error(&page.number, e))?;
    xmp::patch_pdf(&pdf)
}

fn settings() -> Result<SerializeSettings, Error> {
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A3_B)
        .finish()
        .map_err(|e| Error::Internal(format!("PDF/A-3b cannot be configured: {e:?}")))?;
    Ok(SerializeSettings {
        configuration,
        // PDF/A-3b asks for no structure tags; they would cost time and bytes.
        enable_tagging: false,
        ..SerializeSettings::default()
    })
}

/// The issue date at midnight UTC: the PDF's creation and modification date.
fn pdf_date(date: NaiveDate) -> DateTime {
    let (year, month, day) = (date.year(), date.month(), date.day());
    DateTime::new(u16::try_from(year).unwrap_or_default())
        .month(u8::try_from(month).unwrap_or(1))
        .day(u8::try_from(day).unwrap_or(1))
        .hour(0)
        .minute(0)
        .second(0)
        .utc_offset_hour(0)
}

fn krilla_error(number: &str, e: KrillaError) -> Error {
    match e {
        KrillaError::Validation(errors) => {
            let errors: Vec<String> = errors.iter().map(|(e, _)| format!("{e:?}")).collect();
            Error::Internal(format!(
                "document {number}: the PDF would not be PDF/A-3b: {}",
                errors.join(", ")
            ))
        }
        other => Error::Internal(format!(
            "document {number}: the PDF cannot be written: {other:?}"
        )),
    }
}

/// A length in tenths of a point, as krilla takes it (the page is never near the bound).
fn tenths(value: i32) -> i16 {
    i16::try_from(value).unwrap_or(if value < 0 { i16::MIN } else { i16::MAX })
}

fn colour((r, g, b): (u8, u8, u8)) -> Fill {
    Fill {
        paint: rgb::Color::new(r, g, b).into(),
        ..Fill::default()
    }
}

fn draw(surface: &mut Surface, fonts: &fonts::Fonts, op: &Op) {
    match op {
        Op::Text {
            x,
            y,
            size,
            bold,
            grey,
            right_aligned,
            text,
        } => {
            let face = if *bold { &fonts.bold } else { &fonts.regular };
            let x = if *right_aligned {
                x - face.width(text, *size)
            } else {
                *x
            };
            surface.set_stroke(None);
            surface.set_fill(Some(colour(if *grey { GREY } else { BLACK })));
            surface.draw_glyphs(
                Point::from_xy(tenths(x).into(), tenths(*y).into()),
                &face.glyphs(text),
                face.font.clone(),
                text,
                tenths(*size).into(),
                false,
            );
        }
        Op::Rule { x0, x1, y, width } => {
            let mut builder = PathBuilder::new();
            builder.move_to(tenths(*x0).into(), tenths(*y).into());
            builder.line_to(tenths(*x1).into(), tenths(*y).into());
            if let Some(path) = builder.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: rgb::Color::new(GREY.0, GREY.1, GREY.2).into(),
                    width: tenths(*width).into(),
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
                surface.set_stroke(None);
            }
        }
        Op::Band { x, y, w, h } => {
            let rect = Rect::from_xywh(
                tenths(*x).into(),
                tenths(*y).into(),
                tenths(*w).into(),
                tenths(*h).into(),
            );
            let mut builder = PathBuilder::new();
            if let Some(rect) = rect {
                builder.push_rect(rect);
            }
            if let Some(path) = builder.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(colour(BAND)));
                surface.draw_path(&path);
            }
        }
    }
}

#[cfg(test)]
mod tests;
