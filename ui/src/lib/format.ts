// Numbers and colours of the consolidation. The rates themselves come from
// the core (tenken_core::aggregate), and so do the rules they are written
// and banded by (`RateRules`, received through Boot and set by
// `setRateRules`): this only applies them.

import type { RateRules } from '../bindings/RateRules';

let rules: RateRules | null = null;

/** Takes the rate rules the window received at boot. */
export function setRateRules(received: RateRules): void {
  rules = received;
}

function rateRules(): RateRules {
  if (rules === null) throw new Error('the rate rules arrive with Boot; setRateRules was not called');
  return rules;
}

/**
 * A figure in percent as it is shown: rounded to `decimals` places the way
 * people round (四捨五入, a half away from zero; a billionth added so a half
 * held a hair below in binary, as 23/80, still goes up), in units of the last
 * place. The same steps as the core's `aggregate::shown_units` on the same numbers,
 * so every rate reads here as on paper; `format.test.ts` checks it against
 * what the paper writes for every k/n up to 80 (`bindings/rate-cases.json`).
 */
function shownUnits(percent: number, decimals: number): number {
  const units = Math.floor(Math.abs(percent) * 10 ** decimals + 0.5 + 1e-9);
  return percent < 0 ? -units : units;
}

/** Units of the last place as digits (63 at one decimal → 6.3). */
function unitsText(units: number, decimals: number): string {
  const digits = String(Math.abs(units)).padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = decimals > 0 ? `.${digits.slice(digits.length - decimals)}` : '';
  return `${units < 0 ? '-' : ''}${whole}${fraction}`;
}

/**
 * A rate in 0..1 as every list, the command line and the paper write it
 * (75.0%, the same in both languages), or null for "no rate yet".
 */
export function percent(rate: number | null): string | null {
  if (rate === null || Number.isNaN(rate)) return null;
  const { decimals } = rateRules();
  return `${unitsText(shownUnits(rate * 100, decimals), decimals)}%`;
}

/** A heat-map cell's rate: the whole percentage its band is judged by (75%). */
export function cellPercent(rate: number | null): string | null {
  if (rate === null || Number.isNaN(rate)) return null;
  return `${unitsText(shownUnits(rate * 100, 0), 0)}%`;
}

/**
 * How a rate moved since last year, in percentage points, as the paper and
 * `tenken staff summary` write it: ▲ +3.2 / ▼ −1.0 / ±0.0, — without both years.
 */
export function change(now: number | null, before: number | null): string {
  if (now === null || before === null) return '—';
  const { decimals } = rateRules();
  const units = shownUnits((now - before) * 100, decimals);
  const magnitude = unitsText(Math.abs(units), decimals);
  if (units > 0) return `▲ +${magnitude}`;
  if (units < 0) return `▼ −${magnitude}`;
  return `±${magnitude}`;
}

/** What a heat-map cell holds: a rate, answers still missing, or nothing the section's 系 asks. */
export type HeatKind = 'lt50' | 'lt75' | 'lt90' | 'top' | 'unanswered' | 'excluded';

/**
 * The band of a heat-map cell, on the blue–orange scale the PDF uses too,
 * judged by the whole percentage the cell shows against the core's floors
 * (so a cell reading 75% is never coloured as 50–74 %); a cell with no rate
 * is 未回答, or 対象外 when the section's 系 leave the clause out.
 */
export function heatKind(rate: number | null, excluded = false): HeatKind {
  if (excluded) return 'excluded';
  if (rate === null || Number.isNaN(rate)) return 'unanswered';
  const [from50, from75, from90] = rateRules().floors;
  const pct = shownUnits(Math.min(1, Math.max(0, rate)) * 100, 0);
  if (pct < from50) return 'lt50';
  if (pct < from75) return 'lt75';
  if (pct < from90) return 'lt90';
  return 'top';
}

/** The bands in the legend's order, lowest first. */
export const HEAT_KINDS: HeatKind[] = ['lt50', 'lt75', 'lt90', 'top', 'unanswered', 'excluded'];
