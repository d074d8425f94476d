// The palette against WCAG 2.2 AA: every text colour on every background it
// is drawn on reaches 4.5:1, every control ring and the focus ring 3:1
// (1.4.3, 1.4.11, 2.4.13). The colours are read from app.css itself (its
// :root custom properties), the one place they are set; a second test keeps
// them there.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(__dirname, '..');
const css = readFileSync(join(src, 'app.css'), 'utf8');

/** The :root block's custom properties, `--name` → `#rrggbb`. */
function palette(text: string): Record<string, string> {
  const root = /:root\s*\{([^}]*)\}/.exec(text)?.[1] ?? '';
  const out: Record<string, string> = {};
  for (const m of root.matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-fA-F]{3,6})\s*;/g)) out[m[1]] = m[2];
  return out;
}

function channel(v: number): number {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance (WCAG 2.2, definition). */
export function luminance(hex: string): number {
  let h = hex.replace('#', '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  const [r, g, b] = [0, 2, 4].map((i) => channel(parseInt(h.slice(i, i + 2), 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours, 1..21. */
export function ratio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const P = palette(css);

/** Text colours and the backgrounds each is drawn on. */
const TEXT: [string, string[]][] = [
  ['--ink', ['--bg', '--card', '--surface', '--surface-2', '--stripe', '--readonly', '--selected', '--warn-bg', '--ok-bg', '--err-bg', '--todo-bg']],
  ['--muted', ['--bg', '--card', '--surface', '--surface-2', '--stripe', '--readonly', '--selected']],
  ['--brand', ['--bg', '--card', '--surface-2', '--selected']],
  ['--brand-dark', ['--card', '--surface-2', '--selected']],
  ['--on-brand', ['--brand', '--brand-dark']],
  ['--accent', ['--bg', '--card', '--selected']],
  ['--warn-ink', ['--card', '--selected']],
  ['--err', ['--bg', '--card', '--selected', '--err-bg', '--warn-bg']],
  ['--heat-ink', ['--heat-lt50', '--heat-lt75', '--heat-lt90', '--heat-top', '--heat-unanswered', '--heat-excluded', '--heat-hatch']],
];

/** Control boundaries and focus rings, and what they sit on. */
const NON_TEXT: [string, string[]][] = [
  ['--control', ['--bg', '--card', '--surface', '--readonly', '--selected']],
  ['--brand', ['--card', '--selected']],
  ['--focus', ['--bg', '--card', '--surface', '--surface-2', '--stripe', '--selected', '--warn-bg', '--ok-bg']],
  ['--focus-on-brand', ['--brand']],
  ['--heat-edge', ['--card']],
];

describe('the palette (app.css :root) meets WCAG 2.2 AA', () => {
  it('reads the palette from app.css', () => {
    expect(Object.keys(P).length).toBeGreaterThan(20);
  });

  for (const [fg, bgs] of TEXT) {
    for (const bg of bgs) {
      it(`text ${fg} on ${bg} reaches 4.5:1`, () => {
        expect(P[fg], fg).toBeDefined();
        expect(P[bg], bg).toBeDefined();
        expect(ratio(P[fg], P[bg])).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
  for (const [fg, bgs] of NON_TEXT) {
    for (const bg of bgs) {
      it(`ring ${fg} against ${bg} reaches 3:1`, () => {
        expect(ratio(P[fg], P[bg])).toBeGreaterThanOrEqual(3);
      });
    }
  }

  it('computes the WCAG ratio (known values)', () => {
    expect(ratio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(ratio('#2e8b57', '#ffffff')).toBeCloseTo(4.25, 2);
    expect(ratio('#f0a000', '#ffffff')).toBeCloseTo(2.16, 2);
  });
});

describe('colours are set in one place', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.svelte') || name.endsWith('.css')) files.push(p);
    }
  };
  walk(src);

  it('no colour literal outside app.css :root (components use the palette)', () => {
    const stray: string[] = [];
    for (const f of files) {
      let text = readFileSync(f, 'utf8');
      if (f.endsWith('app.css')) text = text.replace(/:root\s*\{[^}]*\}/, '');
      else text = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
      for (const m of text.matchAll(/#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(/g)) stray.push(`${f.slice(src.length + 1)}: ${m[0]}`);
    }
    expect(stray).toEqual([]);
  });

  it('every var(--…) used is defined in the palette', () => {
    const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    const defined = new Set([...root.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
    const used = new Set<string>();
    for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/var\((--[\w-]+)\)/g)) used.add(m[1]);
    expect([...used].filter((v) => !defined.has(v))).toEqual([]);
  });
});
