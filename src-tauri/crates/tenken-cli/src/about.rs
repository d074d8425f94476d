//! What `tenken --version` says: the version, and the checklists compiled
//! into this build with the start of their SHA-256, so a clerk can tell on
//! the phone which tenken and which checklist wording a terminal has.

use tenken_core::questionnaire::parse_questionnaire;
use tenken_core::shipped;
use tenken_i18n::Localizer;

/// The text after `tenken ` in `tenken --version` (clap puts the name first).
pub fn version_text(l: &Localizer) -> String {
    let mut out = format!("{}\n{}", env!("CARGO_PKG_VERSION"), l.text("cli-version-checklists"));
    // A shipped checklist that did not parse would fail tenken-core's tests.
    for q in shipped::ALL.iter().filter_map(|src| parse_questionnaire(src).ok()) {
        let title = l.pick(&q.meta.title, q.meta.title_en.as_deref());
        let hash = q.hash();
        out.push_str(&format!("\n  {:<8} {} {title}", q.meta.id, &hash[..12.min(hash.len())]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use tenken_i18n::Lang;

    #[test]
    fn the_version_names_each_shipped_checklist_with_its_hash() {
        for lang in Lang::ALL {
            let text = version_text(&Localizer::new(lang));
            assert!(text.starts_with(env!("CARGO_PKG_VERSION")), "{text}");
            for id in ["toshima", "edogawa"] {
                let line = text.lines().find(|l| l.trim_start().starts_with(id)).unwrap_or_else(|| panic!("{text}"));
                let hash = line.split_whitespace().nth(1).unwrap_or_default();
                assert!(hash.len() == 12 && hash.chars().all(|c| c.is_ascii_hexdigit()), "{line}");
            }
        }
    }
}
