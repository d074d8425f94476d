//! A starting checklist from a policy text (`tenken questionnaire scaffold`).
//!
//! Any municipality (市・町・村・区) that wants its own checklist has its
//! basic policy, usually as text copied out of a web page or a PDF:
//! full-width and half-width digits mixed, stray spaces, a blank line between
//! every line, sentences wrapped wherever the page ended, a number alone on a
//! line with its heading on the next. What survives that reliably is the
//! clause numbering, so this module finds the numbering and writes a TOML
//! with one section per clause whose every text is a `TODO` placeholder. The
//! placeholders keep the file from validating until a person has written the
//! summaries and questions in their own words.
//!
//! - `markers.rs` — the clause styles: what a numbered line looks like;
//! - `scanner.rs` — the sequence: which of them are clauses, and where;
//! - `heading.rs` — a clause's title cut out of its line;
//! - this file — the tree, the TOML written from it, and the ids.
//!
//! A line is a clause only if its marker is at the start of the line AND it
//! is the number the sequence expects next: top-level numbers go up by one,
//! `(n)` restarts at `(1)` under each new clause above it, `①` restarts under
//! each `(n)`. That is what tells `２５ 年法律第 27 号…` (a wrapped line) or
//! `「（14）教職員」` (a reference) apart from a real clause. A numbered line
//! that fits nowhere is listed ([`Clauses::unplaced`]) so a person can look.

mod heading;
mod markers;
mod scanner;
#[cfg(test)]
mod tests;

use std::collections::HashSet;

use crate::questionnaire::PLACEHOLDER_PREFIX;

/// One clause found in a policy text, with the clauses numbered under it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClauseNode {
    /// The clause in the notation the checklists use: `6`, `6.(3)`, `6.(3)①`, `6.1`,
    /// `第1条`, `第1条の2`, `第1条第2項`, `第1条(1)`, `第1条第2項(1)①`,
    /// `第3`, `第3の1`, `第3の1(2)`, `第3の1(2)ア`.
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

impl ClauseNode {
    /// Whether the clause defines terms (定義, 用語の意義 …): a section
    /// usually has nothing to inspect there, so the scaffold says so.
    pub fn is_definition(&self) -> bool {
        DEFINITION_WORDS.iter().any(|w| self.heading.contains(w))
    }
}

/// Headings of clauses that define terms.
const DEFINITION_WORDS: &[&str] = &["定義", "用語"];

/// A line that starts like a clause but is not the number the sequence
/// expected (a skipped or repeated number, a list without its first item).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unplaced {
    /// 1-based line of the policy text.
    pub line: usize,
    /// The line as written (trimmed, on one line).
    pub text: String,
}

/// What [`read_policy`] found: the clause tree, and the numbered lines it
/// could not place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clauses {
    pub tree: Vec<ClauseNode>,
    pub unplaced: Vec<Unplaced>,
}

/// Finds the clause structure of a policy text, and the numbered lines that
/// fit nowhere in it.
///
/// Three numbering styles are recognised; the first top-level marker decides
/// which one a text uses, and the other top levels are ignored from then on:
///
/// * dotted: `1．` / `1.` / `１　` / `1 目的` / `1` alone on its line (top),
///   `1.1` (under it, clause `1.1`), `(1)` / `（１）` (clause `1.(1)` or
///   `1.1(1)`), `①`–`㊿` (clause `1.(1)①`);
/// * articles: `第1条` (top; `第1条の2` for an inserted article), `第2項` or a
///   bare `２ ` at the start of a line (a paragraph, clause `第1条第2項`),
///   `(1)` (clause `第1条(1)`, or `第1条第2項(1)` under a paragraph), `①`;
/// * 要綱 style: `第1` without 条 (top, clause `第1`), `1` / `１　` (clause
///   `第1の1`), `(1)` (clause `第1の1(1)`), `ア` / `(ア)` (`第1の1(1)ア`).
///
/// Katakana (`ア　`, `(ア)`) and circled numbers (`①`) may appear in any
/// style, under whatever clause is above them where they first appear.
/// Chapters (`第1章`) and kanji item numbers (`一`) are not clauses. `(n)`
/// or `①` with nothing numbered above them become top-level clauses `(1)` /
/// `①`. A marker directly followed by a particle (`(8)の…`,
/// `第3条の規定により`) is a reference, not a clause. When the numbering
/// restarts at 1 with the same first heading, what came before was a table of
/// contents and is dropped.
///
/// Heading: the text after the marker when it is short (30 characters or
/// fewer, no 「、」「。」), spaces removed (`目 的` → `目的`); otherwise the
/// words up to the first space, 「、」 or 「。」 outside brackets (a term being
/// defined: `完全性 情報資産の…` → `完全性`); a trailing `（以下…）` note is
/// dropped, and what is still longer than 30 characters is cut at 20 with
/// `…`. An article's or a `第1`'s heading is its caption, `（目的）`, on the
/// line before or right after the number. A marker alone on its line takes
/// the next line as its heading when that line is short and not a sentence,
/// as text copied out of a PDF comes; a bare number alone without such a
/// line is a page number and is skipped.
pub fn read_policy(policy_text: &str) -> Clauses {
    let lines: Vec<(usize, &str)> = policy_text
        .lines()
        .enumerate()
        .map(|(i, raw)| (i + 1, raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    let mut scanner = scanner::Scanner::default();
    for (k, &(line_no, line)) in lines.iter().enumerate() {
        let caption = k.checked_sub(1).and_then(|j| lines.get(j)).and_then(|(_, l)| markers::caption_of(l));
        let next = lines.get(k + 1).map(|(_, l)| *l);
        scanner.line(line_no, line, caption, next);
    }
    let (tree, unplaced) = scanner.finish();
    Clauses { tree, unplaced }
}

/// The clause tree of a policy text (see [`read_policy`]).
pub fn clause_tree(policy_text: &str) -> Vec<ClauseNode> {
    read_policy(policy_text).tree
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

/// A starting checklist and what went into it, so the command can say
/// exactly what it wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scaffold {
    /// The TOML text.
    pub toml: String,
    /// Clauses found, parents included.
    pub clauses: usize,
    /// `[[section]]`s written: one per clause with no clause under it.
    pub sections: usize,
    /// Clauses with clauses under them, written as comments only.
    pub parents: usize,
    /// Clauses that define terms (see [`ClauseNode::is_definition`]), marked in the TOML.
    pub definitions: Vec<String>,
    /// Numbered lines that fit nowhere, listed in the TOML too.
    pub unplaced: Vec<Unplaced>,
}

/// The starting TOML for a policy: a `[questionnaire]` header and one
/// `[[section]]` with one `[[section.item]]` per leaf clause, every text a
/// `TODO` placeholder that `parse_questionnaire` refuses until it is written
/// (the policy's date too: it is written as text, which no date passes for).
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
pub fn scaffold(policy_text: &str, id: &str) -> Scaffold {
    let id = normalize_id(id);
    let Clauses { tree, unplaced } = read_policy(policy_text);
    let todo = |s: &str| toml_str(&format!("{PLACEHOLDER_PREFIX}: {s}"));

    let mut out = String::from(SCAFFOLD_INTRO);
    if !unplaced.is_empty() {
        out.push_str("#\n# 番号で始まるのに条項の並びに置けなかった行（番号の飛び・重複など）。方針と見比べ、\n");
        out.push_str("# 条項なら [[section]] を手で足してください:\n");
        for u in &unplaced {
            out.push_str(&format!("#   方針の {} 行目: {}\n", u.line, u.text));
        }
    }
    out.push_str("\n[questionnaire]\n");
    out.push_str(&format!("id = {}\n", toml_str(&id)));
    out.push_str(&format!("municipality = {}\n", todo("自治体名（例: ○○市、○○町、○○村、○○区）")));
    out.push_str(&format!("title = {}\n", todo("点検票の名称（例: ○○市 情報セキュリティ自己点検票）")));
    out.push_str(&format!("policy = {}\n", todo("方針の正式名称（例: ○○市情報セキュリティ基本方針）")));
    out.push_str("# 方針の施行日を 2025-04-01 の形で、引用符（\"）を付けずに書いてください。\n");
    out.push_str(&format!("policy_effective = {}\n", todo("施行日")));
    out.push_str("# 自治体のネットワークにある系だけを残してください（校務接続系があれば \"school\" を足す）。\n");
    out.push_str("tiers = [\"mynumber\", \"lgwan\", \"internet\"]\n");

    let mut write =
        Writer { out: &mut out, id: &id, used: HashSet::new(), sections: 0, parents: 0, definitions: Vec::new() };
    if tree.is_empty() {
        write.out.push_str(
            "\n# 条項番号（１． / (1) / ① / 第1条 / 第1 / ア）が見つかりませんでした。[[section]] を手で足してください。\n",
        );
    }
    for node in &tree {
        write.node(node, false);
    }
    let (sections, parents, definitions) = (write.sections, write.parents, write.definitions);
    Scaffold { clauses: clause_list(&tree).len(), toml: out, sections, parents, definitions, unplaced }
}

/// The TOML of [`scaffold`] alone.
pub fn scaffold_toml(policy_text: &str, id: &str) -> String {
    scaffold(policy_text, id).toml
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
# 4. 課が点検しない条項（用語の定義、自治体全体の定めなど）の節は削除してよい。
#    定義の条項には「定義の条項」と書き添えてあります。
#
# 系（tiers）: mynumber = マイナンバー利用事務系、lgwan = LGWAN接続系、
# internet = インターネット接続系、school = 校務接続系（日本語の名称でも書けます）。
# 項目に tiers = [\"lgwan\"] と書くとその系を運用する課だけが答え、
# priority = true と書くと重点項目になる。
";

struct Writer<'a> {
    out: &'a mut String,
    id: &'a str,
    used: HashSet<String>,
    sections: usize,
    parents: usize,
    definitions: Vec<String>,
}

impl Writer<'_> {
    /// One clause: a comment for a parent, a section for a leaf. `in_definition`:
    /// a clause above defines terms, so this one is a term.
    fn node(&mut self, node: &ClauseNode, in_definition: bool) {
        let definition = node.is_definition();
        if definition {
            self.definitions.push(node.clause.clone());
        }
        let note = match (definition, in_definition) {
            (true, _) => "。定義の条項: 課が点検する事項がなければ、下の節ごと削除してよい",
            (false, true) => "。定義の条項の用語",
            _ => "",
        };
        if !node.children.is_empty() {
            self.parents += 1;
            self.out.push_str(&format!(
                "\n# ── {} {}（方針の {} 行目。下の条項ごとに節を作りました{note}）\n",
                node.clause,
                one_line(&node.heading),
                node.line
            ));
            for child in &node.children {
                self.node(child, in_definition || definition);
            }
            return;
        }
        self.sections += 1;
        let todo = |s: &str| toml_str(&format!("{PLACEHOLDER_PREFIX}: {s}"));
        let title = if node.heading.is_empty() { todo("見出し") } else { toml_str(&node.heading) };
        let item_id = fresh_id(&item_id_base(Some(self.id), &node.clause, 0), &mut self.used);
        self.out.push_str(&format!("\n# 方針の {} 行目{note}\n", node.line));
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
        if let Some(n) = circled_value(c).or_else(|| kana_value(c)) {
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

/// The first `<base>-<letter>` not yet in `used`, which it then joins.
pub(crate) fn fresh_id(base: &str, used: &mut HashSet<String>) -> String {
    let mut n = 0;
    loop {
        let candidate = format!("{base}-{}", crate::text::letters(n));
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

/// Katakana item markers in the order 公用文 numbers them: ア=1, イ=2, …
const KANA: &str = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";

fn kana_value(c: char) -> Option<u32> {
    KANA.chars().position(|k| k == c).and_then(|i| u32::try_from(i + 1).ok())
}

/// Full-width ASCII (`ＬＧＷＡＮ`, `１`, `（`) to half-width; other characters unchanged.
pub(crate) fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}
