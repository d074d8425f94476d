//! The command line, as clap sees it. Help texts are not written here: they
//! come from the Fluent catalogue (see `localize.rs`), keyed by command path
//! and argument id.

use std::path::PathBuf;

use clap::{ArgAction, Args, Parser, Subcommand};
use tenken_core::FiscalYear;

/// tenken — 情報セキュリティ自己点検.
#[derive(Debug, Parser)]
#[command(
    name = "tenken",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    /// The database file (else $TENKEN_DB, else the OS data directory).
    /// $TENKEN_DB is read in `main` (not by clap) so that an empty one counts
    /// as unset, as shells write `TENKEN_DB= tenken …` to clear it.
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// ja or en (else $LANG).
    #[arg(long, global = true, value_name = "ja|en")]
    pub lang: Option<String>,
    #[arg(short = 'h', long, global = true, action = ArgAction::Help)]
    pub help: Option<bool>,
    #[arg(short = 'V', long, action = ArgAction::Version)]
    pub version: Option<bool>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Init,
    Demo {
        #[arg(long)]
        force: bool,
        #[arg(long, value_enum, default_value = "small", value_name = "small|ward")]
        scale: DemoScale,
        #[arg(long, value_name = "DIR")]
        reports: Option<PathBuf>,
        #[arg(long, env = "TENKEN_FONT", value_name = "PATH")]
        font: Option<PathBuf>,
    },
    Dept {
        #[command(subcommand)]
        command: DeptCommand,
    },
    Bench {
        #[arg(long, default_value_t = 250, value_name = "N")]
        sections: usize,
        #[arg(long, default_value_t = 120, value_name = "N")]
        items: usize,
        #[arg(long, default_value_t = 5, value_name = "N")]
        years: usize,
        #[arg(long)]
        scaling: bool,
        #[arg(long, value_name = "DIR")]
        keep: Option<PathBuf>,
        #[arg(long, env = "TENKEN_FONT", value_name = "PATH")]
        font: Option<PathBuf>,
    },
    Campaign {
        #[command(subcommand)]
        command: CampaignCommand,
    },
    Answer {
        #[command(subcommand)]
        command: AnswerCommand,
    },
    Submit {
        #[command(flatten)]
        section: SectionArgs,
        #[arg(long, value_name = "NAME")]
        respondent: Option<String>,
        #[arg(long, value_name = "NAME")]
        approver: Option<String>,
        #[arg(long, value_name = "DATE")]
        approved_on: Option<String>,
    },
    Reopen {
        #[command(flatten)]
        section: SectionArgs,
        #[arg(long)]
        reason: String,
    },
    Review {
        #[command(subcommand)]
        command: ReviewCommand,
    },
    Evidence {
        #[command(subcommand)]
        command: EvidenceCommand,
    },
    Staff {
        #[command(subcommand)]
        command: StaffCommand,
    },
    FollowUp {
        #[command(subcommand)]
        command: FollowUpCommand,
    },
    Onsite {
        #[command(subcommand)]
        command: OnsiteCommand,
    },
    Status {
        #[command(flatten)]
        args: ReportArgs,
        #[arg(long)]
        overdue: bool,
    },
    Summary(ReportArgs),
    Questionnaire {
        #[command(subcommand)]
        command: QuestionnaireCommand,
    },
    Log {
        #[command(subcommand)]
        command: LogCommand,
    },
    Report {
        #[command(subcommand)]
        command: ReportCommand,
    },
    Export {
        #[command(subcommand)]
        command: ExportCommand,
    },
    Package {
        #[command(subcommand)]
        command: PackageCommand,
    },
    Key {
        #[command(subcommand)]
        command: KeyCommand,
    },
    Backup {
        #[command(subcommand)]
        command: BackupCommand,
    },
    Auditor {
        #[command(subcommand)]
        command: AuditorCommand,
    },
    Role {
        #[command(subcommand)]
        command: RoleCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum DeptCommand {
    Import {
        #[arg(value_name = "CSV")]
        file: PathBuf,
    },
    List {
        #[arg(long)]
        json: bool,
    },
    /// 廃止: the department has no section in campaigns opened from now on.
    Retire {
        #[arg(value_name = "CODE", value_parser = dept_code)]
        code: String,
        /// 廃止日 (default: today); 2026-11-30 or 令和8年11月30日.
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
    },
    /// Takes a retired department back into use.
    Restore {
        #[arg(value_name = "CODE", value_parser = dept_code)]
        code: String,
    },
    /// 所属の属性: replaces a department's attributes (an empty text clears them).
    Attributes {
        #[arg(value_name = "CODE", value_parser = dept_code)]
        code: String,
        /// e.g. "主管課 システム所管" or "counter outsourcing".
        #[arg(value_name = "ATTRIBUTES")]
        attributes: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum CampaignCommand {
    Open {
        #[arg(long, value_name = "YYYY", allow_negative_numbers = true, value_parser = FiscalYear::parse)]
        year: FiscalYear,
        #[arg(long, value_name = "TOML")]
        questionnaire: PathBuf,
        #[arg(long)]
        carry_over: bool,
        #[command(flatten)]
        settings: CampaignSettingsArgs,
    },
    Set {
        #[arg(long, value_name = "YYYY", allow_negative_numbers = true, value_parser = FiscalYear::parse)]
        campaign: Option<FiscalYear>,
        #[command(flatten)]
        settings: CampaignSettingsArgs,
    },
    Show(ReportArgs),
    /// 総評: the auditor's overall assessment, printed at the head of the results.
    Assess {
        #[arg(long, value_name = "YYYY", allow_negative_numbers = true, value_parser = FiscalYear::parse)]
        campaign: Option<FiscalYear>,
        /// A UTF-8 text file with the paragraphs (one per line).
        #[arg(long, value_name = "FILE", conflicts_with = "text", required_unless_present = "text")]
        file: Option<PathBuf>,
        /// The text itself (an empty text clears the 総評).
        #[arg(long, value_name = "TEXT")]
        text: Option<String>,
    },
    /// 職員セルフチェック: the staff checklist the campaign asks, anonymous or named.
    Staff {
        #[arg(long, value_name = "YYYY", allow_negative_numbers = true, value_parser = FiscalYear::parse)]
        campaign: Option<FiscalYear>,
        #[arg(long, value_name = "TOML")]
        questionnaire: PathBuf,
        #[arg(long)]
        named: bool,
    },
    /// 重点テーマ: the clauses and items the auditor picks out for the year.
    Theme {
        #[arg(long, value_name = "YYYY", allow_negative_numbers = true, value_parser = FiscalYear::parse)]
        campaign: Option<FiscalYear>,
        /// The theme's title (required with clauses or items).
        #[arg(long, value_name = "TEXT", required_unless_present = "clear", conflicts_with = "clear")]
        title: Option<String>,
        /// A clause in the theme (all its items), as the checklist numbers it; repeatable.
        #[arg(long, value_name = "CLAUSE", conflicts_with = "clear")]
        clause: Vec<String>,
        /// An item in the theme, by its id; repeatable.
        #[arg(long, value_name = "ID", conflicts_with = "clear")]
        item: Vec<String>,
        /// Removes the theme.
        #[arg(long)]
        clear: bool,
    },
    List {
        #[arg(long)]
        json: bool,
    },
    Close {
        #[arg(long, value_name = "YYYY", allow_negative_numbers = true, value_parser = FiscalYear::parse)]
        year: FiscalYear,
    },
}

#[derive(Debug, Subcommand)]
pub enum AnswerCommand {
    Set {
        #[command(flatten)]
        section: SectionArgs,
        #[arg(long, value_name = "ID")]
        item: String,
        #[arg(long, value_parser = ["yes", "partial", "no", "na"])]
        value: String,
        #[arg(long)]
        comment: Option<String>,
        #[arg(long)]
        reason: Option<String>,
        #[arg(long, value_name = "TEXT")]
        plan: Option<String>,
        #[arg(long)]
        owner: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        due: Option<String>,
        /// 証跡の所在: the document and where it is kept.
        #[arg(long, value_name = "TEXT")]
        evidence: Option<String>,
    },
    List {
        #[command(flatten)]
        section: SectionArgs,
        #[arg(long)]
        json: bool,
    },
}

/// 職員セルフチェック on a section's terminal and at the auditor, through the
/// store functions the window's staff mode and roll-up call.
#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// One staff member's answers, in the order of the items asked.
    Answer {
        #[command(flatten)]
        section: SectionArgs,
        #[arg(long = "staff-no", id = "staff_no", value_name = "NO")]
        staff_no: Option<String>,
        #[arg(long, id = "staff_answers", value_name = "1,2,3…")]
        answers: String,
    },
    Import {
        #[command(flatten)]
        section: SectionArgs,
        #[arg(id = "staff_file", value_name = "CSV")]
        file: PathBuf,
    },
    Template {
        #[command(flatten)]
        section: SectionArgs,
    },
    Headcount {
        #[command(flatten)]
        section: SectionArgs,
        #[arg(id = "headcount", value_name = "N")]
        count: String,
    },
    Summary {
        #[arg(long, value_name = "YYYY", allow_negative_numbers = true, value_parser = FiscalYear::parse)]
        campaign: Option<FiscalYear>,
        #[arg(long, value_name = "CODE", value_parser = dept_code)]
        dept: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

/// 証跡ファイル: files attached to a section's answers, through the same
/// store functions as the window's answering panel and drill-down.
#[derive(Debug, Subcommand)]
pub enum EvidenceCommand {
    Add {
        #[command(flatten)]
        section: SectionArgs,
        #[arg(long, value_name = "ID")]
        item: String,
        #[arg(id = "evidence_files", required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    List {
        #[command(flatten)]
        section: SectionArgs,
        #[arg(long)]
        json: bool,
    },
    Save {
        #[command(flatten)]
        section: SectionArgs,
        #[arg(long, value_name = "ID")]
        item: String,
        #[arg(long = "name", id = "evidence_name", value_name = "FILE-NAME")]
        name: String,
        #[arg(short, long = "output", id = "evidence_out", value_name = "PATH")]
        out: PathBuf,
        #[arg(long = "force", id = "evidence_force")]
        force: bool,
    },
    Remove {
        #[command(flatten)]
        section: SectionArgs,
        #[arg(long, value_name = "ID")]
        item: String,
        #[arg(long = "name", id = "evidence_name", value_name = "FILE-NAME")]
        name: String,
    },
}

/// 措置状況: the follow-up of last year's improvement plans and 指摘,
/// through the same store functions as the window's.
#[derive(Debug, Subcommand)]
pub enum FollowUpCommand {
    List {
        #[arg(long, value_name = "CODE", value_parser = dept_code, id = "follow_up_dept")]
        dept: Option<String>,
        #[arg(long, value_name = "YYYY", allow_negative_numbers = true, value_parser = FiscalYear::parse, id = "follow_up_campaign")]
        campaign: Option<FiscalYear>,
        #[arg(long, id = "follow_up_json")]
        json: bool,
    },
    Answer {
        #[command(flatten)]
        section: SectionArgs,
        #[arg(long, value_name = "ID")]
        item: String,
        #[arg(long, id = "follow_up_state", value_name = "STATE")]
        state: String,
        #[arg(long = "new-due", id = "follow_up_due", value_name = "DATE")]
        new_due: Option<String>,
        #[arg(long, id = "follow_up_reason", value_name = "TEXT")]
        reason: Option<String>,
        #[arg(long, id = "follow_up_note", value_name = "TEXT")]
        note: Option<String>,
    },
}

/// 実地監査: the ranked proposal, the ward's rules, the confirmed selection
/// and the visits, through the same store functions as the window's.
#[derive(Debug, Subcommand)]
pub enum OnsiteCommand {
    Plan {
        #[arg(long, value_name = "YYYY", allow_negative_numbers = true, value_parser = FiscalYear::parse, id = "onsite_campaign")]
        campaign: Option<FiscalYear>,
        #[arg(long, id = "onsite_json")]
        json: bool,
    },
    Rules {
        #[arg(long = "rotation-years", id = "onsite_rotation_years", value_name = "N")]
        rotation_years: Option<u32>,
        #[arg(long = "visits-per-year", id = "onsite_visits_per_year", value_name = "N")]
        visits_per_year: Option<u32>,
    },
    Confirm {
        #[arg(long, value_name = "YYYY", allow_negative_numbers = true, value_parser = FiscalYear::parse, id = "onsite_campaign")]
        campaign: Option<FiscalYear>,
        #[arg(value_name = "CODE", value_parser = dept_code, id = "onsite_depts")]
        depts: Vec<String>,
    },
    List {
        #[arg(long, value_name = "YYYY", allow_negative_numbers = true, value_parser = FiscalYear::parse, id = "onsite_campaign")]
        campaign: Option<FiscalYear>,
        #[arg(long, id = "onsite_json")]
        json: bool,
    },
    Visit {
        #[command(flatten)]
        section: SectionArgs,
        #[arg(long, id = "onsite_date", value_name = "DATE")]
        date: String,
        #[arg(long, id = "onsite_auditors", value_name = "NAMES")]
        auditors: String,
        #[arg(long, id = "onsite_result", value_parser = ["good", "some_improvement", "improvement"], value_name = "good|some_improvement|improvement")]
        result: String,
        #[arg(long, id = "onsite_findings", value_name = "TEXT", default_value = "")]
        findings: String,
    },
}

/// 確認済み / 指摘: the auditor's mark on one answer, set through the same
/// store function as the window's.
#[derive(Debug, Subcommand)]
pub enum ReviewCommand {
    Set {
        #[command(flatten)]
        section: SectionArgs,
        #[arg(long, value_name = "ID")]
        item: String,
        #[arg(long, value_parser = ["confirmed", "finding"], value_name = "confirmed|finding")]
        mark: String,
        #[arg(long)]
        comment: Option<String>,
        /// 指摘の区分 (required with --mark finding).
        #[arg(long, value_parser = ["major", "minor", "observation", "recommendation"], value_name = "GRADE")]
        grade: Option<String>,
        /// 回答期限 of a 指摘: 2027-01-29 or 令和9年1月29日.
        #[arg(long, value_name = "DATE")]
        respond_by: Option<String>,
    },
    List(ReportArgs),
    /// The ward's names of the four grades: listed, renamed (--grade with
    /// --ja and --en) or given back the catalogue's words (--reset).
    Grades {
        #[arg(long, id = "grades_grade", value_parser = ["major", "minor", "observation", "recommendation"], value_name = "GRADE")]
        grade: Option<String>,
        #[arg(long, id = "grades_ja", value_name = "NAME", requires = "grades_grade")]
        ja: Option<String>,
        #[arg(long, id = "grades_en", value_name = "NAME", requires = "grades_grade")]
        en: Option<String>,
        #[arg(long, id = "grades_reset", requires = "grades_grade", conflicts_with_all = ["grades_ja", "grades_en"])]
        reset: bool,
    },
}

/// A `--dept` value read as the core reads every code (NFKC, trimmed), so
/// `--dept １０２０` finds 1020. A value that cannot be a code is kept as
/// typed and the lookup then says there is no such department.
pub fn dept_code(s: &str) -> Result<String, std::convert::Infallible> {
    Ok(tenken_core::department::lookup_code(s))
}

/// 提出期限, 問い合わせ先 and the report's 責任者・担当者 (each left as
/// stored when not given; an empty value clears it).
#[derive(Debug, Args)]
pub struct CampaignSettingsArgs {
    #[arg(long = "due", value_name = "DATE")]
    pub deadline: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub contact_unit: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub contact_phone: Option<String>,
    #[arg(long, value_name = "MAIL")]
    pub contact_mail: Option<String>,
    #[arg(long, value_name = "NAME")]
    pub lead: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub lead_unit: Option<String>,
    #[arg(long, value_name = "NAME")]
    pub staff: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub staff_unit: Option<String>,
    /// Whether 重点項目 answered 実施している need their 証跡の所在 (yes / no).
    #[arg(long, value_name = "yes|no", value_parser = ["yes", "no"])]
    pub evidence_required: Option<String>,
    /// The staff self-check response rate a section needs to submit (percent; "" clears).
    #[arg(long, value_name = "PERCENT")]
    pub staff_min_rate: Option<String>,
}

impl CampaignSettingsArgs {
    /// The values as the core's input.
    pub fn input(self) -> tenken_core::schedule::SettingsInput {
        tenken_core::schedule::SettingsInput {
            due: self.deadline,
            contact_unit: self.contact_unit,
            contact_phone: self.contact_phone,
            contact_mail: self.contact_mail,
            lead: self.lead,
            lead_unit: self.lead_unit,
            staff: self.staff,
            staff_unit: self.staff_unit,
            evidence_required: self.evidence_required.map(|v| v == "yes"),
            staff_min_rate: self.staff_min_rate,
        }
    }
}

/// Which section, in which campaign.
#[derive(Debug, Args)]
pub struct SectionArgs {
    #[arg(long, value_name = "CODE", value_parser = dept_code)]
    pub dept: String,
    #[arg(long, value_name = "YYYY", allow_negative_numbers = true, value_parser = FiscalYear::parse)]
    pub campaign: Option<FiscalYear>,
}

/// How big a demo `tenken demo` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DemoScale {
    /// 20 sections, two years: to look around.
    Small,
    /// 250 sections, 120 items, five years: to try tenken at a large ward's size.
    Ward,
}

/// Which campaign, and how to print.
#[derive(Debug, Args)]
pub struct ReportArgs {
    #[arg(long, value_name = "YYYY", allow_negative_numbers = true, value_parser = FiscalYear::parse)]
    pub campaign: Option<FiscalYear>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum QuestionnaireCommand {
    Validate {
        #[arg(required = true, value_name = "TOML")]
        files: Vec<PathBuf>,
    },
    Show {
        #[arg(value_name = "TOML")]
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    Scaffold {
        #[arg(value_name = "POLICY")]
        policy: PathBuf,
        #[arg(long, default_value = "my-checklist")]
        id: String,
        #[arg(short = 'o', long, value_name = "TOML")]
        out: Option<PathBuf>,
        // Replace an existing file of that name (never without it).
        #[arg(id = "overwrite", long = "force")]
        force: bool,
    },
    ImportXlsx {
        #[arg(value_name = "XLSX")]
        file: PathBuf,
        #[arg(long)]
        sheet: Option<String>,
        #[arg(long, default_value = "my-checklist")]
        id: String,
        #[arg(short = 'o', long, value_name = "TOML")]
        out: Option<PathBuf>,
        // Replace an existing file of that name (never without it).
        #[arg(id = "overwrite", long = "force")]
        force: bool,
    },
}

/// 監査ログ: checking and exporting the hash-chained record of changes.
#[derive(Debug, Subcommand)]
pub enum LogCommand {
    Verify,
    /// Writes the log as CSV (the one format an auditor's spreadsheet and
    /// a reviewer's script both read).
    Export {
        #[arg(short = 'o', long, value_name = "CSV")]
        out: Option<PathBuf>,
        // Replace an existing file of that name (never without it).
        #[arg(id = "overwrite", long = "force")]
        force: bool,
    },
}

/// `tenken auditor …`.
#[derive(Debug, Subcommand)]
pub enum AuditorCommand {
    /// Sets or changes the auditor's passphrase (read from the terminal or standard input).
    Passphrase,
}

/// `tenken role …`.
#[derive(Debug, Subcommand)]
pub enum RoleCommand {
    /// Shows what this terminal is for, and whether a passphrase protects it.
    Show,
    /// Makes this terminal the auditor's (sets the passphrase, or needs it).
    Auditor,
    /// Makes this terminal one section's (needs the passphrase where one is set).
    Section {
        #[arg(long, value_name = "CODE")]
        dept: String,
    },
}

/// `tenken package …`.
#[derive(Debug, Subcommand)]
pub enum PackageCommand {
    Distribute {
        #[arg(long, value_name = "YYYY", allow_negative_numbers = true, value_parser = FiscalYear::parse)]
        campaign: Option<FiscalYear>,
        #[arg(long, value_name = "CODE", value_parser = crate::cli::dept_code)]
        dept: Vec<String>,
        #[arg(long = "out", id = "out_dir", value_name = "DIR")]
        out_dir: PathBuf,
        // Replace an existing file of that name (never without it).
        #[arg(id = "overwrite", long = "force")]
        force: bool,
    },
    Open {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    Respond {
        #[arg(long = "out", id = "out_dir", value_name = "DIR")]
        out_dir: PathBuf,
        #[arg(long, value_name = "CODE", value_parser = crate::cli::dept_code)]
        dept: Option<String>,
        #[arg(long, value_name = "YYYY", allow_negative_numbers = true, value_parser = FiscalYear::parse)]
        campaign: Option<FiscalYear>,
        // Replace an existing file of that name (never without it).
        #[arg(id = "overwrite", long = "force")]
        force: bool,
    },
    Import {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        // Take a response signed by a key already pinned to another section
        // (one terminal answering for several): the auditor's explicit confirmation.
        #[arg(long)]
        allow_shared_key: bool,
    },
}

/// `tenken key …`.
#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    Show,
    Repin {
        #[arg(
            long,
            value_name = "CODE",
            value_parser = crate::cli::dept_code,
            conflicts_with = "auditor",
            required_unless_present = "auditor"
        )]
        dept: Option<String>,
        #[arg(long)]
        auditor: bool,
        #[arg(long, value_name = "XXXX-XXXX-…")]
        fingerprint: String,
        // The key is already trusted for another section and the auditor
        // confirmed that one terminal answers for both.
        #[arg(long, requires = "dept")]
        allow_shared_key: bool,
    },
}

/// `tenken backup …`.
#[derive(Debug, Subcommand)]
pub enum BackupCommand {
    Create {
        #[arg(long = "out", id = "backup_file", value_name = "FILE")]
        out: Option<PathBuf>,
    },
    Restore {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

/// `tenken report …`.
#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// 所属別点検結果票.
    Section {
        #[command(flatten)]
        section: SectionArgs,
        #[arg(id = "output_section", short = 'o', long = "output", value_name = "FILE.pdf")]
        output: PathBuf,
        #[arg(long, env = "TENKEN_FONT", value_name = "PATH")]
        font: Option<PathBuf>,
        // Replace an existing file of that name (never without it).
        #[arg(id = "overwrite", long = "force")]
        force: bool,
    },
    /// 自己点検結果報告書.
    Audit {
        #[arg(long, value_name = "YYYY", allow_negative_numbers = true, value_parser = FiscalYear::parse)]
        campaign: Option<FiscalYear>,
        #[arg(id = "output_audit", short = 'o', long = "output", value_name = "FILE.pdf|FILE.docx")]
        output: PathBuf,
        // PDF, or a Word document to edit; by default the output's extension decides.
        #[arg(id = "report_format", long = "format", value_enum, value_name = "pdf|docx")]
        format: Option<ReportFormat>,
        #[arg(long, env = "TENKEN_FONT", value_name = "PATH")]
        font: Option<PathBuf>,
        // Replace an existing file of that name (never without it).
        #[arg(id = "overwrite", long = "force")]
        force: bool,
    },
}

/// The file the consolidated report is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// The printed report.
    Pdf,
    /// A Word document with Word's styles, for the auditor to edit.
    Docx,
}

/// `tenken export …`.
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// 改善を要する事項 (partial / no / 指摘).
    Findings {
        #[arg(long, value_name = "YYYY", allow_negative_numbers = true, value_parser = FiscalYear::parse)]
        campaign: Option<FiscalYear>,
        // Its own help id, which says what this command writes.
        #[arg(id = "output_findings", short = 'o', long = "output", value_name = "FILE.xlsx|FILE.csv")]
        output: PathBuf,
        // Replace an existing file of that name (never without it).
        #[arg(id = "overwrite", long = "force")]
        force: bool,
    },
    /// Every answer.
    Answers {
        #[arg(long, value_name = "YYYY", allow_negative_numbers = true, value_parser = FiscalYear::parse)]
        campaign: Option<FiscalYear>,
        // Its own help id, which says what this command writes.
        #[arg(id = "output_answers", short = 'o', long = "output", value_name = "FILE.xlsx|FILE.csv")]
        output: PathBuf,
        // Replace an existing file of that name (never without it).
        #[arg(id = "overwrite", long = "force")]
        force: bool,
    },
    /// Progress and rates by section (what the board and the consolidation show).
    Progress {
        #[arg(long, value_name = "YYYY", allow_negative_numbers = true, value_parser = FiscalYear::parse)]
        campaign: Option<FiscalYear>,
        // Its own help id, which says what this command writes.
        #[arg(id = "output_progress", short = 'o', long = "output", value_name = "FILE.xlsx|FILE.csv")]
        output: PathBuf,
        // Replace an existing file of that name (never without it).
        #[arg(id = "overwrite", long = "force")]
        force: bool,
    },
}
