// @ts-check
// 措置状況 in the real window (issue M): a section answers where last
// year's plans stand; a refusal shows under the field it names; 提出 is held
// back until every row is answered, and its list leads to the rows.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeClean, FY, invoke, start, startAsAuditor, startAsSection } from './app.mjs';

describe('follow-up of last year in the window', () => {
  test('a section answers its follow-ups, a wrong one is refused at its field, and submit waits for all', async () => {
    // 都市計画課 6010: answering this year, half of its follow-ups still open in the demo.
    const { app, s } = await startAsSection('follow-up', '6010');

    // 提出 lists the open follow-ups, and the link leads to them.
    await (await s.wait('[data-testid=submit-check]')).click();
    const blocked = await (await s.wait('[data-testid=submit-missing]')).text();
    assert.match(blocked, /措置状況が未回答です/);
    await s.exec(
      `[...document.querySelectorAll('[data-testid=submit-missing] button.link')].find((b) => b.textContent.includes('措置状況')).click(); return true;`,
    );
    await s.wait('[data-testid=follow-ups]');
    const before = await (await s.wait('[data-testid=follow-up-answered]')).text();
    const [done, total] = before.split('/').map((x) => Number(x.trim()));
    assert.ok(total > done && done >= 0, before);
    assert.ok((await s.findAll('[data-testid=follow-up-overdue-badge]')).length > 0, 'last year\'s passed dates show 期限超過');

    // The first open row: 対応中 without a date is refused under the date field.
    const item = await s.exec(
      `return [...document.querySelectorAll('[data-testid=follow-up-row]')].find((r) => !r.querySelector('input:checked')).dataset.item;`,
    );
    const row = `[data-testid=follow-up-row][data-item="${item}"]`;
    await (await s.wait(`${row} [data-testid=follow-up-in_progress]`)).click();
    await (await s.wait(`${row} [data-testid=follow-up-save]`)).click();
    const error = await s.wait(`${row} .field-error`);
    assert.match(await error.text(), /新しい完了予定日を入力してください/);
    assert.equal(await (await s.wait(`${row} [data-testid=follow-up-new-due]`)).attribute('aria-invalid'), 'true');
    assert.equal(await s.exec(`return document.activeElement?.dataset.testid ?? ''`), 'follow-up-new-due', 'focus moves to the field');
    await app.shot('look-21-follow-up-refused');
    // Nothing was saved by the refusal.
    const stored = await invoke(s, 'follow_ups', { year: FY, dept: '6010' });
    assert.equal(stored.ok.find((f) => f.source.item_id === item).answer, null, JSON.stringify(stored).slice(0, 300));

    // With the date as people write it, it saves and the count moves.
    await (await s.wait(`${row} [data-testid=follow-up-new-due]`)).sendKeys('令和9年3月31日');
    await (await s.wait(`${row} [data-testid=follow-up-save]`)).click();
    await s.wait(`${row} .saved`);
    assert.equal((await s.findAll(`${row} .field-error`)).length, 0, 'the error clears once the input is valid');
    await s.waitFor(`return document.querySelector('[data-testid=follow-up-answered]').textContent.trim().startsWith('${done + 1} /')`);
    const saved = await invoke(s, 'follow_ups', { year: FY, dept: '6010' });
    const answer = saved.ok.find((f) => f.source.item_id === item).answer;
    assert.deepEqual([answer.state, answer.new_due], ['in_progress', '2027-03-31']);
    await s.exec(`document.querySelector('${row.replaceAll('"', '\\"')}').scrollIntoView({ block: 'start' }); return true;`);
    await app.shot('look-22-follow-ups');
    await axeClean(s, 'follow-ups');
  });

  test('the auditor sees the follow-ups and 期限超過 of every section on the board', async () => {
    const { app, s } = await startAsAuditor('follow-up-auditor');
    const counts = await invoke(s, 'follow_up_counts', { year: FY });
    const c = counts.ok['6010'];
    assert.ok(c && c.total > c.answered && c.overdue > 0, JSON.stringify(c));
    const cell = await (await s.wait('[data-testid=follow-ups-6010]')).text();
    assert.match(cell, new RegExp(`${c.answered} / ${c.total}[\\s\\S]*期限超過 ${c.overdue}`));
    // A submitted section answered them all.
    const done = counts.ok['1010'];
    assert.equal(done.answered, done.total);
    await s.exec(`document.querySelector('[data-testid=follow-ups-6010]').scrollIntoView({ block: 'center' }); return true;`);
    await app.shot('look-23-board-follow-ups');
    await axeClean(s, 'board with follow-ups');

    // 再発 in the heat map: marked in the cell and said in its label (issue M).
    await (await s.wait('[data-testid=tab-summary]')).click();
    await s.wait('[data-testid=heatmap]');
    const repeated = await s.exec(
      `return [...document.querySelectorAll('[data-testid=heat-cell]')].filter((c) => Number(c.dataset.repeats) > 0).map((c) => [c.textContent, c.getAttribute('aria-label')]);`,
    );
    assert.ok(repeated.length > 0, 'the demo has repeats this year');
    assert.ok(repeated.every(([text, label]) => text.includes('再') && /再（再発 \d+件）/.test(label) && label.includes(text.trim())), JSON.stringify(repeated.slice(0, 3)));
    await s.exec(`document.querySelector('[data-testid=heatmap]').scrollIntoView({ block: 'start' }); return true;`);
    await app.shot('look-24-heatmap-repeats');
    await axeClean(s, 'heat map with repeats');
  });
});
