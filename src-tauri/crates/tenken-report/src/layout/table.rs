//! Tables: rows that move to the next page whole or split between lines,
//! the header repeated on every page, group headings kept with their rows.

use super::{
    Align, BODY_BOTTOM, BODY_TOP, Cell, Column, Content, G_GROUP, G_HEADER, G_NOTE, G_RULE, HEAT_INK, Ink, LEFT,
    Layout, NOTE_SCALE, PAD_X, PAD_Y, Row,
};
use crate::font::Typeface;

/// One cell of a row, ready to draw.
struct Prepared {
    lines: Vec<String>,
    /// The face of the lines above the note (the note is running text).
    face: Typeface,
    /// The index of the first line of the note (`lines.len()` without one).
    note_from: usize,
    content: Content,
    align: Align,
}

/// The state of one table being laid out.
pub(super) struct TableRun<'c> {
    columns: &'c [Column],
    size: f32,
    lh: f32,
    header_lines: Vec<Vec<String>>,
    header_h: f32,
    /// Top of the table on the current page (for the outer frame).
    frag_top: f32,
    /// Where the inner column lines started (None under a group row).
    inner_from: Option<f32>,
}

impl<'c> TableRun<'c> {
    pub(super) fn new(l: &Layout<'_>, columns: &'c [Column], size: f32) -> Self {
        let lh = Layout::line_height(size);
        let header_lines: Vec<Vec<String>> = columns
            .iter()
            .map(|c| if c.vertical { vec![c.title.clone()] } else { l.wrap(&c.title, c.width - 2.0 * PAD_X, size) })
            .collect();
        let mut header_h = header_lines
            .iter()
            .zip(columns)
            .filter(|(_, c)| !c.vertical)
            .map(|(lines, _)| lines.len().max(1) as f32 * lh)
            .fold(lh, f32::max)
            + 2.0 * PAD_Y;
        for c in columns.iter().filter(|c| c.vertical) {
            header_h = header_h.max(l.width(&c.title, size) + 2.0 * PAD_Y + 2.0);
        }
        TableRun { columns, size, lh, header_lines, header_h, frag_top: 0.0, inner_from: None }
    }

    fn xs(&self) -> Vec<f32> {
        let mut xs = vec![LEFT];
        for c in self.columns {
            let last = xs[xs.len() - 1];
            xs.push(last + c.width);
        }
        xs
    }

    fn total_w(&self) -> f32 {
        self.columns.iter().map(|c| c.width).sum()
    }

    pub(super) fn run(mut self, l: &mut Layout<'_>, rows: &[Row]) {
        let body = BODY_BOTTOM - BODY_TOP - self.header_h;
        // The header never stands alone at the foot of a page: it keeps what
        // its first row (under its group heading) would take.
        let first = match rows.first() {
            Some(Row::Group(title)) => self.group_h(l, title) + rows.get(1).map_or(0.0, |r| self.kept_h(l, r, body)),
            Some(row) => self.kept_h(l, row, body),
            None => 0.0,
        };
        l.ensure(self.header_h + first.max(self.lh * 2.0 + 2.0 * PAD_Y));
        self.header(l);
        for (i, row) in rows.iter().enumerate() {
            match row {
                Row::Group(title) => {
                    let lines = l.wrap(title, self.total_w() - 2.0 * PAD_X, self.size);
                    let h = self.group_h(l, title);
                    // Keep a group heading with the first row under it: the whole
                    // row when that row would move to the next page whole.
                    let next = rows.get(i + 1).map_or(0.0, |r| self.kept_h(l, r, body));
                    if l.y + h + next > BODY_BOTTOM {
                        self.break_page(l);
                    }
                    self.close_inner(l);
                    let top = l.y;
                    l.rect(LEFT, top, self.total_w(), h, Some(G_GROUP), None);
                    for (k, t) in lines.iter().enumerate() {
                        let right = LEFT + self.total_w() - PAD_X;
                        l.put(LEFT + PAD_X, top + PAD_Y + k as f32 * self.lh, self.size, t, Ink::BOLD, right);
                    }
                    l.y += h;
                    l.hline(LEFT, LEFT + self.total_w(), l.y, 0.4, 0.0);
                }
                Row::Cells(cells) => {
                    let prepared = self.prepare(l, cells);
                    let n = prepared.iter().map(|p| p.lines.len()).max().unwrap_or(1).max(1);
                    let h = n as f32 * self.lh + 2.0 * PAD_Y;
                    if l.y + h > BODY_BOTTOM && h <= body {
                        self.break_page(l);
                    }
                    let mut from = 0;
                    loop {
                        let fit = ((BODY_BOTTOM - l.y - 2.0 * PAD_Y) / self.lh).floor().max(0.0) as usize;
                        if n - from <= fit {
                            self.draw_row(l, &prepared, from, n - from);
                            break;
                        }
                        if fit >= 2 {
                            self.draw_row(l, &prepared, from, fit);
                            from += fit;
                        }
                        self.break_page(l);
                    }
                }
            }
        }
        self.close(l);
        l.y += 3.0;
    }

    /// The height of a group heading row.
    fn group_h(&self, l: &Layout<'_>, title: &str) -> f32 {
        let lines = l.wrap(title, self.total_w() - 2.0 * PAD_X, self.size);
        lines.len().max(1) as f32 * self.lh + 2.0 * PAD_Y
    }

    /// How much of `row` must fit under a group heading for the heading to
    /// stay on this page: the whole row if it fits on a page (it would move
    /// whole), else the two lines a split row starts with.
    fn kept_h(&self, l: &Layout<'_>, row: &Row, body: f32) -> f32 {
        match row {
            Row::Cells(cells) => {
                let n = self.prepare(l, cells).iter().map(|p| p.lines.len()).max().unwrap_or(1).max(1);
                let h = n as f32 * self.lh + 2.0 * PAD_Y;
                if h <= body { h } else { 2.0 * self.lh + 2.0 * PAD_Y }
            }
            Row::Group(_) => 0.0,
        }
    }

    fn prepare(&self, l: &Layout<'_>, cells: &[Cell]) -> Vec<Prepared> {
        cells
            .iter()
            .zip(self.columns)
            .map(|(cell, col)| {
                let align = cell.align.unwrap_or(col.align);
                let mut lines = match &cell.content {
                    Content::Text(s) => l.wrap_in(cell.face, s, col.width - 2.0 * PAD_X, self.size),
                    _ => vec![String::new()],
                };
                let note_from = lines.len();
                if let (Content::Text(_), Some(note)) = (&cell.content, &cell.note) {
                    for part in note.split('\n') {
                        lines.extend(l.wrap(part, col.width - 2.0 * PAD_X, self.size * NOTE_SCALE));
                    }
                }
                Prepared { lines, face: cell.face, note_from, content: cell.content.clone(), align }
            })
            .collect()
    }

    /// Draws lines `from..from + n` of a row at the cursor.
    fn draw_row(&mut self, l: &mut Layout<'_>, cells: &[Prepared], from: usize, n: usize) {
        let xs = self.xs();
        let top = l.y;
        let h = n as f32 * self.lh + 2.0 * PAD_Y;
        if self.inner_from.is_none() {
            self.inner_from = Some(top);
        }
        for (i, cell) in cells.iter().enumerate() {
            let (x, w) = (xs[i], self.columns[i].width);
            match &cell.content {
                Content::Text(_) => {
                    for (k, line) in cell.lines.iter().skip(from).take(n).enumerate() {
                        let note = from + k >= cell.note_from;
                        let (size, ink) = if note {
                            (self.size * NOTE_SCALE, Ink::TEXT.grey(G_NOTE))
                        } else {
                            (self.size, Ink { face: cell.face, ..Ink::TEXT })
                        };
                        let lw = l.width_in(ink.face, line, size);
                        let tx = match cell.align {
                            Align::Left => x + PAD_X,
                            Align::Right => x + w - PAD_X - lw,
                            Align::Center => x + (w - lw) / 2.0,
                        };
                        // A smaller line sits in the middle of the table's line pitch.
                        let inset = (self.lh - Layout::line_height(size)) / 2.0;
                        let line_top = top + PAD_Y + k as f32 * self.lh + inset;
                        l.put(tx, line_top, size, line, ink, x + w - PAD_X);
                    }
                }
                _ if from > 0 => {}
                Content::Bar { now, before } => {
                    let bh = self.lh * 0.8;
                    l.bar(x + PAD_X, top + PAD_Y + (self.lh - bh) / 2.0, w - 2.0 * PAD_X, bh, *now, *before);
                }
                Content::Stack(c) => {
                    let bh = self.lh * 0.7;
                    l.stack(x + PAD_X, top + PAD_Y + (self.lh - bh) / 2.0, w - 2.0 * PAD_X, bh, c);
                }
                Content::Heat { fill, text } => {
                    if *fill != [0xFF; 3] {
                        // Inset, so the cell rules stay visible around every fill.
                        l.rect_rgb(x + 0.35, top + 0.35, w - 0.7, h - 0.7, *fill);
                    }
                    let tw = l.width_in(Typeface::Figures, text, self.size);
                    let tx = x + (w - tw).max(0.0) / 2.0;
                    l.put(tx, top + PAD_Y, self.size, text, Ink::FIGURES.grey(HEAT_INK), x + w);
                }
            }
        }
        l.y += h;
        l.hline(LEFT, LEFT + self.total_w(), l.y, 0.3, G_RULE);
    }

    fn header(&mut self, l: &mut Layout<'_>) {
        let xs = self.xs();
        let top = l.y;
        self.frag_top = top;
        l.rect(LEFT, top, self.total_w(), self.header_h, Some(G_HEADER), None);
        for (i, col) in self.columns.iter().enumerate() {
            let (x, w) = (xs[i], col.width);
            if col.vertical {
                let tx = x + (w - self.size * 0.9) / 2.0 + self.size * 0.8;
                l.put_vertical(tx, top + self.header_h - PAD_Y, self.size, &col.title);
                continue;
            }
            let lines = &self.header_lines[i];
            let block = lines.len() as f32 * self.lh;
            let start = top + (self.header_h - block) / 2.0;
            for (k, t) in lines.iter().enumerate() {
                let tw = l.width(t, self.size);
                l.put(x + (w - tw) / 2.0, start + k as f32 * self.lh, self.size, t, Ink::BOLD, x + w - PAD_X);
            }
        }
        self.inner_from = Some(top);
        l.y += self.header_h;
        l.hline(LEFT, LEFT + self.total_w(), l.y, 0.6, 0.0);
    }

    fn close_inner(&mut self, l: &mut Layout<'_>) {
        if let Some(from) = self.inner_from.take() {
            let xs = self.xs();
            let bottom = l.y;
            for &x in &xs[1..xs.len() - 1] {
                l.vline(x, from, bottom, 0.3, G_RULE);
            }
        }
    }

    fn close(&mut self, l: &mut Layout<'_>) {
        self.close_inner(l);
        let bottom = l.y;
        let right = LEFT + self.total_w();
        l.rect(LEFT, self.frag_top, right - LEFT, bottom - self.frag_top, None, Some((0.6, 0.0)));
    }

    fn break_page(&mut self, l: &mut Layout<'_>) {
        self.close(l);
        l.new_page();
        self.header(l);
    }
}
