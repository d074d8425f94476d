import { beforeAll, describe, expect, it } from 'vitest';
import { cellPercent, change, heatKind, percent, setRateRules } from './format';

// As Boot sends them (tenken_i18n::RATE_DECIMALS, tenken_core RateBand::FLOORS).
beforeAll(() => setRateRules({ decimals: 1, floors: [50, 75, 90] }));

describe('rates as shown', () => {
  // The same cases as tenken-i18n's `percent` and `change` tests.
  it('writes rates with the decimals the paper and the command line use', () => {
    expect(percent(0.75, 'ja')).toBe('75.0%');
    expect(percent(1, 'en')).toBe('100.0%');
    expect(percent(1 / 3, 'ja')).toBe('33.3%');
    expect(percent(null, 'ja')).toBeNull();
  });

  it('writes a heat-map cell as the whole percentage it is banded by', () => {
    expect(cellPercent(0.755, 'ja')).toBe('76%');
    expect(cellPercent(null, 'en')).toBeNull();
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
      expect(percent(0.755, 'en')).toBe('76%');
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

  it('tells a clause the section does not operate from one not answered yet', () => {
    expect(heatKind(null)).toBe('unanswered');
    expect(heatKind(null, true)).toBe('excluded');
    expect(heatKind(0.5, true)).toBe('excluded');
  });
});
