//! The report font: metrics for layout, and the subset that goes into the PDF.
//!
//! Pure: bytes in, bytes out. Choosing a face of a collection, measuring
//! glyphs (ttf-parser) and subsetting (subsetter, the subsetter typst uses)
//! happen here. printpdf 0.12 subsets only with its `text_layout` feature,
//! which pulls in a whole HTML layout engine; without it, it embeds the whole
//! font (4.6 MB for BIZ UDGothic). So we subset ourselves and hand printpdf a
//! font that is already small, named with the `ABCDEF+` tag that marks a
//! subset (ISO 32000-1, 9.6.4), with the character → glyph map of the subset.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ttf_parser::{Face, name_id};

use crate::ReportError;

/// Families we prefer inside a collection, best first (English family names).
const PREFERRED_FAMILIES: &[&str] = &["BIZ UDGothic", "Noto Sans CJK JP", "IPAexGothic", "Noto Sans JP"];

/// Characters every Japanese report needs; a face without them is refused.
const JAPANESE_PROBE: &str = "あア漢。";

/// The stand-in drawn for a character the font lacks: 〓 (U+3013 GETA MARK),
/// which every JIS X 0208 font has and Japanese readers know as "a character
/// that could not be printed".
pub const SUBSTITUTE: char = '〓';

/// A loaded font face, ready to measure text and be subset.
pub struct FontFace {
    /// The file's bytes, shared by the faces of one collection (Windows'
    /// BIZ-UDGothicR.ttc holds both BIZ UDGothic and BIZ UDPGothic).
    data: Arc<Vec<u8>>,
    index: u32,
    path: PathBuf,
    /// PostScript name (for the PDF's /BaseFont).
    postscript: String,
    family: String,
    units_per_em: f32,
    /// Ascender and descender in em (descender negative).
    ascender: f32,
    descender: f32,
    /// Glyph id and advance for every BMP character the font maps (0 = not mapped).
    bmp: Vec<(u16, u16)>,
    /// The same for characters beyond the BMP.
    astral: HashMap<u32, (u16, u16)>,
    /// A second font for the characters this one lacks (e.g. 𠮷, which BIZ
    /// UDGothic does not have), embedded as a second PDF font when used;
    /// shared by both faces of a report, so it is read and embedded once.
    fallback: Option<Arc<FontFace>>,
}

/// Which font draws a character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The report font.
    Primary,
    /// The fallback font (see [`FontFace::set_fallback`]).
    Fallback,
}

impl std::fmt::Debug for FontFace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FontFace").field("path", &self.path).field("family", &self.family).finish()
    }
}

fn english_name(face: &Face<'_>, id: u16) -> Option<String> {
    let names = face.names();
    let mut fallback = None;
    for n in names.into_iter().filter(|n| n.name_id == id && n.is_unicode()) {
        let Some(s) = n.to_string() else { continue };
        // 0x409 = en-US on Windows; Unicode-platform names have language 0.
        if n.language_id == 0x409 || n.language_id == 0 {
            return Some(s);
        }
        fallback.get_or_insert(s);
    }
    fallback
}

fn covers_japanese(face: &Face<'_>) -> bool {
    JAPANESE_PROBE.chars().all(|c| face.glyph_index(c).is_some())
}

impl FontFace {
    /// Loads the best Japanese face of a font file or collection.
    pub fn from_bytes(data: Vec<u8>, path: &Path) -> Result<FontFace, ReportError> {
        let count = ttf_parser::fonts_in_collection(&data).unwrap_or(1);
        let mut candidates: Vec<(usize, u32)> = Vec::new();
        let mut any_face = false;
        for index in 0..count {
            let Ok(face) = Face::parse(&data, index) else { continue };
            any_face = true;
            if !covers_japanese(&face) {
                continue;
            }
            let family = english_name(&face, name_id::FAMILY).unwrap_or_default();
            let rank = PREFERRED_FAMILIES.iter().position(|f| *f == family).unwrap_or(PREFERRED_FAMILIES.len());
            candidates.push((rank, index));
        }
        if !any_face {
            return Err(ReportError::FontInvalid { path: path.to_owned() });
        }
        candidates.sort();
        let Some(&(_, index)) = candidates.first() else {
            return Err(ReportError::FontNotJapanese { path: path.to_owned() });
        };
        FontFace::load(Arc::new(data), index, path).ok_or_else(|| ReportError::FontInvalid { path: path.to_owned() })
    }

    /// Loads the face of `family` (English family name, e.g. `BIZ UDPGothic`)
    /// from a font file or collection: the proportional face is asked for by
    /// name, since a collection holds it beside the fixed one.
    pub fn from_bytes_of_family(data: Vec<u8>, path: &Path, family: &str) -> Result<FontFace, ReportError> {
        FontFace::face_of_family(Arc::new(data), path, family)
    }

    /// Another face of the same collection file, of `family`, sharing its
    /// bytes (no second read of a 20 MB file), if the file has one.
    pub fn sibling(&self, family: &str) -> Option<FontFace> {
        FontFace::face_of_family(Arc::clone(&self.data), &self.path, family).ok().filter(|f| f.index != self.index)
    }

    fn face_of_family(data: Arc<Vec<u8>>, path: &Path, family: &str) -> Result<FontFace, ReportError> {
        let count = ttf_parser::fonts_in_collection(&data).unwrap_or(1);
        let mut any_face = false;
        for index in 0..count {
            let Ok(face) = Face::parse(&data, index) else { continue };
            any_face = true;
            if english_name(&face, name_id::FAMILY).as_deref() == Some(family) && covers_japanese(&face) {
                return FontFace::load(data, index, path)
                    .ok_or_else(|| ReportError::FontInvalid { path: path.to_owned() });
            }
        }
        if !any_face {
            return Err(ReportError::FontInvalid { path: path.to_owned() });
        }
        Err(ReportError::FontFamilyMissing { path: path.to_owned(), family: family.to_owned() })
    }

    /// Loads a font to fall back on for `wanted` (characters the report font
    /// lacks): the face of the file or collection that has most of them, if
    /// any has one. Only TrueType outlines (`glyf`), the kind the rest of the
    /// pipeline embeds; colour-bitmap emoji fonts are no use in a PDF anyway.
    pub fn fallback_from_bytes(data: Vec<u8>, path: &Path, wanted: &[char]) -> Option<FontFace> {
        let count = ttf_parser::fonts_in_collection(&data).unwrap_or(1);
        let (hits, index) = (0..count)
            .filter_map(|index| {
                let face = Face::parse(&data, index).ok()?;
                face.tables().glyf?;
                let hits = wanted.iter().filter(|c| face.glyph_index(**c).is_some()).count();
                Some((hits, std::cmp::Reverse(index)))
            })
            .max()?;
        (hits > 0).then(|| FontFace::load(Arc::new(data), index.0, path)).flatten()
    }

    fn load(data: Arc<Vec<u8>>, index: u32, path: &Path) -> Option<FontFace> {
        let face = Face::parse(&data, index).ok()?;
        let family = english_name(&face, name_id::FAMILY).unwrap_or_else(|| "Japanese".to_owned());
        let postscript = english_name(&face, name_id::POST_SCRIPT_NAME)
            .unwrap_or_else(|| family.clone())
            .chars()
            .filter(|c| c.is_ascii_graphic() && !"[](){}<>/%#".contains(*c))
            .collect();
        let units_per_em = f32::from(face.units_per_em().max(1));
        let mut bmp = vec![(0u16, 0u16); 0x1_0000];
        let mut astral = HashMap::new();
        if let Some(cmap) = face.tables().cmap {
            for sub in cmap.subtables.into_iter().filter(|s| s.is_unicode()) {
                sub.codepoints(|cp| {
                    let Some(gid) = sub.glyph_index(cp) else { return };
                    let advance = face.glyph_hor_advance(gid).unwrap_or(0);
                    if let Some(slot) = bmp.get_mut(cp as usize) {
                        if slot.0 == 0 {
                            *slot = (gid.0, advance);
                        }
                    } else {
                        astral.entry(cp).or_insert((gid.0, advance));
                    }
                });
            }
        }
        let ascender = f32::from(face.ascender()) / units_per_em;
        let descender = f32::from(face.descender()) / units_per_em;
        tracing::debug!(%family, index, "font face chosen");
        Some(FontFace {
            index,
            path: path.to_owned(),
            postscript,
            family,
            units_per_em,
            ascender,
            descender,
            bmp,
            astral,
            fallback: None,
            data,
        })
    }

    /// Draws the characters this font lacks with `fallback` where it has them.
    pub fn set_fallback(&mut self, fallback: FontFace) {
        self.fallback = Some(Arc::new(fallback));
    }

    /// The fallback font, if one is set.
    pub fn fallback(&self) -> Option<&FontFace> {
        self.fallback.as_deref()
    }

    /// Which font draws `c`, if any does.
    pub fn source(&self, c: char) -> Option<Source> {
        if self.glyph(c).is_some() {
            Some(Source::Primary)
        } else if self.fallback.as_ref().is_some_and(|f| f.glyph(c).is_some()) {
            Some(Source::Fallback)
        } else {
            None
        }
    }

    /// The family name (e.g. `BIZ UDGothic`), for logs and tests.
    pub fn family(&self) -> &str {
        &self.family
    }

    /// Where the font was read from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn glyph(&self, c: char) -> Option<(u16, u16)> {
        let cp = c as u32;
        let g = match self.bmp.get(cp as usize) {
            Some(g) => *g,
            None => *self.astral.get(&cp)?,
        };
        (g.0 != 0).then_some(g)
    }

    /// Whether the font, or its fallback, has a glyph for `c` (else it would print as 豆腐).
    pub fn has_glyph(&self, c: char) -> bool {
        self.source(c).is_some()
    }

    /// The visible stand-in for characters this font lacks: [`SUBSTITUTE`]
    /// (〓, the geta mark Japanese print uses for a missing character) when the
    /// font has it, else `?`.
    pub fn substitute(&self) -> char {
        if self.has_glyph(SUBSTITUTE) { SUBSTITUTE } else { '?' }
    }

    /// Whether `c` is a visible character this font cannot draw (an emoji, or
    /// a kanji such as 𠮷 beyond the font's repertoire): it is drawn as
    /// [`FontFace::substitute`] and reported to the user.
    pub fn is_missing(&self, c: char) -> bool {
        !c.is_whitespace() && !c.is_control() && !self.has_glyph(c)
    }

    /// What is actually drawn for `c`: itself, the substitute for a missing
    /// character, a plain space for a space the font lacks, nothing for a
    /// control character. Layout measures and the PDF draws the same thing.
    pub fn drawn_as(&self, c: char) -> Option<char> {
        if self.has_glyph(c) {
            Some(c)
        } else if c.is_control() {
            None
        } else if c.is_whitespace() {
            Some(' ')
        } else {
            Some(self.substitute())
        }
    }

    /// Advance width of `c` in em, as drawn (see [`FontFace::drawn_as`]), so
    /// a substituted character takes exactly the room of its stand-in.
    pub fn advance(&self, c: char) -> f32 {
        let drawn = self.drawn_as(c);
        let fallback = self.fallback.as_deref().filter(|_| drawn.is_some_and(|d| self.glyph(d).is_none()));
        let face = fallback.unwrap_or(self);
        match drawn.and_then(|d| face.glyph(d)) {
            Some((_, adv)) => f32::from(adv) / face.units_per_em,
            None if c.is_control() => 0.0,
            // Not even the stand-in exists: the font's missing-glyph box, one em.
            None => 1.0,
        }
    }

    /// Width of a string in points at `size`.
    pub fn width(&self, s: &str, size: f32) -> f32 {
        s.chars().map(|c| self.advance(c)).sum::<f32>() * size
    }

    /// Ascender in em: how far above the baseline the tallest glyphs reach.
    pub fn ascender(&self) -> f32 {
        self.ascender
    }

    /// Descender in em (negative).
    pub fn descender(&self) -> f32 {
        self.descender
    }

    /// The subset of this face holding exactly `chars` (those it has), as printpdf embeds it.
    pub fn subset(&self, chars: &BTreeSet<char>) -> Result<printpdf::ParsedFont, ReportError> {
        let mut remapper = subsetter::GlyphRemapper::new();
        let mut map: BTreeMap<char, u16> = BTreeMap::new();
        for &c in chars {
            if let Some((gid, _)) = self.glyph(c) {
                map.insert(c, remapper.remap(gid));
            }
        }
        let bytes = subsetter::subset(&self.data, self.index, &remapper)
            .map_err(|e| ReportError::Subset(format!("{}: {e}", self.path.display())))?;
        let mut warnings = Vec::new();
        let mut font = printpdf::ParsedFont::from_bytes(&bytes, 0, &mut warnings)
            .ok_or_else(|| ReportError::Subset(format!("{}: subset does not parse", self.path.display())))?;
        // The subset has no cmap of its own (PDF CID fonts carry their own): give
        // printpdf the character → new glyph map it encodes text and /ToUnicode from.
        for (c, gid) in &map {
            font.set_codepoint_mapping(*c as u32, *gid);
        }
        font.font_name = Some(format!("{}+{}", subset_tag(&map), self.postscript));
        tracing::debug!(glyphs = map.len(), bytes = bytes.len(), "font subset");
        Ok(font)
    }
}

/// Which of a report's two faces sets a piece of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Typeface {
    /// Running text — paragraphs, headings, words in tables — in the
    /// proportional face, so English reads like English, not a typewriter.
    #[default]
    Text,
    /// Figures that must line up down a table column (counts, rates, codes,
    /// clause numbers, dates) in the fixed-width face.
    Figures,
}

/// The faces a report is set in: BIZ UDPGothic for running text and BIZ
/// UDGothic for figures in tables, two faces of one family drawn alike.
///
/// Running text uses the proportional face in Japanese too: its kanji are
/// the same full-width glyphs, its kana and punctuation are spaced as in
/// print, and Japanese tables stay tidy because their figures keep the fixed
/// face. Without the proportional face (another font, or a `--font` given),
/// the fixed face sets everything, as before there were two.
#[derive(Debug)]
pub struct ReportFonts {
    figures: FontFace,
    text: Option<FontFace>,
}

impl From<FontFace> for ReportFonts {
    /// One face for everything.
    fn from(face: FontFace) -> ReportFonts {
        ReportFonts { figures: face, text: None }
    }
}

impl ReportFonts {
    /// `figures` (fixed width) for figures, `text` (proportional) for running text when there is one.
    pub fn new(figures: FontFace, text: Option<FontFace>) -> ReportFonts {
        ReportFonts { figures, text }
    }

    /// The face that sets `typeface`.
    pub fn face(&self, typeface: Typeface) -> &FontFace {
        match typeface {
            Typeface::Figures => &self.figures,
            Typeface::Text => self.text.as_ref().unwrap_or(&self.figures),
        }
    }

    /// The proportional face, when running text has one of its own.
    pub fn proportional(&self) -> Option<&FontFace> {
        self.text.as_ref()
    }

    /// Draws what the faces lack with `fallback` (one font shared by both).
    pub fn set_fallback(&mut self, fallback: FontFace) {
        let shared = Arc::new(fallback);
        self.figures.fallback = Some(Arc::clone(&shared));
        if let Some(text) = &mut self.text {
            text.fallback = Some(shared);
        }
    }

    /// The fallback font, if one is set.
    pub fn fallback(&self) -> Option<&FontFace> {
        self.figures.fallback()
    }

    /// Whether both faces (or their fallback) can draw `c`.
    pub fn has_glyph(&self, c: char) -> bool {
        self.figures.has_glyph(c) && self.face(Typeface::Text).has_glyph(c)
    }

    /// The subset of the fallback font holding the characters of `written`
    /// (what each face sets) that only the fallback has, or `None` when no
    /// character needs it: one subset, embedded once, for both faces.
    pub fn fallback_subset(
        &self,
        written: &BTreeMap<Typeface, BTreeSet<char>>,
    ) -> Result<Option<printpdf::ParsedFont>, ReportError> {
        let Some(fallback) = self.fallback() else { return Ok(None) };
        let only: BTreeSet<char> = written
            .iter()
            .flat_map(|(t, chars)| {
                let face = self.face(*t);
                chars.iter().copied().filter(move |c| face.source(*c) == Some(Source::Fallback))
            })
            .collect();
        if only.is_empty() {
            return Ok(None);
        }
        fallback.subset(&only).map(Some)
    }
}

/// Six capital letters derived from the subset's content, as PDF subset names need.
fn subset_tag(map: &BTreeMap<char, u16>) -> String {
    // FNV-1a over the characters: the same text gives the same tag (reproducible files).
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for c in map.keys() {
        for b in (*c as u32).to_le_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    (0..6)
        .map(|i| {
            let letter = ((h >> (i * 8)) % 26) as u8;
            char::from(b'A' + letter)
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The machine's Japanese font, or a clear failure naming the package (CI installs it).
    pub(crate) fn system_font() -> FontFace {
        let file = crate::fonts::locate(None).unwrap_or_else(|e| {
            panic!("no Japanese font on this machine ({e}); run tests/reports/setup.sh (apt-get install fonts-morisawa-bizud-gothic)")
        });
        FontFace::from_bytes(file.bytes, &file.path).expect("the installed font loads")
    }

    /// The machine's report faces as a report gets them (BIZ UDPGothic beside BIZ UDGothic when installed).
    pub(crate) fn system_fonts() -> ReportFonts {
        crate::load_font(None).unwrap_or_else(|e| {
            panic!("no Japanese font on this machine ({e}); run tests/reports/setup.sh (apt-get install fonts-morisawa-bizud-gothic)")
        })
    }

    #[test]
    fn measures_full_and_half_width_and_counts_missing_glyphs_as_one_em() {
        let f = system_font();
        assert!((f.advance('あ') - 1.0).abs() < 0.01, "{}", f.advance('あ'));
        assert!(f.advance('a') < 0.7);
        assert!(f.has_glyph('漢'));
        assert_eq!(f.advance('\u{10FFFD}'), 1.0);
        assert!((f.width("あい", 10.0) - 20.0).abs() < 0.2);
        assert!(f.ascender() > 0.5 && f.descender() < 0.0);
    }

    #[test]
    fn subset_is_small_tagged_and_maps_the_characters() {
        let f = system_font();
        let chars: BTreeSet<char> = "令和8年度 自己点検".chars().collect();
        let parsed = f.subset(&chars).unwrap();
        let name = parsed.font_name.clone().unwrap();
        assert_eq!(name.find('+'), Some(6), "{name}");
        assert!(name[..6].chars().all(|c| c.is_ascii_uppercase()));
        assert!(parsed.original_bytes.len() < 60_000, "{} bytes", parsed.original_bytes.len());
        assert!(parsed.lookup_glyph_index('点' as u32).is_some_and(|g| g > 0));
        assert_eq!(subset_tag(&BTreeMap::from([('a', 1)])), subset_tag(&BTreeMap::from([('a', 1)])));
    }

    #[test]
    fn characters_beyond_the_bmp_are_measured_and_subset_like_any_other() {
        let f = system_font();
        // 𩸽 (U+29E3D, ほっけ) is in JIS X 0213 and in BIZ UDGothic's format 12 cmap.
        assert!(f.has_glyph('𩸽'), "{} lacks 𩸽", f.family());
        assert!((f.advance('𩸽') - 1.0).abs() < 0.01);
        let parsed = f.subset(&"𩸽の干物".chars().collect()).unwrap();
        let gid = parsed.lookup_glyph_index(0x29E3D).unwrap_or(0);
        assert!(gid > 0, "the subset maps 𩸽 to a glyph");
        assert_ne!(Some(gid), parsed.lookup_glyph_index('の' as u32));
    }

    #[test]
    fn a_character_the_font_lacks_is_drawn_and_measured_as_the_geta_mark() {
        let f = system_font();
        assert_eq!(f.substitute(), '〓');
        for c in ['😀', '\u{10FFFD}'] {
            assert!(f.is_missing(c));
            assert_eq!(f.drawn_as(c), Some('〓'));
            assert_eq!(f.advance(c), f.advance('〓'));
        }
        assert!(!f.is_missing('𩸽') && !f.is_missing('\n') && !f.is_missing(' '));
        assert_eq!(f.drawn_as('𩸽'), Some('𩸽'));
        assert_eq!(f.drawn_as('\u{7}'), None, "a control character draws nothing");
        assert_eq!(f.advance('\u{7}'), 0.0);
    }

    /// A TrueType collection (`.ttc`, as Windows ships BIZ UDGothic) of copies of
    /// `ttf`; faces marked `false` lose their `cmap`, so they map no character.
    fn collection(ttf: &[u8], faces: &[bool]) -> Vec<u8> {
        let u16_at = |at: usize| u16::from_be_bytes([ttf[at], ttf[at + 1]]);
        let u32_at = |at: usize| u32::from_be_bytes([ttf[at], ttf[at + 1], ttf[at + 2], ttf[at + 3]]);
        let records: Vec<&[u8]> = (0..usize::from(u16_at(4))).map(|i| &ttf[12 + 16 * i..28 + 16 * i]).collect();
        let dirs: Vec<Vec<&[u8]>> = faces
            .iter()
            .map(|keep| records.iter().copied().filter(|r| *keep || &r[..4] != b"cmap").collect())
            .collect();
        let header = 12 + 4 * faces.len();
        let base = header + dirs.iter().map(|d| 12 + 16 * d.len()).sum::<usize>();
        let mut out = b"ttcf\x00\x01\x00\x00".to_vec();
        out.extend((faces.len() as u32).to_be_bytes());
        let mut at = header;
        for d in &dirs {
            out.extend((at as u32).to_be_bytes());
            at += 12 + 16 * d.len();
        }
        for d in &dirs {
            let n = d.len() as u16;
            let sel = 15 - n.leading_zeros() as u16;
            out.extend(u32_at(0).to_be_bytes());
            for v in [n, 16 << sel, sel, n * 16 - (16 << sel)] {
                out.extend(v.to_be_bytes());
            }
            for r in d {
                out.extend(&r[..8]);
                let offset = u32::from_be_bytes([r[8], r[9], r[10], r[11]]) + base as u32;
                out.extend(offset.to_be_bytes());
                out.extend(&r[12..16]);
            }
        }
        out.extend(ttf);
        out
    }

    /// A TrueType collection of whole fonts, as Windows' BIZ-UDGothicR.ttc
    /// holds BIZ UDGothic and BIZ UDPGothic.
    fn collection_of(fonts: &[&[u8]]) -> Vec<u8> {
        let u16_at = |f: &[u8], at: usize| u16::from_be_bytes([f[at], f[at + 1]]);
        let dir_len = |f: &[u8]| 12 + 16 * usize::from(u16_at(f, 4));
        let header = 12 + 4 * fonts.len();
        let mut base = header + fonts.iter().map(|f| dir_len(f)).sum::<usize>();
        let mut out = b"ttcf\x00\x01\x00\x00".to_vec();
        out.extend((fonts.len() as u32).to_be_bytes());
        let mut at = header;
        for f in fonts {
            out.extend((at as u32).to_be_bytes());
            at += dir_len(f);
        }
        for f in fonts {
            out.extend(&f[..12]);
            for r in f[12..dir_len(f)].chunks(16) {
                out.extend(&r[..8]);
                let offset = u32::from_be_bytes([r[8], r[9], r[10], r[11]]) + base as u32;
                out.extend(offset.to_be_bytes());
                out.extend(&r[12..16]);
            }
            base += f.len();
        }
        for f in fonts {
            out.extend(*f);
        }
        out
    }

    #[test]
    fn the_proportional_face_of_a_collection_is_its_sibling() {
        let fixed = system_font();
        let Some(text) = system_fonts().proportional().map(|p| p.path().to_owned()) else {
            eprintln!("skipped: no BIZ UDPGothic installed");
            return;
        };
        let (a, b) = (std::fs::read(fixed.path()).unwrap(), std::fs::read(text).unwrap());
        let ttc = collection_of(&[&a, &b]);
        let f = FontFace::from_bytes(ttc, Path::new("BIZ-UDGothicR.ttc")).unwrap();
        assert_eq!((f.index, f.family()), (0, "BIZ UDGothic"), "the fixed face is preferred");
        let p = crate::fonts::proportional_for(&f).unwrap().expect("the collection's BIZ UDPGothic");
        assert_eq!((p.index, p.family(), p.path()), (1, "BIZ UDPGothic", f.path()));
        assert!(Arc::ptr_eq(&f.data, &p.data), "one copy of the file's bytes");
        let parsed = p.subset(&"Results 点検".chars().collect()).unwrap();
        assert!(parsed.original_bytes.starts_with(&[0, 1, 0, 0]), "one face, not the collection, is embedded");
    }

    #[test]
    fn a_collection_gives_its_japanese_face_and_subsets_it() {
        let file = crate::fonts::locate(None).expect("a Japanese font (run tests/reports/setup.sh)");
        if file.bytes.get(..4) == Some(b"ttcf") {
            return; // Already a collection: the other tests exercise it.
        }
        let ttc = collection(&file.bytes, &[false, true]);
        let f = FontFace::from_bytes(ttc, Path::new("x.ttc")).unwrap();
        assert_eq!(f.index, 1, "the face without Japanese is skipped");
        assert_eq!(f.family(), "BIZ UDGothic");
        let parsed = f.subset(&"所属別点検結果票".chars().collect()).unwrap();
        assert!(parsed.original_bytes.starts_with(&[0, 1, 0, 0]), "one face, not the collection, is embedded");
        assert!(parsed.original_bytes.len() < 40_000);

        let none = collection(&file.bytes, &[false]);
        let err = FontFace::from_bytes(none, Path::new("latin.ttc")).unwrap_err();
        assert!(matches!(err, ReportError::FontNotJapanese { .. }), "{err:?}");
    }

    #[test]
    fn a_file_that_is_no_font_or_has_no_japanese_is_refused() {
        let err = FontFace::from_bytes(b"not a font".to_vec(), Path::new("x.ttf")).unwrap_err();
        assert!(matches!(err, ReportError::FontInvalid { .. }));
    }
}
