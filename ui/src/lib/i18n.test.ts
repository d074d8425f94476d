import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format, makeBundle } from './i18n.svelte';

const locales = join(__dirname, '../../../src-tauri/crates/tenken-i18n/locales');
const source = (lang: string) =>
  readdirSync(join(locales, lang))
    .filter((f) => f.endsWith('.ftl'))
    .map((f) => readFileSync(join(locales, lang, f), 'utf8'))
    .join('\n');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'bindings' ? [] : files(p);
    return /\.(svelte|ts)$/.test(f) && !f.endsWith('.test.ts') ? [p] : [];
  });
}

/** The source without comments, so only what reaches the screen is checked. */
function withoutComments(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('catalogue in the window', () => {
  it('formats the catalogue the app sends, with arguments and plurals', () => {
    const ja = makeBundle('ja', source('ja'));
    const en = makeBundle('en', source('en'));
    expect(format(ja, 'value-yes')).toBe('実施している');
    expect(format(en, 'app-drill-count', { count: 1 })).toBe('one answer');
    expect(format(en, 'app-drill-count', { count: 3 })).toBe('3 answers');
    expect(format(ja, 'app-clause', { clause: '6.(3)①' })).toBe('条項 6.(3)①');
    expect(format(en, 'no-such-id')).toBe('no-such-id');
  });

  it('every id the components use exists in both languages', () => {
    const ja = makeBundle('ja', source('ja'));
    const en = makeBundle('en', source('en'));
    const used = new Set<string>();
    for (const f of files(join(__dirname, '..'))) {
      for (const m of withoutComments(readFileSync(f, 'utf8')).matchAll(/'((?:app|value|state|phase|tier|col|missing|dept)-[a-z0-9-]+)'/g)) {
        used.add(m[1]);
      }
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((id) => !ja.hasMessage(id) || !en.hasMessage(id));
    expect(missing).toEqual([]);
  });

  it('no component writes Japanese text itself (it all comes from .ftl)', () => {
    const cjk = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]/;
    const offenders = files(join(__dirname, '..')).filter((f) => cjk.test(withoutComments(readFileSync(f, 'utf8'))));
    expect(offenders).toEqual([]);
  });

  it('no component renders markup from data', () => {
    const offenders = files(join(__dirname, '..')).filter((f) => /\{@html|innerHTML|outerHTML|insertAdjacentHTML/.test(withoutComments(readFileSync(f, 'utf8'))));
    expect(offenders).toEqual([]);
  });
});
