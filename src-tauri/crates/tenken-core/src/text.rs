//! Text files as municipal PCs write them.

/// Decodes bytes saved by Excel or Notepad on Windows: UTF-8 with or without
/// a BOM, else Shift_JIS (Windows-31J), which Excel still uses for "CSV".
/// `None` when the bytes are neither.
pub fn decode_text(bytes: &[u8]) -> Option<String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // A NUL byte never occurs in a text file; it marks a binary one.
    if bytes.contains(&0) {
        return None;
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Some(s.to_owned());
    }
    // Without BOM sniffing: bytes FF FE must not turn the file into UTF-16.
    let (text, had_errors) = encoding_rs::SHIFT_JIS.decode_without_bom_handling(bytes);
    (!had_errors).then(|| text.into_owned())
}

/// Whether a character may not be typed into a name, comment, plan or reason.
///
/// Control characters (NUL, ESC and the rest of C0/C1, DEL) and the bidi
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069) are never part of
/// what a clerk means to write; printed raw they clear a terminal, retitle a
/// window or make text read backwards. Tab and line breaks are allowed where
/// the text may run over several lines (`multiline`).
pub fn is_forbidden(c: char, multiline: bool) -> bool {
    if multiline && matches!(c, '\t' | '\n' | '\r') {
        return false;
    }
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The first character of `s` a person may not type (see [`is_forbidden`]).
pub fn forbidden_char(s: &str, multiline: bool) -> Option<char> {
    s.chars().find(|&c| is_forbidden(c, multiline))
}

/// A typed text that breaks one of the two rules every free-text field
/// keeps (answers, follow-ups, visits, campaign settings, departments).
/// Each domain's error carries it and words it in its own catalogue ids, so
/// the rule is checked in one place and the message still names the field in
/// the domain's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TypedTextError {
    #[error("{field} is longer than {max} characters")]
    TooLong { field: &'static str, max: usize },
    #[error("{field} contains a control character")]
    ControlChar { field: &'static str },
}

impl TypedTextError {
    /// The refusal under a domain's two catalogue ids (`too_long` takes
    /// `field` and `max`, `control_char` takes `field`); `field` also tells
    /// the window which input to mark.
    pub fn message(&self, too_long: &'static str, control_char: &'static str) -> crate::message::Message {
        use crate::message::Message;
        match *self {
            TypedTextError::TooLong { field, max } => Message::new(too_long).arg("field", field).arg("max", max),
            TypedTextError::ControlChar { field } => Message::new(control_char).arg("field", field),
        }
    }
}

/// Checks one typed text (already trimmed) against those rules: at most
/// `max` characters, and none that [`is_forbidden`] (tab and line breaks
/// only where it may run over several lines).
pub fn check_typed(field: &'static str, s: &str, max: usize, multiline: bool) -> Result<(), TypedTextError> {
    if s.chars().count() > max {
        return Err(TypedTextError::TooLong { field, max });
    }
    if forbidden_char(s, multiline).is_some() {
        return Err(TypedTextError::ControlChar { field });
    }
    Ok(())
}

/// Text made safe to print on a terminal: every forbidden character except
/// tab and line break becomes U+FFFD, so a stored name can no longer move the
/// cursor or reorder a line. Data written before the rules existed, or
/// arriving from a file, passes through here on its way out.
pub fn visible(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().any(|c| is_forbidden(c, true)) {
        s.chars().map(|c| if is_forbidden(c, true) { '\u{FFFD}' } else { c }).collect::<String>().into()
    } else {
        s.into()
    }
}

/// A file name part built from a name a person typed (a department's name,
/// say) that every system accepts: no control or bidi characters, none of
/// Windows' forbidden `<>:"/\|?*`, no trailing dots or spaces, not a reserved
/// device name (CON, NUL, COM1 …), never empty. Each bad character becomes `_`.
pub fn safe_file_part(s: &str) -> String {
    let mut out: String = s
        .chars()
        .map(|c| {
            if is_forbidden(c, false) || matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*') {
                '_'
            } else {
                c
            }
        })
        .collect();
    while out.ends_with(['.', ' ']) {
        out.pop();
    }
    let stem = out.split('.').next().unwrap_or("").trim_end().to_ascii_uppercase();
    let reserved = matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || (stem.len() == 4
            && (stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.as_bytes()[3].is_ascii_digit());
    if reserved || out.starts_with('.') {
        out.insert(0, '_');
    }
    if out.is_empty() { "_".to_owned() } else { out }
}

/// Reads a cell that lists several names (系, 属性) the ways a clerk writes
/// them: separated by spaces (full-width too), 「・」, 「、」, `;`, `/` or `|`
/// (`,` inside a quoted cell). Returns the values `parse` knows, sorted and
/// once each, or the first piece it does not know.
pub fn parse_name_list<T: Ord>(cell: &str, parse: impl Fn(&str) -> Option<T>) -> Result<Vec<T>, String> {
    let mut out = Vec::new();
    for piece in cell.split([' ', '　', ';', '；', '|', '/', '・', '、', ',']).map(str::trim) {
        if piece.is_empty() {
            continue;
        }
        out.push(parse(piece).ok_or_else(|| piece.to_owned())?);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// `a`, `b`, …, `z`, `aa`, `ab`, …: counting in letters from 0, the way a
/// section's items are lettered and Excel names its columns (upper-cased).
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_utf8_with_bom_and_shift_jis_and_refuses_binary() {
        assert_eq!(decode_text("\u{feff}所属".as_bytes()).as_deref(), Some("所属"));
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode("情報政策課");
        assert_eq!(decode_text(&sjis).as_deref(), Some("情報政策課"));
        assert_eq!(decode_text(b"\xfd\xfe\xff"), None);
        assert_eq!(decode_text(b"\xff\xfe\x00\x00"), None, "a UTF-16 BOM does not make binary text");
        assert_eq!(decode_text(b"code\x00name"), None);
    }

    #[test]
    fn control_and_bidi_characters_are_refused_but_line_breaks_only_where_text_runs_over_lines() {
        assert_eq!(forbidden_char("情報政策課", false), None);
        assert_eq!(forbidden_char("課\u{1b}[2J", false), Some('\u{1b}'));
        assert_eq!(forbidden_char("a\0b", true), Some('\0'));
        assert_eq!(forbidden_char("課\u{202E}", true), Some('\u{202E}'));
        assert_eq!(forbidden_char("\u{2066}x", false), Some('\u{2066}'));
        assert_eq!(forbidden_char("一行目\r\n二行目\tタブ", true), None);
        assert_eq!(forbidden_char("一行目\n二行目", false), Some('\n'));
    }

    #[test]
    fn output_shows_a_replacement_for_what_would_drive_the_terminal() {
        assert_eq!(visible("課\u{1b}]0;pwned\u{7}"), "課\u{FFFD}]0;pwned\u{FFFD}");
        assert_eq!(visible("a\u{202E}b\nc"), "a\u{FFFD}b\nc");
        assert!(matches!(visible("普通の名前"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn file_names_from_names_are_safe_on_windows() {
        assert_eq!(safe_file_part("総務部/情報政策課"), "総務部_情報政策課");
        assert_eq!(safe_file_part("a<b>c:d\"e|f?g*h\\i"), "a_b_c_d_e_f_g_h_i");
        assert_eq!(safe_file_part("CON"), "_CON");
        assert_eq!(safe_file_part("com1.txt"), "_com1.txt");
        assert_eq!(safe_file_part("課.. "), "課");
        assert_eq!(safe_file_part("\u{1b}[2J"), "_[2J");
        assert_eq!(safe_file_part(".."), "_");
        assert_eq!(safe_file_part("..x"), "_..x");
        assert_eq!(safe_file_part("CONSOLE"), "CONSOLE");
    }

    #[test]
    fn letters_count_on_after_z() {
        assert_eq!(letters(0), "a");
        assert_eq!(letters(25), "z");
        assert_eq!(letters(26), "aa");
        assert_eq!(letters(27), "ab");
        assert_eq!(letters(26 + 26 * 26), "aaa");
    }
}
