//! `tenken evidence add | list | save | remove`: 証跡ファイル on a section's
//! answers, through the store functions the window calls.

use std::path::Path;

use tenken_core::evidence::{self, EvidenceFile, MAX_FILE_BYTES, size_text};
use tenken_core::role::Operation;
use tenken_store::input::{check_input, read_input};
use tenken_store::{Store, StoreError};

use crate::cli::EvidenceCommand;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::output;

type Result<T = ()> = std::result::Result<T, CliError>;

/// Reads a file to attach. One larger than a file may be is refused by its
/// size before it is read, in the words of the evidence rules.
fn read_evidence(path: &Path) -> Result<(String, Vec<u8>)> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let size = check_input(path, u64::MAX).map_err(StoreError::from)?;
    evidence::check_size(&name, size).map_err(StoreError::from)?;
    let bytes = read_input(path, MAX_FILE_BYTES).map_err(StoreError::from)?;
    Ok((name, bytes))
}

impl Ctx {
    /// See the module docs.
    pub fn evidence(&self, command: EvidenceCommand) -> Result {
        match command {
            EvidenceCommand::Add { section, item, files } => {
                // Every file is read and checked before the database is opened for writing.
                let read: Vec<(String, Vec<u8>)> = files.iter().map(|p| read_evidence(p)).collect::<Result<_>>()?;
                let mut store = self.open_to_change(Some(Operation::SaveAnswer { dept: &section.dept }))?;
                let year = store.resolve_campaign(section.campaign)?;
                // All files or none: one transaction.
                let added = store.transaction(|t| {
                    read.iter()
                        .map(|(name, bytes)| t.add_evidence(year, &section.dept, &item, name, bytes))
                        .collect::<std::result::Result<Vec<EvidenceFile>, StoreError>>()
                })?;
                for f in added {
                    self.say(
                        "cli-evidence-added",
                        &[
                            ("dept", section.dept.clone().into()),
                            ("item", item.clone().into()),
                            ("name", f.name.into()),
                            ("size", size_text(f.size).into()),
                        ],
                    );
                }
            }
            EvidenceCommand::List { section, json } => {
                let mut store = Store::open_to_read(&self.db)?;
                let year = store.resolve_campaign(section.campaign)?;
                let files = store.evidence_files(year, &section.dept)?;
                if json {
                    output::out(&serde_json::to_string_pretty(&files).unwrap_or_default());
                    return Ok(());
                }
                if files.is_empty() {
                    self.say("cli-evidence-none", &[("dept", section.dept.into())]);
                    return Ok(());
                }
                let total: u64 = files.iter().map(|f| f.size).sum();
                let rows = files
                    .iter()
                    .map(|f| {
                        vec![
                            f.item_id.clone(),
                            f.name.clone(),
                            f.kind.code().to_uppercase(),
                            size_text(f.size),
                            f.sha256.get(..16).unwrap_or(&f.sha256).to_owned(),
                        ]
                    })
                    .collect();
                let h = ["col-item", "col-file-name", "col-file-kind", "col-file-size", "col-sha256"]
                    .map(|id| self.l.text(id))
                    .to_vec();
                output::out(&output::table(h, rows, &[3]));
                self.say("cli-evidence-total", &[("count", files.len().into()), ("size", size_text(total).into())]);
            }
            EvidenceCommand::Save { section, item, name, out, force } => {
                output::refuse_existing(&out, force)?;
                let mut store = Store::open_to_read(&self.db)?;
                let year = store.resolve_campaign(section.campaign)?;
                let (file, bytes) = store.evidence_content(year, &section.dept, &item, &name)?;
                crate::report_cmd::write_atomically(&out, &bytes)?;
                self.say(
                    "cli-evidence-saved",
                    &[("name", file.name.into()), ("path", out.display().to_string().into())],
                );
            }
            EvidenceCommand::Remove { section, item, name } => {
                let mut store = self.open_to_change(Some(Operation::SaveAnswer { dept: &section.dept }))?;
                let year = store.resolve_campaign(section.campaign)?;
                let file = store.remove_evidence(year, &section.dept, &item, &name)?;
                self.say(
                    "cli-evidence-removed",
                    &[("dept", section.dept.into()), ("item", item.into()), ("name", file.name.into())],
                );
            }
        }
        Ok(())
    }
}
