//! Adding, changing and retiring (廃止) one department at a time (the
//! auditor's window and `tenken dept`).
//!
//! The checks are the core's (`department_edit`); this file only loads the
//! tree, asks, and writes. A campaign that is already open keeps the names,
//! tiers and sections it was opened with: edits count from the next campaign on.

use chrono::NaiveDate;
use rusqlite::params;
use tenken_core::department::Department;
use tenken_core::department_edit::{DepartmentEdit, check_change, check_new, check_restore, check_retire};
use tenken_core::role::Operation;

use crate::{Result, Store, Tx, attributes_to_text, tiers_to_text};

impl Tx<'_> {
    /// See [`Store::add_department`].
    pub fn add_department(&mut self, edit: &DepartmentEdit) -> Result<Department> {
        self.authorize(Operation::EditDepartments)?;
        let existing = self.departments()?;
        let d = check_new(edit, &existing)?;
        let position: i64 =
            self.connection().query_row("SELECT COALESCE(MAX(position), 0) + 1 FROM departments", [], |r| r.get(0))?;
        self.connection().execute(
            "INSERT INTO departments (code, name, parent, tiers, attributes, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![d.code, d.name, d.parent, tiers_to_text(&d.tiers), attributes_to_text(&d.attributes), position],
        )?;
        self.record("department.add", &d.code, None, crate::audit_log::json(&d))?;
        tracing::info!(code = %d.code, "department added");
        Ok(d)
    }

    /// See [`Store::update_department`].
    pub fn update_department(&mut self, edit: &DepartmentEdit) -> Result<Department> {
        self.authorize(Operation::EditDepartments)?;
        let existing = self.departments()?;
        let d = check_change(edit, &existing)?;
        self.connection().execute(
            "UPDATE departments SET name = ?2, parent = ?3, tiers = ?4, attributes = ?5 WHERE code = ?1",
            params![d.code, d.name, d.parent, tiers_to_text(&d.tiers), attributes_to_text(&d.attributes)],
        )?;
        let before = existing.iter().find(|e| e.code == d.code).and_then(crate::audit_log::json);
        self.record("department.change", &d.code, before, crate::audit_log::json(&d))?;
        tracing::info!(code = %d.code, "department changed");
        Ok(d)
    }

    /// See [`Store::retire_department`].
    pub fn retire_department(&mut self, code: &str, on: NaiveDate) -> Result<Department> {
        self.authorize(Operation::EditDepartments)?;
        let d = check_retire(code, on, &self.departments()?)?;
        self.set_retired_on(&d)?;
        self.record("department.retire", &d.code, None, crate::audit_log::json(&d))?;
        tracing::info!(code = %d.code, %on, "department retired");
        Ok(d)
    }

    /// See [`Store::restore_department`].
    pub fn restore_department(&mut self, code: &str) -> Result<Department> {
        self.authorize(Operation::EditDepartments)?;
        let existing = self.departments()?;
        let d = check_restore(code, &existing)?;
        self.set_retired_on(&d)?;
        let before = existing.iter().find(|e| e.code == d.code).and_then(crate::audit_log::json);
        self.record("department.restore", &d.code, before, crate::audit_log::json(&d))?;
        tracing::info!(code = %d.code, "department restored");
        Ok(d)
    }

    fn set_retired_on(&mut self, d: &Department) -> Result<()> {
        self.connection().execute(
            "UPDATE departments SET retired_on = ?2 WHERE code = ?1",
            params![d.code, d.retired_on.map(|on| on.format("%Y-%m-%d").to_string())],
        )?;
        Ok(())
    }
}

impl Store {
    /// Adds one department, checked against the tree (one transaction).
    pub fn add_department(&mut self, edit: &DepartmentEdit) -> Result<Department> {
        self.transaction(|t| t.add_department(edit))
    }

    /// Changes the name, parent or tiers of one department (one transaction).
    pub fn update_department(&mut self, edit: &DepartmentEdit) -> Result<Department> {
        self.transaction(|t| t.update_department(edit))
    }

    /// 廃止: takes a department out of every campaign opened from now on,
    /// keeping its row for the years that name it (one transaction).
    pub fn retire_department(&mut self, code: &str, on: NaiveDate) -> Result<Department> {
        self.transaction(|t| t.retire_department(code, on))
    }

    /// Takes a retired department back into use (one transaction).
    pub fn restore_department(&mut self, code: &str) -> Result<Department> {
        self.transaction(|t| t.restore_department(code))
    }
}

#[cfg(test)]
mod tests {
    use tenken_core::Tier;
    use tenken_core::department_edit::DepartmentEditError;

    use super::*;
    use crate::StoreError;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::create(&dir.path().join("t.db")).unwrap();
        s.import_departments("code,name,parent,tiers\nS01,総務部,,\nS0101,情報政策課,S01,lgwan\n".as_bytes()).unwrap();
        (dir, s)
    }

    #[test]
    fn added_and_changed_departments_are_stored_and_refusals_change_nothing() {
        let (_dir, mut s) = store();
        let new = DepartmentEdit {
            code: "S0102".into(),
            name: "人事課".into(),
            parent: Some("S01".into()),
            tiers: vec![Tier::Lgwan],
            attributes: vec![],
        };
        s.add_department(&new).unwrap();
        let changed =
            DepartmentEdit { name: "人事企画課".into(), tiers: vec![Tier::Lgwan, Tier::Internet], ..new.clone() };
        s.update_department(&changed).unwrap();
        let all = s.departments().unwrap();
        assert_eq!(all.len(), 3);
        assert_eq!(all[2].name, "人事企画課");
        assert_eq!(all[2].tiers, vec![Tier::Lgwan, Tier::Internet]);

        let err = s.add_department(&new).unwrap_err();
        assert!(matches!(err, StoreError::DepartmentEdit(DepartmentEditError::DuplicateCode(_))), "{err:?}");
        let cycle = DepartmentEdit {
            code: "S01".into(),
            name: "総務部".into(),
            parent: Some("S0102".into()),
            tiers: vec![],
            attributes: vec![],
        };
        assert!(matches!(
            s.update_department(&cycle),
            Err(StoreError::DepartmentEdit(DepartmentEditError::Cycle { .. }))
        ));
        assert_eq!(s.departments().unwrap(), all);
    }

    #[test]
    fn a_retired_section_is_kept_for_the_open_campaign_and_left_out_of_the_next() {
        let (dir, mut s) = store();
        s.add_department(&DepartmentEdit {
            code: "S0102".into(),
            name: "人事課".into(),
            parent: Some("S01".into()),
            tiers: vec![Tier::Lgwan],
            attributes: vec![],
        })
        .unwrap();
        let q = tenken_core::questionnaire::parse_questionnaire(tenken_core::shipped::TOSHIMA).unwrap();
        let fy = |y| tenken_core::FiscalYear::new(y).unwrap();
        s.open_campaign(fy(2026), &q, "t.toml", false).unwrap();
        let on = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();

        let before = s.departments().unwrap();
        let err = s.retire_department("S01", on).unwrap_err();
        assert!(matches!(err, StoreError::DepartmentEdit(DepartmentEditError::HasActiveChildren { .. })), "{err:?}");
        assert_eq!(s.departments().unwrap(), before, "a refusal changes nothing");

        assert_eq!(s.retire_department("S0102", on).unwrap().retired_on, Some(on));
        // Kept after a reopen of the database, and still a section of 2026.
        drop(s);
        let mut s = Store::open(&dir.path().join("t.db")).unwrap();
        let d = s.departments().unwrap();
        assert_eq!(d.iter().find(|d| d.code == "S0102").unwrap().retired_on, Some(on));
        assert_eq!(s.status(fy(2026)).unwrap().len(), 2);
        s.open_campaign(fy(2027), &q, "t.toml", false).unwrap();
        let next: Vec<String> = s.status(fy(2027)).unwrap().into_iter().map(|r| r.code).collect();
        assert_eq!(next, vec!["S0101".to_owned()]);
        // Back in use: the next campaign would have it again.
        assert_eq!(s.restore_department("S0102").unwrap().retired_on, None);
        assert!(matches!(
            s.restore_department("S0102"),
            Err(StoreError::DepartmentEdit(DepartmentEditError::NotRetired(_)))
        ));
    }
}
