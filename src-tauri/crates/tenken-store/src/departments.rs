//! 所属 (departments): the ward's tree as imported from a CSV, read back in
//! import order. Every other entity starts from it (a campaign opens its
//! sections from the departments of the day), so it is its own place, below
//! them all. The checks are the core's (`department::parse_departments_csv`);
//! one department at a time is edited in `departments_edit.rs`.

use chrono::NaiveDate;
use rusqlite::params;
use serde::{Deserialize, Serialize};
use tenken_core::department::{Department, parse_departments_csv};
use tenken_core::role::Operation;

use crate::{
    Result, Store, StoreError, Tx, attributes_from_text, attributes_to_text, audit_log, tiers_from_text, tiers_to_text,
};

/// What a department import changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DepartmentImport {
    pub added: u32,
    pub updated: u32,
}

impl Store {
    /// Imports (adds or updates) departments from a CSV, all or nothing.
    pub fn import_departments(&mut self, csv: &[u8]) -> Result<DepartmentImport> {
        // The window hands over a file's bytes without a path: the same cap
        // as the command line's reader, so neither takes a file no ward has.
        let size = csv.len() as u64;
        if size > crate::input::MAX_TEXT {
            let path = std::path::PathBuf::from("CSV");
            return Err(crate::input::InputError::TooLarge { path, size, max: crate::input::MAX_TEXT }.into());
        }
        self.transaction(|t| t.import_departments(csv))
    }

    /// Every department, in the order they were imported.
    pub fn departments(&mut self) -> Result<Vec<Department>> {
        self.read(|t| t.departments())
    }
}

impl Tx<'_> {
    /// See [`Store::import_departments`].
    pub fn import_departments(&mut self, csv: &[u8]) -> Result<DepartmentImport> {
        self.authorize(Operation::EditDepartments)?;
        let existing = self.departments()?;
        let parsed = parse_departments_csv(csv, &existing)?;
        let mut next_position: i64 =
            self.tx.query_row("SELECT COALESCE(MAX(position), 0) + 1 FROM departments", [], |r| r.get(0))?;
        let mut result = DepartmentImport { added: 0, updated: 0 };
        for d in &parsed {
            let updated = self.tx.execute(
                "UPDATE departments SET name = ?2, parent = ?3, tiers = ?4, attributes = ?5 WHERE code = ?1",
                params![d.code, d.name, d.parent, tiers_to_text(&d.tiers), attributes_to_text(&d.attributes)],
            )?;
            if updated == 0 {
                self.tx.execute(
                    "INSERT INTO departments (code, name, parent, tiers, attributes, position)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        d.code,
                        d.name,
                        d.parent,
                        tiers_to_text(&d.tiers),
                        attributes_to_text(&d.attributes),
                        next_position
                    ],
                )?;
                next_position += 1;
                result.added += 1;
            } else {
                result.updated += 1;
            }
        }
        let codes: Vec<&str> = parsed.iter().map(|d| d.code.as_str()).collect();
        self.record("department.import", "departments", None, audit_log::json(&codes))?;
        tracing::info!(added = result.added, updated = result.updated, "departments imported");
        Ok(result)
    }

    /// See [`Store::departments`].
    pub fn departments(&mut self) -> Result<Vec<Department>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT code, name, parent, tiers, retired_on, attributes FROM departments ORDER BY position",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (code, name, parent, tiers, retired, attributes): (
                String,
                String,
                Option<String>,
                String,
                Option<String>,
                String,
            ) = row?;
            let retired_on = match retired {
                Some(d) => Some(
                    NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                        .map_err(|_| StoreError::Corrupt(format!("retired_on {d:?} of {code}")))?,
                ),
                None => None,
            };
            out.push(Department {
                code,
                name,
                parent,
                tiers: tiers_from_text(&tiers)?,
                retired_on,
                attributes: attributes_from_text(&attributes)?,
            });
        }
        Ok(out)
    }
}
