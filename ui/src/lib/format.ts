// Numbers and colours of the consolidation. The rates themselves come from
// the core (tenken_core::aggregate); this only writes them.

/** A rate in 0..1 as a whole percentage in the given language, or null for "no rate yet". */
export function percent(rate: number | null, lang: string): string | null {
  if (rate === null || Number.isNaN(rate)) return null;
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** What a heat-map cell holds: a rate, answers still missing, or nothing the section's 系 asks. */
export type HeatKind = 'lt50' | 'lt75' | 'lt90' | 'top' | 'unanswered' | 'excluded';

/**
 * The band of a heat-map cell, on the blue–orange scale the PDF uses too:
 * under 50 %, 50–74 %, 75–89 %, 90–100 % of the whole percentage shown
 * (so a cell reading 75% is never coloured as 50–74 %); a cell with no rate
 * is 未回答, or 対象外 when the section's 系 leave the clause out.
 */
export function heatKind(rate: number | null, excluded = false): HeatKind {
  if (excluded) return 'excluded';
  if (rate === null || Number.isNaN(rate)) return 'unanswered';
  const pct = Math.round(Math.min(1, Math.max(0, rate)) * 100);
  if (pct < 50) return 'lt50';
  if (pct < 75) return 'lt75';
  if (pct < 90) return 'lt90';
  return 'top';
}

/** The bands in the legend's order, lowest first. */
export const HEAT_KINDS: HeatKind[] = ['lt50', 'lt75', 'lt90', 'top', 'unanswered', 'excluded'];

/**
 * A file's size as people read it, the same rule as the core's
 * `evidence::size_text` (which the reports and the command line print):
 * 312 B, 48 KB, 4.8 MB.
 */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
