//! The two faces the page is printed with (Noto Sans Regular and Bold, from the `notosans`
//! crate, Apache-2.0: the same bytes on every clone, no system font), and text set in them
//! without a shaper: each character's glyph and advance come from the font's `cmap` and
//! `hmtx` tables. No kerning or ligature, which invoice text does without.
//!
//! Widths are exact integers: font units × size in tenths of a point ÷ units per em, so
//! that the layout never depends on floating point.

use std::collections::HashMap;
use std::sync::OnceLock;

use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::MetadataProvider;
use skrifa::instance::{LocationRef, Size};
use skrifa::raw::TableProvider;

/// One face: the font krilla embeds, and for each character its glyph (with the advance
/// krilla wants, in ems) and its advance in font units.
pub struct Face {
    pub font: Font,
    glyphs: HashMap<char, (KrillaGlyph, u16)>,
    units_per_em: i64,
}

/// The page's faces, parsed once per process and shared by every document.
pub struct Fonts {
    pub regular: Face,
    pub bold: Face,
}

/// The faces, or why the embedded font files cannot be read (which would be a broken
/// build of the font crate, never a user's input).
pub fn fonts() -> Result<&'static Fonts, &'static str> {
    static FONTS: OnceLock<Result<Fonts, &'static str>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            Ok(Fonts {
                regular: Face::new(notosans::REGULAR_TTF)?,
                bold: Face::new(notosans::BOLD_TTF)?,
            })
        })
        .as_ref()
        .map_err(|e| *e)
}

impl Face {
    fn new(data: &'static [u8]) -> Result<Face, &'static str> {
        const UNREADABLE: &str = "the embedded font cannot be read";
        let font = Font::new(data.into(), 0).ok_or(UNREADABLE)?;
        let font_ref = skrifa::FontRef::new(data).map_err(|_| UNREADABLE)?;
        let hmtx = font_ref.hmtx().map_err(|_| UNREADABLE)?;
        let units_per_em = i64::from(font_ref.head().map_err(|_| UNREADABLE)?.units_per_em());
        // At size 1 skrifa gives advances in ems, the unit krilla's glyphs take.
        let metrics = font_ref.glyph_metrics(Size::new(1.0), LocationRef::default());
        let glyphs = font_ref
            .charmap()
            .mappings()
            .filter_map(|(code_point, glyph)| {
                let c = char::from_u32(code_point)?;
                let units = hmtx.advance(glyph).unwrap_or_default();
                let em = metrics.advance_width(glyph).unwrap_or_default();
                let krilla_glyph =
                    KrillaGlyph::new(GlyphId::new(glyph.to_u32()), em, 0.0, 0.0, 0.0, 0..0, None);
                Some((c, (krilla_glyph, units)))
            })
            .collect();
        Ok(Face {
            font,
            glyphs,
            units_per_em,
        })
    }

    /// The first character of `text` this face has no glyph for.
    pub fn missing(&self, text: &str) -> Option<char> {
        text.chars().find(|c| !self.glyphs.contains_key(c))
    }

    /// The width of `text` at `size`, both in tenths of a point, rounded half up.
    pub fn width(&self, text: &str, size: i32) -> i32 {
        let units: i64 = text
            .chars()
            .filter_map(|c| self.glyphs.get(&c))
            .map(|(_, units)| i64::from(*units))
            .sum();
        let scaled = (units * i64::from(size) * 2 + self.units_per_em) / (2 * self.units_per_em);
        i32::try_from(scaled).unwrap_or(i32::MAX)
    }

    /// The glyphs of `text`, each pointing at its bytes in `text` (for the text layer a
    /// reader copies from). Characters without a glyph are left out: the renderer refuses
    /// such text before drawing it.
    pub fn glyphs(&self, text: &str) -> Vec<KrillaGlyph> {
        text.char_indices()
            .filter_map(|(at, c)| {
                let (glyph, _) = self.glyphs.get(&c)?;
                let mut glyph = glyph.clone();
                glyph.text_range = at..at + c.len_utf8();
                Some(glyph)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_text_and_the_euro_sign_are_covered_and_emoji_are_not() {
        let fonts = fonts().unwrap();
        for face in [&fonts.regular, &fonts.bold] {
            assert_eq!(
                face.missing("Échéance : 1\u{202f}234,50\u{a0}€ « ça » – n° ’œ"),
                None
            );
            assert_eq!(face.missing("Café ☕"), Some('☕'));
        }
    }

    #[test]
    fn widths_are_integers_that_scale_with_the_size_and_bold_is_wider() {
        let fonts = fonts().unwrap();
        let at_10 = fonts.regular.width("Facture 2026", 100);
        let at_20 = fonts.regular.width("Facture 2026", 200);
        assert!(at_10 > 400 && at_10 < 800, "{at_10}");
        assert!((at_20 - 2 * at_10).abs() <= 1, "{at_10} {at_20}");
        assert!(fonts.bold.width("Facture 2026", 100) > at_10);
        assert_eq!(fonts.regular.width("", 100), 0);
        assert_eq!(fonts.regular.glyphs("né").len(), 2);
        assert_eq!(fonts.regular.glyphs("né")[1].text_range, 1..3);
    }
}
