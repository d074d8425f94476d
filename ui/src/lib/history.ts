// An item's history as the window lists it: who, what, and the values
// before and after in words (実施している, the comment, the plan), never JSON.
// The values come typed from Rust (tenken-core history.rs); this only picks
// the catalogue's words for them.

import type { Args } from './i18n.svelte';
import type { ChangeValue } from '../bindings/ChangeValue';
import type { ItemChange } from '../bindings/ItemChange';

/** A translation function (the window's `t`). */
export type Translate = (id: string, args?: Args) => string;

/** One piece of a value: a label from the catalogue, and the user's text if any (shown as text, marked as user data). */
export type Part = { label: string; text: string | null };

/**
 * The parts of a value: the answer and its comment, reason and plan, or the
 * review mark and its comment. The answer reads 実施している（未確認）, and
 * 実施している（確認済み） when `other` (the value before) was the unconfirmed
 * one, so a confirmation reads as what it is. `date` writes the plan's due
 * date as every screen does.
 */
export function valueParts(
  v: ChangeValue | null,
  t: Translate,
  other: ChangeValue | null = null,
  date: (iso: string) => string = (iso) => iso,
): Part[] {
  if (!v) return [{ label: t('app-history-none'), text: null }];
  if (v.kind === 'review') {
    const parts: Part[] = [{ label: t(`app-review-${v.value.mark}`), text: null }];
    if (v.value.comment) parts.push({ label: t('app-history-comment'), text: v.value.comment });
    return parts;
  }
  if (v.kind === 'evidence') {
    return [{ label: t('app-history-evidence-file'), text: v.value.name }];
  }
  const a = v.value;
  const value = a.value ? t(`value-${a.value}`) : t('value-unanswered');
  const confirmedNow = !a.unconfirmed && other?.kind === 'answer' && other.value.unconfirmed;
  const state = a.unconfirmed ? 'unconfirmed' : confirmedNow ? 'confirmed' : null;
  const parts: Part[] = [{ label: state ? t('app-history-value-state', { value, state }) : value, text: null }];
  if (a.comment) parts.push({ label: t('app-history-comment'), text: a.comment });
  if (a.na_reason) parts.push({ label: t('app-history-reason'), text: a.na_reason });
  if (a.plan) {
    parts.push({ label: t('app-history-plan'), text: a.plan.action });
    if (a.plan.owner) parts.push({ label: t('app-history-owner'), text: a.plan.owner });
    parts.push({ label: t('app-history-due'), text: date(a.plan.due) });
  }
  return parts;
}

/**
 * Who made the change, in people's words: 監査担当, or the section's own
 * terminal (所属「7030」の端末: only a section's terminal may change its
 * answers, so a section-role change of `dept`'s item was made there). The
 * key's fingerprint is left to `keyText`, for a tooltip.
 */
export function whoText(c: ItemChange, t: Translate, dept: string | null = null): string {
  if (c.role === 'section' && dept) return t('app-history-who-section', { dept });
  return t('app-history-who', { role: c.role });
}

/** The start of the signing terminal's key (for those who compare fingerprints), or null. */
export function keyText(c: ItemChange, t: Translate): string | null {
  return c.key ? t('app-history-key', { key: c.key }) : null;
}

/** What was done (`answer.save` → 回答を保存). */
export function actionText(c: ItemChange, t: Translate): string {
  return t('app-history-action', { action: c.action.replace(/\./g, '-') });
}
