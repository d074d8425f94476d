import { describe, expect, it } from 'vitest';
import { heatKind, percent, sizeText } from './format';

describe('rates as shown', () => {
  it('writes whole percentages in the language', () => {
    expect(percent(0.755, 'ja')).toBe('76%');
    expect(percent(1, 'en')).toBe('100%');
    expect(percent(null, 'ja')).toBeNull();
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

describe('file sizes as shown', () => {
  // The same cases as tenken-core evidence.rs `sizes_read_as_people_read_them`.
  it('writes bytes, KB and MB as the reports do', () => {
    expect(sizeText(312)).toBe('312 B');
    expect(sizeText(1023)).toBe('1023 B');
    expect(sizeText(1024)).toBe('1 KB');
    expect(sizeText(27007)).toBe('26 KB');
    expect(sizeText(1536 * 1024)).toBe('1.5 MB');
    expect(sizeText(5 * 1024 * 1024)).toBe('5.0 MB');
  });
});
