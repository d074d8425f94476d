//! A clause's heading cut out of its line: a title, not the sentence after it.

use super::half_width;
use super::markers::{SHORT, caption_of};
/// Where an over-long heading is cut.
pub(super) const CUT: usize = 20;

const OPENERS: &[char] = &['（', '(', '「', '『', '【', '［', '['];
const CLOSERS: &[char] = &['）', ')', '」', '』', '】', '］', ']'];

/// An article's title: its caption `（目的）`, inline or on the line before;
/// the text after `第1条` is otherwise the article's body, not a title.
pub(super) fn article_heading(rest: &str, caption: Option<&str>) -> String {
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
pub(super) fn heading_of(rest: &str) -> String {
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
pub(super) fn normalize_heading(h: &str) -> String {
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
