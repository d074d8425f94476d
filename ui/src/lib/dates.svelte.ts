// Dates as every screen shows them: 令和9年3月31日 in Japanese, 31 March 2027
// in English. The words are the app's (tenken_core::fiscal through the
// `format_date` command, the one place dates are written); this keeps what it
// answered per language, so a table of dates renders at once after the first
// time and follows a language switch.

import { api } from './api';
import { lang } from './i18n.svelte';

const known = $state<Record<string, string>>({});
const asked = new Set<string>();

/** The calendar day of a stored date or time (`2027-03-31`, or the date part of an RFC 3339 time). */
export function dayOf(text: string): string {
  return text.trim().slice(0, 10);
}

/**
 * A stored date (or time: only its day is shown) written for the user. Until
 * the app has answered, the ISO day is shown; reading this inside a component
 * re-renders it when the answer arrives.
 */
export function dateText(text: string | null | undefined): string {
  if (!text) return '';
  const day = dayOf(text);
  const key = `${lang()}:${day}`;
  const hit = known[key];
  if (hit !== undefined) return hit;
  if (!asked.has(key)) {
    asked.add(key);
    api.formatDate(day).then(
      (d) => (known[key] = d?.display ?? day),
      () => (known[key] = day),
    );
  }
  return day;
}
