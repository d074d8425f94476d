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
}
