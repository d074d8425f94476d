// @ts-check
// End to end through the real window: the debug build of tenken-app, its
// real SQLite store (the demo ward written on first start), driven through
// WebKitWebDriver. Each test starts the app on its own temporary database.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { answerFollowUpsDone, chooseSection, FY, JAPANESE_LEFT, start, startAsAuditor, startNew, tempHome } from './app.mjs';
import { Keys, sleep } from './webdriver.mjs';

/** The fiscal year the demo's current campaign is in (April to March). */
/** A due date inside the current fiscal year. */
const DUE = `${FY + 1}-03-31`;
const Control = '\uE009';

/** Presses Tab until the element with `testid` has the focus. @param {import('./webdriver.mjs').Session} s @param {string} testid */
async function tabTo(s, testid, max = 40) {
  for (let k = 0; k < max; k++) {
    if ((await s.focused())?.testid === testid) return;
    await s.press(Keys.Tab);
  }
  assert.fail(`Tab never reached ${testid}`);
}

/** The item shown in the answering pane. @param {import('./webdriver.mjs').Session} s */
async function currentItem(s) {
  return /** @type {string} */ (await (await s.wait('[data-testid=item-card]')).attribute('data-item'));
}

/**
 * Waits until the store has taken the current item's answer (it leaves the
 * list of missing items) or refused it; returns the refusal, if any.
 * @param {import('./webdriver.mjs').Session} s @param {string} id
 */
async function settled(s, id) {
  return s.waitFor(
    `const err = document.querySelector('[data-testid=item-card] [data-testid=save-error]');
     if (err) return { refused: err.textContent };
     const link = document.querySelector('.itemlink[data-item="' + arguments[0] + '"]');
     return link && link.classList.contains('st-done') && !document.querySelector('.save-saving') ? { ok: true } : null;`,
    [id],
  );
}

/**
 * Answers "yes" to the focused item with key 1, by keyboard only. A
 * carried-over plan whose due date lies before this fiscal year is refused
 * by the store (the rule is the core's): then Tab to the due date, type a
 * new one, Escape back to the item, as a clerk would.
 * @param {import('./webdriver.mjs').Session} s
 */
async function answerYesByKeyboard(s) {
  const id = await currentItem(s);
  await s.press('1');
  let r = await settled(s, id);
  if (r.refused) {
    await tabTo(s, 'plan-due', 8);
    await selectAll(s);
    await s.type(DUE);
    await s.press(Keys.Escape);
    r = await settled(s, id);
  }
  assert.ok(r.ok, `item ${id} not saved: ${r.refused}`);
  return id;
}

/** Ctrl+A: selects the whole text of the focused field. @param {import('./webdriver.mjs').Session} s */
async function selectAll(s) {
  await s.cmd('POST', '/actions', {
    actions: [
      {
        type: 'key',
        id: 'keyboard',
        actions: [
          { type: 'keyDown', value: Control },
          { type: 'keyDown', value: 'a' },
          { type: 'keyUp', value: 'a' },
          { type: 'keyUp', value: Control },
        ],
      },
    ],
  });
  await s.cmd('DELETE', '/actions');
}


describe('tenken window', () => {
  test('first start shows the setup with the demo ready, and answers saved by keyboard survive a restart', async () => {
    const home = tempHome('keyboard');
    let app = await start(home, 'keyboard-1');
    let s = app.session;
    await s.wait('[data-testid=setup-start]');
    await app.shot('01-first-start');
    await chooseSection(s, '7030');
    await app.shot('02-section-overview');

    // Keyboard only from here: Tab to the start button, Enter.
    await tabTo(s, 'start-answering');
    await s.press(Keys.Enter);
    await s.wait('[data-testid=item-card]');
    const first = await currentItem(s);
    assert.equal((await s.focused())?.item, first, 'the focus is on the item after opening it');

    const answered = [];
    for (let k = 0; answered.length < 3 && k < 20; k++) {
      if ((await s.findAll('[data-testid=item-card] [data-testid=auto-na]')).length === 0) {
        answered.push(await answerYesByKeyboard(s));
      }
      await s.press(Keys.Enter);
      await sleep(50);
    }
    assert.equal(answered.length, 3);
    // Arrows move between items and back.
    const here = await currentItem(s);
    await s.press(Keys.ArrowUp);
    await s.waitFor(`return document.querySelector('[data-testid=item-card]')?.getAttribute('data-item') !== arguments[0]`, [here]);
    await s.press(Keys.ArrowDown);
    await s.waitFor(`return document.querySelector('[data-testid=item-card]')?.getAttribute('data-item') === arguments[0]`, [here]);
    // 4 = not applicable: refused without a reason, the input kept, then saved with one.
    const naItem = await currentItem(s);
    if ((await s.findAll('[data-testid=item-card] [data-testid=auto-na]')).length === 0) {
      await s.press('4');
      const refused = await settled(s, naItem);
      if (refused.refused) {
        assert.match(refused.refused, /理由/);
        await app.shot('03-refused-inline');
        await tabTo(s, 'na-reason', 8);
        await s.type('no such work in this section');
        await s.press(Keys.Escape);
        const ok = await settled(s, naItem);
        assert.ok(ok.ok, `not saved with a reason: ${ok.refused}`);
        answered.push(naItem);
      }
    }
    await app.shot('04-answering');
    await app.stop();

    // Restart on the same database: no setup again, the answers are there.
    app = await start(home, 'keyboard-2');
    s = app.session;
    await s.wait('[data-testid=section-overview]');
    await (await s.wait('[data-testid=nav-list]')).click();
    await s.wait('[data-testid=answer-list]');
    for (const id of answered) {
      const row = await s.exec(
        `const c = document.querySelector('[data-testid=list-comment][data-item="' + arguments[0] + '"]');
         return c ? c.closest('tr').children[1].textContent.trim() : null;`,
        [id],
      );
      assert.ok(row === '実施している' || (id === naItem && row === '該当なし'), `${id}: ${row}`);
    }
    await app.shot('05-after-restart-list');
  });

  test('submit lists what is missing as links, then locks the section read-only', async () => {
    const { app, s } = await startNew('submit');
    await chooseSection(s, '7020');
    await (await s.wait('[data-testid=submit-check]')).click();
    await s.wait('[data-testid=submit-missing]');
    await app.shot('06-submit-missing');
    const links = await s.findAll('[data-testid=submit-missing] button.link');
    assert.ok(links.length > 0);
    await links[0].click();
    await s.wait('[data-testid=item-card]');

    for (let k = 0; k < 120; k++) {
      const next = await s.wait('[data-testid=next-missing]');
      if (!(await next.enabled())) break;
      await next.click();
      await sleep(30);
      await answerYesByKeyboard(s);
    }
    // 措置状況 of last year's plans: each answered before 提出 (issue M).
    await answerFollowUpsDone(s);
    await (await s.wait('[data-testid=nav-overview]')).click();
    await (await s.wait('[data-testid=submit-check]')).click();
    // 回答者 and 所属長 are required: without them the store refuses, and says why.
    await (await s.wait('[data-testid=submit-confirm]')).click();
    const refusal = await s.wait('[data-testid=submit-panel] .error');
    assert.match(await refusal.text(), /回答者の氏名が必要です/);
    await (await s.wait('[data-testid=signoff-respondent]')).sendKeys('佐藤 花子');
    await (await s.wait('[data-testid=signoff-approver]')).sendKeys('鈴木 一郎');
    await app.shot('06b-submit-signoff');
    await (await s.wait('[data-testid=submit-confirm]')).click();
    await s.wait('[data-testid=submitted-banner]');
    assert.equal(await (await s.wait('[data-testid=section-state]')).text(), '提出済み');
    const banner = await s.waitFor(
      `const el = document.querySelector('[data-testid=submitted-banner] [data-testid=signoff-line]');
       return el && /令和/.test(el.textContent) ? el.textContent : null;`,
    );
    assert.match(/** @type {string} */ (banner), /回答者 佐藤 花子　所属長 鈴木 一郎（承認日 令和/);
    assert.match(await (await s.wait('[data-testid=submitted-banner]')).text(), /問い合わせ先/);
    assert.match(await (await s.wait('[data-testid=submission-history]')).text(), /提出.*佐藤 花子/);
    await app.shot('07-submitted');

    await (await s.wait('[data-testid=nav-answer]')).click();
    await s.wait('[data-testid=item-card]');
    const card = await s.wait('[data-testid=item-card]');
    const id = await currentItem(s);
    if ((await s.findAll('[data-testid=item-card] [data-testid=auto-na]')).length === 0) {
      // The radios sit in a disabled fieldset (WebDriver's "enabled" does not look at the fieldset).
      assert.equal(await s.exec(`return document.querySelector('[data-testid=item-card] [data-testid=answer-yes]').matches(':disabled')`), true);
      assert.equal(await (await card.find('[data-testid=comment]')).property('readOnly'), true);
      await s.press('3');
      await sleep(300);
      assert.equal(await (await card.find('[data-testid=answer-no]')).selected(), false, `${id} changed after submit`);
    }
    await app.shot('08-read-only');
  });

  test('in English no Japanese string is left on the screen', async () => {
    const { home, app, s } = await startNew('english');
    await chooseSection(s, '6010');
    await (await s.wait('[data-testid=start-answering]')).click();
    await s.wait('[data-testid=item-card]');
    await app.shot('09-answering-ja');
    await (await s.wait('[data-testid=lang-en]')).click();
    await s.waitFor(`return document.documentElement.lang === 'en'`);
    await s.settle();
    assert.deepEqual(await s.exec(JAPANESE_LEFT), [], 'answering screen');
    await app.shot('10-answering-en');
    await (await s.wait('[data-testid=nav-overview]')).click();
    await s.wait('[data-testid=section-overview]');
    assert.deepEqual(await s.exec(JAPANESE_LEFT), [], 'overview');
    await app.shot('11-overview-en');
    // The language is remembered.
    await app.stop();
    const again = await start(home, 'english-2');
    await again.session.wait('[data-testid=section-overview]');
    assert.equal(await again.session.exec('return document.documentElement.lang'), 'en');
  });

  test('markup typed into a comment is shown as text, never run', async () => {
    const { app, s } = await startNew('xss');
    const payload = '<img src=x onerror=alert(1)>';
    await chooseSection(s, '6020');
    await (await s.wait('[data-testid=start-answering]')).click();
    await s.wait('[data-testid=item-card]');
    const id = await answerYesByKeyboard(s);
    const comment = await s.wait('[data-testid=item-card] [data-testid=comment]');
    await comment.click();
    await comment.clear();
    await comment.sendKeys(payload);
    await s.press(Keys.Escape);
    await s.waitFor(`return document.querySelector('[data-testid=save-state]')?.classList.contains('save-saved')`);
    await (await s.wait('[data-testid=nav-list]')).click();
    const cell = await s.wait(`[data-testid=list-comment][data-item="${id}"]`);
    assert.equal((await cell.text()).trim(), payload);
    assert.equal(await s.exec('return document.querySelectorAll("img").length'), 0);
    assert.equal(await s.alertText(), null);
    // The CSP forbids inline script: an injected one does not run.
    const ran = await s.exec(
      `const el = document.createElement('script'); el.textContent = 'window.__inline = 1'; document.head.append(el); return window.__inline === 1;`,
    );
    assert.equal(ran, false, 'inline script ran: the CSP is not in force');
    await app.shot('12-markup-as-text');
  });

  test('the auditor sees the board, drills into the heat-map, marks answers and reopens a section', async () => {
    // First start as the auditor: the workspace gets its passphrase (roles.test.mjs tests the lock).
    const { app, s } = await startAsAuditor('auditor');
    await s.wait('[data-testid=board]');
    const submitted = Number(await (await s.wait('[data-testid=count-submitted] .phasecard-n')).text());
    assert.ok(submitted > 0);
    await app.shot('13-board');

    // Reopen: refused without a reason (shown inline), done with one.
    const reopen = (await s.findAll('[data-testid^=reopen-]'))[0];
    await reopen.click();
    await (await s.wait('.inline-form button.primary')).click();
    const err = await s.wait('.inline-form .error');
    assert.match(await err.text(), /理由/);
    await (await s.wait('[data-testid=reopen-reason]')).sendKeys('期限の見直しをお願いします');
    await (await s.wait('.inline-form button.primary')).click();
    await s.waitFor(
      `return Number(document.querySelector('[data-testid=count-submitted] .phasecard-n').textContent) === arguments[0]`,
      [submitted - 1],
    );

    await (await s.wait('[data-testid=tab-summary]')).click();
    await s.wait('[data-testid=heatmap]');
    await app.shot('14-consolidation');
    await (await s.wait('[data-testid=heat-cell]')).click();
    await s.wait('[data-testid=drill]');
    const confirm = await s.wait('[data-testid=drill] tbody .actions button');
    await confirm.click();
    await s.wait('[data-testid=drill] .badge.review-confirmed');
    // A finding needs a comment: refused without one (inline), recorded with one.
    await (await s.wait('[data-testid=drill] tbody tr:nth-child(2) .actions button:nth-child(2)')).click();
    await (await s.wait('[data-testid=drill] .review-form button.primary')).click();
    assert.match(await (await s.wait('[data-testid=drill] tbody .error')).text(), /指摘/);
    await (await s.wait('[data-testid=drill] .review-form textarea')).sendKeys('証跡の写しが未提出');
    // Without a grade it is refused with what to choose; with one it is recorded and shown.
    await (await s.wait('[data-testid=drill] .review-form button.primary')).click();
    assert.match(await (await s.wait('[data-testid=drill] tbody .error')).text(), /区分/);
    await (await s.wait('[data-testid=finding-grade] option[value="minor"]')).click();
    await (await s.wait('[data-testid=finding-respond-by]')).sendKeys('R9.1.29');
    await (await s.wait('[data-testid=drill] .review-form button.primary')).click();
    await s.wait('[data-testid=drill] .badge.review-finding');
    assert.match(await (await s.wait('[data-testid=drill] [data-testid=review-grade]')).text(), /軽微な不適合/);
    // The row's history lists the mark just made, by the auditor.
    await (await s.wait('[data-testid=drill] tbody tr:nth-child(2) [data-testid=history] summary')).click();
    const mark = await s.wait('[data-testid=drill] tbody tr:nth-child(2) [data-testid=history-entry]');
    assert.match(await mark.text(), /監査担当[\s\S]*確認・指摘[\s\S]*指摘/);
    await app.shot('15-drill-review');

    await (await s.wait('[data-testid=tab-departments]')).click();
    await s.wait('[data-testid=departments]');
    await app.shot('16-departments');
    // Add a section under the first division; the same code again is refused by the core's check.
    for (const attempt of ['added', 'refused']) {
      await (await s.wait('[data-testid=dept-add]')).click();
      await (await s.wait('[data-testid=dept-code]')).sendKeys('9910');
      await (await s.wait('[data-testid=dept-name]')).sendKeys('E2E test section');
      await (await s.wait('#dept-parent option[value="10"]')).click();
      await (await s.wait('[data-testid=dept-save]')).click();
      if (attempt === 'added') {
        await s.waitFor(`return [...document.querySelectorAll('.tree-name')].some((e) => e.textContent === 'E2E test section')`);
      } else {
        assert.match(await (await s.wait('[data-testid=dept-error]')).text(), /9910/);
      }
    }
    // 廃止: a division with sections in use under it is refused with what to do; the new
    // section is retired after a question, drawn as retired, and left out of the next campaign.
    await (await s.wait('[data-testid=dept-row][data-code="10"] [data-testid=dept-retire]')).click();
    await (await s.wait('[data-testid=dept-retire-do]')).click();
    assert.match(await (await s.wait('[data-testid=departments] > .error')).text(), /使用中の所属があります/);
    await (await s.wait('[data-testid=dept-row][data-code="9910"] [data-testid=dept-retire]')).click();
    assert.match(await (await s.wait('[data-testid=dept-retire-confirm]')).text(), /E2E test section[\s\S]*次に開始する点検からは対象外/);
    await (await s.wait('[data-testid=dept-retire-do]')).click();
    assert.match(await (await s.wait('[data-testid=dept-row][data-code="9910"] [data-testid=dept-retired]')).text(), /廃止（令和/);
    await s.wait('[data-testid=dept-row][data-code="9910"] [data-testid=dept-restore]');
    await app.shot('16b-departments-retired');
    await (await s.wait('[data-testid=tab-campaigns]')).click();
    await s.wait('[data-testid=campaigns] form button.primary');
    await app.shot('17-campaigns');
    // Open next fiscal year's campaign with last year's answers carried over.
    await (await s.wait(`#open-year option[value="${FY + 1}"]`)).click();
    await (await s.wait('[data-testid=campaigns] form button.primary')).click();
    await s.wait('[data-testid=board]', { timeout: 20000 });
    assert.equal(Number(await (await s.wait('[data-testid=count-not_started] .phasecard-n')).text()) > 0, true);
    assert.equal(await s.exec(`return document.querySelector('#year-select').value`), String(FY + 1));
    assert.equal(await s.exec(`return document.querySelector('[data-testid=board]').textContent.includes('E2E test section')`), false);
  });
});
