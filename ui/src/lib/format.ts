// Numbers and colours of the consolidation. The rates themselves come from
// the core (tenken_core::aggregate); this only writes them.

/** A rate in 0..1 as a whole percentage in the given language, or null for "no rate yet". */
export function percent(rate: number | null, lang: string): string | null {
  if (rate === null || Number.isNaN(rate)) return null;
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** The heat-map class of a rate: `heat-0` … `heat-10`, or `heat-none`. */
export function heatClass(rate: number | null): string {
  if (rate === null || Number.isNaN(rate)) return 'heat-none';
  const step = Math.round(Math.min(1, Math.max(0, rate)) * 10);
  return `heat-${step}`;
}
