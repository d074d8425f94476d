// Typed calls of the app's commands. The types are generated from Rust
// (ui/src/bindings, ts-rs); the names and arguments follow src-tauri/src/commands.rs.

import { invoke } from '@tauri-apps/api/core';
import type { FindingGrade } from '../bindings/FindingGrade';
import type { GradeName } from '../bindings/GradeName';
import type { GradeNameView } from '../bindings/GradeNameView';
import type { OnsiteView } from '../bindings/OnsiteView';
import type { OnsiteRules } from '../bindings/OnsiteRules';
import type { VisitInput } from '../bindings/VisitInput';
import type { FollowUp } from '../bindings/FollowUp';
import type { FollowUpAnswer } from '../bindings/FollowUpAnswer';
import type { FollowUpCounts } from '../bindings/FollowUpCounts';
import type { FollowUpInput } from '../bindings/FollowUpInput';
import type { About } from '../bindings/About';
import type { Answer } from '../bindings/Answer';
import type { AnswerInput } from '../bindings/AnswerInput';
import type { Boot } from '../bindings/Boot';
import type { BoardDeadlines } from '../bindings/BoardDeadlines';
import type { CampaignNotice } from '../bindings/CampaignNotice';
import type { CampaignOpened } from '../bindings/CampaignOpened';
import type { CampaignSettings } from '../bindings/CampaignSettings';
import type { CampaignView } from '../bindings/CampaignView';
import type { CommandError } from '../bindings/CommandError';
import type { AssessmentView } from '../bindings/AssessmentView';
import type { ThemeView } from '../bindings/ThemeView';
import type { ThemeInput } from '../bindings/ThemeInput';
import type { DateText } from '../bindings/DateText';
import type { Department } from '../bindings/Department';
import type { DepartmentEdit } from '../bindings/DepartmentEdit';
import type { DepartmentImport } from '../bindings/DepartmentImport';
import type { DepartmentsView } from '../bindings/DepartmentsView';
import type { DrillFilter } from '../bindings/DrillFilter';
import type { DrillRow } from '../bindings/DrillRow';
import type { EvidenceCopy } from '../bindings/EvidenceCopy';
import type { EvidenceFile } from '../bindings/EvidenceFile';
import type { ListedEvidence } from '../bindings/ListedEvidence';
import type { ExportKind } from '../bindings/ExportKind';
import type { StaffSummaryView } from '../bindings/StaffSummaryView';
import type { StaffSaved } from '../bindings/StaffSaved';
import type { StaffSheetInput } from '../bindings/StaffSheetInput';
import type { StaffView } from '../bindings/StaffView';
import type { ExportWritten } from '../bindings/ExportWritten';
import type { HistoryView } from '../bindings/HistoryView';
import type { ItemAnswer } from '../bindings/ItemAnswer';
import type { LangCode } from '../bindings/LangCode';
import type { Missing } from '../bindings/Missing';
import type { OpenChoices } from '../bindings/OpenChoices';
import type { PassphraseInput } from '../bindings/PassphraseInput';
import type { Questionnaire } from '../bindings/Questionnaire';
import type { Review } from '../bindings/Review';
import type { ReviewInput } from '../bindings/ReviewInput';
import type { ReviewRow } from '../bindings/ReviewRow';
import type { SectionOverview } from '../bindings/SectionOverview';
import type { SectionStatus } from '../bindings/SectionStatus';
import type { Settings } from '../bindings/Settings';
import type { SettingsInput } from '../bindings/SettingsInput';
import type { SignOff } from '../bindings/SignOff';
import type { SignOffInput } from '../bindings/SignOffInput';
import type { SubmissionEvent } from '../bindings/SubmissionEvent';
import type { SummaryView } from '../bindings/SummaryView';

/** A refusal of a command: its message is already in the user's language; `id` and `field` say which input it concerns. */
export class CommandFailure extends Error {
  constructor(
    message: string,
    readonly id: string | null = null,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

/** The sentence inside whatever a command rejected with. */
export function messageOf(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e && typeof e.message === 'string') return e.message;
  return String(e);
}

/** The catalogue id and named field of a refusal (see `CommandError`), if it has them. */
export function refusalOf(e: unknown): { message: string; id: string | null; field: string | null } {
  const o = e && typeof e === 'object' ? (e as Partial<CommandError>) : {};
  return { message: messageOf(e), id: typeof o.id === 'string' ? o.id : null, field: typeof o.field === 'string' ? o.field : null };
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    const r = refusalOf(e);
    throw new CommandFailure(r.message, r.id, r.field);
  }
}

export const api = {
  boot: () => call<Boot>('boot'),
  saveSettings: (settings: Settings, passphrase: PassphraseInput | null = null) =>
    call<Boot>('save_settings', { settings, passphrase }),
  unlock: (passphrase: string) => call<Boot>('unlock', { passphrase }),
  lock: () => call<Boot>('lock'),
  changePassphrase: (current: string, passphrase: string, confirmation: string) =>
    call<null>('change_passphrase', { current, passphrase, confirmation }),
  itemHistory: (year: number, dept: string, item: string) => call<HistoryView[]>('item_history', { year, dept, item }),
  setLang: (lang: LangCode) => call<string>('set_lang', { lang }),
  campaigns: () => call<CampaignView[]>('campaigns'),
  openChoices: () => call<OpenChoices>('open_choices'),
  openCampaign: (year: number, checklist: string, carry: boolean, settings: SettingsInput | null = null) =>
    call<CampaignOpened>('open_campaign', { year, checklist, carry, settings }),
  campaignNotice: (year: number) => call<CampaignNotice>('campaign_notice', { year }),
  setCampaignSettings: (year: number, input: SettingsInput) =>
    call<CampaignSettings>('set_campaign_settings', { year, input }),
  assessment: (year: number) => call<AssessmentView>('assessment', { year }),
  setAssessment: (year: number, text: string) => call<AssessmentView>('set_assessment', { year, text }),
  theme: (year: number) => call<ThemeView>('theme', { year }),
  setTheme: (year: number, input: ThemeInput) => call<ThemeView>('set_theme', { year, input }),
  boardDeadlines: (year: number) => call<BoardDeadlines>('board_deadlines', { year }),
  submissions: (year: number, dept: string) => call<SubmissionEvent[]>('submissions', { year, dept }),
  status: (year: number) => call<SectionStatus[]>('status', { year }),
  summary: (year: number) => call<SummaryView>('summary', { year }),
  exportCampaign: (year: number, kind: ExportKind) => call<ExportWritten>('export_campaign', { year, kind }),
  questionnaire: (year: number) => call<Questionnaire>('questionnaire', { year }),
  sectionOverview: (year: number, dept: string) => call<SectionOverview>('section_overview', { year, dept }),
  answers: (year: number, dept: string) => call<ItemAnswer[]>('answers', { year, dept }),
  saveAnswer: (year: number, dept: string, item: string, input: AnswerInput) =>
    call<Answer>('save_answer', { year, dept, item, input }),
  missing: (year: number, dept: string) => call<Missing[]>('missing', { year, dept }),
  submit: (year: number, dept: string, signoff: SignOffInput) => call<SignOff>('submit', { year, dept, signoff }),
  reopen: (year: number, dept: string, reason: string) => call<null>('reopen', { year, dept, reason }),
  departments: () => call<DepartmentsView>('departments'),
  addDepartment: (edit: DepartmentEdit) => call<Department>('add_department', { edit }),
  updateDepartment: (edit: DepartmentEdit) => call<Department>('update_department', { edit }),
  retireDepartment: (code: string) => call<Department>('retire_department', { code }),
  restoreDepartment: (code: string) => call<Department>('restore_department', { code }),
  importDepartments: (bytes: number[]) => call<DepartmentImport>('import_departments', { bytes }),
  drill: (year: number, filter: DrillFilter) => call<DrillRow[]>('drill', { year, filter }),
  setReview: (year: number, dept: string, item: string, input: ReviewInput) =>
    call<Review>('set_review', { year, dept, item, input }),
  formatDate: (text: string) => call<DateText | null>('format_date', { text }),
  formatTime: (text: string) => call<string | null>('format_time', { text }),
  about: () => call<About>('about'),
  evidenceFiles: (year: number, dept: string) => call<ListedEvidence[]>('evidence_files', { year, dept }),
  checkEvidenceSize: (name: string, size: number) => call<null>('check_evidence_size', { name, size }),
  addEvidence: (year: number, dept: string, item: string, name: string, bytes: number[]) =>
    call<EvidenceFile>('add_evidence', { year, dept, item, name, bytes }),
  removeEvidence: (year: number, dept: string, item: string, name: string) =>
    call<EvidenceFile>('remove_evidence', { year, dept, item, name }),
  openEvidence: (year: number, dept: string, item: string, name: string) =>
    call<EvidenceCopy>('open_evidence', { year, dept, item, name }),
  saveEvidence: (year: number, dept: string, item: string, name: string) =>
    call<EvidenceCopy>('save_evidence', { year, dept, item, name }),
  sectionFindings: (year: number, dept: string) => call<ReviewRow[]>('section_findings', { year, dept }),
  staffView: (year: number, dept: string) => call<StaffView>('staff_view', { year, dept }),
  saveStaffSheet: (year: number, dept: string, input: StaffSheetInput) =>
    call<StaffSaved>('save_staff_sheet', { year, dept, input }),
  setHeadcount: (year: number, dept: string, count: string) => call<number>('set_headcount', { year, dept, count }),
  staffSummary: (year: number) => call<StaffSummaryView>('staff_summary', { year }),
  followUps: (year: number, dept: string) => call<FollowUp[]>('follow_ups', { year, dept }),
  saveFollowUp: (year: number, dept: string, item: string, input: FollowUpInput) =>
    call<FollowUpAnswer>('save_follow_up', { year, dept, item, input }),
  followUpCounts: (year: number) => call<Record<string, FollowUpCounts>>('follow_up_counts', { year }),
  gradeNames: () => call<GradeNameView[]>('grade_names'),
  setGradeName: (input: GradeName) => call<string>('set_grade_name', { input }),
  resetGradeName: (grade: FindingGrade) => call<string>('reset_grade_name', { grade }),
  onsite: (year: number) => call<OnsiteView>('onsite', { year }),
  setOnsiteRules: (year: number, rules: OnsiteRules) => call<OnsiteView>('set_onsite_rules', { year, rules }),
  confirmOnsite: (year: number, depts: string[]) => call<OnsiteView>('confirm_onsite', { year, depts }),
  recordVisit: (year: number, dept: string, input: VisitInput) => call<OnsiteView>('record_visit', { year, dept, input }),
};
