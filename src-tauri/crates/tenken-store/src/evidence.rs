//! 証跡ファイル: the files a section attaches to its answers, kept in the
//! database beside them (see `schema_v9.sql`). What may be attached is the
//! core's decision ([`tenken_core::evidence`]); this module stores, lists and
//! hands out the bytes, and logs every change.

use rusqlite::{OptionalExtension, params};
use tenken_core::FiscalYear;
use tenken_core::evidence::{self, EvidenceFile, EvidenceKind};
use tenken_core::role::Operation;

use crate::{Result, Store, StoreError, Tx, now};

fn file_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(String, String, String, i64, String, String)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
}

fn into_file(row: (String, String, String, i64, String, String)) -> Result<EvidenceFile> {
    let (item_id, name, kind, size, sha256, added_at) = row;
    let kind = EvidenceKind::from_code(&kind).ok_or_else(|| StoreError::Corrupt(format!("evidence kind {kind}")))?;
    let size = u64::try_from(size).map_err(|_| StoreError::Corrupt("evidence size".to_owned()))?;
    Ok(EvidenceFile { item_id, name, kind, size, sha256, added_at })
}

const FILE_COLUMNS: &str = "item, name, kind, size, sha256, added_at";

impl Tx<'_> {
    /// Attaches one file to an answer of a section that can still change its
    /// answers: checked by the core's rules (name, kind by content, size,
    /// the section's bounds), stored with its hash, logged as `evidence.add`.
    pub fn add_evidence(
        &mut self,
        year: FiscalYear,
        dept: &str,
        item: &str,
        name: &str,
        bytes: &[u8],
    ) -> Result<EvidenceFile> {
        self.editable_item(year, dept, item)?;
        let (name, kind) = evidence::check_file(name, bytes)?;
        let existing = self.evidence_files(year, dept)?;
        if existing.iter().any(|f| f.item_id == item && f.name == name) {
            return Err(evidence::EvidenceError::Duplicate { item: item.to_owned(), name }.into());
        }
        evidence::check_section(&existing, bytes.len() as u64)?;
        let file = EvidenceFile {
            item_id: item.to_owned(),
            name,
            kind,
            size: bytes.len() as u64,
            sha256: evidence::sha256_hex(bytes),
            added_at: now(),
        };
        self.insert_evidence(year, dept, &file, bytes)?;
        let subject = crate::audit_log::item_subject(year, dept, item);
        self.record("evidence.add", &subject, None, crate::audit_log::json(&file))?;
        Ok(file)
    }

    /// Writes one file row as it is (the caller has checked it).
    pub(crate) fn insert_evidence(
        &mut self,
        year: FiscalYear,
        dept: &str,
        file: &EvidenceFile,
        bytes: &[u8],
    ) -> Result<()> {
        self.connection()
            .prepare_cached(
                "INSERT INTO evidence_files (year, dept, item, name, kind, size, sha256, content, added_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                year.year(),
                dept,
                file.item_id,
                file.name,
                file.kind.code(),
                file.size as i64,
                file.sha256,
                bytes,
                file.added_at
            ])?;
        Ok(())
    }

    /// Takes one file off an answer (logged as `evidence.remove`, with what it was).
    pub fn remove_evidence(&mut self, year: FiscalYear, dept: &str, item: &str, name: &str) -> Result<EvidenceFile> {
        self.editable_section(year, dept)?;
        let (file, _) = self.evidence_content(year, dept, item, name)?;
        self.connection().execute(
            "DELETE FROM evidence_files WHERE year = ?1 AND dept = ?2 AND item = ?3 AND name = ?4",
            params![year.year(), dept, item, file.name],
        )?;
        let subject = crate::audit_log::item_subject(year, dept, item);
        self.record("evidence.remove", &subject, crate::audit_log::json(&file), None)?;
        Ok(file)
    }

    /// A section's files, by item then name.
    pub fn evidence_files(&mut self, year: FiscalYear, dept: &str) -> Result<Vec<EvidenceFile>> {
        let mut stmt = self.connection().prepare_cached(&format!(
            "SELECT {FILE_COLUMNS} FROM evidence_files WHERE year = ?1 AND dept = ?2 ORDER BY item, name"
        ))?;
        let rows = stmt.query_map(params![year.year(), dept], file_from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().map(into_file).collect()
    }

    /// Every file of a campaign (without its bytes), by section and item.
    pub(crate) fn campaign_evidence(
        &mut self,
        year: FiscalYear,
    ) -> Result<std::collections::HashMap<(String, String), Vec<EvidenceFile>>> {
        let mut stmt = self.connection().prepare_cached(&format!(
            "SELECT {FILE_COLUMNS}, dept FROM evidence_files WHERE year = ?1 ORDER BY dept, item, name"
        ))?;
        let rows = stmt
            .query_map([year.year()], |r| Ok((file_from_row(r)?, r.get::<_, String>(6)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut out: std::collections::HashMap<(String, String), Vec<EvidenceFile>> = Default::default();
        for (row, dept) in rows {
            let f = into_file(row)?;
            out.entry((dept, f.item_id.clone())).or_default().push(f);
        }
        Ok(out)
    }

    /// How many files and bytes each section of a campaign attached (sections without files are left out).
    pub fn evidence_counts(&mut self, year: FiscalYear) -> Result<Vec<(String, u32, u64)>> {
        let mut stmt = self.connection().prepare_cached(
            "SELECT dept, COUNT(*), SUM(size) FROM evidence_files WHERE year = ?1 GROUP BY dept ORDER BY dept",
        )?;
        let rows = stmt
            .query_map([year.year()], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?, r.get::<_, i64>(2)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows.into_iter().map(|(d, n, s)| (d, n, u64::try_from(s).unwrap_or(0))).collect())
    }

    /// One file with its bytes. The name is looked up as attaching stores it
    /// (trimmed, NFC), so what the list printed finds the file.
    pub fn evidence_content(
        &mut self,
        year: FiscalYear,
        dept: &str,
        item: &str,
        name: &str,
    ) -> Result<(EvidenceFile, Vec<u8>)> {
        self.authorize(Operation::View { dept: Some(dept) })?;
        self.section_exists(year, dept)?;
        let wanted = evidence::check_name(name).unwrap_or_else(|_| name.to_owned());
        let row = self
            .connection()
            .prepare_cached(&format!(
                "SELECT {FILE_COLUMNS}, content FROM evidence_files
                 WHERE year = ?1 AND dept = ?2 AND item = ?3 AND name = ?4"
            ))?
            .query_row(params![year.year(), dept, item, wanted], |r| Ok((file_from_row(r)?, r.get::<_, Vec<u8>>(6)?)))
            .optional()?;
        let Some((row, bytes)) = row else {
            return Err(StoreError::EvidenceNotFound { item: item.to_owned(), name: name.to_owned() });
        };
        let file = into_file(row)?;
        // What leaves the database is what went in: a changed byte is said, never handed out.
        if evidence::sha256_hex(&bytes) != file.sha256 {
            return Err(StoreError::Corrupt(format!("evidence file {} of {dept}/{item}", file.name)));
        }
        Ok((file, bytes))
    }

    /// Every file of a section with its bytes, for its response package.
    pub(crate) fn evidence_with_content(
        &mut self,
        year: FiscalYear,
        dept: &str,
    ) -> Result<Vec<(EvidenceFile, Vec<u8>)>> {
        let mut stmt = self.connection().prepare_cached(&format!(
            "SELECT {FILE_COLUMNS}, content FROM evidence_files WHERE year = ?1 AND dept = ?2 ORDER BY item, name"
        ))?;
        let rows = stmt
            .query_map(params![year.year(), dept], |r| Ok((file_from_row(r)?, r.get::<_, Vec<u8>>(6)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().map(|(row, bytes)| Ok((into_file(row)?, bytes))).collect()
    }

    /// Replaces a section's files by those of a response package (already
    /// checked), as its answers are replaced. Logged once, as the counts
    /// before and after, when anything changed.
    pub(crate) fn replace_evidence(
        &mut self,
        year: FiscalYear,
        dept: &str,
        files: &[EvidenceFile],
        bytes_of: impl Fn(&str) -> Option<Vec<u8>>,
    ) -> Result<bool> {
        let before = self.evidence_files(year, dept)?;
        if before == files {
            return Ok(false);
        }
        self.connection()
            .execute("DELETE FROM evidence_files WHERE year = ?1 AND dept = ?2", params![year.year(), dept])?;
        for f in files {
            let bytes = bytes_of(&f.sha256).ok_or_else(|| StoreError::Corrupt(format!("evidence {}", f.name)))?;
            self.insert_evidence(year, dept, f, &bytes)?;
        }
        let subject = format!("{}/{dept}", year.year());
        let names = |fs: &[EvidenceFile]| fs.iter().map(|f| format!("{}/{}", f.item_id, f.name)).collect::<Vec<_>>();
        self.record(
            "evidence.receive",
            &subject,
            crate::audit_log::json(&names(&before)),
            crate::audit_log::json(&names(files)),
        )?;
        Ok(true)
    }
}

impl Store {
    /// See [`Tx::add_evidence`].
    pub fn add_evidence(
        &mut self,
        year: FiscalYear,
        dept: &str,
        item: &str,
        name: &str,
        bytes: &[u8],
    ) -> Result<EvidenceFile> {
        self.transaction(|t| t.add_evidence(year, dept, item, name, bytes))
    }

    /// See [`Tx::remove_evidence`].
    pub fn remove_evidence(&mut self, year: FiscalYear, dept: &str, item: &str, name: &str) -> Result<EvidenceFile> {
        self.transaction(|t| t.remove_evidence(year, dept, item, name))
    }

    /// See [`Tx::evidence_files`].
    pub fn evidence_files(&mut self, year: FiscalYear, dept: &str) -> Result<Vec<EvidenceFile>> {
        self.read(|t| {
            t.authorize(Operation::View { dept: Some(dept) })?;
            t.section_exists(year, dept)?;
            t.evidence_files(year, dept)
        })
    }

    /// See [`Tx::evidence_content`].
    pub fn evidence_content(
        &mut self,
        year: FiscalYear,
        dept: &str,
        item: &str,
        name: &str,
    ) -> Result<(EvidenceFile, Vec<u8>)> {
        self.read(|t| t.evidence_content(year, dept, item, name))
    }
}
