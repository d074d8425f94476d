// @ts-check
// Roles and the auditor's passphrase through the real window: the lock is
// enforced by the app (commands called straight through Tauri's IPC are
// refused too), a section's terminal changes its own section only, and an
// item's history shows an edit made in the window.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FY, invoke, start, startAsSection, tempHome } from './app.mjs';
import { Keys } from './webdriver.mjs';

const PASSPHRASE = '監査担当の合言葉 e2e';

/** @param {import('./webdriver.mjs').Session} s @param {string} css @param {string} text */
async function typeInto(s, css, text) {
  const el = await s.wait(css);
  await el.clear();
  await el.sendKeys(text);
}

describe('roles and the passphrase', () => {
  test('the auditor sets a passphrase on first start; a restart asks for it, refuses a wrong one, opens with the right one', async () => {
    const home = tempHome('passphrase');
    let app = await start(home, 'passphrase-1');
    let s = app.session;
    await (await s.wait('[data-testid=role-auditor]')).click();
    // The label states the core's minimum, which the window receives at boot.
    assert.match(await (await s.wait('label[for=setup-pass]')).text(), /^パスフレーズ（\u2068?8\u2069?文字以上）$/);
    // Too short: refused by the core's rule, said on the form.
    await typeInto(s, '[data-testid=setup-passphrase]', 'short');
    await typeInto(s, '[data-testid=setup-confirmation]', 'short');
    await (await s.wait('[data-testid=setup-start]')).click();
    assert.match(await (await s.wait('[data-testid=setup-error]')).text(), /8文字以上/);
    await typeInto(s, '[data-testid=setup-passphrase]', PASSPHRASE);
    await typeInto(s, '[data-testid=setup-confirmation]', PASSPHRASE);
    await app.shot('18-auditor-passphrase-setup');
    await (await s.wait('[data-testid=setup-start]')).click();
    await s.wait('[data-testid=board]');
    await (await s.wait('[data-testid=tab-settings]')).click();
    await s.wait('[data-testid=auditor-settings]');
    assert.match(await (await s.wait('label[for=pass-new]')).text(), /^新しいパスフレーズ（\u2068?8\u2069?文字以上）$/);
    await app.shot('19-auditor-settings');
    await app.stop();

    app = await start(home, 'passphrase-2');
    s = app.session;
    await s.wait('[data-testid=unlock]');
    await app.shot('20-unlock');
    // Locked: the app refuses auditor commands whatever the page asks.
    const locked = await invoke(s, 'status', { year: FY });
    assert.match(locked.err ?? '', /ロックされています/, JSON.stringify(locked));
    const reopen = await invoke(s, 'reopen', { year: FY, dept: '1010', reason: 'x' });
    assert.match(reopen.err ?? '', /ロックされています/, JSON.stringify(reopen));

    await typeInto(s, '[data-testid=unlock-passphrase]', 'wrong passphrase');
    const t0 = Date.now();
    await (await s.wait('[data-testid=unlock-open]')).click();
    const err = await s.wait('[data-testid=unlock-error]', { timeout: 20000 });
    assert.ok(Date.now() - t0 >= 1000, `refused after ${Date.now() - t0} ms, without the wait`);
    assert.match(await err.text(), /パスフレーズが違います/);
    await app.shot('21-unlock-wrong');
    await s.wait('[data-testid=unlock-passphrase]', { ok: async (e) => e.enabled() });
    await typeInto(s, '[data-testid=unlock-passphrase]', PASSPHRASE);
    await s.press(Keys.Enter);
    await s.wait('[data-testid=board]', { timeout: 20000 });
    assert.ok((await invoke(s, 'status', { year: FY })).ok);
    // Locking again closes the workspace.
    await (await s.wait('[data-testid=lock]')).click();
    await s.wait('[data-testid=unlock]');
  });

  test('a section terminal cannot change another section, whatever the page asks', async () => {
    const { app, s } = await startAsSection('section-only', '7030');
    // The screens offer the own section only: no board, no other section.
    assert.equal((await s.findAll('[data-testid=tab-board], [data-testid=board]')).length, 0);

    const input = { value: 'yes', comment: null, na_reason: null, plan_action: null, plan_owner: null, plan_due: null };
    const other = await invoke(s, 'save_answer', { year: FY, dept: '7020', item: 'toshima-5-a', input });
    assert.match(other.err ?? '', /7030[\s\S]*7020[\s\S]*読み取り専用/, JSON.stringify(other));
    const signoff = { respondent: '佐藤 花子', approver: '鈴木 一郎', approved_on: null };
    const submit = await invoke(s, 'submit', { year: FY, dept: '7020', signoff });
    assert.match(submit.err ?? '', /読み取り専用/, JSON.stringify(submit));
    const seeOther = await invoke(s, 'answers', { year: FY, dept: '7020' });
    assert.match(seeOther.err ?? '', /読み取り専用/, JSON.stringify(seeOther));
    const board = await invoke(s, 'status', { year: FY });
    assert.match(board.err ?? '', /監査担当だけ/, JSON.stringify(board));
    const mark = { mark: 'confirmed', comment: '', grade: null, respond_by: null };
    const review = await invoke(s, 'set_review', { year: FY, dept: '7030', item: 'toshima-5-a', input: mark });
    assert.match(review.err ?? '', /監査担当だけ/, JSON.stringify(review));
    // The own section still works through the same command.
    const own = await invoke(s, 'answers', { year: FY, dept: '7030' });
    assert.ok(Array.isArray(own.ok), JSON.stringify(own).slice(0, 200));
    await app.shot('22-section-terminal');
  });

  test("an item's history shows an edit made in the window", async () => {
    const { app, s } = await startAsSection('history', '6020');
    await (await s.wait('[data-testid=start-answering]')).click();
    const note = `e2e の確認 ${Date.now()}`;
    let saved = null;
    for (let k = 0; k < 30 && !saved; k++) {
      const card = await s.wait('[data-testid=item-card]');
      const id = await card.attribute('data-item');
      if ((await s.findAll('[data-testid=item-card] [data-testid=auto-na]')).length === 0) {
        await (await s.wait('[data-testid=item-card] [data-testid=answer-yes]')).click();
        const comment = await s.wait('[data-testid=item-card] [data-testid=comment]');
        await comment.click();
        await comment.clear();
        await comment.sendKeys(note);
        await s.press(Keys.Escape);
        const r = await s.waitFor(
          `const c = document.querySelector('[data-testid=item-card]');
           if (c.querySelector('[data-testid=save-error]')) return 'refused';
           return c.querySelector('.save-saved') && c.querySelector('[data-testid=comment]').value === arguments[0] ? 'saved' : null;`,
          [note],
        );
        if (r === 'saved') saved = id;
      }
      if (!saved) await (await s.wait('[data-testid=next-item]')).click();
    }
    assert.ok(saved, 'no item could be saved');
    await (await s.wait('[data-testid=item-card] [data-testid=history] summary')).click();
    const newest = await s.waitFor(
      `const e = document.querySelector('[data-testid=item-card] [data-testid=history-entry]');
       return e && e.textContent.includes(arguments[0]) ? e.textContent : null;`,
      [note],
    );
    // People, not keys: the section's own terminal, named by its code.
    assert.match(newest, /所属「6020」の端末/);
    assert.match(newest, /回答を保存/);
    assert.match(newest, /実施している/);
    assert.doesNotMatch(newest, /鍵 [0-9A-F]{4}-[0-9A-F]{4}/);
    assert.doesNotMatch(newest, /[{}"]/, 'values are shown in words, not JSON');
    await s.exec(`document.querySelector('[data-testid=item-card] [data-testid=history]').scrollIntoView()`);
    await app.shot('23-item-history');
  });
});
