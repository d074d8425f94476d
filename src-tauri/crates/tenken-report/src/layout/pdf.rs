//! The PDF output of a [`Layout`]: the running heads, the font subsets
//! (one per face, and the fallback font's), and each page's operations.

use std::collections::{BTreeMap, BTreeSet};

use printpdf::{
    FontId, Mm, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, TextItem, TextMatrix,
    TextRenderingMode,
};

use super::{
    FOOTER_BASE, HEADER_BASE, Ink, LEFT, Layout, PAGE_H, PAGE_W, Page, RIGHT, Rendered, TextOp, grey_color, r, segment,
};
use crate::ReportError;
use crate::font::{ReportFonts, Typeface};

impl<'f> Layout<'f> {
    /// Turns the pages into a PDF: running header, `n / N` footer, the font subsets embedded.
    pub fn finish(mut self, title: &str, generated_on: chrono::NaiveDate) -> Result<Rendered, ReportError> {
        self.running_heads();
        let written = self.written();
        let figures = self.face(Typeface::Figures);
        let missing: BTreeSet<char> = written
            .iter()
            .flat_map(|(t, chars)| {
                let face = self.face(*t);
                chars.iter().copied().filter(move |c| face.is_missing(*c))
            })
            .collect();
        let missing: Vec<char> = missing.into_iter().collect();
        let substitute = figures.substitute();
        if !missing.is_empty() {
            // Not a warning here: the shell tells the user, in their language.
            let missing: String = missing.iter().collect();
            tracing::debug!(%missing, font = figures.family(), "characters drawn as the substitute");
        }
        let mut doc = PdfDocument::new(title);
        let fonts = self.embed(&mut doc, &written)?;
        let stamp = generated_on.and_hms_opt(0, 0, 0).map_or(0, |d| d.and_utc().timestamp());
        if let Ok(date) = printpdf::OffsetDateTime::from_unix_timestamp(stamp) {
            doc.metadata.info.creation_date = date;
            doc.metadata.info.modification_date = date;
            doc.metadata.info.metadata_date = date;
        }
        doc.metadata.info.creator = "tenken".to_owned();
        doc.metadata.info.producer = "tenken (printpdf)".to_owned();

        let pages: Vec<PdfPage> = self.pages.into_iter().map(|p| page_ops(p, &fonts)).collect();
        let n = pages.len();
        let opts = PdfSaveOptions { optimize: true, subset_fonts: false, secure: true, image_optimization: None };
        let mut warnings = Vec::new();
        let bytes = doc.with_pages(pages).save(&opts, &mut warnings);
        for w in warnings.iter().filter(|w| w.severity == printpdf::PdfParseErrorSeverity::Error) {
            tracing::warn!(warning = ?w, "pdf writer");
        }
        Ok(Rendered { bytes, pages: n, placed: self.placed, missing, substitute })
    }

    /// The running header (not on a cover) and the `n / N` footer of every page.
    fn running_heads(&mut self) {
        let total = self.pages.len();
        let (hl, hr) = (std::mem::take(&mut self.header_left), std::mem::take(&mut self.header_right));
        let hrw = self.width(&hr, 7.5);
        let head = |x: f32, text: &str| TextOp {
            x,
            baseline: HEADER_BASE,
            size: 7.5,
            text: text.to_owned(),
            ink: Ink::TEXT.grey(0.25),
            vertical: false,
        };
        for i in 0..total {
            let footer = format!("{} / {}", i + 1, total);
            let fw = self.width_in(Typeface::Figures, &footer, 8.0);
            let page = &mut self.pages[i];
            if page.header {
                page.texts.push(head(LEFT, &hl));
                page.texts.push(head(RIGHT - hrw, &hr));
                page.stroke(0.4, 0.4);
                page.gfx.push(Op::DrawLine { line: segment(LEFT, HEADER_BASE + 2.5, RIGHT, HEADER_BASE + 2.5) });
            }
            page.texts.push(TextOp {
                x: (PAGE_W - fw) / 2.0,
                baseline: FOOTER_BASE,
                size: 8.0,
                text: footer,
                ink: Ink::FIGURES,
                vertical: false,
            });
        }
    }

    /// The characters written, by the face that sets them. Without a
    /// proportional face both kinds are one face, so they are one set.
    fn written(&self) -> BTreeMap<Typeface, BTreeSet<char>> {
        let two = self.fonts.proportional().is_some();
        let mut written: BTreeMap<Typeface, BTreeSet<char>> = BTreeMap::new();
        for t in self.pages.iter().flat_map(|p| &p.texts) {
            let key = if two { t.ink.face } else { Typeface::Figures };
            written.entry(key).or_default().extend(t.text.chars());
        }
        written
    }

    /// Embeds a subset of each face used, holding what it draws (the stand-in
    /// instead of the characters it lacks), and of the fallback font: `F1`
    /// running text, `F2` the fallback, `F3` figures when they have a face of
    /// their own.
    fn embed(
        &self,
        doc: &mut PdfDocument,
        written: &BTreeMap<Typeface, BTreeSet<char>>,
    ) -> Result<Fonts<'f>, ReportError> {
        let text = FontId("F1".to_owned());
        let figures = if self.fonts.proportional().is_some() { FontId("F3".to_owned()) } else { text.clone() };
        for (typeface, chars) in written {
            let face = self.face(*typeface);
            let drawn: BTreeSet<char> = chars.iter().filter_map(|c| face.drawn_as(*c)).collect();
            let id = if *typeface == Typeface::Text { &text } else { &figures };
            doc.resources.fonts.map.insert(id.clone(), printpdf::font::PdfFont::new(face.subset(&drawn)?));
        }
        let fonts = Fonts { text, figures, fallback: FontId("F2".to_owned()), faces: self.fonts };
        let drawn: BTreeMap<Typeface, BTreeSet<char>> = written
            .iter()
            .map(|(t, chars)| (*t, chars.iter().filter_map(|c| self.face(*t).drawn_as(*c)).collect()))
            .collect();
        if let Some(parsed) = self.fonts.fallback_subset(&drawn)? {
            doc.resources.fonts.map.insert(fonts.fallback.clone(), printpdf::font::PdfFont::new(parsed));
        }
        Ok(fonts)
    }
}

/// The PDF fonts of a document: one per face (the same one when running
/// text has no face of its own), and the fallback font for the characters
/// only it has (present only when one is used).
pub(super) struct Fonts<'f> {
    pub(super) text: FontId,
    pub(super) figures: FontId,
    pub(super) fallback: FontId,
    pub(super) faces: &'f ReportFonts,
}

impl Fonts<'_> {
    /// The PDF font of `typeface`.
    fn id(&self, typeface: Typeface) -> &FontId {
        match typeface {
            Typeface::Text => &self.text,
            Typeface::Figures => &self.figures,
        }
    }
}

/// `text` at `size` as text-showing operations: runs of the report font as
/// they are, runs only the fallback font has in that font, and each character
/// no font has as its stand-in inside a `/Span` whose `/ActualText` (ISO
/// 32000-1, 14.9.4) is the real character, so that search and copy-paste in a
/// viewer still find 𠮷田 although 〓田 is printed. Ends with the face's font set.
pub(super) fn show_text(ops: &mut Vec<Op>, text: &str, size: f32, fonts: &Fonts<'_>, typeface: Typeface) {
    let face = fonts.faces.face(typeface);
    let primary = fonts.id(typeface);
    let set_font = |ops: &mut Vec<Op>, id: &FontId| {
        ops.push(Op::SetFont { font: PdfFontHandle::External(id.clone()), size: Pt(size) });
    };
    let flush = |ops: &mut Vec<Op>, run: &mut String| {
        if !run.is_empty() {
            ops.push(Op::ShowText { items: vec![TextItem::Text(std::mem::take(run))] });
        }
    };
    let mut run = String::new();
    let mut in_fallback = false;
    for c in text.chars() {
        let Some(drawn) = face.drawn_as(c) else { continue };
        let fallback = face.source(drawn) == Some(crate::font::Source::Fallback);
        if fallback != in_fallback {
            flush(ops, &mut run);
            set_font(ops, if fallback { &fonts.fallback } else { primary });
            in_fallback = fallback;
        }
        if !face.is_missing(c) {
            run.push(drawn);
            continue;
        }
        flush(ops, &mut run);
        let mut actual = vec![0xFE, 0xFF];
        actual.extend(c.encode_utf16(&mut [0; 2]).iter().flat_map(|u| u.to_be_bytes()));
        let properties = printpdf::DictItem::Dict {
            map: [("ActualText".to_owned(), printpdf::DictItem::String { data: actual, literal: false })]
                .into_iter()
                .collect(),
        };
        ops.push(Op::BeginMarkedContentWithProperties { tag: "Span".to_owned(), properties });
        ops.push(Op::ShowText { items: vec![TextItem::Text(drawn.to_string())] });
        ops.push(Op::EndMarkedContentWithProperties);
    }
    flush(ops, &mut run);
    if in_fallback {
        set_font(ops, primary);
    }
}

fn page_ops(p: Page, fonts: &Fonts<'_>) -> PdfPage {
    let mut ops = p.gfx;
    ops.push(Op::StartTextSection);
    let mut font: Option<(f32, Typeface)> = None;
    let mut grey = None;
    let mut bold = false;
    // Where the current text line started (PDF coordinates), for relative moves.
    let mut line_start: Option<(f32, f32)> = None;
    for t in p.texts {
        let ink = t.ink;
        if font != Some((t.size, ink.face)) {
            ops.push(Op::SetFont { font: PdfFontHandle::External(fonts.id(ink.face).clone()), size: Pt(t.size) });
            font = Some((t.size, ink.face));
        }
        if grey != Some(ink.grey) {
            ops.push(Op::SetFillColor { col: grey_color(ink.grey) });
            ops.push(Op::SetOutlineColor { col: grey_color(ink.grey) });
            grey = Some(ink.grey);
        }
        if bold != ink.bold {
            if ink.bold {
                // A light stroke around the glyphs: bold without a second font file.
                ops.push(Op::SetOutlineThickness { pt: Pt(t.size * 0.035) });
                ops.push(Op::SetTextRenderingMode { mode: TextRenderingMode::FillStroke });
            } else {
                ops.push(Op::SetTextRenderingMode { mode: TextRenderingMode::Fill });
            }
            bold = ink.bold;
        }
        let (x, y) = (r(t.x), r(PAGE_H - t.baseline));
        match (t.vertical, line_start) {
            (true, _) => {
                ops.push(Op::SetTextMatrix { matrix: TextMatrix::TranslateRotate(Pt(x), Pt(y), 90.0) });
                line_start = None;
            }
            // Relative moves (`Td`) repeat the same few column and line offsets,
            // which compresses far better than absolute positions (−18 % on a large report).
            (false, Some((px, py))) => {
                ops.push(Op::SetTextCursor { pos: Point { x: Pt(r(x - px)), y: Pt(r(y - py)) } });
                line_start = Some((x, y));
            }
            (false, None) => {
                ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(x), Pt(y)) });
                line_start = Some((x, y));
            }
        }
        show_text(&mut ops, &t.text, t.size, fonts, ink.face);
    }
    ops.push(Op::EndTextSection);
    PdfPage::new(Mm(210.0), Mm(297.0), ops)
}
