import { describe, expect, it } from 'vitest';
import { showsRates, tallyRate, weakest } from './staff';

const tally = (item_id: string, yes: number, no: number, unknown: number) => ({ item_id, yes, no, unknown });

describe('staff roll-up as shown', () => {
  it('counts わからない as a gap, not as yes', () => {
    expect(tallyRate(tally('a', 1, 1, 1))).toBeCloseTo(1 / 3);
    expect(tallyRate(tally('a', 0, 0, 0))).toBeNull();
  });
  it('shows no rates and no weakest items below three responses', () => {
    const two = { responses: 2, headcount: 5, items: [tally('a', 1, 1, 0)] };
    expect(showsRates(two, 3)).toBe(false);
    expect(weakest(two, 3, 5)).toEqual([]);
    const three = { responses: 3, headcount: 5, items: [tally('a', 3, 0, 0), tally('b', 1, 1, 1)] };
    expect(weakest(three, 3, 1).map((w) => w.tally.item_id)).toEqual(['b']);
  });
});
