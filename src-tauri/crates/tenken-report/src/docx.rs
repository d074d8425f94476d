//! 自己点検結果報告書 as a Word document (.docx), for the auditor who edits
//! the wording before the report goes to the 情報セキュリティ委員会.
//!
//! Why it is built this way:
//! - The content is the PDF's own: the same layout code runs with
//!   [`crate::layout::Layout::record`] on and keeps every heading, paragraph
//!   and table it draws ([`Block`]); this module only turns those blocks into
//!   Word paragraphs and tables. No heading or label is written here, so the
//!   two formats cannot drift apart and every word comes from the Fluent
//!   catalogues.
//! - Real Word styles, so the auditor can restyle the whole report at once:
//!   `Title`, `Heading1`–`Heading3` (named "heading 1"… so Word shows 見出し 1
//!   and lists them in its navigation pane and table of contents) and the
//!   table style `TableGrid` ("Table Grid", 表 (格子)). Body text is BIZ
//!   UDGothic with the east-Asian font set too (`w:rFonts w:eastAsia`); the
//!   English report uses the proportional BIZ UDPGothic.
//! - Charts (bars) are left out: the rates they draw are in the columns
//!   beside them. Heat-map cells keep their colour as cell shading; the
//!   answer distribution is written out in words.
//! - Table header rows repeat on every page (`w:tblHeader`, which docx-rs
//!   does not write: it is added to the rows marked "can't split").
//! - docx-rs writes property elements' children out of the schema's order,
//!   which Word does not accept: `docx_order` sorts them.
//!
//! Bytes out, no file touched: the shell writes them.

use docx_rs::{
    AlignmentType, BreakType, Docx, FieldCharType, Footer, Header, InstrText, LineSpacing, PageMargin, PageNum,
    Paragraph, Run, RunFonts, Shading, ShdType, Style, StyleType, Tab, TabLeaderType, TabValueType, Table,
    TableBorders, TableCell, TableCellMargins, TableLayoutType, TableProperty, TableRow, WidthType,
};
use tenken_core::aggregate::Counts;
use tenken_core::report::ReportData;
use tenken_i18n::Localizer;

use crate::labels::Words;
use crate::layout::{Align, Block, Cell, Column, Content, G_GROUP, G_HEADER, Legend, MM, Row, WIDTH};
use crate::{ReportError, ReportFonts, ReportOptions};

/// A4 in twentieths of a point.
const PAGE_W: u32 = 11906;
const PAGE_H: u32 = 16838;
/// The PDF's margins: 18 mm left and right.
const MARGIN_X: i32 = 1020;
const MARGIN_Y: i32 = 1134;
/// Points to twentieths of a point (Word's table and spacing unit).
const TWIPS: f32 = 20.0;
/// The table of contents stands 20 mm in from both margins, as in the PDF.
const TOC_INDENT: i32 = 1134;
/// A column narrower than this (25 pt, in twips) is a heat-map column.
const NARROW: usize = 500;

/// Writes the 自己点検結果報告書 of the campaign in `data` as a .docx, in the
/// language of `l10n`. `font` only measures text for the shared layout; the
/// document names BIZ UDGothic and lets Word or LibreOffice find it.
pub fn audit_docx(
    data: &ReportData,
    fonts: &ReportFonts,
    l10n: &Localizer,
    opts: &ReportOptions,
) -> Result<Vec<u8>, ReportError> {
    let w = Words::new(l10n);
    let blocks = crate::audit::audit_outline(data, fonts, l10n, opts);
    let stamp = format!("{}T00:00:00Z", opts.generated_on.format("%Y-%m-%d"));
    let mut doc = document(&w, data).created_at(&stamp).updated_at(&stamp);
    // The cover ends where the first chapter starts; its table of contents,
    // known only at the end of the layout, goes there.
    let first = blocks.iter().position(|b| matches!(b, Block::Heading { level: 1, .. })).unwrap_or(blocks.len());
    let contents = blocks.iter().filter(|b| matches!(b, Block::Contents(_)));
    let body = blocks.iter().filter(|b| !matches!(b, Block::Contents(_)));
    for block in blocks[..first].iter().chain(contents) {
        doc = add_block(doc, &w, block);
    }
    doc = doc.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
    for block in body.skip(first) {
        doc = add_block(doc, &w, block);
    }
    let mut xml = doc.build();
    xml.document = repeat_headers(&xml.document);
    for part in
        [&mut xml.document, &mut xml.styles].into_iter().chain(xml.headers.iter_mut()).chain(xml.footers.iter_mut())
    {
        *part = crate::docx_order::canonical(&String::from_utf8_lossy(part)).into_bytes();
    }
    // docx-rs cannot name the author; "unknown" would show in Word's properties.
    let core = String::from_utf8_lossy(&xml.doc_props.core).replace(">unknown<", ">tenken<");
    xml.doc_props.core = core.into_bytes();
    let mut out = std::io::Cursor::new(Vec::new());
    xml.pack(&mut out).map_err(|e| ReportError::Docx(e.to_string()))?;
    deflate(&out.into_inner())
}

/// The same package with its parts deflated, in the same order
/// (`[Content_Types].xml` first): docx-rs stores them as they are, which
/// makes a ward's report several times larger than Word would.
fn deflate(stored: &[u8]) -> Result<Vec<u8>, ReportError> {
    use zip::write::SimpleFileOptions;
    let fail = |e: zip::result::ZipError| ReportError::Docx(e.to_string());
    let mut source = zip::ZipArchive::new(std::io::Cursor::new(stored)).map_err(fail)?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for i in 0..source.len() {
        let mut part = source.by_index(i).map_err(fail)?;
        let name = part.name().map_err(fail)?.into_owned();
        if part.is_dir() {
            out.add_directory(name, options).map_err(fail)?;
            continue;
        }
        out.start_file(name, options).map_err(fail)?;
        std::io::copy(&mut part, &mut out).map_err(|e| ReportError::Docx(e.to_string()))?;
    }
    Ok(out.finish().map_err(fail)?.into_inner())
}

/// The body font of a language: BIZ UDGothic for Japanese, the proportional
/// BIZ UDPGothic for English running text.
fn body_font(w: &Words<'_>) -> &'static str {
    if w.en() { "BIZ UDPGothic" } else { "BIZ UDGothic" }
}

/// The empty document: page, fonts, styles, running header and page numbers.
fn document(w: &Words<'_>, data: &ReportData) -> Docx {
    let face = body_font(w);
    let fonts = RunFonts::new().ascii(face).hi_ansi(face).east_asia(face).cs(face);
    let title = w.t("report-audit-title");
    let running = [title.as_str(), w.municipality(&data.questionnaire.meta), &w.year(data.year)].join(w.sep());
    let mut doc = Docx::new()
        .page_size(PAGE_W, PAGE_H)
        .page_margin(PageMargin {
            top: MARGIN_Y,
            left: MARGIN_X,
            bottom: MARGIN_Y,
            right: MARGIN_X,
            header: 567,
            footer: 567,
            gutter: 0,
        })
        .default_fonts(fonts)
        .default_size(19)
        .title_pg()
        .header(Header::new().add_paragraph(Paragraph::new().add_run(run(&running, 15).color("404040"))))
        .first_header(Header::new())
        .footer(Footer::new().add_paragraph(Paragraph::new().align(AlignmentType::Center).add_page_num(PageNum::new())))
        .first_footer(Footer::new());
    for style in styles() {
        doc = doc.add_style(style);
    }
    doc
}

/// The report's own styles, under the names Word knows (see the module's doc).
fn styles() -> Vec<Style> {
    let heading = |id: &str, name: &str, size: usize, level: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .ui_priority(9)
            .size(size)
            .bold()
            .outline_lvl(level)
            .line_spacing(LineSpacing::new().before(if level == 0 { 360 } else { 200 }).after(100))
    };
    vec![
        Style::new("Title", StyleType::Paragraph)
            .name("Title")
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .ui_priority(10)
            .size(44)
            .bold()
            .align(AlignmentType::Center)
            .line_spacing(LineSpacing::new().before(120).after(240)),
        heading("Heading1", "heading 1", 28, 0),
        heading("Heading2", "heading 2", 23, 1),
        heading("Heading3", "heading 3", 20, 2),
        Style::new("TOC1", StyleType::Paragraph)
            .name("toc 1")
            .based_on("Normal")
            .next("Normal")
            .ui_priority(39)
            .size(20)
            .indent(Some(TOC_INDENT), None, Some(TOC_INDENT), None)
            .line_spacing(LineSpacing::new().before(60).after(60)),
        Style::new("TableGrid", StyleType::Table)
            .name("Table Grid")
            .based_on("TableNormal")
            .ui_priority(39)
            .table_property(TableProperty::new().set_borders(TableBorders::new()))
            .line_spacing(LineSpacing::new().before(0).after(0)),
    ]
}

/// One run of text in `half_points` (Word's size unit).
fn run(text: &str, half_points: usize) -> Run {
    Run::new().add_text(text).size(half_points)
}

/// Word's half-points for a size in points (5 pt at least).
fn half_points(size: f32) -> usize {
    (size * 2.0).round().max(10.0) as usize
}

/// A paragraph of text whose lines (`\n`) break inside it.
fn lines(text: &str, make: impl Fn(&str) -> Run) -> Paragraph {
    let mut p = Paragraph::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            p = p.add_run(Run::new().add_break(BreakType::TextWrapping));
        }
        p = p.add_run(make(line));
    }
    p
}

/// Adds one block.
fn add_block(doc: Docx, w: &Words<'_>, block: &Block) -> Docx {
    match block {
        Block::Title(t) => doc.add_paragraph(Paragraph::new().style("Title").add_run(Run::new().add_text(t))),
        Block::Line { text, size, align, bold } => {
            let mut r = run(text, half_points(*size));
            if *bold {
                r = r.bold();
            }
            let p = Paragraph::new().align(alignment(*align)).line_spacing(LineSpacing::new().before(120).after(120));
            doc.add_paragraph(p.add_run(r))
        }
        Block::Heading { text, level } => {
            let style = format!("Heading{}", (*level).clamp(1, 3));
            doc.add_paragraph(Paragraph::new().style(&style).keep_next(true).add_run(Run::new().add_text(text)))
        }
        Block::Paragraph { text, size } => {
            let half = half_points(size.min(9.5));
            let p = lines(text, |l| run(l, half)).line_spacing(LineSpacing::new().after(80));
            doc.add_paragraph(p)
        }
        Block::Pairs(pairs) => doc.add_table(pairs_table(pairs)),
        Block::Table { columns, rows, size } => doc.add_table(table(w, columns, rows, *size)),
        Block::Legend(entries) => match legend(entries) {
            Some(t) => doc.add_table(t),
            None => doc,
        },
        Block::Distribution(c) => doc.add_paragraph(lines(&distribution(w, c), |l| run(l, 19))),
        Block::Contents(entries) => contents(entries).into_iter().fold(doc, Docx::add_paragraph),
    }
}

fn alignment(a: Align) -> AlignmentType {
    match a {
        Align::Left => AlignmentType::Left,
        Align::Right => AlignmentType::Right,
        Align::Center => AlignmentType::Center,
    }
}

/// A grey of the PDF (0 black … 1 white) as a Word colour.
fn grey_hex(g: f32) -> String {
    let v = (g.clamp(0.0, 1.0) * 255.0).round() as u8;
    format!("{v:02X}{v:02X}{v:02X}")
}

fn shade(hex: &str) -> Shading {
    Shading::new().shd_type(ShdType::Clear).color("auto").fill(hex)
}

/// The table of contents: Word's TOC field over the level-1 headings,
/// marked to be updated, so Word fills in the pages of the document as
/// edited (it asks when the file opens). Until then it lists the chapters
/// without pages: the PDF's pages would be wrong here.
fn contents(entries: &[(String, usize)]) -> Vec<Paragraph> {
    let last = entries.len().saturating_sub(1);
    // Tab stops count from the margin: the page number ends at the right indent.
    let right = (WIDTH * TWIPS) as usize - TOC_INDENT as usize;
    entries
        .iter()
        .enumerate()
        .map(|(i, (title, _))| {
            let mut p = Paragraph::new()
                .style("TOC1")
                .add_tab(Tab::new().val(TabValueType::Right).leader(TabLeaderType::Dot).pos(right));
            if i == 0 {
                p = p
                    .add_run(Run::new().add_field_char(FieldCharType::Begin, true))
                    .add_run(Run::new().add_instr_text(InstrText::Unsupported(r#" TOC \o "1-1" \h \z "#.to_owned())))
                    .add_run(Run::new().add_field_char(FieldCharType::Separate, false));
            }
            p = p.add_run(run(title, 20));
            if i == last {
                p = p.add_run(Run::new().add_field_char(FieldCharType::End, false));
            }
            p
        })
        .collect()
}

/// The answer distribution in words, with the count columns' names (the
/// PDF draws it as a bar): 実施 13・一部 2・未実施 1・….
fn distribution(w: &Words<'_>, c: &Counts) -> String {
    let ids = ["report-col-yes", "report-col-partial", "report-col-no", "report-col-na", "report-col-unanswered"];
    let mut parts: Vec<String> = ids
        .iter()
        .zip([c.yes, c.partial, c.no, c.na, c.unanswered])
        .map(|(id, n)| format!("{} {n}", w.t(id)))
        .collect();
    if c.excluded > 0 {
        parts.push(format!("{} {}", w.t("report-col-excluded"), c.excluded));
    }
    parts.join(&w.t("method-separator"))
}

/// The heat map's key: one shaded cell per colour. Legends of the bars,
/// which the .docx does not draw, are left out.
fn legend(entries: &[(Legend, String)]) -> Option<Table> {
    if !entries.iter().any(|(k, _)| matches!(k, Legend::Swatch(_))) {
        return None;
    }
    let cells: Vec<TableCell> = entries
        .iter()
        .map(|(kind, label)| {
            let fill = match kind {
                Legend::Swatch(c) => format!("{:02X}{:02X}{:02X}", c[0], c[1], c[2]),
                Legend::Fill(g) => grey_hex(*g),
                _ => "FFFFFF".to_owned(),
            };
            let p = Paragraph::new().align(AlignmentType::Center).add_run(run(label, 14));
            TableCell::new().shading(shade(&fill)).add_paragraph(p)
        })
        .collect();
    let each = (WIDTH * TWIPS) as usize / cells.len().max(1);
    let grid = vec![each; cells.len()];
    Some(Table::new(vec![TableRow::new(cells)]).style("TableGrid").set_grid(grid).layout(TableLayoutType::Fixed))
}

/// Label and value, the label cell shaded (covers, 概要).
fn pairs_table(pairs: &[(String, String)]) -> Table {
    let label_w = (36.0 * MM * TWIPS) as usize;
    let value_w = (WIDTH * TWIPS) as usize - label_w;
    let rows: Vec<TableRow> = pairs
        .iter()
        .map(|(label, value)| {
            TableRow::new(vec![
                TableCell::new()
                    .width(label_w, WidthType::Dxa)
                    .shading(shade(&grey_hex(G_GROUP)))
                    .add_paragraph(lines(label, |l| run(l, 19))),
                TableCell::new().width(value_w, WidthType::Dxa).add_paragraph(lines(value, |l| run(l, 19))),
            ])
        })
        .collect();
    grid_table(rows, vec![label_w, value_w])
}

/// A table of fixed column widths (twips) in the report's style. Cells keep
/// 2 pt of padding, 0.75 pt where columns are narrow (the heat map), so
/// dates and the heat map's words (未回答, 対象外) fit a cell as in the PDF.
fn grid_table(rows: Vec<TableRow>, grid: Vec<usize>) -> Table {
    let total = grid.iter().sum();
    let pad = if grid.iter().any(|&g| g < NARROW) { 15 } else { 40 };
    Table::new(rows)
        .style("TableGrid")
        .set_grid(grid)
        .width(total, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(30, pad, 30, pad))
}

/// The columns a .docx shows: those that hold more than bars.
fn shown_columns(columns: &[Column], rows: &[Row]) -> Vec<usize> {
    (0..columns.len())
        .filter(|&i| {
            let mut cells = rows.iter().filter_map(|r| match r {
                Row::Cells(c) => c.get(i),
                Row::Group(_) => None,
            });
            !cells.all(|c| matches!(c.content, Content::Bar { .. }))
        })
        .collect()
}

/// A table of the report: the header row repeated on each page, group
/// rows across the whole width, the PDF's column widths stretched over the
/// columns kept.
fn table(w: &Words<'_>, columns: &[Column], rows: &[Row], size: f32) -> Table {
    let keep = shown_columns(columns, rows);
    let used: f32 = keep.iter().map(|&i| columns[i].width).sum();
    let scale = if used > 0.0 { WIDTH / used } else { 1.0 };
    let grid: Vec<usize> = keep.iter().map(|&i| (columns[i].width * scale * TWIPS) as usize).collect();
    // The PDF sizes the heat map's words for the fixed-width face; the
    // proportional one of English text is wider.
    let narrow = grid.iter().any(|&g| g < NARROW);
    let half = half_points(if narrow { (size * 0.85).max(5.0) } else { size.max(6.0) });
    let header = TableRow::new(
        keep.iter()
            .zip(&grid)
            .map(|(&i, &wd)| {
                let p = lines(&columns[i].title, |l| run(l, half).bold()).align(alignment(columns[i].align));
                TableCell::new().width(wd, WidthType::Dxa).shading(shade(&grey_hex(G_HEADER))).add_paragraph(p)
            })
            .collect(),
    )
    .cant_split();
    let mut out = vec![header];
    for row in rows {
        out.push(match row {
            Row::Group(t) => TableRow::new(vec![
                TableCell::new()
                    .grid_span(keep.len())
                    .shading(shade(&grey_hex(G_GROUP)))
                    .add_paragraph(lines(t, |l| run(l, half).bold())),
            ]),
            Row::Cells(cells) => TableRow::new(
                keep.iter()
                    .zip(&grid)
                    .map(|(&i, &wd)| cell(w, cells.get(i), columns[i].align, half).width(wd, WidthType::Dxa))
                    .collect(),
            ),
        });
    }
    grid_table(out, grid)
}

/// One cell: its text (and quieter note), a heat-map colour, or the
/// distribution in words.
fn cell(w: &Words<'_>, cell: Option<&Cell>, align: Align, half: usize) -> TableCell {
    let Some(cell) = cell else {
        return TableCell::new().add_paragraph(Paragraph::new());
    };
    let align = alignment(cell.align.unwrap_or(align));
    let (text, fill) = match &cell.content {
        Content::Text(t) => (t.clone(), None),
        Content::Heat { fill, text } => (text.clone(), Some(format!("{:02X}{:02X}{:02X}", fill[0], fill[1], fill[2]))),
        Content::Stack(c) => (distribution(w, c), None),
        Content::Bar { .. } => (String::new(), None),
    };
    let mut tc = TableCell::new().add_paragraph(lines(&text, |l| run(l, half)).align(align));
    if let Some(note) = &cell.note {
        let small = half.saturating_sub(2).max(8);
        tc = tc.add_paragraph(lines(note, |l| run(l, small).color("4D4D4D")).align(align));
    }
    match fill {
        Some(f) => tc.shading(shade(&f)),
        None => tc,
    }
}

/// Marks the header rows (written with `w:cantSplit`, which only they
/// carry) as rows Word repeats at the top of each page.
fn repeat_headers(document: &[u8]) -> Vec<u8> {
    let xml = String::from_utf8_lossy(document);
    let mut out = String::with_capacity(xml.len() + 4096);
    let mut rest: &str = &xml;
    // A table's first row is its header: only the first `cantSplit` after each `<w:tbl>`.
    while let Some(at) = rest.find("<w:tbl>") {
        let (before, after) = rest.split_at(at + "<w:tbl>".len());
        out.push_str(before);
        rest = after;
        let next_table = rest.find("<w:tbl>").unwrap_or(rest.len());
        if let Some(c) = rest[..next_table].find("<w:tr>").and_then(|tr| {
            let end = rest[tr..next_table].find("</w:trPr>")?;
            let row_pr = &rest[tr..tr + end];
            row_pr.contains("<w:cantSplit").then_some(tr + end)
        }) {
            out.push_str(&rest[..c]);
            out.push_str("<w:tblHeader />");
            rest = &rest[c..];
        }
    }
    out.push_str(rest);
    out.into_bytes()
}
