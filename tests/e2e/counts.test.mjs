// @ts-check
// One count everywhere, through the real window: after a 差戻し and after
// the resubmission, the board, the consolidation (集計), the campaign list
// (点検の一覧) and the header say the same 提出 n / N; a returned section
// shows its 差戻し日 and reason instead of a 提出日; the board and the
// consolidation export files with the same numbers.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { FY, invoke, startAsAuditor } from './app.mjs';

const REASON = '証跡の所在を書いてください';

/** "11 / 20" → [11, 20] @param {string} text */
function pair(text) {
  const m = text.match(/(\d+)\s*\/\s*(\d+)/);
  assert.ok(m, `no "n / N" in ${JSON.stringify(text)}`);
  return [Number(m[1]), Number(m[2])];
}

/**
 * The 提出 count every screen shows, visiting each: 集計, 点検の一覧, the
 * board's card and its rows, the header. The board comes last and from
 * another tab, so it is mounted afresh and reads the store (a change made
 * through IPC, as the resubmission below is, does not tell an open board).
 * @param {import('./webdriver.mjs').Session} s
 */
async function everyCount(s) {
  await (await s.wait('[data-testid=tab-summary]')).click();
  const summary = pair(await (await s.wait('[data-testid=summary-submitted]')).text());
  await (await s.wait('[data-testid=tab-campaigns]')).click();
  const list = pair(await (await s.wait(`[data-testid=campaign-submitted-${FY}]`)).text());
  await (await s.wait('[data-testid=tab-board]')).click();
  await s.wait('[data-testid=board] tbody tr[data-testid^=row-]');
  const card = Number(await (await s.wait('[data-testid=count-submitted] .phasecard-n')).text());
  const rows = (await s.findAll('[data-testid=board] tbody tr[data-testid^=row-]')).length;
  const header = pair(await (await s.wait('[data-testid=header-submitted]')).text());
  return { board: [card, rows], header, summary, list };
}

/** @param {Awaited<ReturnType<typeof everyCount>>} c @param {number} submitted */
function agree(c, submitted) {
  const total = c.board[1];
  assert.deepEqual(c, { board: [submitted, total], header: [submitted, total], summary: [submitted, total], list: [submitted, total] });
}

describe('one count everywhere', () => {
  test('after a 差戻し and after the resubmission every screen shows the same numbers, and exports agree', async () => {
    const { home, app, s } = await startAsAuditor('counts');
    await s.wait('[data-testid=board]');

    const before = await everyCount(s);
    const submitted = before.board[0];
    assert.ok(submitted > 0);
    agree(before, submitted);

    // 差戻し of the first submitted section.
    const button = (await s.findAll('[data-testid^=reopen-]'))[0];
    const dept = /** @type {string} */ (await button.attribute('data-testid')).replace('reopen-', '');
    const submittedOn = await (await s.wait(`[data-testid=row-${dept}] [data-testid=submitted-at]`)).text();
    assert.match(submittedOn, /令和\d+年\d+月\d+日|\d{4}-\d{2}-\d{2}/);
    await button.click();
    await (await s.wait('[data-testid=reopen-reason]')).sendKeys(REASON);
    await (await s.wait('.inline-form button.primary')).click();
    // Without leaving the board, the card and the header follow at once.
    await s.waitFor(
      `return document.querySelector('[data-testid=count-submitted] .phasecard-n').textContent.trim() === String(arguments[0])
          && document.querySelector('[data-testid=header-submitted]').textContent.includes(arguments[0] + ' / ')`,
      [submitted - 1],
    );
    // The returned section shows no 提出日 as current, but its 差戻し日 and reason.
    assert.equal((await (await s.wait(`[data-testid=row-${dept}] [data-testid=submitted-at]`)).text()).trim(), '');
    const reopened = await (await s.wait(`[data-testid=row-${dept}] [data-testid=reopened-at]`)).text();
    assert.match(reopened, /令和\d+年\d+月\d+日|\d{4}-\d{2}-\d{2}/);
    assert.ok(reopened.includes(REASON), reopened);
    await app.shot('30-board-after-reopen');
    agree(await everyCount(s), submitted - 1);
    await (await s.wait('[data-testid=tab-summary]')).click();
    await s.wait('[data-testid=heatmap]');
    await app.shot('31-summary-after-reopen');

    // 集計 exports the table by section: one row per section, the reopened one with its date and reason.
    await (await s.wait('[data-testid=export-csv]')).click();
    const written = await (await s.wait('[data-testid=export-written]', { timeout: 20000 })).text();
    const path = written.match(/(\/\S+\.csv)/)?.[1];
    assert.ok(path && path.startsWith(home.dir), written);
    const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    assert.equal(lines.length, before.board[1] + 1, 'a header and one row per section');
    assert.match(lines[0], /差戻し日/);
    const row = lines.find((l) => l.split(',')[1] === dept) ?? '';
    assert.ok(row.includes(REASON), row);
    assert.equal(lines.filter((l) => l.includes(',提出済み,')).length >= submitted - 1, true);
    await s.exec(`document.querySelector('[data-testid=export-written]').scrollIntoView({ block: 'center' })`);
    await app.shot('32-summary-export');

    // The board exports the report as PDF through the same report code as the command line.
    await (await s.wait('[data-testid=tab-board]')).click();
    await (await s.wait('[data-testid=export-pdf]')).click();
    const pdf = await (await s.wait('[data-testid=export-written]', { timeout: 60000 })).text();
    const pdfPath = pdf.match(/(\/\S+\.pdf)/)?.[1];
    assert.ok(pdfPath && readFileSync(pdfPath).subarray(0, 4).toString() === '%PDF', pdf);
    await s.exec(`document.querySelector('[data-testid=export-written]').scrollIntoView({ block: 'center' })`);
    await app.shot('33-board-export');
    // …and as a Word document to edit (issue M), a new file beside the PDF.
    await (await s.wait('[data-testid=export-docx]')).click();
    await s.waitFor(`return /\.docx/.test(document.querySelector('[data-testid=export-written]')?.textContent ?? '')`, [], 60000);
    const docx = await (await s.wait('[data-testid=export-written]')).text();
    const docxPath = docx.match(/(\/\S+\.docx)/)?.[1];
    assert.ok(docxPath && readFileSync(docxPath).subarray(0, 2).toString() === 'PK', docx);

    // The section submits again (answers on paper, entered by the auditor): every screen agrees again.
    const again = await invoke(s, 'submit', {
      year: FY,
      dept,
      signoff: { respondent: '佐藤 花子', approver: '鈴木 一郎', approved_on: null },
    });
    assert.equal(again.ok?.respondent, '佐藤 花子', JSON.stringify(again));
    agree(await everyCount(s), submitted);
    assert.match(await (await s.wait(`[data-testid=row-${dept}] [data-testid=submitted-at]`)).text(), /令和\d+年\d+月\d+日|\d{4}-\d{2}-\d{2}/);
    assert.equal((await (await s.wait(`[data-testid=row-${dept}] [data-testid=reopened-at]`)).text()).trim(), '');
    await app.shot('34-board-after-resubmit');
  });
});
