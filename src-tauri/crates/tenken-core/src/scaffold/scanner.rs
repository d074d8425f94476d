//! The clause sequence: which recognised markers really are clauses, and
//! where each sits in the tree.
//!
//! A marker is a clause only if it is the number its level expects next:
//! `2` after `1` at the same level, or `1` opening a level under the clause
//! above. The levels are ordered by kind: the top (`第1条`, `第1`, or `1．`
//! in a dotted text), then numbers under a `第…` (`1`, `２　`, `第2項`), then
//! `(1)`; katakana (`ア`, `(ア)`) and circled numbers (`①`) sit wherever they
//! first appear, under the clause above them, and keep that depth.

use super::heading::{article_heading, heading_of, normalize_heading};
use super::markers::{Kind, Marker, Sep, caption_of};
use super::{ClauseNode, Unplaced, one_line};

/// Which kind of marker numbers the top level; the first top-level marker
/// decides, and top-level markers of another kind are ignored from then on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    /// `1．` / `(1)` / `①`
    Dotted,
    /// `第1条` / `第2項` or `２` / `(1)` / `①`
    Articles,
    /// `第1` / `1` / `(1)` / `ア` / `①`
    Dai,
}

/// An open clause: the last one accepted at its level.
#[derive(Debug, Clone)]
struct Open {
    kind: Kind,
    rank: u8,
    number: (u32, u32),
    clause: String,
    index: usize,
}

/// Reads a policy line by line and builds the clause tree.
#[derive(Debug, Default)]
pub(super) struct Scanner {
    flat: Vec<(ClauseNode, Option<usize>)>,
    stack: Vec<Open>,
    style: Option<Style>,
    /// The depth each of katakana, `(ア)` and circled numbers took when first seen.
    learned: Vec<(Kind, u8)>,
    unplaced: Vec<Unplaced>,
}

/// The rank the first freely placed kind takes: below `(1)`.
const FREE_RANK: u8 = 3;

impl Scanner {
    /// One non-empty, trimmed line, with the caption on the line before it
    /// (`（目的）`) and the line after it (the heading of a marker standing alone).
    pub(super) fn line(&mut self, line_no: usize, line: &str, caption: Option<&str>, next: Option<&str>) {
        let Some(marker) = super::markers::classify(line) else { return };
        if marker.is_reference() {
            return;
        }
        let alone = marker.rest.trim().is_empty();
        let next_heading = next.filter(|_| alone).and_then(super::markers::heading_line);
        let bare_number = matches!(marker.kind, Kind::Number | Kind::Decimal);
        if marker.sep == Sep::Alone && bare_number && next_heading.is_none() {
            // A number alone with a sentence after it is a page number or a wrapped figure.
            return;
        }
        let from_next = |h: &str| normalize_heading(caption_of(h).unwrap_or(h));
        let heading = match marker.kind {
            Kind::Article | Kind::Dai => {
                let own = article_heading(marker.rest, caption);
                if own.is_empty() { next_heading.map(from_next).unwrap_or_default() } else { own }
            }
            _ => next_heading.map(from_next).unwrap_or_else(|| heading_of(marker.rest)),
        };
        match (marker.kind, self.style) {
            (Kind::Article, None | Some(Style::Articles)) => self.top(Style::Articles, &marker, heading, line_no, line),
            (Kind::Dai, None | Some(Style::Dai)) => self.top(Style::Dai, &marker, heading, line_no, line),
            (Kind::Article | Kind::Dai, _) => {}
            (Kind::Number, None | Some(Style::Dotted)) => {
                // A half-width space after a bare number is how wrapped lines
                // such as `25 年法律第 27 号）に基づく…` begin, so it opens a
                // clause only before a short title (`1 目的`, as web pages
                // write it); `第2項` belongs to articles.
                let title_only = super::markers::heading_line(marker.rest.trim()).is_some();
                let wrapped = marker.sep == Sep::Space && !title_only;
                if !wrapped && marker.sep != Sep::Paragraph {
                    self.top(Style::Dotted, &marker, heading, line_no, line);
                }
            }
            (Kind::Decimal, None | Some(Style::Dotted)) => {
                // `2.3` belongs under the top-level `2`, and only there.
                let under_its_top =
                    self.stack.first().is_some_and(|o| o.kind == Kind::Number && o.number.0 == marker.branch);
                if under_its_top {
                    self.place(&Marker { branch: 0, ..marker.clone() }, heading, line_no, line);
                } else {
                    self.unplaced.push(Unplaced { line: line_no, text: one_line(line) });
                }
            }
            (Kind::Decimal, Some(_)) => {}
            (Kind::Number, Some(_)) => {
                if self.stack.is_empty() {
                    return;
                }
                self.place(&marker, heading, line_no, line);
            }
            _ => self.place(&marker, heading, line_no, line),
        }
    }

    /// A top-level marker: restarting at 1 with the same first heading means
    /// the clauses so far were a table of contents, and they are dropped (a
    /// contents line may carry leader dots and a page number after the title).
    fn top(&mut self, style: Style, marker: &Marker<'_>, heading: String, line_no: usize, line: &str) {
        let restart = (marker.n, marker.branch) == (1, 0)
            && self.stack.first().is_some_and(|o| o.rank == 0)
            && !heading.is_empty()
            && self.flat.first().is_some_and(|(first, _)| same_title(&first.heading, &heading));
        if restart {
            *self = Scanner::default();
        }
        if self.style.is_none() && (marker.n, marker.branch) == (1, 0) {
            self.style = Some(style);
        }
        self.place(marker, heading, line_no, line);
    }

    fn rank(&self, kind: Kind) -> Option<u8> {
        match kind {
            Kind::Article | Kind::Dai => Some(0),
            Kind::Number if self.style == Some(Style::Dotted) => Some(0),
            Kind::Number | Kind::Decimal => Some(1),
            Kind::Paren => Some(2),
            Kind::Kana | Kind::ParenKana | Kind::Circle => {
                self.learned.iter().find(|(k, _)| *k == kind).map(|(_, r)| *r)
            }
        }
    }

    /// Accepts the marker where the sequence expects it, or lists the line as unplaced.
    fn place(&mut self, marker: &Marker<'_>, heading: String, line_no: usize, line: &str) {
        let number = (marker.n, marker.branch);
        let same = |o: &Open| o.kind == marker.kind || (o.rank == 0 && self.rank(marker.kind) == Some(0));
        if let Some(i) = self.stack.iter().position(same) {
            let (ln, lb) = self.stack[i].number;
            let follows = number == (ln + 1, 0)
                || (marker.kind == Kind::Article && marker.branch > 0 && number == (ln, lb.max(1) + 1));
            if follows {
                let rank = self.stack[i].rank;
                self.stack.truncate(i);
                self.accept(marker, rank, heading, line_no);
                return;
            }
        } else {
            let first =
                marker.n == 1 || (marker.kind == Kind::Number && self.style == Some(Style::Articles) && marker.n == 2);
            if first && marker.branch == 0 {
                let rank = match self.rank(marker.kind) {
                    Some(r) => r,
                    None => {
                        let r = self.stack.last().map_or(FREE_RANK, |o| (o.rank + 1).max(FREE_RANK));
                        self.learned.push((marker.kind, r));
                        r
                    }
                };
                while self.stack.last().is_some_and(|o| o.rank >= rank) {
                    self.stack.pop();
                }
                self.accept(marker, rank, heading, line_no);
                return;
            }
        }
        self.unplaced.push(Unplaced { line: line_no, text: one_line(line) });
    }

    fn accept(&mut self, marker: &Marker<'_>, rank: u8, heading: String, line: usize) {
        let parent = self.stack.last();
        let (n, branch) = (marker.n, marker.branch);
        let clause = match (marker.kind, parent) {
            (Kind::Article, _) if branch > 0 => format!("第{n}条の{branch}"),
            (Kind::Article, _) => format!("第{n}条"),
            (Kind::Dai, _) => format!("第{n}"),
            (Kind::Number, None) => n.to_string(),
            (Kind::Decimal, Some(p)) => format!("{}.{n}", p.clause),
            (Kind::Decimal, None) => n.to_string(),
            (Kind::Number, Some(p)) if p.kind == Kind::Article => format!("{}第{n}項", p.clause),
            (Kind::Number, Some(p)) => format!("{}の{n}", p.clause),
            (Kind::Paren, None) => format!("({n})"),
            (Kind::Paren, Some(p)) if p.kind == Kind::Number && p.rank == 0 => format!("{}.({n})", p.clause),
            (Kind::Paren, Some(p)) => format!("{}({n})", p.clause),
            (_, None) => marker.mark.clone(),
            (_, Some(p)) => format!("{}{}", p.clause, marker.mark),
        };
        let parent_index = parent.map(|p| p.index);
        let index = self.flat.len();
        self.flat.push((ClauseNode { clause: clause.clone(), heading, line, ..ClauseNode::default() }, parent_index));
        self.stack.push(Open { kind: marker.kind, rank, number: (n, branch), clause, index });
    }

    /// The tree, and the numbered lines no place was found for.
    pub(super) fn finish(self) -> (Vec<ClauseNode>, Vec<Unplaced>) {
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
        (roots, self.unplaced)
    }
}

/// Whether a table of contents' title and the clause's are the same: equal,
/// or one is the other followed by leader dots and a page number.
fn same_title(a: &str, b: &str) -> bool {
    !a.is_empty() && !b.is_empty() && (a.starts_with(b) || b.starts_with(a))
}
