// @ts-check
// The ward's names of the grades (issue M): the auditor renames a grade in
// 設定; a name missing its English is refused at the row with nothing
// saved; the new word is what the drill-down offers at once.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeClean, invoke, startAsAuditor } from './app.mjs';

describe('grade names in the window', () => {
  test('the auditor renames a grade and the drill-down says the new name', async () => {
    const { app, s } = await startAsAuditor('grades');
    await (await s.wait('[data-testid=tab-settings]')).click();
    const row = '[data-testid=grade-name][data-grade=major]';
    const ja = await s.wait(`${row} [data-testid=grade-name-ja]`);
    assert.equal(await s.exec(`return document.querySelector('${row} [data-testid=grade-name-ja]').value`), '重大な不適合');

    // Without its English name: refused at the row, nothing saved.
    const en = await s.wait(`${row} [data-testid=grade-name-en]`);
    // A field emptied as a person does it (select all, delete): WebDriver's
    // clear() sends no input event, so the form would keep the old text.
    await s.exec(`const i = document.querySelector('${row} [data-testid=grade-name-en]'); i.value = ''; i.dispatchEvent(new Event('input')); return true;`);
    await ja.clear();
    await ja.sendKeys('重大');
    await (await s.wait(`${row} [data-testid=grade-name-save]`)).click();
    assert.match(await (await s.wait(`${row} [data-testid=grade-name-error]`)).text(), /英語/);
    const none = await invoke(s, 'grade_names', {});
    assert.equal(none.ok.find((g) => g.name.grade === 'major').renamed, false);

    await en.sendKeys('Serious');
    await (await s.wait(`${row} [data-testid=grade-name-save]`)).click();
    await s.wait('[data-testid=grade-names-saved]');
    const saved = await invoke(s, 'grade_names', {});
    assert.deepEqual(saved.ok.find((g) => g.name.grade === 'major'), { name: { grade: 'major', ja: '重大', en: 'Serious' }, renamed: true });
    await app.shot('look-27-grade-names');
    await axeClean(s, 'grade names');

    // The drill-down's choice of grade says the ward's word.
    await (await s.wait('[data-testid=tab-summary]')).click();
    await (await s.wait('[data-testid=heat-cell]')).click();
    await s.wait('[data-testid=drill]');
    // 指摘 on the first answer opens the form with the grade to choose.
    await (await s.wait('[data-testid=drill] tbody tr .actions button:nth-child(2)')).click();
    await s.wait('[data-testid=finding-grade]');
    const options = await s.exec(`return [...document.querySelectorAll('[data-testid=finding-grade] option')].map((o) => o.textContent.trim());`);
    assert.ok(options.includes('重大') && !options.includes('重大な不適合'), JSON.stringify(options));
  });
});
