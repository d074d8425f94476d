// The staff self-check as the window shows it. The counting and the rule of
// three are Rust's (tenken_core::staff); this only reads a roll-up.

import type { StaffRollup } from '../bindings/StaffRollup';
import type { StaffTally } from '../bindings/StaffTally';

/** The share of はい of one tally (わからない is not はい), or null with no answers. */
export function tallyRate(t: StaffTally): number | null {
  const total = t.yes + t.no + t.unknown;
  return total > 0 ? t.yes / total : null;
}

/** Whether a roll-up may show rates: `min` or more answered (the core sends the number). */
export function showsRates(r: StaffRollup | null, min: number): boolean {
  return r !== null && r.responses >= min;
}

/** The items with the lowest share of はい, weakest first (none when rates may not be shown). */
export function weakest(r: StaffRollup | null, min: number, n: number): Array<{ tally: StaffTally; rate: number }> {
  if (!r || !showsRates(r, min)) return [];
  return r.items
    .map((tally) => ({ tally, rate: tallyRate(tally) }))
    .filter((x): x is { tally: StaffTally; rate: number } => x.rate !== null)
    .sort((a, b) => a.rate - b.rate || a.tally.item_id.localeCompare(b.tally.item_id))
    .slice(0, n);
}
