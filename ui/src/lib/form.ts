// The answer form's state and the input sent to the store. The form keeps
// what the user typed even when the store refuses it (e.g. 該当なし without a
// reason), so nothing typed is lost; the rules are applied by the store only.

import type { Answer } from '../bindings/Answer';
import type { AnswerInput } from '../bindings/AnswerInput';
import type { AnswerValue } from '../bindings/AnswerValue';

/** What the form holds for one item. */
export interface AnswerForm {
  value: AnswerValue | null;
  comment: string;
  naReason: string;
  planAction: string;
  planOwner: string;
  planDue: string;
  /** 証跡の所在. */
  evidence: string;
}

/** The form of an item, from its stored answer (or empty). */
export function formFromAnswer(a: Answer | null): AnswerForm {
  return {
    value: a?.value ?? null,
    comment: a?.comment ?? '',
    naReason: a?.na_reason ?? '',
    planAction: a?.plan?.action ?? '',
    planOwner: a?.plan?.owner ?? '',
    planDue: a?.plan?.due ?? '',
    evidence: a?.evidence ?? '',
  };
}

/** What is sent to `save_answer`: empty fields are left out. */
export function inputFromForm(f: AnswerForm): AnswerInput {
  const opt = (s: string) => (s.trim() === '' ? null : s);
  return {
    value: f.value,
    comment: opt(f.comment),
    na_reason: opt(f.naReason),
    plan_action: opt(f.planAction),
    plan_owner: opt(f.planOwner),
    plan_due: opt(f.planDue),
    evidence: opt(f.evidence),
  };
}

/** Whether two forms would save the same answer. */
export function sameForm(a: AnswerForm, b: AnswerForm): boolean {
  return (
    a.value === b.value &&
    a.comment === b.comment &&
    a.naReason === b.naReason &&
    a.planAction === b.planAction &&
    a.planOwner === b.planOwner &&
    a.planDue === b.planDue &&
    a.evidence === b.evidence
  );
}
