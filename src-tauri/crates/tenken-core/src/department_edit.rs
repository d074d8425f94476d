//! 所属の追加・変更 — one department entered by hand (the auditor's window),
//! checked against the tree that exists.
//!
//! The CSV import checks a whole file and names lines; a single edit has no
//! line, so it has its own errors. The rules are the same: a code is unique,
//! a name is not empty, a parent exists and the tree has no cycle.

use std::collections::HashMap;

use chrono::NaiveDate;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::attribute::Attribute;
use crate::department::{CodeError, Department, normalise_code};
use crate::message::{Describe, Message};
use crate::text::{TypedTextError, check_typed};
use crate::tier::Tier;

pub use crate::department::MAX_FIELD_CHARS;

/// A department as a person entered it, before the rules are applied.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DepartmentEdit {
    pub code: String,
    pub name: String,
    /// Empty or `None` for a 部 at the top.
    pub parent: Option<String>,
    pub tiers: Vec<Tier>,
    /// 所属の属性; absent (none) from a form that does not show them.
    #[serde(default)]
    pub attributes: Vec<Attribute>,
}

/// Why a department entered by hand was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DepartmentEditError {
    #[error("the code is empty")]
    EmptyCode,
    #[error("the name is empty")]
    EmptyName,
    #[error(transparent)]
    Text(#[from] TypedTextError),
    #[error("code {0} already exists")]
    DuplicateCode(String),
    #[error("no department {0}")]
    UnknownDepartment(String),
    #[error("parent {0} does not exist")]
    UnknownParent(String),
    #[error("{code} cannot be placed under {parent}: that is itself or one of its own sub-departments")]
    Cycle { code: String, parent: String },
    #[error("parent {0} is retired")]
    RetiredParent(String),
    #[error("{code} was already retired on {on}")]
    AlreadyRetired { code: String, on: NaiveDate },
    #[error("{0} is not retired")]
    NotRetired(String),
    #[error("{code} still has departments in use under it: {children}")]
    HasActiveChildren { code: String, children: String },
}

impl Describe for DepartmentEditError {
    fn message(&self) -> Message {
        match self {
            DepartmentEditError::EmptyCode => Message::new("dept-edit-empty-code"),
            DepartmentEditError::EmptyName => Message::new("dept-edit-empty-name"),
            DepartmentEditError::Text(e) => e.message("dept-edit-too-long", "dept-edit-control-char"),
            DepartmentEditError::DuplicateCode(c) => Message::new("dept-edit-duplicate").arg("code", c),
            DepartmentEditError::UnknownDepartment(c) => Message::new("dept-edit-unknown").arg("code", c),
            DepartmentEditError::UnknownParent(p) => Message::new("dept-edit-unknown-parent").arg("parent", p),
            DepartmentEditError::Cycle { code, parent } => {
                Message::new("dept-edit-cycle").arg("code", code).arg("parent", parent)
            }
            DepartmentEditError::RetiredParent(p) => Message::new("dept-edit-retired-parent").arg("parent", p),
            DepartmentEditError::AlreadyRetired { code, on } => {
                Message::new("dept-edit-already-retired").arg("code", code).arg("on", on.to_string())
            }
            DepartmentEditError::NotRetired(c) => Message::new("dept-edit-not-retired").arg("code", c),
            DepartmentEditError::HasActiveChildren { code, children } => {
                Message::new("dept-edit-has-children").arg("code", code).arg("children", children)
            }
        }
    }
}

fn read_code(field: &'static str, value: &str) -> Result<String, DepartmentEditError> {
    normalise_code(value).map_err(|e| match e {
        CodeError::Empty => DepartmentEditError::EmptyCode,
        CodeError::TooLong { max } => TypedTextError::TooLong { field, max }.into(),
        CodeError::ControlChar => TypedTextError::ControlChar { field }.into(),
    })
}

fn normalise(edit: &DepartmentEdit) -> Result<Department, DepartmentEditError> {
    let code = read_code("code", &edit.code)?;
    let name = edit.name.trim().to_owned();
    check_typed("name", &name, MAX_FIELD_CHARS, false)?;
    if name.is_empty() {
        return Err(DepartmentEditError::EmptyName);
    }
    let parent = match edit.parent.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) => Some(read_code("parent", p)?),
        None => None,
    };
    let mut tiers = edit.tiers.clone();
    tiers.sort();
    tiers.dedup();
    let mut attributes = edit.attributes.clone();
    attributes.sort();
    attributes.dedup();
    Ok(Department { code, name, parent, tiers, retired_on: None, attributes })
}

/// Checks a new department against the existing tree.
pub fn check_new(edit: &DepartmentEdit, existing: &[Department]) -> Result<Department, DepartmentEditError> {
    let d = normalise(edit)?;
    if existing.iter().any(|e| e.code == d.code) {
        return Err(DepartmentEditError::DuplicateCode(d.code));
    }
    if let Some(p) = &d.parent {
        check_parent_in_use(p, existing)?;
    }
    Ok(d)
}

/// A parent must exist and still be in use: nothing new goes under a
/// department that was retired.
fn check_parent_in_use(parent: &str, existing: &[Department]) -> Result<(), DepartmentEditError> {
    match existing.iter().find(|e| e.code == parent) {
        None => Err(DepartmentEditError::UnknownParent(parent.to_owned())),
        Some(e) if !e.is_active() => Err(DepartmentEditError::RetiredParent(parent.to_owned())),
        Some(_) => Ok(()),
    }
}

/// Checks a change to an existing department (same code; name, parent and
/// tiers may change). Moving a department under itself or under one of its
/// own sub-departments is refused.
pub fn check_change(edit: &DepartmentEdit, existing: &[Department]) -> Result<Department, DepartmentEditError> {
    let mut d = normalise(edit)?;
    let Some(before) = existing.iter().find(|e| e.code == d.code) else {
        return Err(DepartmentEditError::UnknownDepartment(d.code));
    };
    // A change of name or tiers keeps the 廃止日: retiring has its own step.
    d.retired_on = before.retired_on;
    if let Some(p) = &d.parent {
        let parent_of: HashMap<&str, Option<&str>> =
            existing.iter().map(|e| (e.code.as_str(), e.parent.as_deref())).collect();
        if before.parent.as_deref() != Some(p.as_str()) {
            check_parent_in_use(p, existing)?;
        }
        // Walk up from the new parent; meeting the department itself means a cycle.
        let mut at = Some(p.as_str());
        let mut steps = 0;
        while let Some(code) = at {
            if code == d.code || steps > existing.len() {
                return Err(DepartmentEditError::Cycle { code: d.code.clone(), parent: p.clone() });
            }
            at = parent_of.get(code).copied().flatten();
            steps += 1;
        }
    }
    Ok(d)
}

/// Checks that a department can be retired (廃止) on a day: it is in use and
/// nothing in use is left under it, so no 課 is orphaned. The sections of a
/// campaign already open stay as they are; the next campaign has none for it.
pub fn check_retire(code: &str, on: NaiveDate, existing: &[Department]) -> Result<Department, DepartmentEditError> {
    let code = read_code("code", code)?;
    let Some(d) = existing.iter().find(|e| e.code == code) else {
        return Err(DepartmentEditError::UnknownDepartment(code));
    };
    if let Some(on) = d.retired_on {
        return Err(DepartmentEditError::AlreadyRetired { code, on });
    }
    let children: Vec<String> = existing
        .iter()
        .filter(|e| e.is_active() && e.parent.as_deref() == Some(code.as_str()))
        .map(|e| format!("{} {}", e.code, e.name))
        .collect();
    if !children.is_empty() {
        return Err(DepartmentEditError::HasActiveChildren { code, children: children.join("、") });
    }
    Ok(Department { retired_on: Some(on), ..d.clone() })
}

/// Checks that a retired department can be taken back into use (a 廃止
/// entered by mistake, or a 課 re-established): its parent must be in use.
pub fn check_restore(code: &str, existing: &[Department]) -> Result<Department, DepartmentEditError> {
    let code = read_code("code", code)?;
    let Some(d) = existing.iter().find(|e| e.code == code) else {
        return Err(DepartmentEditError::UnknownDepartment(code));
    };
    if d.is_active() {
        return Err(DepartmentEditError::NotRetired(code));
    }
    if let Some(p) = &d.parent {
        check_parent_in_use(p, existing)?;
    }
    Ok(Department { retired_on: None, ..d.clone() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::department::parse_departments_csv;

    fn tree() -> Vec<Department> {
        let csv = "code,name,parent,tiers\nS01,総務部,,\nS0101,情報政策課,S01,lgwan\nS0102,戸籍住民課,S01,mynumber\n";
        parse_departments_csv(csv.as_bytes(), &[]).unwrap()
    }

    fn edit(code: &str, name: &str, parent: Option<&str>) -> DepartmentEdit {
        DepartmentEdit {
            code: code.into(),
            name: name.into(),
            parent: parent.map(Into::into),
            tiers: vec![Tier::Internet, Tier::Lgwan, Tier::Lgwan],
            attributes: vec![Attribute::Counter, Attribute::Outsourcing, Attribute::Counter],
        }
    }

    #[test]
    fn a_new_department_needs_a_unique_code_a_name_and_an_existing_parent() {
        let t = tree();
        let d = check_new(&edit(" S0103 ", " 福祉課 ", Some("S01")), &t).unwrap();
        assert_eq!((d.code.as_str(), d.name.as_str()), ("S0103", "福祉課"));
        assert_eq!(d.tiers, vec![Tier::Lgwan, Tier::Internet]);
        assert_eq!(check_new(&edit("S0101", "x", None), &t), Err(DepartmentEditError::DuplicateCode("S0101".into())));
        assert_eq!(check_new(&edit(" ", "x", None), &t), Err(DepartmentEditError::EmptyCode));
        assert_eq!(
            check_new(&edit("Ｓ０１０１", "x", None), &t),
            Err(DepartmentEditError::DuplicateCode("S0101".into())),
            "full-width digits are the same code"
        );
        assert_eq!(check_new(&edit("X", "x", Some("Ｓ０１")), &t).unwrap().parent.as_deref(), Some("S01"));
        let long_code = "1".repeat(crate::department::MAX_CODE_CHARS + 1);
        assert_eq!(
            check_new(&edit(&long_code, "x", None), &t),
            Err(DepartmentEditError::Text(TypedTextError::TooLong {
                field: "code",
                max: crate::department::MAX_CODE_CHARS
            }))
        );
        assert_eq!(
            check_new(&edit("X", "課\u{202E}", None), &t),
            Err(DepartmentEditError::Text(TypedTextError::ControlChar { field: "name" }))
        );
        assert_eq!(check_new(&edit("X", "  ", None), &t), Err(DepartmentEditError::EmptyName));
        assert_eq!(
            check_new(&edit("X", "x", Some("NOPE")), &t),
            Err(DepartmentEditError::UnknownParent("NOPE".into()))
        );
        assert_eq!(check_new(&edit("X", "x", Some("  ")), &t).unwrap().parent, None);
        let long = "あ".repeat(MAX_FIELD_CHARS + 1);
        assert_eq!(
            check_new(&edit("X", &long, None), &t),
            Err(DepartmentEditError::Text(TypedTextError::TooLong { field: "name", max: MAX_FIELD_CHARS }))
        );
    }

    #[test]
    fn a_change_keeps_the_tree_free_of_cycles() {
        let t = tree();
        assert_eq!(check_change(&edit("S0101", "情報システム課", Some("S01")), &t).unwrap().name, "情報システム課");
        assert_eq!(
            check_change(&edit("S01", "総務部", Some("S0101")), &t),
            Err(DepartmentEditError::Cycle { code: "S01".into(), parent: "S0101".into() })
        );
        assert_eq!(
            check_change(&edit("S01", "総務部", Some("S01")), &t),
            Err(DepartmentEditError::Cycle { code: "S01".into(), parent: "S01".into() })
        );
        assert_eq!(check_change(&edit("ZZ", "x", None), &t), Err(DepartmentEditError::UnknownDepartment("ZZ".into())));
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn with(mut t: Vec<Department>, d: Department) -> Vec<Department> {
        let at = t.iter().position(|e| e.code == d.code).unwrap();
        t[at] = d;
        t
    }

    #[test]
    fn a_department_is_retired_only_when_nothing_in_use_is_under_it() {
        let t = tree();
        assert_eq!(
            check_retire("S01", day(30), &t),
            Err(DepartmentEditError::HasActiveChildren {
                code: "S01".into(),
                children: "S0101 情報政策課、S0102 戸籍住民課".into()
            })
        );
        let r = check_retire("Ｓ０１０２", day(30), &t).unwrap();
        assert_eq!((r.code.as_str(), r.retired_on), ("S0102", Some(day(30))));
        let t = with(t, r);
        assert_eq!(crate::department::sections(&t).len(), 1, "a retired 課 answers no more");
        assert_eq!(
            check_retire("S0102", day(30), &t),
            Err(DepartmentEditError::AlreadyRetired { code: "S0102".into(), on: day(30) })
        );
        assert_eq!(check_retire("ZZ", day(30), &t), Err(DepartmentEditError::UnknownDepartment("ZZ".into())));
        // The 部 goes once its last 課 in use is gone, and does not turn into a section.
        let t = with(t.clone(), check_retire("S0101", day(30), &t).unwrap());
        let t = with(t.clone(), check_retire("S01", day(30), &t).unwrap());
        assert!(crate::department::sections(&t).is_empty());
        // Nothing new under a retired 部, and a 課 comes back only under a 部 in use.
        assert_eq!(check_new(&edit("X", "x", Some("S01")), &t), Err(DepartmentEditError::RetiredParent("S01".into())));
        assert_eq!(check_restore("S0101", &t), Err(DepartmentEditError::RetiredParent("S01".into())));
        let t = with(t.clone(), check_restore("S01", &t).unwrap());
        let back = check_restore("S0101", &t).unwrap();
        assert_eq!(back.retired_on, None);
        let t = with(t, back);
        assert_eq!(check_restore("S01", &t), Err(DepartmentEditError::NotRetired("S01".into())));
        // Renaming a retired department keeps its 廃止日.
        let t = with(t.clone(), check_retire("S0101", day(1), &t).unwrap());
        assert_eq!(check_change(&edit("S0101", "旧情報政策課", Some("S01")), &t).unwrap().retired_on, Some(day(1)));
    }
}
