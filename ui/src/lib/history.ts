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

/** The parts of a value: the answer and its comment, reason and plan, or the review mark and its comment. */
export function valueParts(v: ChangeValue | null, t: Translate): Part[] {
  if (!v) return [{ label: t('app-history-none'), text: null }];
  if (v.kind === 'review') {
    const parts: Part[] = [{ label: t(`app-review-${v.value.mark}`), text: null }];
    if (v.value.comment) parts.push({ label: t('app-history-comment'), text: v.value.comment });
    return parts;
  }
  const a = v.value;
  const parts: Part[] = [{ label: a.value ? t(`value-${a.value}`) : t('value-unanswered'), text: null }];
  if (a.unconfirmed) parts.push({ label: t('app-history-unconfirmed'), text: null });
  if (a.comment) parts.push({ label: t('app-history-comment'), text: a.comment });
  if (a.na_reason) parts.push({ label: t('app-history-reason'), text: a.na_reason });
  if (a.plan) {
    parts.push({ label: t('app-history-plan'), text: a.plan.action });
    if (a.plan.owner) parts.push({ label: t('app-history-owner'), text: a.plan.owner });
    parts.push({ label: t('app-history-due'), text: a.plan.due });
  }
  return parts;
}

/** Who made the change: the role, then the start of the terminal's key. */
export function whoText(c: ItemChange, t: Translate): string {
  const who = t('app-history-who', { role: c.role });
  return c.key ? `${who} ${t('app-history-key', { key: c.key })}` : who;
}

/** What was done (`answer.save` → 回答を保存). */
export function actionText(c: ItemChange, t: Translate): string {
  return t('app-history-action', { action: c.action.replace(/\./g, '-') });
}
