//! Finding a Japanese font on this machine — the one part of the crate that
//! touches the file system.
//!
//! Order: the path the user gave (`--font`, `TENKEN_FONT`), then BIZ UDGothic
//! (shipped with Windows 10 and later, Debian `fonts-morisawa-bizud-gothic`),
//! then IPAexGothic, then Noto Sans CJK JP, wherever the usual font folders
//! hold them. Beside BIZ UDGothic, its proportional face BIZ UDPGothic is
//! looked for to set running text ([`proportional_for`]); a font the user
//! names sets everything. Everything after reading the bytes (which face of a collection,
//! whether it has Japanese glyphs, subsetting) is pure and lives in
//! [`crate::font`].

use std::path::{Path, PathBuf};

use crate::{FontFace, ReportError};

/// A font file read into memory, with where it came from (for messages).
#[derive(Debug, Clone)]
pub struct FontFile {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// File names of the fonts we know, best first. A `.ttc` collection is fine:
/// the face is chosen by family name when it is loaded.
const KNOWN_FILES: &[&str] = &[
    // BIZ UDGothic: Debian/Ubuntu, Google Fonts downloads, macOS user installs …
    "BIZUDGothic-Regular.ttf",
    // … and Windows 10+ (a collection of BIZ UDGothic and BIZ UDPGothic).
    "BIZ-UDGothicR.ttc",
    // IPAexGothic (Debian `fonts-ipaexfont-gothic`, Windows/macOS installs).
    "ipaexg.ttf",
    // Noto Sans CJK JP: Debian `fonts-noto-cjk` (a collection), then single-language files.
    "NotoSansCJK-Regular.ttc",
    "NotoSansCJKjp-Regular.otf",
    "NotoSansJP-Regular.otf",
    "NotoSansJP-Regular.ttf",
];

/// The family of the proportional face set beside BIZ UDGothic: the same
/// glyph design with Latin letters and kana spaced as in print, so English
/// running text does not look typewritten.
pub const PROPORTIONAL_FAMILY: &str = "BIZ UDPGothic";

/// The fixed-width family [`PROPORTIONAL_FAMILY`] belongs with. Other
/// fonts (IPAexGothic, Noto Sans CJK JP) are used alone.
const FIXED_FAMILY: &str = "BIZ UDGothic";

/// File names of BIZ UDPGothic, best first.
const PROPORTIONAL_FILES: &[&str] = &[
    // Debian/Ubuntu `fonts-morisawa-bizud-gothic`, Google Fonts downloads.
    "BIZUDPGothic-Regular.ttf",
    // Windows 10+: the collection holds BIZ UDGothic (face 0) and BIZ
    // UDPGothic (face 1); the face is chosen by family name, not index.
    "BIZ-UDGothicR.ttc",
];

/// Fonts to fall back on for kanji the report font lacks (BIZ UDGothic has
/// JIS X 0213, so 𩸽 but not 𠮷), best first: gothic faces before mincho.
/// Only TrueType outlines are used (see [`FontFace::fallback_from_bytes`]).
const FALLBACK_FILES: &[&str] = &[
    // Noto Sans JP as Google Fonts ships it (TrueType, Adobe-Japan1-6: has 𠮷).
    "NotoSansJP-Regular.ttf",
    // IPAmj明朝 (Debian `fonts-ipamj-mincho`): the 58,000 characters of 文字情報基盤,
    // made for the names in 住民基本台帳 — the municipal font for rare kanji.
    "ipamjm.ttf",
    // Windows: Yu Gothic, then SimSun-ExtB (all of CJK Extension B).
    "YuGothR.ttc",
    "simsunb.ttf",
];

/// Where to look: `TENKEN_FONT_DIRS` if set (folders separated like `PATH`,
/// e.g. fonts on a shared drive), else the usual font folders of Windows,
/// macOS and Linux/BSD desktops.
fn font_dirs() -> Vec<PathBuf> {
    font_dirs_from(|k| std::env::var_os(k))
}

/// [`font_dirs`] with the environment passed in, so the Windows folders can
/// be tested on any machine.
fn font_dirs_from(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> Vec<PathBuf> {
    if let Some(list) = var("TENKEN_FONT_DIRS") {
        return std::env::split_paths(&list).collect();
    }
    let env = |k: &str| var(k).filter(|v| !v.is_empty()).map(PathBuf::from);
    let mut dirs = Vec::new();
    // Windows.
    let windir = env("WINDIR").or_else(|| env("SystemRoot")).unwrap_or_else(|| PathBuf::from(r"C:\Windows"));
    dirs.push(windir.join("Fonts"));
    if let Some(local) = env("LOCALAPPDATA") {
        dirs.push(local.join("Microsoft").join("Windows").join("Fonts"));
    }
    // Linux / BSD (XDG), then macOS. Not on Windows: there `/usr/share/fonts`
    // means that folder on the current drive (C:\usr\share\fonts, or under
    // Wine the Linux host's folder), so a font could come from anywhere.
    if cfg!(windows) {
        return dirs;
    }
    if let Some(data) = env("XDG_DATA_HOME") {
        dirs.push(data.join("fonts"));
    }
    if let Some(home) = env("HOME") {
        dirs.push(home.join(".local/share/fonts"));
        dirs.push(home.join(".fonts"));
        dirs.push(home.join("Library/Fonts"));
    }
    for d in ["/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", "/System/Library/Fonts"] {
        dirs.push(PathBuf::from(d));
    }
    dirs
}

/// Every file under `dir` (a few levels deep; font folders are shallow) whose name is known.
fn scan(dir: &Path, depth: u32, found: &mut Vec<(usize, PathBuf)>) {
    scan_for(dir, depth, KNOWN_FILES, found);
}

/// [`scan`] for the names in `known`, ranked by their place in it.
fn scan_for(dir: &Path, depth: u32, known: &[&str], found: &mut Vec<(usize, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else { continue };
        if kind.is_dir() || (kind.is_symlink() && path.is_dir()) {
            if depth > 0 {
                scan_for(&path, depth - 1, known, found);
            }
            continue;
        }
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if let Some(rank) = known.iter().position(|k| k.eq_ignore_ascii_case(&name)) {
            found.push((rank, path));
        }
    }
}

/// The best known Japanese font installed on this machine, if any.
pub fn installed_font() -> Option<PathBuf> {
    let mut found = Vec::new();
    for dir in font_dirs() {
        scan(&dir, 4, &mut found);
    }
    found.sort();
    let best = found.into_iter().next().map(|(_, p)| p);
    tracing::debug!(font = ?best, "font search");
    best
}

/// A font to draw what `primary` lacks of `missing`, if one is installed:
/// the first of [`FALLBACK_FILES`] with any of those characters. Read only
/// when a report needs it (the files are large).
pub fn fallback_for(primary: &FontFace, missing: &[char]) -> Option<FontFace> {
    if missing.is_empty() {
        return None;
    }
    let mut found = Vec::new();
    for dir in font_dirs() {
        scan_for(&dir, 4, FALLBACK_FILES, &mut found);
    }
    found.sort();
    for (_, path) in found {
        if path == primary.path() {
            continue;
        }
        let Ok(bytes) = std::fs::read(&path) else { continue };
        if let Some(face) = FontFace::fallback_from_bytes(bytes, &path, missing) {
            tracing::info!(font = %path.display(), "fallback font loaded");
            return Some(face);
        }
    }
    None
}

/// The largest font file read: the CJK collections (Noto Sans CJK .ttc) are
/// about 20–60 MB.
pub const MAX_FONT_BYTES: u64 = 256 * 1024 * 1024;

/// Reads the font to use: `explicit` if given (an error if it cannot be
/// read — never silently another font), else the best installed one.
pub fn locate(explicit: Option<&Path>) -> Result<FontFile, ReportError> {
    let path = match explicit {
        Some(p) => p.to_owned(),
        None => installed_font().ok_or(ReportError::FontNotFound)?,
    };
    read_font(path)
}

/// BIZ UDPGothic to set running text beside `fixed`, when `fixed` is BIZ
/// UDGothic: from the same collection (Windows), else from the same folder
/// (Debian puts both in one), else wherever fonts are kept. `Ok(None)` when
/// `fixed` is another font or the face is not installed — the caller then
/// sets everything in `fixed`; an error only for a file found but unusable.
pub fn proportional_for(fixed: &FontFace) -> Result<Option<FontFace>, ReportError> {
    if fixed.family() != FIXED_FAMILY {
        return Ok(None);
    }
    if let Some(face) = fixed.sibling(PROPORTIONAL_FAMILY) {
        return Ok(Some(face));
    }
    let mut found = Vec::new();
    if let Some(dir) = fixed.path().parent() {
        scan_for(dir, 0, PROPORTIONAL_FILES, &mut found);
    }
    if found.is_empty() {
        for dir in font_dirs() {
            scan_for(&dir, 4, PROPORTIONAL_FILES, &mut found);
        }
    }
    found.sort();
    // The fixed face's own collection was asked above.
    let Some((_, path)) = found.into_iter().find(|(_, p)| p != fixed.path()) else {
        tracing::debug!("no proportional face installed");
        return Ok(None);
    };
    let file = read_font(path)?;
    let face = FontFace::from_bytes_of_family(file.bytes, &file.path, PROPORTIONAL_FAMILY)?;
    Ok(Some(face))
}

/// Reads a font file, refusing what is no regular file or larger than any font.
fn read_font(path: PathBuf) -> Result<FontFile, ReportError> {
    let unreadable = |source| ReportError::FontUnreadable { path: path.clone(), source };
    // A named pipe or a device given as the font would be read forever: only
    // a regular file, and no larger than any real font collection.
    let meta = std::fs::metadata(&path).map_err(unreadable)?;
    if !meta.is_file() || meta.len() > MAX_FONT_BYTES {
        return Err(ReportError::FontNotAFile { path, max: MAX_FONT_BYTES });
    }
    let bytes = std::fs::read(&path).map_err(unreadable)?;
    tracing::info!(font = %path.display(), bytes = bytes.len(), "font loaded");
    Ok(FontFile { path, bytes })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explicit_path_that_does_not_exist_is_an_error_not_a_fallback() {
        let err = locate(Some(Path::new("/nonexistent/font.ttf"))).unwrap_err();
        assert!(matches!(err, ReportError::FontUnreadable { .. }), "{err:?}");
    }

    #[test]
    fn windows_font_folders_are_searched_machine_then_user() {
        // What Windows sets: BIZ UDGothic is C:\Windows\Fonts\BIZ-UDGothicR.ttc,
        // fonts a user installed without admin rights are under LOCALAPPDATA.
        let env = |k: &str| match k {
            "WINDIR" => Some(r"D:\Win".into()),
            "LOCALAPPDATA" => Some(r"C:\Users\sato\AppData\Local".into()),
            _ => None,
        };
        let dirs = font_dirs_from(env);
        assert_eq!(dirs[0], PathBuf::from(r"D:\Win").join("Fonts"));
        assert_eq!(
            dirs[1],
            PathBuf::from(r"C:\Users\sato\AppData\Local").join("Microsoft").join("Windows").join("Fonts")
        );
        // Without WINDIR (a stripped environment) the usual folder is still searched.
        assert_eq!(font_dirs_from(|_| None)[0], PathBuf::from(r"C:\Windows").join("Fonts"));
        assert!(KNOWN_FILES.contains(&"BIZ-UDGothicR.ttc"));
    }

    /// On Windows only absolute Windows folders are searched, whatever HOME
    /// or XDG_DATA_HOME say (Git Bash and MSYS set HOME to a Unix-like path).
    #[cfg(windows)]
    #[test]
    fn on_windows_only_windows_font_folders_are_searched() {
        let env = |k: &str| match k {
            "HOME" => Some("/home/sato".into()),
            "XDG_DATA_HOME" => Some("/home/sato/.local/share".into()),
            _ => None,
        };
        let dirs = font_dirs_from(env);
        assert_eq!(dirs, [PathBuf::from(r"C:\Windows").join("Fonts")]);
    }

    /// The installed BIZ UDGothic, or why the test cannot run.
    fn installed_fixed() -> Option<FontFace> {
        let file = locate(None).ok()?;
        let face = FontFace::from_bytes(file.bytes, &file.path).ok()?;
        if face.family() == FIXED_FAMILY {
            Some(face)
        } else {
            eprintln!("skipped: the installed font is {}, not BIZ UDGothic", face.family());
            None
        }
    }

    #[test]
    fn the_proportional_face_is_found_in_the_folder_of_the_fixed_one() {
        let Some(fixed) = installed_fixed() else { return };
        let Some(p) = fixed.path().parent().map(|d| d.join(PROPORTIONAL_FILES[0])).filter(|p| p.is_file()) else {
            eprintln!("skipped: no {} beside {}", PROPORTIONAL_FILES[0], fixed.path().display());
            return;
        };
        // Both files in a folder of their own, as a user may keep them.
        let dir = tempfile::tempdir().unwrap();
        let fixed_copy = dir.path().join("BIZUDGothic-Regular.ttf");
        std::fs::copy(fixed.path(), &fixed_copy).unwrap();
        std::fs::copy(&p, dir.path().join(PROPORTIONAL_FILES[0])).unwrap();
        let file = read_font(fixed_copy).unwrap();
        let fixed = FontFace::from_bytes(file.bytes, &file.path).unwrap();
        let text = proportional_for(&fixed).unwrap().expect("BIZ UDPGothic beside BIZ UDGothic");
        assert_eq!(text.family(), PROPORTIONAL_FAMILY);
        assert_eq!(text.path(), dir.path().join(PROPORTIONAL_FILES[0]));
        // A file that has no BIZ UDPGothic face, asked for one, says so.
        let bytes = std::fs::read(fixed.path()).unwrap();
        let err = FontFace::from_bytes_of_family(bytes, fixed.path(), PROPORTIONAL_FAMILY).unwrap_err();
        assert!(matches!(err, ReportError::FontFamilyMissing { .. }), "{err:?}");
    }

    #[test]
    fn a_font_the_user_names_sets_everything_and_other_fonts_have_no_partner() {
        let Some(fixed) = installed_fixed() else { return };
        let fonts = crate::load_font(Some(fixed.path())).unwrap();
        assert!(fonts.proportional().is_none(), "the one font given sets running text too");
        // IPAmj明朝 (or any font but BIZ UDGothic) is used alone.
        let mut found = Vec::new();
        for dir in font_dirs() {
            scan_for(&dir, 4, &["ipamjm.ttf"], &mut found);
        }
        if let Some((_, path)) = found.first() {
            let other = FontFace::from_bytes(std::fs::read(path).unwrap(), path).unwrap();
            assert!(proportional_for(&other).unwrap().is_none());
        }
    }

    #[test]
    fn known_names_are_found_case_insensitively_and_ranked() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("a/b")).unwrap();
        std::fs::write(dir.path().join("a/b/IPAEXG.TTF"), b"x").unwrap();
        std::fs::write(dir.path().join("a/BIZUDGothic-Regular.ttf"), b"x").unwrap();
        std::fs::write(dir.path().join("other.ttf"), b"x").unwrap();
        let mut found = Vec::new();
        scan(dir.path(), 4, &mut found);
        found.sort();
        let names: Vec<_> = found.iter().map(|(_, p)| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
        assert_eq!(names, ["BIZUDGothic-Regular.ttf", "IPAEXG.TTF"]);
    }
}
