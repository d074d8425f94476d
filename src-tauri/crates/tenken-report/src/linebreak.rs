//! Line breaking a Japanese reader accepts (禁則処理).
//!
//! Break opportunities come from the Unicode line breaking algorithm (UAX #14,
//! `unicode-linebreak`), which already knows most of Japanese practice; on top
//! of it we hold the two rules an office document must keep whatever the
//! tailoring: no line starts with a closing mark or small kana (行頭禁則), no
//! line ends with an opening bracket (行末禁則). A run with no opportunity at
//! all (a long URL, a file path) is broken between characters, still keeping
//! both rules. Widths are measured, never guessed from character counts.

/// Characters that must not begin a line (行頭禁則文字).
pub const NO_START: &str = "、。，．,.・：；:;？！?!゛゜ヽヾゝゞ々〻ー―‐〜～…‥）)］]｝}」』】〕〉》〙〗〟’”»%％‰℃°′″ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ";

/// Characters that must not end a line (行末禁則文字).
pub const NO_END: &str = "（(［[｛{「『【〔〈《〘〖〝‘“«";

/// Whether `c` may not begin a line.
pub fn no_start(c: char) -> bool {
    NO_START.contains(c)
}

/// Whether `c` may not end a line.
pub fn no_end(c: char) -> bool {
    NO_END.contains(c)
}

/// Breaks `text` into lines no wider than `max_width`, where `width_of` gives
/// each character's advance in the same unit. Explicit line breaks are kept;
/// spaces at a break are dropped. An empty text gives no lines.
pub fn wrap(text: &str, max_width: f32, width_of: impl Fn(char) -> f32) -> Vec<String> {
    let mut lines = Vec::new();
    let normalized;
    let text = if text.contains('\r') {
        normalized = text.replace("\r\n", "\n").replace('\r', "\n");
        normalized.as_str()
    } else {
        text
    };
    let text = text.trim_end();
    if text.is_empty() {
        return lines;
    }
    for paragraph in text.split('\n') {
        wrap_paragraph(paragraph.trim_end(), max_width, &width_of, &mut lines);
    }
    lines
}

fn wrap_paragraph(p: &str, max_width: f32, width_of: &impl Fn(char) -> f32, lines: &mut Vec<String>) {
    let chars: Vec<char> = p.chars().collect();
    if chars.is_empty() {
        lines.push(String::new());
        return;
    }
    // allowed[i]: a line may break before chars[i] (1 ≤ i < n).
    let mut allowed = vec![false; chars.len() + 1];
    let mut byte_to_char = vec![0usize; p.len() + 1];
    for (ci, (bi, _)) in p.char_indices().enumerate() {
        byte_to_char[bi] = ci;
    }
    byte_to_char[p.len()] = chars.len();
    for (bi, _) in unicode_linebreak::linebreaks(p) {
        let i = byte_to_char[bi];
        if i > 0 && i < chars.len() {
            allowed[i] = true;
        }
    }
    for i in 1..chars.len() {
        if no_start(chars[i]) || no_end(chars[i - 1]) {
            allowed[i] = false;
        }
    }
    let widths: Vec<f32> = chars.iter().map(|&c| width_of(c)).collect();

    let mut start = 0;
    while start < chars.len() {
        let mut w = 0.0;
        let mut last_ok: Option<usize> = None;
        let mut end = chars.len();
        for i in start..chars.len() {
            if i > start && allowed[i] {
                last_ok = Some(i);
            }
            // Spaces may hang past the edge: they are dropped at the break.
            if w + widths[i] > max_width + 1e-3 && i > start && !chars[i].is_whitespace() {
                end = match last_ok {
                    Some(b) => b,
                    None => emergency_break(&chars, start, i),
                };
                break;
            }
            w += widths[i];
        }
        let line: String = chars[start..end].iter().collect();
        lines.push(line.trim_end().to_owned());
        start = end;
        while start < chars.len() && chars[start] == ' ' {
            start += 1;
        }
    }
}

/// A break inside a run with no opportunity, before `i` if the rules allow,
/// else a little earlier (追い出し); one character per line at worst.
fn emergency_break(chars: &[char], start: usize, i: usize) -> usize {
    let mut b = i;
    while b > start + 1 && (no_start(chars[b]) || no_end(chars[b - 1])) {
        b -= 1;
    }
    if no_start(chars[b]) || no_end(chars[b - 1]) { i } else { b }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Full-width characters 1 em, ASCII half.
    fn em(c: char) -> f32 {
        if c.is_ascii() { 0.5 } else { 1.0 }
    }

    const PARAGRAPH: &str = "情報資産の管理状況について、課内の全職員（会計年度任用職員を含む。）を対象に確認した。\
        「持出し記録簿」は備え付けてあるが、記入漏れが月に数件あった（特に、年度末の繁忙期）。\
        今後は、係長が毎月末に記録簿を点検し、不備があれば当日中に是正する。なお、USBメモリの利用は、\
        原則として禁止している（例外は、情報政策課の承認を得た場合に限る。）。";

    fn check_kinsoku(lines: &[String]) {
        for (n, line) in lines.iter().enumerate() {
            let first = line.chars().next().unwrap();
            let last = line.chars().last().unwrap();
            assert!(!no_start(first), "line {n} starts with {first:?}: {line}");
            assert!(!no_end(last), "line {n} ends with {last:?}: {line}");
        }
    }

    #[test]
    fn kinsoku_holds_at_every_width() {
        for width in 4..40 {
            let lines = wrap(PARAGRAPH, width as f32, em);
            assert_eq!(lines.concat(), PARAGRAPH, "width {width}: no character lost or added");
            check_kinsoku(&lines);
            for l in &lines {
                assert!(l.chars().map(em).sum::<f32>() <= width as f32, "width {width}: {l}");
            }
        }
    }

    #[test]
    fn a_closing_mark_pushes_the_previous_character_down() {
        // 「あいう、」 in 3 ems: 、 may not start a line, so う goes with it.
        assert_eq!(wrap("あいう、えお", 3.0, em), ["あい", "う、え", "お"]);
        // An opening bracket may not end one.
        assert_eq!(wrap("あいう「えお」", 4.0, em), ["あいう", "「えお」"]);
        assert_eq!(wrap("あい「うえ」", 3.0, em), ["あい", "「う", "え」"]);
    }

    #[test]
    fn latin_breaks_at_spaces_and_long_runs_break_anywhere() {
        assert_eq!(wrap("the quick brown fox", 3.0, em), ["the", "quick", "brown", "fox"]);
        assert_eq!(wrap("the quick brown fox", 5.0, em), ["the quick", "brown fox"]);
        let url = "https://example.invalid/a/very/long/path";
        let lines = wrap(url, 6.0, em);
        assert!(lines.len() > 2);
        assert_eq!(lines.concat().replace(' ', ""), url);
        assert!(lines.iter().all(|l| l.chars().map(em).sum::<f32>() <= 6.0));
    }

    #[test]
    fn explicit_breaks_stay_and_empty_text_has_no_lines() {
        assert_eq!(wrap("一行目\r\n二行目\n\n四行目", 10.0, em), ["一行目", "二行目", "", "四行目"]);
        assert!(wrap("", 10.0, em).is_empty());
        assert!(wrap("  \n ", 10.0, em).is_empty());
    }

    #[test]
    fn a_two_thousand_character_comment_wraps_within_the_width() {
        let long: String = PARAGRAPH.chars().cycle().take(2000).collect();
        let lines = wrap(&long, 17.0, em);
        assert!(lines.len() >= 2000 / 17);
        check_kinsoku(&lines);
        assert!(lines.iter().all(|l| l.chars().map(em).sum::<f32>() <= 17.0));
        assert_eq!(lines.concat(), long);
    }
}
