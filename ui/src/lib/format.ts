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

function written(rate: number, lang: string, decimals: number): string {
  return new Intl.NumberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(rate);
}

/**
 * A rate in 0..1 as every list, the command line and the paper write it
 * (75.0%), or null for "no rate yet".
 */
export function percent(rate: number | null, lang: string): string | null {
  if (rate === null || Number.isNaN(rate)) return null;
  return written(rate, lang, rateRules().decimals);
}

/** A heat-map cell's rate: the whole percentage its band is judged by (75%). */
export function cellPercent(rate: number | null, lang: string): string | null {
  if (rate === null || Number.isNaN(rate)) return null;
  return written(rate, lang, 0);
}

/**
 * How a rate moved since last year, in points: ▲ +5.0 / ▼ −3.0 / ±0.0, or —
 * when either year has no rate (the arrow says it without colour).
 */
export function change(now: number | null, before: number | null): string {
  if (now === null || before === null) return '—';
  const { decimals } = rateRules();
  const points = (now - before) * 100;
  if (Math.abs(points) < 0.5 * 10 ** -decimals) return `±${(0).toFixed(decimals)}`;
  return points > 0 ? `▲ +${points.toFixed(decimals)}` : `▼ −${(-points).toFixed(decimals)}`;
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
  const pct = Math.round(Math.min(1, Math.max(0, rate)) * 100);
  if (pct < from50) return 'lt50';
  if (pct < from75) return 'lt75';
  if (pct < from90) return 'lt90';
  return 'top';
}

/** The bands in the legend's order, lowest first. */
export const HEAT_KINDS: HeatKind[] = ['lt50', 'lt75', 'lt90', 'top', 'unanswered', 'excluded'];
