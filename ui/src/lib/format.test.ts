import { describe, expect, it } from 'vitest';
import { heatClass, percent } from './format';

describe('rates as shown', () => {
  it('writes whole percentages in the language', () => {
    expect(percent(0.755, 'ja')).toBe('76%');
    expect(percent(1, 'en')).toBe('100%');
    expect(percent(null, 'ja')).toBeNull();
  });

  it('bands rates into eleven heat classes', () => {
    expect(heatClass(0)).toBe('heat-0');
    expect(heatClass(0.54)).toBe('heat-5');
    expect(heatClass(1)).toBe('heat-10');
    expect(heatClass(null)).toBe('heat-none');
  });
});
