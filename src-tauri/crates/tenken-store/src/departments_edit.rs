//! Adding and changing one department at a time (the auditor's window).
//!
//! The checks are the core's (`department_edit`); this file only loads the
//! tree, asks, and writes. A campaign that is already open keeps the names
//! and tiers it was opened with: edits count from the next campaign on.

use rusqlite::params;
use tenken_core::department::Department;
use tenken_core::department_edit::{DepartmentEdit, check_change, check_new};
use tenken_core::role::Operation;

use crate::{Result, Store, Tx, tiers_to_text};

impl Tx<'_> {
    /// See [`Store::add_department`].
    pub fn add_department(&mut self, edit: &DepartmentEdit) -> Result<Department> {
        self.authorize(Operation::EditDepartments)?;
        let existing = self.departments()?;
        let d = check_new(edit, &existing)?;
        let position: i64 =
            self.connection().query_row("SELECT COALESCE(MAX(position), 0) + 1 FROM departments", [], |r| r.get(0))?;
        self.connection().execute(
            "INSERT INTO departments (code, name, parent, tiers, position) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![d.code, d.name, d.parent, tiers_to_text(&d.tiers), position],
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
            "UPDATE departments SET name = ?2, parent = ?3, tiers = ?4 WHERE code = ?1",
            params![d.code, d.name, d.parent, tiers_to_text(&d.tiers)],
        )?;
        let before = existing.iter().find(|e| e.code == d.code).and_then(crate::audit_log::json);
        self.record("department.change", &d.code, before, crate::audit_log::json(&d))?;
        tracing::info!(code = %d.code, "department changed");
        Ok(d)
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
        let cycle =
            DepartmentEdit {
                code: "S01".into(), name: "総務部".into(), parent: Some("S0102".into()), tiers: vec![]
            };
        assert!(matches!(
            s.update_department(&cycle),
            Err(StoreError::DepartmentEdit(DepartmentEditError::Cycle { .. }))
        ));
        assert_eq!(s.departments().unwrap(), all);
    }
}
