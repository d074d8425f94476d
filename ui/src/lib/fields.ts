// Which input a refusal concerns, so the window shows it directly under that
// field (red border, aria-invalid, focus moved there). The store decides what
// is refused; this only places the message.

/** The inputs of one answer. `value` is the radio group of the four answers. */
export type AnswerField = 'value' | 'comment' | 'naReason' | 'planAction' | 'planOwner' | 'planDue' | 'evidence';

/** The answer input a refusal names (catalogue id and its `field` argument); anything else goes under the answers. */
export function answerFieldOf(id: string | null, field: string | null): AnswerField {
  switch (id) {
    case 'answer-na-needs-reason':
      return 'naReason';
    case 'answer-needs-plan':
      return 'planAction';
    case 'answer-needs-due':
    case 'answer-bad-date':
    case 'answer-due-out-of-range':
      return 'planDue';
    case 'answer-control-char':
    case 'answer-too-long':
      return ({ comment: 'comment', reason: 'naReason', plan: 'planAction', owner: 'planOwner', evidence: 'evidence' } as const)[field ?? ''] ?? 'value';
    default:
      return 'value';
  }
}

/**
 * Whether a refusal for a missing entry is already put right by what is typed
 * now, so its message goes away at once rather than after the next save.
 */
export function answeredNow(id: string | null, text: string): boolean {
  return (id === 'answer-na-needs-reason' || id === 'answer-needs-plan' || id === 'answer-needs-due') && text.trim() !== '';
}

/** The department form's input a refusal names. */
export type DepartmentField = 'code' | 'name' | 'parent' | 'form';

/** The department input a refusal names (see tenken-core department_edit.rs). */
export function departmentFieldOf(id: string | null, field: string | null): DepartmentField {
  switch (id) {
    case 'dept-edit-empty-code':
    case 'dept-edit-duplicate':
    case 'dept-edit-unknown':
      return 'code';
    case 'dept-edit-empty-name':
      return 'name';
    case 'dept-edit-unknown-parent':
    case 'dept-edit-cycle':
    case 'dept-edit-retired-parent':
      return 'parent';
    case 'dept-edit-too-long':
    case 'dept-edit-control-char':
      return field === 'code' || field === 'parent' ? field : 'name';
    default:
      return 'form';
  }
}

/** The 重点テーマ form's inputs: the title, and the checklist of clauses. */
export type ThemeField = 'title' | 'clauses';

/** The theme input a refusal names (see tenken-core theme.rs). */
export function themeFieldOf(id: string | null): ThemeField {
  return id !== null && id.startsWith('theme-title-') ? 'title' : 'clauses';
}
