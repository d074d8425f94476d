import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cellPercent, change, heatKind, percent, setRateRules, type HeatKind } from './format';

/** What the paper writes, per denominator n, for k/n (k = 0..n): written by the app's bindings test. */
const PAPER: {
  percent: Record<string, string[]>;
  cell: Record<string, string[]>;
  band: Record<string, string[]>;
  change: Record<string, string[][]>;
} = JSON.parse(readFileSync(new URL('../bindings/rate-cases.json', import.meta.url), 'utf8'));
/** The core's RateBand (serde names) as the window's heat kinds. */
const BAND: Record<string, HeatKind> = { under50: 'lt50', from50: 'lt75', from75: 'lt90', from90: 'top' };

// As Boot sends them (tenken_i18n::RATE_DECIMALS, tenken_core RateBand::FLOORS).
beforeAll(() => setRateRules({ decimals: 1, floors: [50, 75, 90] }));

describe('rates as shown', () => {
  // The same cases as tenken-i18n's `percent` and `change` tests.
  it('writes rates with the decimals the paper and the command line use', () => {
    expect(percent(0.75)).toBe('75.0%');
    expect(percent(1)).toBe('100.0%');
    expect(percent(1 / 3)).toBe('33.3%');
    expect(percent(null)).toBeNull();
  });

  it('writes a heat-map cell as the whole percentage it is banded by', () => {
    expect(cellPercent(0.755)).toBe('76%');
    expect(cellPercent(null)).toBeNull();
  });

  it('writes the change in points with an arrow, ±0.0 when it did not move', () => {
    expect(change(0.8, 0.75)).toBe('▲ +5.0');
    expect(change(0.7, 0.75)).toBe('▼ −5.0');
    expect(change(0.5, 0.5004)).toBe('±0.0');
    expect(change(null, 0.5)).toBe('—');
  });

  it('follows the rules it received, not a copy of its own', () => {
    setRateRules({ decimals: 0, floors: [40, 60, 80] });
    try {
      expect(percent(0.755)).toBe('76%');
      expect(change(0.8, 0.75)).toBe('▲ +5');
      expect(heatKind(0.45)).toBe('lt75');
    } finally {
      setRateRules({ decimals: 1, floors: [50, 75, 90] });
    }
  });

  it('bands rates by the percentage shown: under 50, 50–74, 75–89, 90–100', () => {
    expect(heatKind(0)).toBe('lt50');
    expect(heatKind(0.494)).toBe('lt50');
    expect(heatKind(0.5)).toBe('lt75');
    expect(heatKind(0.744)).toBe('lt75');
    // Shown as 75%: coloured as 75–89 %, never as 50–74 %.
    expect(heatKind(0.746)).toBe('lt90');
    expect(heatKind(0.89)).toBe('lt90');
    expect(heatKind(0.9)).toBe('top');
    expect(heatKind(1)).toBe('top');
  });

  it('writes every rate k/n, its cell and its band as the paper does, a half rounded up (四捨五入)', () => {
    expect(Object.keys(PAPER.percent)).toHaveLength(80);
    for (const [n, texts] of Object.entries(PAPER.percent)) {
      texts.forEach((text, k) => {
        const rate = k / Number(n);
        expect(percent(rate), `${k}/${n}`).toBe(text);
        expect(cellPercent(rate), `${k}/${n}`).toBe(`${PAPER.cell[n][k]}%`);
        expect(heatKind(rate), `${k}/${n}`).toBe(BAND[PAPER.band[n][k]]);
      });
    }
    // The halves where a rounding of the window's own would differ from the paper.
    expect(percent(1 / 16)).toBe('6.3%');
    expect(percent(71 / 80)).toBe('88.8%');
    expect(percent(23 / 80)).toBe('28.8%');
    expect(cellPercent(1 / 8)).toBe('13%');
  });

  it('writes every change between two rates k/n as the paper does', () => {
    for (const [n, rows] of Object.entries(PAPER.change)) {
      rows.forEach((row, k) => {
        row.forEach((text, j) => expect(change(k / Number(n), j / Number(n)), `${k}/${n} − ${j}/${n}`).toBe(text));
      });
    }
    expect(change(0.5, 0.5625)).toBe('▼ −6.3');
  });

  it('tells a clause the section does not operate from one not answered yet', () => {
    expect(heatKind(null)).toBe('unanswered');
    expect(heatKind(null, true)).toBe('excluded');
    expect(heatKind(0.5, true)).toBe('excluded');
  });
});
