//! The About screen's facts: which tenken this is (version), which
//! checklists it carries (their SHA-256, the identity answers are tied to),
//! and the licenses of the third-party components inside the installed
//! program, so a municipality can check what it runs without the source tree.
//!
//! The component lists are committed files under `src-tauri/licenses/`, compiled in:
//! `crates.tsv` (Rust crates linked into `tenken-app` and `tenken`, for Linux
//! and Windows, from `cargo tree`) and `npm.tsv` (npm packages bundled into
//! the window, recorded by the UI build). `bash src-tauri/licenses/generate.sh`
//! rewrites both; the tests below and the UI build fail when they are stale.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tenken_core::questionnaire::parse_questionnaire;
use tenken_core::shipped;
use ts_rs::TS;

use crate::ipc::YearLabel;

/// `licenses/crates.tsv`: name, version, license of every linked crate.
const CRATES: &str = include_str!("../licenses/crates.tsv");
/// `licenses/npm.tsv`: name, version, license of every bundled npm package.
const NPM: &str = include_str!("../licenses/npm.tsv");

/// Everything the About screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct About {
    /// tenken's version (the workspace version, which the installers carry too).
    pub version: String,
    /// tenken's own license.
    pub license: String,
    /// The checklists compiled into this build.
    pub checklists: Vec<ChecklistHash>,
    /// The checklist of each campaign in the open database, newest first.
    pub campaigns: Vec<CampaignChecklist>,
    /// Third-party components, grouped by license.
    pub licenses: Vec<LicenseGroup>,
    /// How many components the groups hold in all.
    pub components: u32,
}

/// A shipped checklist and its identity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChecklistHash {
    pub id: String,
    pub title: String,
    pub title_en: Option<String>,
    /// SHA-256 of the canonical form, hex.
    pub hash: String,
}

/// The checklist a campaign asks, as the database records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CampaignChecklist {
    pub year: YearLabel,
    pub title: String,
    pub hash: String,
}

/// Where a component comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// A Rust crate linked into the binaries.
    Crate,
    /// An npm package bundled into the window's JavaScript.
    Npm,
}

/// One third-party component.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
pub struct Component {
    pub name: String,
    pub version: String,
    pub origin: Origin,
}

/// The components under one license expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LicenseGroup {
    /// SPDX expression, alternatives in a fixed order (`Apache-2.0 OR MIT`).
    pub license: String,
    pub components: Vec<Component>,
}

/// One row of a committed list (`name<TAB>version<TAB>license`); `#` lines are comments.
fn rows(text: &str) -> impl Iterator<Item = (&str, &str, &str)> {
    text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).filter_map(|l| {
        let mut cols = l.split('\t');
        Some((cols.next()?, cols.next()?, cols.next().unwrap_or("")))
    })
}

/// A license expression written one way, so `MIT OR Apache-2.0`,
/// `Apache-2.0 OR MIT` and the old `MIT/Apache-2.0` land in one group. Only
/// plain lists of alternatives are reordered; anything with `AND`, `WITH`
/// or parentheses stays as the authors wrote it. No license: `unknown`.
pub fn normalize_license(expr: &str) -> String {
    let expr = expr.trim();
    if expr.is_empty() {
        return "unknown".to_owned();
    }
    if expr.contains(['(', ')']) || expr.contains(" AND ") || expr.contains(" WITH ") {
        return expr.to_owned();
    }
    let mut alternatives: Vec<&str> =
        expr.split(" OR ").flat_map(|a| a.split('/')).map(str::trim).filter(|a| !a.is_empty()).collect();
    alternatives.sort_unstable();
    alternatives.dedup();
    alternatives.join(" OR ")
}

/// Groups components by license: the largest group first, then by name.
pub fn group(components: impl IntoIterator<Item = (Component, String)>) -> Vec<LicenseGroup> {
    let mut by_license: BTreeMap<String, Vec<Component>> = BTreeMap::new();
    for (c, license) in components {
        by_license.entry(normalize_license(&license)).or_default().push(c);
    }
    let mut groups: Vec<LicenseGroup> = by_license
        .into_iter()
        .map(|(license, mut components)| {
            components.sort();
            components.dedup();
            LicenseGroup { license, components }
        })
        .collect();
    groups.sort_by(|a, b| b.components.len().cmp(&a.components.len()).then_with(|| a.license.cmp(&b.license)));
    groups
}

/// The third-party components of this build, grouped by license.
pub fn licenses() -> Vec<LicenseGroup> {
    let of = |text: &'static str, origin: Origin| {
        rows(text).map(move |(name, version, license)| {
            (Component { name: name.to_owned(), version: version.to_owned(), origin }, license.to_owned())
        })
    };
    group(of(CRATES, Origin::Crate).chain(of(NPM, Origin::Npm)))
}

/// The shipped checklists with their hashes (one that does not parse is left
/// out; `tenken-core`'s tests make sure none is).
pub fn checklists() -> Vec<ChecklistHash> {
    shipped::ALL
        .iter()
        .filter_map(|src| parse_questionnaire(src).ok())
        .map(|q| ChecklistHash {
            id: q.meta.id.clone(),
            title: q.meta.title.clone(),
            title_en: q.meta.title_en.clone(),
            hash: q.hash(),
        })
        .collect()
}

/// The About facts without the database's campaigns (the command adds them).
pub fn about() -> About {
    let licenses = licenses();
    let components = licenses.iter().map(|g| g.components.len() as u32).sum();
    About {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        license: env!("CARGO_PKG_LICENSE").to_owned(),
        checklists: checklists(),
        campaigns: Vec::new(),
        licenses,
        components,
    }
}

/// The rows `licenses/crates.tsv` should hold, from `cargo tree` output
/// (`--format '{p}|{l}' --prefix none`): registry and git crates only (the
/// workspace's own crates are tenken), each once, sorted.
pub fn crate_rows_from_tree(tree: &str) -> Vec<String> {
    let mut out: Vec<String> = tree
        .lines()
        .filter_map(|line| {
            let line = line.trim().trim_end_matches(" (*)");
            let (package, license) = line.split_once('|')?;
            let mut words = package.split_whitespace();
            let (name, version) = (words.next()?, words.next()?.strip_prefix('v')?);
            // A local path after the version: one of our own crates.
            if words.next().is_some_and(|src| src.starts_with("(/") || src.contains(":\\")) {
                return None;
            }
            Some(format!("{name}\t{version}\t{}", license.trim()))
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The `cargo tree` arguments that list what is linked into the two
/// binaries for the two platforms tenken ships for (no build scripts, no
/// proc macros: they run at build time and are not in the program).
pub const TREE_ARGS: &[&str] = &[
    "tree",
    "--locked",
    "--offline",
    "-p",
    "tenken-app",
    "-p",
    "tenken-cli",
    "-e",
    "normal,no-proc-macro",
    "--prefix",
    "none",
    "--format",
    "{p}|{l}",
    "--target",
    "x86_64-unknown-linux-gnu",
    "--target",
    "x86_64-pc-windows-msvc",
];

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::process::Command;

    use super::*;

    fn component(name: &str) -> Component {
        Component { name: name.to_owned(), version: "1.0.0".to_owned(), origin: Origin::Crate }
    }

    #[test]
    fn license_alternatives_are_written_one_way() {
        assert_eq!(normalize_license("MIT OR Apache-2.0"), "Apache-2.0 OR MIT");
        assert_eq!(normalize_license("Apache-2.0 OR MIT"), "Apache-2.0 OR MIT");
        assert_eq!(normalize_license("MIT/Apache-2.0"), "Apache-2.0 OR MIT");
        assert_eq!(normalize_license("(MIT OR Apache-2.0) AND Unicode-3.0"), "(MIT OR Apache-2.0) AND Unicode-3.0");
        assert_eq!(normalize_license("Apache-2.0 WITH LLVM-exception OR MIT"), "Apache-2.0 WITH LLVM-exception OR MIT");
        assert_eq!(normalize_license(" "), "unknown");
    }

    #[test]
    fn groups_are_largest_first_and_hold_each_component_once() {
        let groups = group([
            (component("b"), "MIT".to_owned()),
            (component("a"), "Apache-2.0 OR MIT".to_owned()),
            (component("c"), "MIT OR Apache-2.0".to_owned()),
            (component("c"), "MIT OR Apache-2.0".to_owned()),
        ]);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].license, "Apache-2.0 OR MIT");
        assert_eq!(groups[0].components.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), ["a", "c"]);
        assert_eq!(groups[1].license, "MIT");
    }

    #[test]
    fn tree_lines_become_rows_without_our_own_crates() {
        let tree = "tenken-core v0.1.0 (/src/tenken-core)|MIT OR Apache-2.0\n\
                    serde v1.0.229|MIT OR Apache-2.0\n\
                    serde v1.0.229|MIT OR Apache-2.0 (*)\n\
                    \n\
                    ring v0.17.14|\n";
        assert_eq!(crate_rows_from_tree(tree), ["ring\t0.17.14\t", "serde\t1.0.229\tMIT OR Apache-2.0"]);
    }

    #[test]
    fn the_about_facts_name_the_version_both_checklists_and_many_components() {
        let a = about();
        assert_eq!(a.version, env!("CARGO_PKG_VERSION"));
        assert_eq!(a.checklists.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["toshima", "edogawa"]);
        assert!(a.checklists.iter().all(|c| c.hash.len() == 64));
        assert!(a.components > 100, "{} components", a.components);
        let names: Vec<&str> = a.licenses.iter().flat_map(|g| &g.components).map(|c| c.name.as_str()).collect();
        for expected in ["tauri", "rusqlite", "printpdf", "svelte", "@fluent/bundle"] {
            assert!(names.contains(&expected), "{expected} missing from the license list");
        }
    }

    #[test]
    fn the_desktop_entry_says_what_the_catalogue_says() {
        use tenken_i18n::{Lang, Localizer};
        let entry = include_str!("../linux/tenken.desktop");
        let (ja, en) = (Localizer::new(Lang::Ja), Localizer::new(Lang::En));
        for (key, id) in
            [("Name", "app-desktop-name"), ("GenericName", "app-desktop-generic"), ("Comment", "app-desktop-comment")]
        {
            let (want_en, want_ja) = (format!("{key}={}", en.text(id)), format!("{key}[ja]={}", ja.text(id)));
            assert!(entry.lines().any(|l| l == want_en), "{want_en} not in src-tauri/linux/tenken.desktop");
            assert!(entry.lines().any(|l| l == want_ja), "{want_ja} not in src-tauri/linux/tenken.desktop");
        }
    }

    /// `licenses/crates.tsv` must be what `cargo tree` says now: a crate
    /// added, removed or updated in Cargo.lock changes it.
    /// `TENKEN_WRITE_LICENSES=1 cargo test -p tenken-app licenses` rewrites it.
    #[test]
    fn licenses_crates_list_is_up_to_date() {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
        // A new machine's crate cache holds only what the Linux build needed;
        // the Windows crates named by the tree come from `cargo fetch`, which
        // downloads every platform's crates and does nothing when they are there.
        let fetch = Command::new(&cargo).args(["fetch", "--locked"]).current_dir(&root).output().unwrap();
        assert!(fetch.status.success(), "cargo fetch failed: {}", String::from_utf8_lossy(&fetch.stderr));
        let out = Command::new(&cargo).args(TREE_ARGS).current_dir(&root).output().unwrap();
        assert!(out.status.success(), "cargo tree failed: {}", String::from_utf8_lossy(&out.stderr));
        let want = crate_rows_from_tree(&String::from_utf8_lossy(&out.stdout));
        assert!(want.len() > 100, "{} crates", want.len());
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("licenses/crates.tsv");
        if std::env::var_os("TENKEN_WRITE_LICENSES").is_some() {
            let header = "# Rust crates linked into tenken-app and tenken (Linux and Windows): name, version, license.\n\
                          # Generated by `bash src-tauri/licenses/generate.sh` from `cargo tree`; do not edit by hand.\n";
            std::fs::write(&path, format!("{header}{}\n", want.join("\n"))).unwrap();
        }
        let have: Vec<String> = rows(&std::fs::read_to_string(&path).unwrap_or_default())
            .map(|(n, v, l)| format!("{n}\t{v}\t{l}"))
            .collect();
        let added: Vec<_> = want.iter().filter(|r| !have.contains(r)).collect();
        let gone: Vec<_> = have.iter().filter(|r| !want.contains(r)).collect();
        assert!(
            added.is_empty() && gone.is_empty(),
            "licenses/crates.tsv is stale (missing: {added:?}; no longer linked: {gone:?}) — run `bash src-tauri/licenses/generate.sh`"
        );
    }
}
