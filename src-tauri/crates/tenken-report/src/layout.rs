//! A small page layout engine over printpdf: A4 pages, a cursor that runs
//! down the page, wrapped paragraphs, tables whose rows split cleanly across
//! pages with the header repeated, vector charts, and the running header and
//! `n / N` footer added once the page count is known.
//!
//! Tables are laid out in [`table`], the PDF written in [`pdf`] (running
//! heads, one font subset per face, page operations).
//!
//! Coordinates are in points, measured from the top-left corner of the page
//! (as a person reads it); they are turned into PDF's bottom-up coordinates
//! only when the operations are written.

use printpdf::{Color, Greyscale, Line, LinePoint, Op, PaintMode, Point, Pt, Rect};
use tenken_core::aggregate::Counts;

use crate::font::{FontFace, ReportFonts, Typeface};
use crate::linebreak;

/// Points per millimetre.
pub(crate) const MM: f32 = 72.0 / 25.4;
/// A4 portrait.
pub(crate) const PAGE_W: f32 = 210.0 * MM;
pub(crate) const PAGE_H: f32 = 297.0 * MM;
pub(crate) const LEFT: f32 = 18.0 * MM;
pub(crate) const RIGHT: f32 = PAGE_W - 18.0 * MM;
/// The width between the margins.
pub(crate) const WIDTH: f32 = RIGHT - LEFT;
const BODY_TOP: f32 = 22.0 * MM;
const BODY_BOTTOM: f32 = PAGE_H - 18.0 * MM;
const HEADER_BASE: f32 = 13.0 * MM;
const FOOTER_BASE: f32 = PAGE_H - 10.0 * MM;

/// The room a heading keeps under it on its page (about 25 mm).
const KEEP_WITH_HEADING: f32 = 72.0;
/// Cell padding and line spacing of tables.
const PAD_X: f32 = 2.6;
const PAD_Y: f32 = 2.2;
const LEADING: f32 = 1.42;

/// Greys (0 black … 1 white) that stay distinct on a black-and-white printer.
pub(crate) const G_HEADER: f32 = 0.86;
pub(crate) const G_GROUP: f32 = 0.93;
const G_RULE: f32 = 0.55;
/// Answer distribution: 実施 dark, 一部 light, 未実施 hatched white, 該当なし lightest, 未回答 white.
pub(crate) const G_YES: f32 = 0.3;
pub(crate) const G_PARTIAL: f32 = 0.7;
/// 該当なし: the lightest grey, apart from 未回答's white.
pub(crate) const G_NA: f32 = 0.9;

/// One line of text as the layout placed it (what the tests check against the PDF).
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// 0-based page index.
    pub page: usize,
    /// Left edge and top of the line's box, in points from the page's top-left corner.
    pub x: f32,
    pub top: f32,
    /// Measured width of the text.
    pub width: f32,
    pub size: f32,
    pub text: String,
    /// The right edge the text must stay inside (cell edge less padding, or the margin).
    pub limit: f32,
}

/// A finished PDF with what was placed where.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// Every line of text, for checks (never needed to print).
    pub placed: Vec<Placed>,
    /// Characters the font could not draw (emoji, kanji beyond its repertoire),
    /// each once, in code point order. They are printed as [`Rendered::substitute`],
    /// and copying the text from the PDF still gives the original character
    /// (`/ActualText`). The shell tells the user once, in their language.
    pub missing: Vec<char>,
    /// What the missing characters look like on the page (normally 〓).
    pub substitute: char,
}

/// Horizontal alignment in a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Right,
    Center,
}

/// What a table cell shows.
#[derive(Debug, Clone)]
pub(crate) enum Content {
    Text(String),
    /// This year's rate as a dark bar, last year's as a thin outlined bar under it.
    Bar {
        now: Option<f64>,
        before: Option<f64>,
    },
    /// The answer distribution as a 100 % stacked bar.
    Stack(Counts),
    /// A heat-map cell: filled with the palette's colour, its rate or word written in dark ink.
    Heat {
        fill: Rgb8,
        text: String,
    },
}

/// A colour as the window's palette writes it (`#FDB863` = `[0xFD, 0xB8, 0x63]`).
pub(crate) type Rgb8 = [u8; 3];

/// The ink of text on heat-map cells, `#1A1A1A` as a grey (0x1A / 0xFF):
/// dark on every fill of the palette.
const HEAT_INK: f32 = 26.0 / 255.0;

fn rgb_color(c: Rgb8) -> Color {
    Color::Rgb(printpdf::Rgb {
        r: f32::from(c[0]) / 255.0,
        g: f32::from(c[1]) / 255.0,
        b: f32::from(c[2]) / 255.0,
        icc_profile: None,
    })
}

/// One cell of a row.
#[derive(Debug, Clone)]
pub(crate) struct Cell {
    pub content: Content,
    pub align: Option<Align>,
    /// The face of its text: words in the proportional face, figures that
    /// line up down the column in the fixed one.
    pub face: Typeface,
    /// Quieter lines under a text (smaller, grey), each `\n` a new line; they
    /// keep the table's line pitch, so rows split across pages as before.
    pub note: Option<String>,
}

/// The size of a cell's note against the table's text size.
const NOTE_SCALE: f32 = 0.87;
/// The grey of a cell's note: lighter than the text, still dark on paper.
const G_NOTE: f32 = 0.3;

impl Cell {
    /// Words, in the proportional face.
    pub fn text(s: impl Into<String>) -> Cell {
        Cell { content: Content::Text(s.into()), align: None, face: Typeface::Text, note: None }
    }
    /// A number (count, rate, change), right-aligned in the fixed-width face
    /// so its digits line up with the rows above and below.
    pub fn right(s: impl Into<String>) -> Cell {
        Cell { align: Some(Align::Right), ..Cell::figure(s) }
    }
    /// A code, clause number or date, in the fixed-width face (aligned as its column).
    pub fn figure(s: impl Into<String>) -> Cell {
        Cell { face: Typeface::Figures, ..Cell::text(s) }
    }
    pub fn graphic(content: Content) -> Cell {
        Cell { content, align: None, face: Typeface::Figures, note: None }
    }
    /// A text with a note under it (nothing when the note is empty).
    pub fn noted(s: impl Into<String>, note: String) -> Cell {
        Cell { note: Some(note).filter(|n| !n.trim().is_empty()), ..Cell::text(s) }
    }
}

/// A table column.
#[derive(Debug, Clone)]
pub(crate) struct Column {
    pub title: String,
    pub width: f32,
    pub align: Align,
    /// Title written bottom-to-top (narrow heat-map columns).
    pub vertical: bool,
}

impl Column {
    pub fn new(title: impl Into<String>, width_mm: f32, align: Align) -> Column {
        Column { title: title.into(), width: width_mm * MM, align, vertical: false }
    }
}

/// A row: cells, or a group heading spanning the whole width.
#[derive(Debug, Clone)]
pub(crate) enum Row {
    Cells(Vec<Cell>),
    Group(String),
}

struct TextOp {
    x: f32,
    baseline: f32,
    size: f32,
    text: String,
    ink: Ink,
    vertical: bool,
}

/// How a line of text is set: its grey, whether bold, and which face.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Ink {
    grey: f32,
    bold: bool,
    face: Typeface,
}

impl Ink {
    /// Running text: black, regular, proportional.
    pub const TEXT: Ink = Ink { grey: 0.0, bold: false, face: Typeface::Text };
    /// Headings and table headers.
    pub const BOLD: Ink = Ink { bold: true, ..Ink::TEXT };
    /// Figures: the fixed-width face.
    pub const FIGURES: Ink = Ink { face: Typeface::Figures, ..Ink::TEXT };

    const fn grey(self, grey: f32) -> Ink {
        Ink { grey, ..self }
    }

    const fn bold(self, bold: bool) -> Ink {
        Ink { bold, ..self }
    }
}

#[derive(Default)]
struct Page {
    gfx: Vec<Op>,
    texts: Vec<TextOp>,
    /// Running header on this page (not on a cover).
    header: bool,
    fill: Option<f32>,
    stroke: Option<(f32, f32)>,
}

impl Page {
    fn fill(&mut self, grey: f32) {
        if self.fill != Some(grey) {
            self.gfx.push(Op::SetFillColor { col: grey_color(grey) });
            self.fill = Some(grey);
        }
    }

    fn fill_rgb(&mut self, c: Rgb8) {
        self.gfx.push(Op::SetFillColor { col: rgb_color(c) });
        // The next grey fill sets its colour again.
        self.fill = None;
    }

    fn stroke(&mut self, width: f32, grey: f32) {
        if self.stroke != Some((width, grey)) {
            self.gfx.push(Op::SetOutlineThickness { pt: Pt(width) });
            self.gfx.push(Op::SetOutlineColor { col: grey_color(grey) });
            self.stroke = Some((width, grey));
        }
    }
}

fn grey_color(g: f32) -> Color {
    Color::Greyscale(Greyscale { percent: g.clamp(0.0, 1.0), icc_profile: None })
}

/// Rounds a coordinate to 1/100 pt: invisible, and it keeps the content streams short.
fn r(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

fn pt(x: f32, top: f32) -> Point {
    Point { x: Pt(r(x)), y: Pt(r(PAGE_H - top)) }
}

/// What a report says, in order, without where it stands on a page: what
/// [`Layout::record`] keeps, so the .docx (`docx.rs`) is written from the very
/// calls that draw the PDF and the two never differ in chapters, headings or tables.
#[derive(Debug, Clone)]
pub(crate) enum Block {
    /// A line of the cover (its size and alignment as on paper).
    Line {
        text: String,
        size: f32,
        align: Align,
        bold: bool,
    },
    /// The report's title on the cover.
    Title(String),
    Heading {
        text: String,
        level: u8,
    },
    Paragraph {
        text: String,
        size: f32,
    },
    Pairs(Vec<(String, String)>),
    Table {
        columns: Vec<Column>,
        rows: Vec<Row>,
        size: f32,
    },
    Legend(Vec<(Legend, String)>),
    /// The answer distribution drawn as one wide bar.
    Distribution(Counts),
    /// The table of contents (chapter, index of its page in the PDF), put on
    /// the cover once the chapters are known.
    Contents(Vec<(String, usize)>),
}

/// The layout state: pages so far and where the cursor is.
pub(crate) struct Layout<'f> {
    fonts: &'f ReportFonts,
    /// What was said, kept only when asked for ([`Layout::record`]).
    outline: Option<Vec<Block>>,
    pages: Vec<Page>,
    /// Distance of the cursor from the top of the current page.
    pub y: f32,
    placed: Vec<Placed>,
    header_left: String,
    header_right: String,
}

impl<'f> Layout<'f> {
    pub fn new(fonts: &'f ReportFonts, header_left: String, header_right: String) -> Self {
        let mut l = Layout {
            fonts,
            outline: None,
            pages: Vec::new(),
            y: BODY_TOP,
            placed: Vec::new(),
            header_left,
            header_right,
        };
        l.new_page();
        l
    }

    /// Keeps every block said from now on (see [`Block`]).
    pub fn record(&mut self) {
        self.outline = Some(Vec::new());
    }

    /// The blocks kept since [`Layout::record`].
    pub fn take_outline(&mut self) -> Vec<Block> {
        self.outline.take().unwrap_or_default()
    }

    fn note(&mut self, block: impl FnOnce() -> Block) {
        if let Some(o) = &mut self.outline {
            o.push(block());
        }
    }

    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Starts a page with the running header.
    pub fn new_page(&mut self) {
        self.pages.push(Page { header: true, ..Page::default() });
        self.y = BODY_TOP;
    }

    /// Marks the current page as a cover (no running header).
    pub fn cover(&mut self) {
        self.page().header = false;
        self.y = 30.0 * MM;
    }

    pub fn space_left(&self) -> f32 {
        BODY_BOTTOM - self.y
    }

    /// Starts a new page unless `h` points still fit.
    pub fn ensure(&mut self, h: f32) {
        if self.space_left() < h {
            self.new_page();
        }
    }

    pub fn gap(&mut self, h: f32) {
        self.y += h;
    }

    pub fn line_height(size: f32) -> f32 {
        size * LEADING
    }

    /// The face that sets `typeface`.
    fn face(&self, typeface: Typeface) -> &'f FontFace {
        self.fonts.face(typeface)
    }

    /// Width of running text (the proportional face) at `size`.
    pub fn width(&self, s: &str, size: f32) -> f32 {
        self.width_in(Typeface::Text, s, size)
    }

    /// Width of `s` as `typeface` sets it: each face's own advance widths.
    pub fn width_in(&self, typeface: Typeface, s: &str, size: f32) -> f32 {
        self.face(typeface).width(s, size)
    }

    /// Running text broken into lines of at most `width`.
    pub fn wrap(&self, s: &str, width: f32, size: f32) -> Vec<String> {
        self.wrap_in(Typeface::Text, s, width, size)
    }

    /// `s` broken into lines of at most `width`, measured in the face that sets it.
    pub fn wrap_in(&self, typeface: Typeface, s: &str, width: f32, size: f32) -> Vec<String> {
        let face = self.face(typeface);
        linebreak::wrap(s, width, |c| face.advance(c) * size)
    }

    /// Places one line with its box top at `top` (no wrapping; `limit` is the right edge it must keep).
    fn put(&mut self, x: f32, top: f32, size: f32, text: &str, ink: Ink, limit: f32) {
        let page = self.pages.len() - 1;
        self.put_at(page, x, top, size, text, ink, limit);
    }

    /// [`Layout::put`] on an earlier page (the table of contents, once page numbers are known).
    #[allow(clippy::too_many_arguments)]
    fn put_at(&mut self, page: usize, x: f32, top: f32, size: f32, text: &str, ink: Ink, limit: f32) {
        if text.is_empty() || page >= self.pages.len() {
            return;
        }
        let face = self.face(ink.face);
        let asc = face.ascender();
        let desc = -face.descender();
        // Centre the glyphs' ascent+descent in the line box.
        let baseline = top + (Self::line_height(size) - (asc + desc) * size) / 2.0 + asc * size;
        let width = face.width(text, size);
        self.placed.push(Placed { page, x, top, width, size, text: text.to_owned(), limit });
        self.pages[page].texts.push(TextOp { x, baseline, size, text: text.to_owned(), ink, vertical: false });
    }

    /// The index of the current page.
    pub fn page_index(&self) -> usize {
        self.pages.len() - 1
    }

    /// A table of contents on page `page` from `top`: titles left, page numbers right, dotted leaders.
    pub fn toc(&mut self, page: usize, top: f32, entries: &[(String, usize)], size: f32) {
        self.note(|| Block::Contents(entries.to_vec()));
        let lh = Self::line_height(size) + 2.0;
        let (x0, x1) = (LEFT + 20.0 * MM, RIGHT - 20.0 * MM);
        for (i, (title, at)) in entries.iter().enumerate() {
            let t = top + i as f32 * lh;
            let n = (at + 1).to_string();
            let nw = self.width_in(Typeface::Figures, &n, size);
            let tw = self.width(title, size);
            self.put_at(page, x0, t, size, title, Ink::TEXT, x1);
            self.put_at(page, x1 - nw, t, size, &n, Ink::FIGURES, x1);
            if let Some(p) = self.pages.get_mut(page) {
                let base = t + Self::line_height(size) * 0.72;
                p.stroke(0.6, 0.45);
                p.gfx.push(Op::SetLineDashPattern { dash: printpdf::LineDashPattern::new(0.0, &[0.6, 2.4]) });
                p.gfx.push(Op::DrawLine { line: segment(x0 + tw + 4.0, base, x1 - nw - 4.0, base) });
                p.gfx.push(Op::SetLineDashPattern { dash: printpdf::LineDashPattern::solid() });
            }
        }
    }

    /// Text written bottom-to-top, its first character at (`x`, `bottom`).
    fn put_vertical(&mut self, x: f32, bottom: f32, size: f32, text: &str) {
        self.page().texts.push(TextOp {
            x,
            baseline: bottom,
            size,
            text: text.to_owned(),
            ink: Ink::TEXT,
            vertical: true,
        });
    }

    /// A line of text at the cursor, aligned within the margins.
    /// Wrapped when wider than the margins (a long title, in a face whose
    /// widths are the font's own): each line aligned the same way.
    pub fn line(&mut self, text: &str, size: f32, align: Align, bold: bool) {
        self.note(|| Block::Line { text: text.to_owned(), size, align, bold });
        self.draw_line(text, size, align, bold);
    }

    /// The report's title, large and centred.
    pub fn title(&mut self, text: &str) {
        self.note(|| Block::Title(text.to_owned()));
        self.draw_line(text, 22.0, Align::Center, true);
    }

    fn draw_line(&mut self, text: &str, size: f32, align: Align, bold: bool) {
        let h = Self::line_height(size);
        let lines = self.wrap(text, WIDTH, size);
        if lines.is_empty() {
            // An empty line still takes its room, as a blank line on the cover does.
            self.ensure(h);
            self.y += h;
        }
        for line in lines {
            self.ensure(h);
            let w = self.width(&line, size);
            let x = match align {
                Align::Left => LEFT,
                Align::Right => RIGHT - w,
                Align::Center => LEFT + (WIDTH - w) / 2.0,
            };
            let y = self.y;
            self.put(x, y, size, &line, Ink::TEXT.bold(bold), RIGHT);
            self.y += h;
        }
    }

    /// A wrapped paragraph, indented by `indent` points, pages broken as needed.
    pub fn paragraph(&mut self, text: &str, size: f32, indent: f32) {
        self.note(|| Block::Paragraph { text: text.to_owned(), size });
        let h = Self::line_height(size);
        for line in self.wrap(text, WIDTH - indent, size) {
            self.ensure(h);
            let y = self.y;
            self.put(LEFT + indent, y, size, &line, Ink::TEXT, RIGHT);
            self.y += h;
        }
    }

    /// A heading; a heading is never the last thing on a page: it moves to the
    /// next page unless what usually follows it (a legend or a note, a table's
    /// header and its first rows) fits under it.
    pub fn heading(&mut self, text: &str, level: u8) {
        self.note(|| Block::Heading { text: text.to_owned(), level });
        let (size, before, after) = match level {
            1 => (13.0, 5.0, 3.0),
            2 => (11.0, 4.0, 2.0),
            _ => (9.5, 3.0, 1.5),
        };
        let lh = Self::line_height(size);
        // A long heading wraps rather than run past the margin.
        let lines = self.wrap(text, WIDTH, size);
        let h = lh * lines.len().max(1) as f32;
        // A chapter or section heading is often followed by a note, a legend
        // and a sub-heading before its first table: it keeps more room.
        let keep = if level <= 2 { 1.6 * KEEP_WITH_HEADING } else { KEEP_WITH_HEADING };
        self.ensure(before + h + after + keep);
        if self.y > BODY_TOP + 1.0 {
            self.y += before;
        }
        for line in &lines {
            let y = self.y;
            self.put(LEFT, y, size, line, Ink::BOLD, RIGHT);
            self.y += lh;
        }
        if level == 1 {
            let y = self.y;
            self.hline(LEFT, RIGHT, y, 0.8, 0.0);
        }
        self.y += after;
    }

    pub fn hline(&mut self, x1: f32, x2: f32, top: f32, width: f32, grey: f32) {
        let page = self.page();
        page.stroke(width, grey);
        page.gfx.push(Op::DrawLine { line: segment(x1, top, x2, top) });
    }

    fn vline(&mut self, x: f32, top: f32, bottom: f32, width: f32, grey: f32) {
        let page = self.page();
        page.stroke(width, grey);
        page.gfx.push(Op::DrawLine { line: segment(x, top, x, bottom) });
    }

    /// A rectangle, filled and/or outlined.
    pub fn rect(&mut self, x: f32, top: f32, w: f32, h: f32, fill: Option<f32>, stroke: Option<(f32, f32)>) {
        let page = self.page();
        let mode = match (fill, stroke) {
            (Some(g), Some((sw, sg))) => {
                page.fill(g);
                page.stroke(sw, sg);
                PaintMode::FillStroke
            }
            (Some(g), None) => {
                page.fill(g);
                PaintMode::Fill
            }
            (None, Some((sw, sg))) => {
                page.stroke(sw, sg);
                PaintMode::Stroke
            }
            (None, None) => return,
        };
        page.gfx.push(rectangle(x, top, w, h, mode));
    }

    /// A rectangle filled with a colour (the heat-map's palette), without outline.
    pub fn rect_rgb(&mut self, x: f32, top: f32, w: f32, h: f32, fill: Rgb8) {
        let page = self.page();
        page.fill_rgb(fill);
        page.gfx.push(rectangle(x, top, w, h, PaintMode::Fill));
    }

    /// Diagonal hatching inside a rectangle (for 未実施 in black and white).
    pub fn hatch(&mut self, x: f32, top: f32, w: f32, h: f32) {
        if w <= 0.5 || h <= 0.5 {
            return;
        }
        let step = 2.2;
        let mut lines = Vec::new();
        // Lines of slope 1 (going up-right), clipped to the rectangle.
        let mut c = -h;
        while c < w {
            let (x0, y0) = if c < 0.0 { (0.0, -c) } else { (c, 0.0) };
            let len = (w - x0).min(h - y0);
            if len > 0.2 {
                lines.push((x + x0, top + h - y0, x + x0 + len, top + h - y0 - len));
            }
            c += step;
        }
        let page = self.page();
        page.stroke(0.35, 0.0);
        for (x1, y1, x2, y2) in lines {
            page.gfx.push(Op::DrawLine { line: segment(x1, y1, x2, y2) });
        }
    }

    /// A 100 % stacked bar of an answer distribution: 実施, 一部, 未実施,
    /// 該当なし, then 未回答 as the white rest. Items of other tiers (対象外) are
    /// not answers and are not in the bar.
    pub fn stack(&mut self, x: f32, top: f32, w: f32, h: f32, c: &Counts) {
        let total = f64::from(c.yes + c.partial + c.no + c.na + c.unanswered);
        if total <= 0.0 {
            self.rect(x, top, w, h, None, Some((0.3, 0.5)));
            return;
        }
        let mut at = x;
        let part = |n: u32| (f64::from(n) / total) as f32 * w;
        let (yes, partial, no, na) = (part(c.yes), part(c.partial), part(c.no), part(c.na));
        self.rect(at, top, yes, h, Some(G_YES), None);
        at += yes;
        self.rect(at, top, partial, h, Some(G_PARTIAL), None);
        at += partial;
        self.hatch(at, top, no, h);
        at += no;
        self.rect(at, top, na, h, Some(G_NA), None);
        self.rect(x, top, w, h, None, Some((0.4, 0.0)));
    }

    /// A rate bar, with last year's rate as a thin outlined bar under it.
    pub fn bar(&mut self, x: f32, top: f32, w: f32, h: f32, now: Option<f64>, before: Option<f64>) {
        let frac = |r: f64| (r.clamp(0.0, 1.0) as f32) * w;
        let main_h = if before.is_some() { h * 0.62 } else { h };
        if let Some(now) = now {
            self.rect(x, top, frac(now), main_h, Some(G_YES), None);
        }
        if let Some(b) = before {
            self.rect(x, top + main_h + h * 0.08, frac(b), h * 0.3, Some(1.0), Some((0.4, 0.0)));
        }
        // The 100 % line.
        self.vline(x + w, top - 0.5, top + h + 0.5, 0.3, G_RULE);
    }

    /// A legend entry: a small sample swatch then its label. Returns the x after it.
    pub fn legend(&mut self, x: f32, top: f32, size: f32, kind: Legend, label: &str) -> f32 {
        let sw = size * 1.6;
        let sh = size * 0.8;
        let st = top + (Self::line_height(size) - sh) / 2.0;
        match kind {
            Legend::Fill(g) => self.rect(x, st, sw, sh, Some(g), Some((0.3, 0.0))),
            Legend::Hatch => {
                self.hatch(x, st, sw, sh);
                self.rect(x, st, sw, sh, None, Some((0.3, 0.0)));
            }
            Legend::Outline => self.rect(x, st + sh * 0.3, sw, sh * 0.4, Some(1.0), Some((0.4, 0.0))),
            Legend::Swatch(c) => {
                self.rect_rgb(x, st, sw, sh, c);
                self.rect(x, st, sw, sh, None, Some((0.3, 0.0)));
            }
            Legend::Empty => self.rect(x, st, sw, sh, None, Some((0.3, 0.0))),
        }
        let tx = x + sw + 2.0;
        self.put(tx, top, size, label, Ink::TEXT, RIGHT);
        tx + self.width(label, size) + 8.0
    }

    /// The answer distribution as one bar `h` high across the page, at the cursor.
    pub fn distribution(&mut self, c: &Counts, h: f32) {
        self.note(|| Block::Distribution(*c));
        self.ensure(h + 4.0);
        let top = self.y;
        self.stack(LEFT, top, WIDTH, h, c);
        self.y += h + 4.0;
    }

    /// A row of legend entries at the cursor.
    pub fn legend_row(&mut self, entries: &[(Legend, String)], size: f32) {
        self.note(|| Block::Legend(entries.to_vec()));
        let h = Self::line_height(size);
        self.ensure(h);
        let top = self.y;
        let mut x = LEFT;
        for (kind, label) in entries {
            x = self.legend(x, top, size, *kind, label);
        }
        self.y += h + 1.0;
    }

    /// An empty box with a caption above it (the 所属長's stamp and date).
    pub fn sign_box(&mut self, x: f32, top: f32, w: f32, h: f32, caption: &str, inside: &str) {
        let size = 8.5;
        let ch = Self::line_height(size) + 2.0;
        self.rect(x, top, w, ch, Some(G_HEADER), Some((0.6, 0.0)));
        let cw = self.width(caption, size);
        self.put(x + (w - cw) / 2.0, top + 1.0, size, caption, Ink::TEXT, x + w);
        self.rect(x, top + ch, w, h - ch, None, Some((0.6, 0.0)));
        if !inside.is_empty() {
            let iw = self.width(inside, size);
            let it = top + ch + (h - ch - Self::line_height(size)) / 2.0;
            self.put(x + w - iw - 4.0, it, size, inside, Ink::TEXT, x + w);
        }
    }

    /// A two-column table of labels and values (covers, 概要), without page breaks inside a pair.
    pub fn pairs(&mut self, pairs: &[(String, String)], label_w: f32, size: f32) {
        self.note(|| Block::Pairs(pairs.to_vec()));
        let lh = Self::line_height(size);
        let value_w = WIDTH - label_w;
        for (label, value) in pairs {
            let labels = self.wrap(label, label_w - 2.0 * PAD_X, size);
            let values = self.wrap(value, value_w - 2.0 * PAD_X, size);
            let n = labels.len().max(values.len()).max(1);
            let h = n as f32 * lh + 2.0 * PAD_Y;
            self.ensure(h);
            let top = self.y;
            self.rect(LEFT, top, label_w, h, Some(G_GROUP), None);
            self.rect(LEFT, top, WIDTH, h, None, Some((0.5, 0.0)));
            self.vline(LEFT + label_w, top, top + h, 0.5, 0.0);
            for (i, t) in labels.iter().enumerate() {
                self.put(LEFT + PAD_X, top + PAD_Y + i as f32 * lh, size, t, Ink::TEXT, LEFT + label_w - PAD_X);
            }
            for (i, t) in values.iter().enumerate() {
                self.put(LEFT + label_w + PAD_X, top + PAD_Y + i as f32 * lh, size, t, Ink::TEXT, RIGHT - PAD_X);
            }
            self.y += h;
        }
    }

    /// A table; rows that do not fit move to the next page, rows taller than a
    /// page split between lines, and the header is repeated on every page.
    pub fn table(&mut self, columns: &[Column], rows: &[Row], size: f32) {
        self.note(|| Block::Table { columns: columns.to_vec(), rows: rows.to_vec(), size });
        let t = table::TableRun::new(self, columns, size);
        t.run(self, rows);
    }
}

/// The kinds of legend swatch.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Legend {
    Fill(f32),
    Hatch,
    Outline,
    /// A colour of the heat-map's palette.
    Swatch(Rgb8),
    /// An empty (white) box.
    Empty,
}

/// The drawing of a rectangle given by its top-left corner (points from the
/// page's top, as the layout counts) and its size.
fn rectangle(x: f32, top: f32, w: f32, h: f32, mode: PaintMode) -> Op {
    Op::DrawRectangle {
        rectangle: Rect {
            x: Pt(r(x)),
            y: Pt(r(PAGE_H - top - h)),
            width: Pt(r(w)),
            height: Pt(r(h)),
            mode: Some(mode),
            winding_order: None,
        },
    }
}

fn segment(x1: f32, y1: f32, x2: f32, y2: f32) -> Line {
    Line {
        points: vec![LinePoint { p: pt(x1, y1), bezier: false }, LinePoint { p: pt(x2, y2), bezier: false }],
        is_closed: false,
    }
}

mod pdf;
mod table;

#[cfg(test)]
mod tests {
    use printpdf::{FontId, PdfFontHandle, TextItem};

    use super::pdf::{Fonts, show_text};
    use super::*;

    fn shown(ops: &[Op]) -> Vec<String> {
        ops.iter()
            .map(|op| match op {
                Op::ShowText { items } => match items.as_slice() {
                    [TextItem::Text(t)] => format!("Tj {t}"),
                    other => format!("{other:?}"),
                },
                Op::BeginMarkedContentWithProperties { tag, properties } => match properties {
                    printpdf::DictItem::Dict { map } => match map.get("ActualText") {
                        Some(printpdf::DictItem::String { data, .. }) => {
                            let units: Vec<u16> = data
                                .chunks(2)
                                .map(|p| u16::from_be_bytes([p[0], p.get(1).copied().unwrap_or(0)]))
                                .collect();
                            format!("BDC {tag} {}", String::from_utf16_lossy(&units))
                        }
                        other => format!("BDC {tag} {other:?}"),
                    },
                    other => format!("BDC {tag} {other:?}"),
                },
                Op::EndMarkedContentWithProperties => "EMC".to_owned(),
                Op::SetFont { font: PdfFontHandle::External(id), .. } => format!("Tf {}", id.0),
                other => format!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn a_group_heading_moves_to_the_next_page_with_a_row_that_would_move_there_whole() {
        let fonts = crate::font::tests::system_fonts();
        let mut l = Layout::new(&fonts, String::new(), String::new());
        let cols = [Column::new("項目", 80.0, Align::Left), Column::new("回答", 94.0, Align::Left)];
        // Fill the page until a few lines are left, then a group and a six-line row.
        l.y = BODY_BOTTOM - 4.0 * Layout::line_height(TABLE) - 40.0;
        let tall = ["一行目", "二行目", "三行目", "四行目", "五行目", "六行目"].join("\n");
        let rows = [
            Row::Group("6.(4)　物理的セキュリティ対策".into()),
            Row::Cells(vec![Cell::text(tall), Cell::text("実施")]),
        ];
        l.table(&cols, &rows, TABLE);
        let page_of = |t: &str| l.placed.iter().find(|p| p.text.starts_with(t)).map(|p| p.page);
        assert_eq!(page_of("6.(4)"), page_of("一行目"), "the heading stays with its row");
        assert_eq!(page_of("一行目"), Some(1));
    }

    const TABLE: f32 = 7.5;

    #[test]
    fn a_table_header_is_never_left_alone_at_the_foot_of_a_page() {
        let fonts = crate::font::tests::system_fonts();
        let mut l = Layout::new(&fonts, String::new(), String::new());
        let cols = [Column::new("項目", 80.0, Align::Left), Column::new("回答", 94.0, Align::Left)];
        // Room for the header and two lines, not for the group and its six-line row.
        l.y = BODY_BOTTOM - 50.0;
        let tall = ["一行目", "二行目", "三行目", "四行目", "五行目", "六行目"].join("\n");
        let rows = [Row::Group("5 職員の責務".into()), Row::Cells(vec![Cell::text(tall), Cell::text("実施")])];
        l.table(&cols, &rows, TABLE);
        let pages_of = |t: &str| l.placed.iter().filter(|p| p.text == t).map(|p| p.page).collect::<Vec<_>>();
        assert_eq!(pages_of("項目"), [1], "the header goes to the next page with its first rows");
        assert_eq!(pages_of("一行目"), [1]);
    }

    #[test]
    fn a_missing_character_is_shown_as_the_geta_mark_with_the_real_character_as_actual_text() {
        let faces = crate::font::tests::system_fonts();
        let fonts = pdf_fonts(&faces);
        let mut ops = Vec::new();
        show_text(&mut ops, "𠮷田課", 9.0, &fonts, Typeface::Text);
        if faces.has_glyph('𠮷') {
            assert_eq!(shown(&ops), ["Tj 𠮷田課"]);
        } else {
            // The text string starts with the UTF-16 byte order mark FE FF.
            assert_eq!(shown(&ops), ["BDC Span \u{feff}𠮷", "Tj 〓", "EMC", "Tj 田課"]);
        }
        let mut ops = Vec::new();
        show_text(&mut ops, "𩸽は😀好き", 9.0, &fonts, Typeface::Text);
        assert_eq!(shown(&ops), ["Tj 𩸽は", "BDC Span \u{feff}😀", "Tj 〓", "EMC", "Tj 好き"]);
        let mut ops = Vec::new();
        show_text(&mut ops, "a\u{7}b", 9.0, &fonts, Typeface::Figures);
        assert_eq!(shown(&ops), ["Tj ab"], "control characters are not drawn");
    }

    /// The PDF fonts as [`Layout::finish`] names them.
    fn pdf_fonts(faces: &ReportFonts) -> Fonts<'_> {
        let id = |s: &str| FontId(s.to_owned());
        Fonts { text: id("F1"), figures: id("F3"), fallback: id("F2"), faces }
    }

    #[test]
    fn what_only_the_fallback_font_has_is_shown_in_it_and_the_face_of_the_text_comes_back() {
        let mut faces = crate::font::tests::system_fonts();
        let Some(fallback) = crate::fonts::fallback_for(faces.face(Typeface::Figures), &['𠮷']) else {
            eprintln!("skipped: no font with 𠮷 installed (apt-get install fonts-ipamj-mincho)");
            return;
        };
        faces.set_fallback(fallback);
        let fonts = pdf_fonts(&faces);
        let mut ops = Vec::new();
        show_text(&mut ops, "𠮷田😀", 9.0, &fonts, Typeface::Text);
        assert_eq!(shown(&ops), ["Tf F2", "Tj 𠮷", "Tf F1", "Tj 田", "BDC Span \u{feff}😀", "Tj 〓", "EMC"]);
        let mut ops = Vec::new();
        show_text(&mut ops, "𠮷", 9.0, &fonts, Typeface::Text);
        assert_eq!(shown(&ops), ["Tf F2", "Tj 𠮷", "Tf F1"], "the next line starts in the running text's font");
        // Both faces share the one fallback; a figure cell returns to the figures' font.
        let mut ops = Vec::new();
        show_text(&mut ops, "𠮷1", 9.0, &fonts, Typeface::Figures);
        assert_eq!(shown(&ops), ["Tf F2", "Tj 𠮷", "Tf F3", "Tj 1"]);
    }
}
