// 証跡ファイル in the real window (issue K): a section attaches a file in the
// answering panel, a file that is not what its name says is refused with
// the core's message, a saved copy lands beside the database byte for byte,
// and a removed file leaves the list.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { start, startAsAuditor, startAsSection } from './app.mjs';

/**
 * A PNG's first bytes, as numbers (the kind is judged by content), padded to
 * 2,560 bytes: 2.5 KB, a half that the reports and the command line write
 * as "2 KB" and that a rounding of the window's own would make "3 KB".
 */
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
PNG.push(...new Array(2560 - PNG.length).fill(0));
/** An executable's first bytes, under a .pdf name. */
const EXE = [0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0];

/**
 * Puts a file into the panel's file input as the system's picker would, and
 * lets the panel read and hand it over.
 * @param {import('./webdriver.mjs').Session} s @param {string} name @param {number[]} bytes
 */
function choose(s, name, bytes) {
  return s.exec(
    `const input = document.querySelector('[data-testid=item-card] [data-testid=evidence-input]');
     const dt = new DataTransfer();
     dt.items.add(new File([new Uint8Array(arguments[1])], arguments[0]));
     input.files = dt.files;
     input.dispatchEvent(new Event('change', { bubbles: true }));
     return true;`,
    [name, bytes],
  );
}

/** Brings the panel's files into view for a screenshot. @param {import('./webdriver.mjs').Session} s */
function show(s) {
  return s.exec(
    `document.querySelector('[data-testid=item-card] [data-testid=evidence-files]').scrollIntoView({ block: 'center' }); return true;`,
  );
}

describe('evidence files in the window', () => {

  test('a section attaches, is refused a disguised file, saves a copy and removes it', async () => {
    const { app, s } = await startAsSection('evidence', '6030');
    await (await s.wait('[data-testid=start-answering]')).click();
    await s.wait('[data-testid=item-card] [data-testid=evidence-files]');

    await choose(s, '端末ロック設定画面.png', PNG);
    const attached = await s.waitFor(
      `return [...document.querySelectorAll('[data-testid=item-card] [data-testid=evidence-file]')]
         .find((li) => li.textContent.includes('端末ロック設定画面.png'))?.textContent ?? null`,
    );
    // Its size in the words of the PDF and of `tenken evidence list`.
    assert.match(/** @type {string} */ (attached), /\b2 KB\b/);
    const notice = await s.wait('[data-testid=item-card] [data-testid=evidence-notice]');
    assert.match(await notice.text(), /添付しました：端末ロック設定画面\.png/);
    await show(s);
    await app.shot('look-13-evidence-attached');

    await choose(s, '台帳.pdf', EXE);
    const refused = await s.wait('[data-testid=item-card] [data-testid=evidence-error]');
    assert.match(await refused.text(), /「台帳\.pdf」は名前では PDF ですが、中身が PDF ではありません/);
    assert.equal((await s.findAll('[data-testid=item-card] [data-testid=evidence-file]')).length, 1);
    await show(s);
    await app.shot('look-14-evidence-refused');

    await (await s.wait('[data-testid=item-card] [data-testid=evidence-save]')).click();
    const saved = await s.waitFor(
      `const el = document.querySelector('[data-testid=item-card] [data-testid=evidence-notice]');
       return el && el.textContent.startsWith('保存しました') ? el.textContent : null;`,
    );
    const path = /** @type {string} */ (saved).replace(/^保存しました：/, '').trim();
    assert.match(path, /reports[\\/]証跡[\\/]6030[\\/]端末ロック設定画面\.png$/);
    assert.ok(existsSync(path), path);
    assert.deepEqual([...readFileSync(path)], PNG);

    await (await s.wait('[data-testid=item-card] [data-testid=evidence-remove]')).click();
    await s.wait('[data-testid=item-card] [data-testid=evidence-files-none]');
    assert.match(await (await s.wait('[data-testid=item-card] [data-testid=evidence-notice]')).text(), /外しました/);
  });

  test('the auditor sees the files of a section in the drill-down and saves one out', async () => {
    const { app, s } = await startAsAuditor('evidence-auditor');
    // 企画課 1010 attached the demo's sample files before it submitted.
    await (await s.wait('[data-testid=row-1010] td:last-child button')).click();
    await s.wait('[data-testid=drill] [data-testid=evidence-file]');
    const names = await s.exec(
      `return [...document.querySelectorAll('[data-testid=drill] [data-testid=evidence-file] .name')].map((e) => e.textContent)`,
    );
    assert.ok(names.length >= 2, String(names));
    await s.exec(
      `document.querySelector('[data-testid=drill] [data-testid=evidence-files]').scrollIntoView({ block: 'center' }); return true;`,
    );
    await app.shot('look-15-evidence-drill');
    await (await s.wait('[data-testid=drill] [data-testid=evidence-save]')).click();
    const saved = await s.waitFor(
      `const el = document.querySelector('[data-testid=drill] [data-testid=evidence-notice]');
       return el && el.textContent.startsWith('保存しました') ? el.textContent : null;`,
    );
    const path = /** @type {string} */ (saved).replace(/^保存しました：/, '').trim();
    assert.ok(existsSync(path), path);
    assert.match(path, /reports[\\/]証跡[\\/]1010[\\/]/);
  });
});
