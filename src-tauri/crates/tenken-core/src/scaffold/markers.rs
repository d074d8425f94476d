//! The clause-style recognisers: what a numbered line looks like, one style
//! at a time. Whether a marker really is a clause is the sequence's decision
//! (`scanner.rs`); this file only reads the start of one line.

use super::{circled_value, digit_value, kana_value};

/// Headings longer than this are not titles but sentences.
pub(super) const SHORT: usize = 30;

/// How a clause marker is written, which decides where it may sit in the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// `第1条`, `第1条の2`: an article.
    Article,
    /// `第1`, `第２　定義` (no 条): the top level of a 要綱-style text.
    Dai,
    /// `1．`, `１　`, `1` alone, `第2項`: top level of a dotted text, a
    /// paragraph or numbered item under an article or a `第1`.
    Number,
    /// `1.1`, `２．３　`: a numbered sub-clause of the top-level `1．` of a
    /// dotted text, as reports and consultants' documents number them.
    Decimal,
    /// `(1)`, `（１）`.
    Paren,
    /// `ア　`, `イ．`: katakana items.
    Kana,
    /// `(ア)`, `（イ）`.
    ParenKana,
    /// `①`–`㊿`.
    Circle,
}

/// What follows a bare number: it tells a clause from a wrapped line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Sep {
    /// `1.` / `１．`
    Dot,
    /// `１　` (a full-width space)
    WideSpace,
    /// `1 ` (a half-width space: also how `25 年法律第 27 号` wraps)
    Space,
    /// Nothing: the number is alone on its line (text copied out of a PDF).
    Alone,
    /// `第2項`
    Paragraph,
    /// Any other marker (`(1)`, `ア`, `①`, `第1条`).
    Other,
}

/// A clause marker at the start of a line, as written.
#[derive(Debug, Clone)]
pub(super) struct Marker<'a> {
    pub kind: Kind,
    pub n: u32,
    /// `2` in `第1条の2`; for a [`Kind::Decimal`] `2.3`, the `2`; else 0.
    pub branch: u32,
    pub sep: Sep,
    /// The marker as the clause notation writes it, for the kinds appended
    /// to their parent as written: `ア`, `(ア)`, `①`.
    pub mark: String,
    /// The text after the marker.
    pub rest: &'a str,
}

impl<'a> Marker<'a> {
    fn new(kind: Kind, n: u32, sep: Sep, rest: &'a str) -> Self {
        Marker { kind, n, branch: 0, sep, mark: String::new(), rest }
    }
}

/// Words that, right after a marker, show it is a reference (`(8)の業務委託`).
const PARTICLES: &[&str] = &["の", "に", "を", "が", "へ", "で", "から", "まで", "及び", "又は", "並びに", "若しくは"];

impl Marker<'_> {
    /// `(8)の業務委託`, `第3条の規定により`: the marker is cited, not opened.
    pub fn is_reference(&self) -> bool {
        PARTICLES.iter().any(|p| self.rest.starts_with(p))
    }
}

/// A number of at most four digits at the start of `s`, and what follows it.
pub(super) fn leading_number(s: &str) -> Option<(u32, &str)> {
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

/// Reads the marker at the start of a trimmed line, if there is one.
pub(super) fn classify(s: &str) -> Option<Marker<'_>> {
    let mut chars = s.chars();
    let first = chars.next()?;
    if let Some(n) = circled_value(first) {
        return Some(Marker { mark: first.to_string(), ..Marker::new(Kind::Circle, n, Sep::Other, chars.as_str()) });
    }
    if first == '(' || first == '（' {
        return paren(chars.as_str());
    }
    if first == '第' {
        return dai(chars.as_str());
    }
    if let Some(n) = kana_value(first) {
        let rest = chars.as_str();
        let mut after = rest.chars();
        return match after.next() {
            None => Some(Marker { mark: first.to_string(), ..Marker::new(Kind::Kana, n, Sep::Alone, rest) }),
            // `ア ク セ ス`: a word spaced out by a PDF, not a marker.
            Some(' ') if spaced_out(after.as_str()) => None,
            Some('　' | ' ' | '．' | '.') => {
                Some(Marker { mark: first.to_string(), ..Marker::new(Kind::Kana, n, Sep::Other, after.as_str()) })
            }
            // `アクセス制御…`: a word, not a marker.
            _ => None,
        };
    }
    let (n, rest) = leading_number(s)?;
    let mut after = rest.chars();
    let sep = match after.next() {
        None => Sep::Alone,
        Some('.' | '．') => Sep::Dot,
        Some('　') => Sep::WideSpace,
        Some(' ' | '\t') => Sep::Space,
        Some(_) => return None,
    };
    let rest = after.as_str();
    if sep == Sep::Dot && rest.starts_with(|c| digit_value(c).is_some()) {
        return decimal(n, rest);
    }
    Some(Marker::new(Kind::Number, n, sep, rest))
}

/// After `2.`: `2.3` followed by a space, a dot and a title, or nothing, is
/// a sub-clause; `1.5倍` and `2.3.1` are numbers.
fn decimal(within: u32, s: &str) -> Option<Marker<'_>> {
    let (n, rest) = leading_number(s)?;
    let mut after = rest.chars();
    let (sep, rest) = match after.next() {
        None => (Sep::Alone, rest),
        Some('　' | ' ' | '\t') => (Sep::Other, after.as_str()),
        Some('.' | '．') if !after.as_str().starts_with(|c| digit_value(c).is_some()) => (Sep::Other, after.as_str()),
        _ => return None,
    };
    Some(Marker { branch: within, ..Marker::new(Kind::Decimal, n, sep, rest) })
}

/// Whether text starts with a katakana letter and then a space, as a word
/// whose letters a PDF spaced out does (`ク セ ス`).
fn spaced_out(rest: &str) -> bool {
    let mut chars = rest.chars();
    let katakana = chars.next().is_some_and(|c| ('\u{30A1}'..='\u{30FA}').contains(&c) || c == 'ー');
    katakana && chars.next().is_some_and(|c| c == ' ' || c == '　')
}

/// After an opening bracket: `(1)` or `(ア)`.
fn paren(s: &str) -> Option<Marker<'_>> {
    if let Some((n, rest)) = leading_number(s) {
        let rest = rest.strip_prefix(')').or_else(|| rest.strip_prefix('）'))?;
        return Some(Marker::new(Kind::Paren, n, Sep::Other, rest));
    }
    let mut chars = s.chars();
    let k = chars.next()?;
    let n = kana_value(k)?;
    let rest = chars.as_str();
    let rest = rest.strip_prefix(')').or_else(|| rest.strip_prefix('）'))?;
    Some(Marker { mark: format!("({k})"), ..Marker::new(Kind::ParenKana, n, Sep::Other, rest) })
}

/// After `第`: `第1条`, `第1条の2`, `第2項`, or `第1` standing alone.
/// Chapters, sections and numbered things (`第1章`, `第1節`, `第3号`,
/// `第1回`) are not clauses.
fn dai(s: &str) -> Option<Marker<'_>> {
    let (n, rest) = leading_number(s)?;
    if let Some(rest) = rest.strip_prefix('条') {
        if let Some(after) = rest.strip_prefix('の')
            && let Some((branch, rest)) = leading_number(after)
        {
            return Some(Marker { branch, ..Marker::new(Kind::Article, n, Sep::Other, rest) });
        }
        return Some(Marker::new(Kind::Article, n, Sep::Other, rest));
    }
    if let Some(rest) = rest.strip_prefix('項') {
        return Some(Marker::new(Kind::Number, n, Sep::Paragraph, rest));
    }
    match rest.chars().next() {
        None => Some(Marker::new(Kind::Dai, n, Sep::Alone, rest)),
        Some(c) if c.is_whitespace() || c == '（' || c == '(' => Some(Marker::new(Kind::Dai, n, Sep::Other, rest)),
        _ => None,
    }
}

/// A caption line such as `（目的）`, which titles the article or `第1` below it.
pub(super) fn caption_of(line: &str) -> Option<&str> {
    let inner = line.strip_prefix(['（', '(']).and_then(|l| l.strip_suffix(['）', ')']))?;
    let inner = inner.trim();
    let plain = !inner.is_empty()
        && inner.chars().count() <= SHORT
        && !inner.contains(['（', '(', '）', ')', '、', '。'])
        && !inner.chars().all(|c| digit_value(c).is_some())
        && (inner.chars().count() != 1 || inner.chars().any(|c| kana_value(c).is_none()));
    plain.then_some(inner)
}

/// A line that can be the heading of a marker standing alone on the line
/// above it (text copied out of a PDF): short, not a sentence, not itself numbered.
pub(super) fn heading_line(line: &str) -> Option<&str> {
    let short = line.chars().count() <= SHORT && !line.contains(['。', '、']);
    (short && classify(line).is_none()).then_some(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(s: &str) -> Option<(Kind, u32, Sep)> {
        classify(s).map(|m| (m.kind, m.n, m.sep))
    }

    #[test]
    fn each_style_is_read_and_words_are_not() {
        assert_eq!(kind("第１　趣旨"), Some((Kind::Dai, 1, Sep::Other)));
        assert_eq!(kind("第12（定義）"), Some((Kind::Dai, 12, Sep::Other)));
        assert_eq!(kind("第3"), Some((Kind::Dai, 3, Sep::Alone)));
        assert_eq!(kind("第1章　総則"), None);
        assert_eq!(kind("第三者"), None);
        assert_eq!(kind("第２条の３　x").map(|k| k.0), Some(Kind::Article));
        assert_eq!(kind("第２項 x"), Some((Kind::Number, 2, Sep::Paragraph)));
        assert_eq!(kind("１２"), Some((Kind::Number, 12, Sep::Alone)));
        assert_eq!(kind("ア　管理者"), Some((Kind::Kana, 1, Sep::Other)));
        assert_eq!(kind("ウ"), Some((Kind::Kana, 3, Sep::Alone)));
        assert_eq!(kind("アクセス制御"), None);
        assert_eq!(kind("ア ク セ ス制御"), None);
        assert_eq!(kind("イ インターネット接続系"), Some((Kind::Kana, 2, Sep::Other)));
        assert_eq!(kind("（イ）端末"), Some((Kind::ParenKana, 2, Sep::Other)));
        assert_eq!(kind("(ア)"), Some((Kind::ParenKana, 1, Sep::Other)));
        assert_eq!(kind("⑫ x"), Some((Kind::Circle, 12, Sep::Other)));
        assert_eq!(kind("1.5倍"), None);
        assert_eq!(kind("2.3.1 細目"), None);
        assert_eq!(kind("２．３　目的"), Some((Kind::Decimal, 3, Sep::Other)));
        assert_eq!(classify("2.3 目的").unwrap().branch, 2);
        assert_eq!(kind("1.10"), Some((Kind::Decimal, 10, Sep::Alone)));
        assert!(classify("(8)の業務委託").unwrap().is_reference());
        assert_eq!(caption_of("（趣旨）"), Some("趣旨"));
        assert_eq!(caption_of("（ア）"), None);
        assert_eq!(heading_line("目的"), Some("目的"));
        assert_eq!(heading_line("この方針は、市の情報資産を守る。"), None);
        assert_eq!(heading_line("(1) 目的"), None);
    }
}
