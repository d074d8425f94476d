//! A starting checklist from a policy text (`tenken questionnaire scaffold`).
//!
//! Any ward that wants its own checklist has its basic policy, usually as
//! text copied out of a PDF: full-width and half-width digits mixed, stray
//! spaces, a blank line between every line, sentences wrapped wherever the
//! page ended. What survives that reliably is the clause numbering, so this
//! module finds the numbering (`１．` / `(1)` / `①`, or `第1条` / `第2項`),
//! and writes a TOML with one section per clause whose every text is a
//! `TODO` placeholder. The placeholders keep the file from validating until a
//! person has written the summaries and questions in their own words.
//!
//! A line is a clause only if its marker is at the start of the line AND it
//! is the number the sequence expects next: top-level numbers go up by one,
//! `(n)` restarts at `(1)` under each new clause above it, `①` restarts under
//! each `(n)`. That is what tells `２５ 年法律第 27 号…` (a wrapped line) or
//! `「（14）教職員」` (a reference) apart from a real clause.

use std::collections::HashSet;

use crate::questionnaire::PLACEHOLDER_PREFIX;

/// One clause found in a policy text, with the clauses numbered under it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClauseNode {
    /// The clause in the notation the checklists use: `6`, `6.(3)`, `6.(3)①`,
    /// `第1条`, `第1条の2`, `第1条第2項`, `第1条(1)`, `第1条第2項(1)①`.
    pub clause: String,
    /// The policy's own short title for the clause, or empty when the line
    /// carries none (see [`clause_tree`] for how it is cut).
    pub heading: String,
    /// 1-based line of the policy text where the clause starts, so the person
    /// filling the scaffold can find it.
    pub line: usize,
    /// Clauses numbered under this one, in document order.
    pub children: Vec<ClauseNode>,
}

/// Finds the clause structure of a policy text.
///
/// Two numbering styles are recognised; the first top-level marker decides
/// which one a text uses, and the other is ignored from then on:
///
/// * dotted: `1．` / `1.` / `１　` (top), `(1)` / `（１）` (under it, clause
///   `1.(1)`), `①`–`㊿` (under that, clause `1.(1)①`);
/// * articles: `第1条` (top; `第1条の2` for an inserted article), `第2項` or a
///   bare `２ ` at the start of a line (a paragraph, clause `第1条第2項`),
///   `(1)` (clause `第1条(1)`, or `第1条第2項(1)` under a paragraph), `①`.
///   Chapters (`第1章`) and kanji item numbers (`一`) are not clauses.
///
/// `(n)` or `①` with nothing numbered above them become top-level clauses
/// `(1)` / `①`. A marker directly followed by a particle (`(8)の…`,
/// `第3条の規定により`) is a reference, not a clause. When the numbering
/// restarts at 1 with the same first heading, what came before was a table of
/// contents and is dropped.
///
/// Heading: the text after the marker when it is short (30 characters or
/// fewer, no 「、」「。」), spaces removed (`目 的` → `目的`); otherwise the
/// words up to the first space, 「、」 or 「。」 outside brackets (a term being
/// defined: `完全性 情報資産の…` → `完全性`); a trailing `（以下…）` note is
/// dropped, and what is still longer than 30 characters is cut at 20 with
/// `…`. An article's heading is its caption, `（目的）`, on the line before
/// or right after `第1条`.
pub fn clause_tree(policy_text: &str) -> Vec<ClauseNode> {
    let mut scanner = Scanner::default();
    let mut caption: Option<String> = None;
    for (i, raw) in policy_text.lines().enumerate() {
        let line = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        if line.is_empty() {
            continue;
        }
        scanner.line(i + 1, line, caption.as_deref());
        caption = caption_of(line).map(str::to_owned);
    }
    scanner.finish()
}

/// Flattened clause ids in document order (parents before children), e.g.
/// `["1", "2", "2.(1)", …, "6.(3)", "6.(3)①", …]`: what a test or a person
/// compares against the policy's table of contents.
pub fn clause_list(tree: &[ClauseNode]) -> Vec<String> {
    fn walk(nodes: &[ClauseNode], out: &mut Vec<String>) {
        for n in nodes {
            out.push(n.clause.clone());
            walk(&n.children, out);
        }
    }
    let mut out = Vec::new();
    walk(tree, &mut out);
    out
}

/// The starting TOML for a policy: a `[questionnaire]` header and one
/// `[[section]]` with one `[[section.item]]` per leaf clause, every text a
/// `TODO` placeholder that `parse_questionnaire` refuses until it is written.
///
/// Only leaves get a section. A clause with clauses under it usually has just
/// a lead-in of its own (「次の対策を講ずる」) and the substance is in the
/// children; it is written as a comment above them so the structure stays
/// visible, and a person can still add a section for it by hand.
///
/// `id` is reduced to the id alphabet (a–z, 0–9, `-`; `checklist` if nothing
/// is left) because every item id is built from it: `<id>-6-3-1-a` for
/// clause `6.(3)①`. When two clauses give the same digits (`第2条(2)` and
/// `第2条第2項`) the second item takes the next letter.
pub fn scaffold_toml(policy_text: &str, id: &str) -> String {
    let id = normalize_id(id);
    let tree = clause_tree(policy_text);
    let todo = |s: &str| toml_str(&format!("{PLACEHOLDER_PREFIX}: {s}"));

    let mut out = String::from(SCAFFOLD_INTRO);
    out.push_str("\n[questionnaire]\n");
    out.push_str(&format!("id = {}\n", toml_str(&id)));
    out.push_str(&format!("municipality = {}\n", todo("自治体名")));
    out.push_str(&format!("title = {}\n", todo("点検票の名称（例: ○○区 情報セキュリティ自己点検票）")));
    out.push_str(&format!("policy = {}\n", todo("方針の正式名称（例: ○○区情報セキュリティ基本方針）")));
    out.push_str("# 方針の施行日（YYYY-MM-DD）に書き換えてください。仮の日付のままでも読み込めてしまいます。\n");
    out.push_str("policy_effective = 2025-04-01\n");
    out.push_str("# 区のネットワークにある系だけを残してください（校務接続系があれば \"school\" を足す）。\n");
    out.push_str("tiers = [\"mynumber\", \"lgwan\", \"internet\"]\n");

    if tree.is_empty() {
        out.push_str(
            "\n# 条項番号（１． / (1) / ① / 第1条）が見つかりませんでした。[[section]] を手で足してください。\n",
        );
        return out;
    }

    let mut used = HashSet::new();
    let mut write = Writer { out: &mut out, id: &id, used: &mut used };
    for node in &tree {
        write.node(node);
    }
    out
}

const SCAFFOLD_INTRO: &str = "\
# 自己点検票のひな形
#
# `tenken questionnaire scaffold` が方針の条項番号から作りました。
# 「TODO」で始まる値がひとつでも残っている間は、この点検票は読み込めません。
#
# 1. [questionnaire] に自治体名、点検票の名称、方針の正式名称、施行日、系を書く。
# 2. 各 [[section]] の title（方針の見出し）を確かめ、summary にその条項が
#    求めることを自分の言葉で要約する（方針の文章をそのまま写さない）。
# 3. 各 [[section.item]] の text に、課が実施しているかを問う具体的な質問を、
#    evidence_hint に確認資料の例を書く。質問は節ごとに何件でも足せる
#    （[[section.item]] を繰り返す。id は英小文字・数字・ハイフンで、重複不可）。
# 4. 課が点検しない条項（用語の定義、区全体の定めなど）の節は削除してよい。
#
# 系（tiers）: mynumber = マイナンバー利用事務系、lgwan = LGWAN接続系、
# internet = インターネット接続系、school = 校務接続系。
# 項目に tiers = [\"lgwan\"] と書くとその系を運用する課だけが答え、
# priority = true と書くと重点項目になる。
";

struct Writer<'a> {
    out: &'a mut String,
    id: &'a str,
    used: &'a mut HashSet<String>,
}

impl Writer<'_> {
    fn node(&mut self, node: &ClauseNode) {
        if !node.children.is_empty() {
            self.out.push_str(&format!(
                "\n# ── {} {}（方針の {} 行目。下の条項ごとに節を作りました）\n",
                node.clause,
                one_line(&node.heading),
                node.line
            ));
            for child in &node.children {
                self.node(child);
            }
            return;
        }
        let todo = |s: &str| toml_str(&format!("{PLACEHOLDER_PREFIX}: {s}"));
        let title = if node.heading.is_empty() { todo("見出し") } else { toml_str(&node.heading) };
        let item_id = fresh_id(&item_id_base(Some(self.id), &node.clause, 0), self.used);
        self.out.push_str(&format!("\n# 方針の {} 行目\n", node.line));
        self.out.push_str("[[section]]\n");
        self.out.push_str(&format!("clause = {}\n", toml_str(&node.clause)));
        self.out.push_str(&format!("title = {title}\n"));
        self.out.push_str(&format!("summary = {}\n", todo("この条項が求めることを自分の言葉で要約する")));
        self.out.push_str("\n[[section.item]]\n");
        self.out.push_str(&format!("id = {}\n", toml_str(&item_id)));
        self.out.push_str(&format!("text = {}\n", todo("課が実施しているかを問う具体的な質問を書く")));
        self.out.push_str(&format!("evidence_hint = {}\n", todo("確認資料の例（規程、記録、設定画面など）")));
    }
}

/// A TOML string literal with whatever escaping the text needs.
pub(crate) fn toml_str(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

/// Text for a `#` comment: line breaks would end the comment early.
pub(crate) fn one_line(s: &str) -> String {
    s.replace(['\r', '\n'], " ")
}

/// An id in the alphabet the parser accepts (a–z, 0–9, `-`, not starting
/// with `-`); other characters become `-`, and nothing left gives `checklist`.
pub(crate) fn normalize_id(id: &str) -> String {
    let mut out = String::new();
    for c in id.trim().chars().map(half_width) {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() { "checklist".to_owned() } else { out.to_owned() }
}

/// The numbers in a clause, in order: `6.(3)①` → 6, 3, 1; `第1条の2` → 1, 2.
/// Item ids are built from them because ids must be ASCII.
pub(crate) fn clause_numbers(clause: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut current: Option<u32> = None;
    for c in clause.chars() {
        if let Some(d) = digit_value(c) {
            current = Some(current.unwrap_or(0).saturating_mul(10).saturating_add(d));
            continue;
        }
        if let Some(n) = current.take() {
            out.push(n);
        }
        if let Some(n) = circled_value(c) {
            out.push(n);
        }
    }
    out.extend(current);
    out
}

/// `<prefix>-<clause numbers>` (either part may be absent); `fallback` names
/// the section by position when the clause has no numbers at all.
pub(crate) fn item_id_base(prefix: Option<&str>, clause: &str, fallback: usize) -> String {
    let numbers = clause_numbers(clause);
    let tail = if numbers.is_empty() {
        format!("s{fallback}")
    } else {
        numbers.iter().map(u32::to_string).collect::<Vec<_>>().join("-")
    };
    match prefix {
        Some(p) if !p.is_empty() => format!("{p}-{tail}"),
        _ => tail,
    }
}

/// `a`, `b`, …, `z`, `aa`, `ab`, …: the letter of the n-th item of a section.
pub(crate) fn letters(mut n: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(char::from(b'a' + (n % 26) as u8));
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    out.iter().rev().collect()
}

/// The first `<base>-<letter>` not yet in `used`, which it then joins.
pub(crate) fn fresh_id(base: &str, used: &mut HashSet<String>) -> String {
    let mut n = 0;
    loop {
        let candidate = format!("{base}-{}", letters(n));
        if used.insert(candidate.clone()) {
            return candidate;
        }
        n += 1;
    }
}

fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn circled_value(c: char) -> Option<u32> {
    let u = c as u32;
    match u {
        0x2460..=0x2473 => Some(u - 0x2460 + 1),
        0x3251..=0x325F => Some(u - 0x3251 + 21),
        0x32B1..=0x32BF => Some(u - 0x32B1 + 36),
        _ => None,
    }
}

/// Full-width ASCII (`ＬＧＷＡＮ`, `１`, `（`) to half-width; other characters unchanged.
pub(crate) fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// A number of at most four digits at the start of `s`, and what follows it.
fn leading_number(s: &str) -> Option<(u32, &str)> {
    let mut n = 0u32;
    let mut bytes = 0;
    let mut count = 0;
    for c in s.chars() {
        let Some(d) = digit_value(c) else { break };
        count += 1;
        if count > 4 {
            return None;
        }
        n = n * 10 + d;
        bytes += c.len_utf8();
    }
    if count == 0 {
        return None;
    }
    let (_, rest) = s.split_at(bytes);
    Some((n, rest))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    Dot,
    WideSpace,
    Space,
}

/// A clause marker at the start of a line, as written; the sequence decides
/// later whether it really is a clause.
#[derive(Debug)]
enum Marker<'a> {
    Article { n: u32, branch: u32, rest: &'a str },
    Paragraph { n: u32, rest: &'a str },
    Number { n: u32, sep: Sep, rest: &'a str },
    Paren { n: u32, rest: &'a str },
    Circle { n: u32, mark: char, rest: &'a str },
}

impl Marker<'_> {
    fn rest(&self) -> &str {
        match self {
            Marker::Article { rest, .. }
            | Marker::Paragraph { rest, .. }
            | Marker::Number { rest, .. }
            | Marker::Paren { rest, .. }
            | Marker::Circle { rest, .. } => rest,
        }
    }
}

fn classify(s: &str) -> Option<Marker<'_>> {
    let mut chars = s.chars();
    let first = chars.next()?;
    if let Some(n) = circled_value(first) {
        return Some(Marker::Circle { n, mark: first, rest: chars.as_str() });
    }
    if first == '(' || first == '（' {
        let (n, rest) = leading_number(chars.as_str())?;
        let rest = rest.strip_prefix(')').or_else(|| rest.strip_prefix('）'))?;
        return Some(Marker::Paren { n, rest });
    }
    if first == '第' {
        let (n, rest) = leading_number(chars.as_str())?;
        if let Some(rest) = rest.strip_prefix('条') {
            if let Some(after) = rest.strip_prefix('の')
                && let Some((branch, rest)) = leading_number(after)
            {
                return Some(Marker::Article { n, branch, rest });
            }
            return Some(Marker::Article { n, branch: 0, rest });
        }
        return rest.strip_prefix('項').map(|rest| Marker::Paragraph { n, rest });
    }
    let (n, rest) = leading_number(s)?;
    let mut after = rest.chars();
    let sep = match after.next()? {
        '.' | '．' => Sep::Dot,
        '　' => Sep::WideSpace,
        ' ' => Sep::Space,
        _ => return None,
    };
    let rest = after.as_str();
    if sep == Sep::Dot && rest.starts_with(|c| digit_value(c).is_some()) {
        // `1.5倍`, `2.3.1`: a number, not a clause.
        return None;
    }
    Some(Marker::Number { n, sep, rest })
}

/// Words that, right after a marker, show it is a reference (`(8)の業務委託`).
const PARTICLES: &[&str] = &["の", "に", "を", "が", "へ", "で", "から", "まで", "及び", "又は", "並びに", "若しくは"];

/// A caption line such as `（目的）`, which titles the article below it.
fn caption_of(line: &str) -> Option<&str> {
    let inner = line.strip_prefix(['（', '(']).and_then(|l| l.strip_suffix(['）', ')']))?;
    let inner = inner.trim();
    let plain = !inner.is_empty()
        && inner.chars().count() <= SHORT
        && !inner.contains(['（', '(', '）', ')', '、', '。'])
        && !inner.chars().all(|c| digit_value(c).is_some());
    plain.then_some(inner)
}

const TOP: usize = 0;
const PARA: usize = 1;
const PAREN: usize = 2;
const CIRCLE: usize = 3;
const LEVELS: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Dotted,
    Articles,
}

#[derive(Debug, Clone)]
struct Open {
    number: (u32, u32),
    clause: String,
    index: usize,
}

#[derive(Debug, Default)]
struct Scanner {
    flat: Vec<(ClauseNode, Option<usize>)>,
    open: [Option<Open>; LEVELS],
    style: Option<Style>,
}

impl Scanner {
    fn line(&mut self, line_no: usize, line: &str, caption: Option<&str>) {
        let Some(marker) = classify(line) else { return };
        if PARTICLES.iter().any(|p| marker.rest().starts_with(p)) {
            return;
        }
        match marker {
            Marker::Article { n, branch, rest } => {
                if self.style == Some(Style::Dotted) {
                    return;
                }
                let heading = article_heading(rest, caption);
                if !self.top_allowed((n, branch), &heading) {
                    return;
                }
                self.style = Some(Style::Articles);
                let clause = if branch == 0 { format!("第{n}条") } else { format!("第{n}条の{branch}") };
                self.accept(TOP, (n, branch), clause, heading, line_no);
            }
            Marker::Paragraph { n, rest } => self.paragraph(n, rest, line_no),
            Marker::Number { n, sep, rest } => {
                if self.style == Some(Style::Articles) {
                    self.paragraph(n, rest, line_no);
                } else if sep != Sep::Space {
                    // A half-width space after a bare number is how wrapped
                    // lines such as `25 年法律第 27 号` begin; not a clause.
                    let heading = heading_of(rest);
                    if self.top_allowed((n, 0), &heading) {
                        self.style = Some(Style::Dotted);
                        self.accept(TOP, (n, 0), n.to_string(), heading, line_no);
                    }
                }
            }
            Marker::Paren { n, rest } => {
                if !self.expects(PAREN, (n, 0)) {
                    return;
                }
                let clause = match self.parent(PAREN) {
                    None => format!("({n})"),
                    Some((level, p)) if level == TOP && self.style == Some(Style::Dotted) => format!("{p}.({n})"),
                    Some((_, p)) => format!("{p}({n})"),
                };
                self.accept(PAREN, (n, 0), clause, heading_of(rest), line_no);
            }
            Marker::Circle { n, mark, rest } => {
                if !self.expects(CIRCLE, (n, 0)) {
                    return;
                }
                let clause = match self.parent(CIRCLE) {
                    None => mark.to_string(),
                    Some((_, p)) => format!("{p}{mark}"),
                };
                self.accept(CIRCLE, (n, 0), clause, heading_of(rest), line_no);
            }
        }
    }

    /// `第2項` or a bare `２ ` inside an article.
    fn paragraph(&mut self, n: u32, rest: &str, line_no: usize) {
        if self.style != Some(Style::Articles) || !self.expects(PARA, (n, 0)) {
            return;
        }
        let Some(top) = self.open[TOP].as_ref() else { return };
        let clause = format!("{}第{n}項", top.clause);
        self.accept(PARA, (n, 0), clause, heading_of(rest), line_no);
    }

    /// Whether a top-level marker is the next one; restarting at 1 with the
    /// same first heading means the clauses so far were a table of contents.
    fn top_allowed(&mut self, number: (u32, u32), heading: &str) -> bool {
        let restart = number == (1, 0)
            && self.open[TOP].is_some()
            && !heading.is_empty()
            && self.flat.first().is_some_and(|(first, _)| first.heading == heading);
        if restart {
            *self = Scanner::default();
        }
        self.expects(TOP, number)
    }

    fn expects(&self, level: usize, (n, branch): (u32, u32)) -> bool {
        match &self.open[level] {
            None => (n, branch) == (1, 0) || (level == PARA && (n, branch) == (2, 0)),
            Some(last) => {
                let (ln, lb) = last.number;
                (n, branch) == (ln + 1, 0) || (level == TOP && branch > 0 && (n, branch) == (ln, lb.max(1) + 1))
            }
        }
    }

    /// The innermost open clause above `level`, with its level.
    fn parent(&self, level: usize) -> Option<(usize, String)> {
        (0..level).rev().find_map(|l| self.open[l].as_ref().map(|o| (l, o.clause.clone())))
    }

    fn accept(&mut self, level: usize, number: (u32, u32), clause: String, heading: String, line: usize) {
        let parent = (0..level).rev().find_map(|l| self.open[l].as_ref().map(|o| o.index));
        let index = self.flat.len();
        self.flat.push((ClauseNode { clause: clause.clone(), heading, line, children: Vec::new() }, parent));
        self.open[level] = Some(Open { number, clause, index });
        for deeper in self.open.iter_mut().skip(level + 1) {
            *deeper = None;
        }
    }

    fn finish(self) -> Vec<ClauseNode> {
        // Children always come after their parent, so walking backwards
        // finishes every node before it is moved into its parent.
        let (mut nodes, parents): (Vec<ClauseNode>, Vec<Option<usize>>) = self.flat.into_iter().unzip();
        let mut roots = Vec::new();
        for i in (0..nodes.len()).rev() {
            let node = std::mem::take(&mut nodes[i]);
            match parents[i] {
                Some(p) => nodes[p].children.insert(0, node),
                None => roots.insert(0, node),
            }
        }
        roots
    }
}

/// Headings longer than this are not titles but sentences.
const SHORT: usize = 30;
/// Where an over-long heading is cut.
const CUT: usize = 20;

const OPENERS: &[char] = &['（', '(', '「', '『', '【', '［', '['];
const CLOSERS: &[char] = &['）', ')', '」', '』', '】', '］', ']'];

/// An article's title: its caption `（目的）`, inline or on the line before;
/// the text after `第1条` is otherwise the article's body, not a title.
fn article_heading(rest: &str, caption: Option<&str>) -> String {
    let rest = rest.trim();
    if let Some(inline) = rest.split_inclusive(['）', ')']).next().and_then(caption_of) {
        return normalize_heading(inline);
    }
    if let Some(c) = caption {
        return normalize_heading(c);
    }
    if rest.chars().count() <= SHORT && separator(rest, false).is_none() {
        return normalize_heading(rest);
    }
    String::new()
}

/// The heading a clause line carries; see [`clause_tree`] for the rules.
fn heading_of(rest: &str) -> String {
    let t = rest.trim();
    if t.is_empty() {
        return String::new();
    }
    let mut h = if t.chars().count() <= SHORT && separator(t, false).is_none() {
        t.to_owned()
    } else {
        let end = separator(t, true).unwrap_or(t.len());
        t.split_at(end).0.trim().to_owned()
    };
    if let Some((start, closed)) = trailing_group(&h) {
        let note = h.split_at(start).1.chars().skip(1).collect::<String>();
        let too_long = h.chars().count() > SHORT;
        if start > 0 && (too_long || !closed || note.starts_with("以下")) {
            h = h.split_at(start).0.trim_end().to_owned();
        }
    }
    if h.chars().count() > SHORT {
        h = truncate(&h);
    }
    normalize_heading(&h)
}

/// Byte offset of the first separator outside brackets: 「、」「。」「，」, and
/// with `spaces` also a space (not one right after a Latin letter or digit:
/// `LGWAN 接続系` is PDF spacing between scripts, not a break).
fn separator(t: &str, spaces: bool) -> Option<usize> {
    let mut depth = 0usize;
    let mut prev: Option<char> = None;
    for (i, c) in t.char_indices() {
        if OPENERS.contains(&c) {
            depth += 1;
        } else if CLOSERS.contains(&c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 {
            let punct = matches!(c, '、' | '。' | '，' | ',');
            let space =
                spaces && (c == '　' || (c == ' ' && !prev.is_some_and(|p| half_width(p).is_ascii_alphanumeric())));
            if punct || space {
                return Some(i);
            }
        }
        prev = Some(c);
    }
    None
}

/// Where the last bracket group at the end of `h` starts, and whether it is
/// closed: `情報資産（情報` → the unclosed `（`; `事象（以下…）` → the `（`.
fn trailing_group(h: &str) -> Option<(usize, bool)> {
    let mut stack: Vec<usize> = Vec::new();
    let mut last_outer: Option<usize> = None;
    for (i, c) in h.char_indices() {
        if OPENERS.contains(&c) {
            if stack.is_empty() {
                last_outer = Some(i);
            }
            stack.push(i);
        } else if CLOSERS.contains(&c) {
            stack.pop();
        }
    }
    if let Some(&outer) = stack.first() {
        return Some((outer, false));
    }
    let ends_closed = h.chars().next_back().is_some_and(|c| CLOSERS.contains(&c));
    last_outer.filter(|_| ends_closed).map(|start| (start, true))
}

/// The first [`CUT`] characters, never ending inside an opened bracket, with `…`.
fn truncate(h: &str) -> String {
    let cut: String = h.chars().take(CUT).collect();
    let cut = match trailing_group(&cut) {
        Some((start, false)) if start > 0 => cut.split_at(start).0.trim_end().to_owned(),
        _ => cut,
    };
    format!("{cut}…")
}

/// Spaces removed (except between Latin words) and full-width Latin letters
/// and digits made half-width: `目 的` → `目的`, `ＬＧＷＡＮ` → `LGWAN`.
fn normalize_heading(h: &str) -> String {
    let chars: Vec<char> = h.trim().chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' || c == '　' {
            let latin = |o: Option<&char>| o.is_some_and(|&x| half_width(x).is_ascii_alphanumeric());
            let before = i.checked_sub(1).and_then(|j| chars.get(j));
            if latin(before) && latin(chars.get(i + 1)) && !out.ends_with(' ') {
                out.push(' ');
            }
            continue;
        }
        let h = half_width(c);
        out.push(if h.is_ascii_alphanumeric() { h } else { c });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::{QuestionnaireErrorKind, parse_questionnaire};

    fn numbered(parent: &str, dotted: bool, n: u32) -> Vec<String> {
        (1..=n).map(|i| if dotted { format!("{parent}.({i})") } else { format!("{parent}({i})") }).collect()
    }

    fn list(parts: &[&[String]]) -> Vec<String> {
        parts.iter().flat_map(|p| p.iter().cloned()).collect()
    }

    fn s(items: &[&str]) -> Vec<String> {
        items.iter().map(|x| (*x).to_owned()).collect()
    }

    fn find<'a>(tree: &'a [ClauseNode], clause: &str) -> &'a ClauseNode {
        fn walk<'a>(nodes: &'a [ClauseNode], clause: &str) -> Option<&'a ClauseNode> {
            nodes.iter().find_map(|n| if n.clause == clause { Some(n) } else { walk(&n.children, clause) })
        }
        walk(tree, clause).unwrap_or_else(|| panic!("clause {clause} not found"))
    }

    const DOTTED: &str = "\u{3000}見本区情報セキュリティ基本方針

 １．目 的 

  本区は、区民の情報を守るため、この方針を定める。

2. 対象範囲

(1) 行政機関の範囲

区長部局及び教育委員会とする。なお、行政手続における番号の利用等に関する法律（平成

25 年法律第 27 号）に基づく事務を含む。

（２）情報資産の範囲 

「（１）行政機関の範囲」に定める機関が扱う次の情報資産とする。

(4)の規定により準用する場合を除く。

（３） 文書 

①ネットワーク

② 情報システム

1.5倍の予備を持つ。

③ 文書（これらを印刷したものを含む。）

３．対策

（１）組織体制

(2) 人的対策 職員等が遵守すべき事項を定めるとともに、教育を行う。
(10) 番号の飛んだ行
3. 重複した番号
④ 親のない丸数字
４　見直し
  情報セキュリティポリシーを見直す。
";

    #[test]
    fn dotted_policy_with_mixed_widths_spaces_and_wrapped_lines() {
        let tree = clause_tree(DOTTED);
        assert_eq!(
            clause_list(&tree),
            s(&["1", "2", "2.(1)", "2.(2)", "2.(3)", "2.(3)①", "2.(3)②", "2.(3)③", "3", "3.(1)", "3.(2)", "4"])
        );
        assert_eq!(find(&tree, "1").heading, "目的");
        assert_eq!(find(&tree, "1").line, 3);
        assert_eq!(find(&tree, "2").heading, "対象範囲");
        assert_eq!(find(&tree, "2.(2)").heading, "情報資産の範囲");
        assert_eq!(find(&tree, "2.(3)").heading, "文書");
        assert_eq!(find(&tree, "2.(3)②").heading, "情報システム");
        assert_eq!(find(&tree, "2.(3)③").heading, "文書（これらを印刷したものを含む。）");
        assert_eq!(find(&tree, "3.(2)").heading, "人的対策");
        assert_eq!(find(&tree, "4").heading, "見直し");
        assert_eq!(find(&tree, "2").children.len(), 3);
        assert_eq!(find(&tree, "2.(3)").children.len(), 3);
    }

    const ARTICLES: &str = "情報セキュリティ基本方針

第１章　総則

（目的）
第１条　この方針は、市の情報資産を守るための基本的な事項を定める。

（定義）
第2条 この方針において、次の各号に掲げる用語の意義は、
それぞれ当該各号に定めるところによる。
(1) ネットワーク コンピュータを相互に接続する通信網をいう。
（２） 情報システム ハードウェア及びソフトウェアからなる仕組みをいう。
２　前項に定めるもののほか、必要な用語は別に定める。
第3条の規定により、
第３条（対策）　市は、次の対策を講ずる。
(1)物理的対策
①サーバ室の入退室管理
②端末の管理
(2)人的対策
第３条の２　市長は、毎年度、対策の実施状況を確認する。
第２章　見直し
（見直し）
第4条 市長は、必要に応じてこの方針を見直す。
第1項 この条の規定は、監査の結果にも適用する。
";

    #[test]
    fn article_policy_with_paragraphs_items_and_inserted_articles() {
        let tree = clause_tree(ARTICLES);
        assert_eq!(
            clause_list(&tree),
            s(&[
                "第1条",
                "第2条",
                "第2条(1)",
                "第2条(2)",
                "第2条第2項",
                "第3条",
                "第3条(1)",
                "第3条(1)①",
                "第3条(1)②",
                "第3条(2)",
                "第3条の2",
                "第4条",
                "第4条第1項",
            ])
        );
        assert_eq!(find(&tree, "第1条").heading, "目的");
        assert_eq!(find(&tree, "第2条").heading, "定義");
        assert_eq!(find(&tree, "第2条(2)").heading, "情報システム");
        assert_eq!(find(&tree, "第3条").heading, "対策");
        assert_eq!(find(&tree, "第3条の2").heading, "");
        assert_eq!(find(&tree, "第4条").heading, "見直し");
        assert_eq!(find(&tree, "第1条").line, 6);
    }

    #[test]
    fn a_table_of_contents_is_dropped_when_the_numbering_restarts() {
        let text = "目次\n1. 目的\n2. 範囲\n\n1. 目的\n本文。\n2. 範囲\n(1) 行政機関\n";
        let tree = clause_tree(text);
        assert_eq!(clause_list(&tree), s(&["1", "2", "2.(1)"]));
        assert_eq!(tree[0].line, 5);
    }

    #[test]
    fn headings_are_cut_to_titles_not_sentences() {
        assert_eq!(heading_of(" 目 的 "), "目的");
        assert_eq!(heading_of("LGWAN 接続系"), "LGWAN接続系");
        assert_eq!(heading_of("完全性 情報資産の正確さ及び完全さを保護する特性又はその程度を"), "完全性");
        assert_eq!(heading_of("ＬＧＷＡＮ接続系の情報システム 業務用システムをいう。"), "LGWAN接続系の情報システム");
        assert_eq!(
            heading_of("LGWAN 接続系においては、LGWAN と接続する業務用システムと、インターネット"),
            "LGWAN接続系においては"
        );
        assert_eq!(heading_of("外部サービス（クラウドサービス、以下「クラウドサービス」という。） "), "外部サービス");
        assert_eq!(
            heading_of("サイバーセキュリティ事象（以下「イベント」という。） 以下の「３"),
            "サイバーセキュリティ事象"
        );
        assert_eq!(
            heading_of("江戸川区学校教育情報管理安全対策要綱の適用を受ける情報資産（情報"),
            "江戸川区学校教育情報管理安全対策要綱の適用を受ける情報資産"
        );
        assert_eq!(
            heading_of("業務委託と外部サービス（クラウドサービス）の利用におけるセキュリティ対策"),
            "業務委託と外部サービス…"
        );
        let cut = heading_of("大規模・広範囲にわたる疾病による要員不足に伴うシステム運用の機能不全等");
        assert_eq!(cut.chars().count(), CUT + 1);
        assert!(cut.ends_with('…'));
        assert_eq!(
            heading_of("マイナンバー利用事務系(個人番号利用事務系)"),
            "マイナンバー利用事務系(個人番号利用事務系)"
        );
    }

    #[test]
    fn ids_numbers_and_letters() {
        assert_eq!(clause_numbers("6.(3)①"), vec![6, 3, 1]);
        assert_eq!(clause_numbers("第１０条の2第3項(12)⑳"), vec![10, 2, 3, 12, 20]);
        assert_eq!(letters(0), "a");
        assert_eq!(letters(25), "z");
        assert_eq!(letters(26), "aa");
        assert_eq!(letters(27), "ab");
        assert_eq!(normalize_id(" Toshima Ku "), "toshima-ku");
        assert_eq!(normalize_id("豊島区"), "checklist");
        assert_eq!(item_id_base(Some("x"), "6.(3)①", 0), "x-6-3-1");
        let mut used = HashSet::new();
        assert_eq!(fresh_id("x-2-2", &mut used), "x-2-2-a");
        assert_eq!(fresh_id("x-2-2", &mut used), "x-2-2-b");
    }

    /// Every error must be a placeholder; then filling them in must validate.
    fn assert_scaffold_is_only_placeholders(toml_text: &str, leaves: usize) {
        let doc: toml::Table = toml::from_str(toml_text).expect("the scaffold is TOML");
        assert!(doc.contains_key("questionnaire"));
        let errors = parse_questionnaire(toml_text).expect_err("placeholders must be refused");
        assert!(!errors.is_empty());
        for e in &errors {
            assert!(matches!(e.kind, QuestionnaireErrorKind::Placeholder { .. }), "unexpected {e:?}");
        }
        let filled = toml_text.replace(&format!("\"{PLACEHOLDER_PREFIX}: "), "\"");
        let q = parse_questionnaire(&filled).unwrap_or_else(|e| panic!("filled scaffold refused: {e:?}"));
        assert_eq!(q.sections.len(), leaves);
        assert_eq!(q.item_count(), leaves);
    }

    #[test]
    fn scaffold_of_both_styles_validates_once_filled() {
        let dotted = scaffold_toml(DOTTED, "mihon");
        assert!(dotted.contains("clause = \"2.(3)①\""));
        assert!(dotted.contains("id = \"mihon-2-3-1-a\""));
        assert!(dotted.contains("title = \"目的\""));
        assert_scaffold_is_only_placeholders(&dotted, 9);

        let articles = scaffold_toml(ARTICLES, "Mihon City");
        assert!(articles.contains("id = \"mihon-city-2-2-a\""));
        assert!(articles.contains("id = \"mihon-city-2-2-b\""), "第2条第2項 must not reuse 第2条(2)'s id");
        assert!(articles.contains("title = \"TODO: 見出し\""));
        assert_scaffold_is_only_placeholders(&articles, 9);

        let empty = scaffold_toml("方針\n本文のみ。\n", "x");
        assert!(toml::from_str::<toml::Table>(&empty).is_ok());
    }

    fn seed(name: &str) -> Option<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../../shared/seeds");
        if !dir.is_dir() {
            eprintln!("{} is absent; seed test skipped", dir.display());
            return None;
        }
        Some(std::fs::read_to_string(dir.join(name)).expect("seed readable"))
    }

    #[test]
    fn toshima_seed_has_exactly_its_clauses() {
        let Some(text) = seed("000_d73f66296609ae63.txt") else { return };
        let tree = clause_tree(&text);
        let expected = list(&[
            &s(&["1", "2"]),
            &numbered("2", true, 16),
            &s(&["3"]),
            &numbered("3", true, 5),
            &s(&["4", "4.(1)", "4.(2)", "4.(2)①", "4.(2)②", "4.(2)③", "5", "6", "6.(1)", "6.(2)", "6.(3)"]),
            &s(&["6.(3)①", "6.(3)②", "6.(3)③", "6.(4)", "6.(5)", "6.(6)", "6.(7)", "6.(8)", "6.(9)"]),
            &s(&["7", "8", "9", "10", "11", "12"]),
        ]);
        assert_eq!(clause_list(&tree), expected);
        assert_eq!(find(&tree, "1").heading, "目的");
        assert_eq!(find(&tree, "2.(13)").heading, "職員");
        assert_eq!(find(&tree, "2.(14)").heading, "教職員");
        assert_eq!(find(&tree, "6.(1)").heading, "情報セキュリティ管理体制");
        assert_eq!(find(&tree, "6.(3)").heading, "情報システム全体の強靭性の向上");
        assert_eq!(find(&tree, "6.(3)②").heading, "LGWAN接続系においては");
        assert_eq!(find(&tree, "10").heading, "情報セキュリティ実施手順の策定");
        let parents = ["2", "3", "4", "4.(2)", "6", "6.(3)"];
        for p in parents {
            assert!(!find(&tree, p).children.is_empty());
        }
        assert_scaffold_is_only_placeholders(&scaffold_toml(&text, "toshima"), expected.len() - parents.len());
    }

    #[test]
    fn edogawa_seed_has_exactly_its_clauses() {
        let Some(text) = seed("003_033b498d9c109fc0.txt") else { return };
        let tree = clause_tree(&text);
        let expected = list(&[
            &s(&["1", "2"]),
            &numbered("2", true, 18),
            &s(&["3"]),
            &numbered("3", true, 5),
            &s(&["4", "4.(1)", "4.(2)", "4.(2)①", "4.(2)②", "4.(2)③", "4.(2)④", "5", "6", "7"]),
            &numbered("7", true, 8),
            &s(&["8", "9", "10", "11", "12"]),
        ]);
        assert_eq!(clause_list(&tree), expected);
        assert_eq!(find(&tree, "2.(3)").heading, "サイバーセキュリティ");
        assert_eq!(find(&tree, "2.(9)").heading, "マイナンバー利用事務（個人番号利用事務）系の情報システム");
        assert_eq!(find(&tree, "2.(15)").heading, "外部サービス");
        assert_eq!(find(&tree, "7.(3)").heading, "情報システム全体の強じん性の向上");
        assert_eq!(find(&tree, "10").heading, "サイバーセキュリティポリシーの見直し");
        assert_eq!(find(&tree, "10").line, 288);
        let parents = ["2", "3", "4", "4.(2)", "7"];
        for p in parents {
            assert!(!find(&tree, p).children.is_empty());
        }
        assert_scaffold_is_only_placeholders(&scaffold_toml(&text, "edogawa"), expected.len() - parents.len());
    }
}
