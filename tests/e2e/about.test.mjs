// @ts-check
// The About screen through the real window: reachable from both roles'
// screens, it names the version (the workspace's), the shipped checklists
// with their SHA-256, the campaigns' checklists, and the bundled components'
// licenses — in Japanese, and in English without Japanese left over.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { chooseSection, JAPANESE_LEFT, ROOT, start, startAsAuditor } from './app.mjs';
import { Keys } from './webdriver.mjs';

/** The version every part of tenken carries: `[workspace.package] version` in Cargo.toml. */
const VERSION = /\[workspace\.package\][^[]*?\bversion\s*=\s*"([^"]+)"/.exec(
  readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'),
)?.[1];

/** What the open About dialog shows, read in one round trip. */
const READ_ABOUT = `
  const d = document.querySelector('[data-testid=about]');
  const rows = [...d.querySelectorAll('[data-testid=about-checklist]')];
  return {
    version: d.querySelector('[data-testid=about-version]').textContent,
    checklists: rows.map((r) => [r.dataset.id, r.querySelector('[data-testid=about-hash]').textContent]),
    campaigns: [...d.querySelectorAll('[data-testid=about-campaign-hash]')].map((c) => c.textContent),
    components: [...d.querySelectorAll('[data-testid=about-licenses] li')].map((li) => li.firstChild.textContent.trim()),
    groups: d.querySelectorAll('[data-testid=about-licenses] h3').length,
    // Nothing wider than the dialog: no horizontal scrolling anywhere in it.
    overflow: [d, ...d.querySelectorAll('*')].filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible').map((e) => e.className || e.tagName),
    wider: d.getBoundingClientRect().width > window.innerWidth,
  };`;

/** @param {import('./webdriver.mjs').Session} s */
async function openAbout(s) {
  await (await s.wait('[data-testid=nav-about]')).click();
  await s.wait('[data-testid=about-licenses] li');
  return s.exec(READ_ABOUT);
}

describe('About tenken', () => {
  test('shows the version, the checklists with their SHA-256 and the licenses, from both roles', async () => {
    assert.ok(VERSION, 'no version in Cargo.toml');
    // The auditor's screen (first start sets the workspace's passphrase).
    const { app, s } = await startAsAuditor('about');
    await s.wait('[data-testid=board]');
    const ja = await openAbout(s);
    assert.equal(ja.version, `バージョン ${VERSION}`);
    assert.deepEqual(ja.checklists.map(([id]) => id), ['toshima', 'edogawa']);
    for (const [id, hash] of ja.checklists) assert.match(hash, /^[0-9a-f]{64}$/, id);
    // The demo's campaigns were opened with a shipped checklist: same identity.
    assert.ok(ja.campaigns.length >= 1);
    for (const h of ja.campaigns) assert.ok(ja.checklists.some(([, hash]) => hash === h), `campaign checklist ${h}`);
    for (const name of ['tauri', 'rusqlite', 'printpdf', 'svelte', '@fluent/bundle']) {
      assert.ok(ja.components.includes(name), `${name} is not in the license list`);
    }
    assert.ok(ja.groups > 3);
    assert.deepEqual(ja.overflow, []);
    assert.equal(ja.wider, false);
    await app.shot('about-ja');
    // The list scrolls by keyboard.
    await s.exec(`document.querySelector('[data-testid=about-licenses]').focus()`);
    await s.press(Keys.End);
    await s.waitFor(`return document.querySelector('[data-testid=about-licenses]').scrollTop > 0`);
    await app.shot('about-ja-licenses-end');

    // Escape closes it and the screen underneath is as it was.
    await s.press(Keys.Escape);
    await s.waitFor(`return document.querySelector('[data-testid=about]') === null`);
    await s.wait('[data-testid=board]');

    // A section's screen, in English.
    await (await s.wait('[data-testid=change-role]')).click();
    // (The workspace is unlocked in this session, so no passphrase is asked again.)
    await chooseSection(s, '7030');
    await (await s.wait('[data-testid=lang-en]')).click();
    await s.waitFor(`return document.documentElement.lang === 'en'`);
    const en = await openAbout(s);
    assert.equal(en.version, `Version ${VERSION}`);
    assert.deepEqual(en.checklists, ja.checklists);
    await s.settle();
    assert.deepEqual(await s.exec(JAPANESE_LEFT), [], 'Japanese text on the English About screen');
    assert.deepEqual(en.overflow, []);
    await app.shot('about-en');
    await (await s.wait('[data-testid=about-close]')).click();
    await s.waitFor(`return document.querySelector('[data-testid=about]') === null`);
    await s.wait('[data-testid=section-overview]');
  });
});
