// Which items the answering screen lists and where the keys move. Whether an
// item is "unanswered" or "未確認" is not decided here: the store's `missing`
// list (tenken_core::campaign::missing_for_submit) says so.

import type { ItemAnswer } from '../bindings/ItemAnswer';
import type { Missing } from '../bindings/Missing';
import type { AutoNaReason } from '../bindings/AutoNaReason';

/** The list filter of the answering screen. */
export type ItemFilter = 'all' | 'unanswered' | 'unconfirmed';

/** The items the filter keeps, in checklist order. */
export function filterItems(items: readonly ItemAnswer[], missing: readonly Missing[], filter: ItemFilter): ItemAnswer[] {
  if (filter === 'all') return [...items];
  const wanted = new Set(missing.filter((m) => m.reason === filter).map((m) => m.item_id));
  return items.filter((i) => wanted.has(i.item_id));
}

/**
 * The item one `step` away from `id` within `shown` (the filtered list),
 * staying at the ends. When `id` is not in `shown` (it was just answered
 * and left the filter), the nearest shown item in that direction is taken,
 * by its place in `all`. With `answerable`, items that need no answer
 * (automatically not applicable) are passed over.
 */
export function neighbour(
  shown: readonly ItemAnswer[],
  all: readonly ItemAnswer[],
  id: string | null,
  step: 1 | -1,
  answerable = false,
): ItemAnswer | null {
  const order = new Map(all.map((item, k) => [item.item_id, k]));
  const here = id === null ? -1 : (order.get(id) ?? -1);
  const candidates = shown.filter((i) => !answerable || i.applies);
  const ahead = candidates.filter((i) => ((order.get(i.item_id) ?? 0) - here) * step > 0);
  if (ahead.length > 0) return step === 1 ? ahead[0] : ahead[ahead.length - 1];
  // At an end: stay on the current item if it is listed, else take the nearest end.
  const current = candidates.find((i) => i.item_id === id);
  return current ?? (step === 1 ? (candidates[candidates.length - 1] ?? null) : (candidates[0] ?? null));
}

/**
 * The next item still missing after `id` (wrapping around to the start), or
 * null when nothing is missing.
 */
export function nextMissing(items: readonly ItemAnswer[], missing: readonly Missing[], id: string | null): string | null {
  if (missing.length === 0) return null;
  const ids = new Set(missing.map((m) => m.item_id));
  const at = items.findIndex((i) => i.item_id === id);
  for (let k = 1; k <= items.length; k++) {
    const candidate = items[(at + k + items.length) % items.length];
    if (ids.has(candidate.item_id)) return candidate.item_id;
  }
  return null;
}

/** Items grouped under their clause, keeping the checklist order. */
export function byClause(items: readonly ItemAnswer[]): { clause: string; items: ItemAnswer[] }[] {
  const groups: { clause: string; items: ItemAnswer[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.clause === item.clause) last.items.push(item);
    else groups.push({ clause: item.clause, items: [item] });
  }
  return groups;
}

/**
 * The words for an item that is 該当なし by itself, with why: the system's
 * tiers, or the attribute the section lacks (tenken_i18n::Localizer::auto_na
 * says the same on paper and in the command line).
 */
export function autoNaText(reason: AutoNaReason | null | undefined, t: (id: string, args?: Record<string, string>) => string): string {
  if (reason?.kind === 'attribute') return t('value-auto-na-attribute', { attribute: t(`attribute-${reason.attribute}`) });
  return t('value-auto-na');
}

/** The answering panel's longer explanation of the same. */
export function autoNaExplain(reason: AutoNaReason | null | undefined, t: (id: string, args?: Record<string, string>) => string): string {
  if (reason?.kind === 'attribute') return t('app-auto-na-attribute-explain', { attribute: t(`attribute-${reason.attribute}`) });
  return t('app-auto-na-explain');
}
